package dev.valuenetwork.person;

import dev.valuenetwork.source.Cited;
import dev.valuenetwork.common.graphql.Node;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.company.Company;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Executive")
@Description("A person's title at a company over a period: the leadership edge of the network.")
public record Executive(
        @Id @NonNull @Description("Opaque global id.") String id,
        @NonNull @Description("The title in English, such as \"CEO\".") String title,
        @Description("The title as the Korean source prints it, such as \"대표\".") String titleKo,
        @Description("When the role began, as precisely as known; null when the sources do not say.") PartialDate since,
        @Description("When the role ended; null while it lasts or when the end is unknown.") PartialDate until,
        @NonNull @Description("Whether the start of the role is known. A role with an unknown start counts as"
                + " valid on any date up to its end.") boolean startKnown,
        @NonNull @Description("Optimistic-locking version: an update names the version it read.") int version,
        @NonNull @Description("When the record was created in this service.") java.time.OffsetDateTime createdAt,
        @NonNull @Description("When the record last changed in this service.") java.time.OffsetDateTime updatedAt,
        @Description("Who made the last change: an editor's name, or the dataset that loaded it.") String updatedBy,
        @Ignore long dbId,
        @Ignore long personId,
        @Ignore long companyId,
        @Ignore Person joinedPerson,
        @Ignore Company joinedCompany) implements Node, Cited {

    @Ignore
    public dev.valuenetwork.source.CitedKind citedKind() {
        return dev.valuenetwork.source.CitedKind.EXECUTIVE;
    }


    public static final String TYPE = "Executive";
}
