package dev.valuenetwork.alliance;

import dev.valuenetwork.claim.ClaimSubject;
import dev.valuenetwork.claim.Claimed;
import dev.valuenetwork.source.Cited;
import dev.valuenetwork.common.graphql.Node;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.company.Company;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Membership")
@Description("A company's membership in an alliance over a period: the alliance edge of the network.")
public record Membership(
        @Id @NonNull @Description("Opaque global id.") String id,
        @Description("The member's role, such as \"founding member\" or \"lead\".") String role,
        @Description("When the membership began, as precisely as known; null when the sources do not say.") PartialDate since,
        @Description("When it ended; null while it lasts or when the end is unknown.") PartialDate until,
        @NonNull @Description("Whether the start is known. A membership of unknown start counts as valid on any date"
                + " up to its end.") boolean startKnown,
        @NonNull @Description("Optimistic-locking version: an update names the version it read.") int version,
        @NonNull @Description("When the record was created in this service.") java.time.OffsetDateTime createdAt,
        @NonNull @Description("When the record last changed in this service.") java.time.OffsetDateTime updatedAt,
        @Description("Who made the last change: an editor's name, or the dataset that loaded it.") String updatedBy,
        @Ignore long dbId,
        @Ignore long allianceId,
        @Ignore long companyId,
        @Ignore Alliance joinedAlliance,
        @Ignore Company joinedCompany) implements Node, Cited, Claimed {

    @Ignore
    public ClaimSubject claimSubject() {
        return ClaimSubject.MEMBERSHIP;
    }


    @Ignore
    public dev.valuenetwork.source.CitedKind citedKind() {
        return dev.valuenetwork.source.CitedKind.MEMBERSHIP;
    }


    public static final String TYPE = "Membership";
}
