package dev.valuenetwork.claim;

import dev.valuenetwork.source.Cited;
import dev.valuenetwork.common.graphql.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Claim")
@Description("What one or more sources say about one attribute of a record, such as a membership's start or a tie's"
        + " status. Claims of one attribute compete: the record's own field gives the PREFERRED claim, or the value every"
        + " claim that is not DEPRECATED agrees on, and is null when they disagree and none is preferred. Status claims"
        + " are a history: each takes effect on its date.")
public record Claim(
        @NonNull @Description("The field the claim is about, as named in the schema: \"since\", \"role\", \"status\","
                + " \"formedOn\", \"publishedOn\", \"amount\", \"stakePercent\" and so on.") String attribute,
        @NonNull @Description("The claimed value as text: a partial date (\"2024-06-03\"), an enum value (\"ACTIVE\"),"
                + " an amount with its currency (\"200000000 USD\"), a stake with its qualifier (\"ABOUT 10\") or free text.")
        String value,
        @Description("When a status claim took effect, as precisely as the source says; null for other claims and"
                + " when the source gives no date.") PartialDate effectiveOn,
        @NonNull @Description("How much weight the claim carries against the others.") ClaimRank rank,
        @Description("Why a DEPRECATED claim is not taken.") String reason,
        @Description("The source's own words for the value, such as \"지난달\" (last month) for a relative date.")
        String words,
        @NonNull @Description("Whether the value is inferred from what the sources say rather than stated by them.")
        boolean inferred,
        @Description("What the dataset notes about the claim.") String note,
        @Description("For a date the source gives relative to itself, what it counts from; null for other claims.")
        RelativeBasis relative,
        @Ignore long dbId,
        @Ignore long subjectId) implements Cited {

    @Ignore
    public dev.valuenetwork.source.CitedKind citedKind() {
        return dev.valuenetwork.source.CitedKind.CLAIM;
    }

}
