package dev.valuenetwork.statement;

import dev.valuenetwork.source.Cited;
import dev.valuenetwork.common.graphql.Node;
import dev.valuenetwork.common.graphql.PartialDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Statement")
@Description("A direct quote: what was said, in its original language, by whom, when and where.")
public record Statement(
        @Id @NonNull @Description("Opaque global id.") String id,
        @NonNull @Description("The quote as the source prints it, in its original language.") String text,
        @NonNull @Description("ISO 639-1 code of the original language.") String language,
        @Description("An English translation of the quote.") String translation,
        @Description("Who the source says spoke, when it does not name them, such as \"an industry expert\".")
        String speakerDescription,
        @Description("The speaker's title when speaking, as the source gives it.") String speakerTitle,
        @Description("When it was said, as precisely as the source allows; null when it does not say.") PartialDate saidOn,
        @Description("Where it was said; null when the source does not say.") String place,
        @Description("The occasion it was said at, as the source describes it, such as a roundtable or a press"
                + " conference; null when the source does not say.") String occasion,
        @NonNull @Description("Topics of the quote, as lowercase tags.") List<@NonNull String> topics,
        @NonNull @Description("Optimistic-locking version: an update names the version it read.") int version,
        @NonNull @Description("When the record was created in this service.") java.time.OffsetDateTime createdAt,
        @NonNull @Description("When the record last changed in this service.") java.time.OffsetDateTime updatedAt,
        @Description("Who made the last change: an editor's name, or the dataset that loaded it.") String updatedBy,
        @Ignore long dbId,
        @Ignore Long speakerId,
        @Ignore Long companyId) implements Node, Cited {

    @Ignore
    public dev.valuenetwork.source.CitedKind citedKind() {
        return dev.valuenetwork.source.CitedKind.STATEMENT;
    }


    public static final String TYPE = "Statement";
}
