package dev.valuenetwork.alliance;

import dev.valuenetwork.claim.ClaimSubject;
import dev.valuenetwork.claim.Claimed;
import dev.valuenetwork.source.Cited;
import dev.valuenetwork.common.graphql.FigureSubject;
import dev.valuenetwork.common.graphql.Node;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.graphql.ProductOwner;
import dev.valuenetwork.common.persistence.IdentityBasis;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Alliance")
@Description("An alliance, partnership or joint venture of companies. A bilateral partnership is an alliance of two members.")
public record Alliance(
        @Id @NonNull @Description("Opaque global id.") String id,
        @NonNull @Description("Unique slug, in the same namespace as companies, people and products.") String slug,
        @NonNull @Description("English name.") String name,
        @Description("Korean name.") String nameKo,
        @NonNull @Description("Where the names come from: SOURCED when the sources print them, DATASET_LABEL when this"
                + " dataset coined them for a tie no source names, such as \"KT–Microsoft Partnership\".") IdentityBasis nameBasis,
        @NonNull @Description("Alliance, partnership or joint venture.") AllianceKind kind,
        @NonNull @Description("Where it stands now: the latest of its status claims, or UNKNOWN when the sources do not"
                + " say. Its `claims(attribute: \"status\")` are the dated history.") AllianceStatus status,
        @Description("The status in the source's own words, such as \"promised to cooperate\".") String statusDetail,
        @Description("What it is for, as the sources state it.") String purpose,
        @Description("What it is for in Korean, in the source's words.") String purposeKo,
        @Description("When it was formed, as precisely as known; null when the sources do not say.") PartialDate formedOn,
        @Description("When it ended; null while it lasts.") PartialDate endedOn,
        @NonNull @Description("Optimistic-locking version: an update names the version it read.") int version,
        @NonNull @Description("When the record was created in this service.") java.time.OffsetDateTime createdAt,
        @NonNull @Description("When the record last changed in this service.") java.time.OffsetDateTime updatedAt,
        @Description("Who made the last change: an editor's name, or the dataset that loaded it.") String updatedBy,
        @Ignore long dbId,
        @Ignore Long parentId) implements Node, ProductOwner, FigureSubject, Cited, Claimed {

    @Ignore
    public ClaimSubject claimSubject() {
        return ClaimSubject.ALLIANCE;
    }


    @Ignore
    public dev.valuenetwork.source.CitedKind citedKind() {
        return dev.valuenetwork.source.CitedKind.ALLIANCE;
    }


    public static final String TYPE = "Alliance";
    public static final String BY_ID = "Alliance.byId";
}
