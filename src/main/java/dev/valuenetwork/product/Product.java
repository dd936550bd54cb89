package dev.valuenetwork.product;

import dev.valuenetwork.claim.ClaimSubject;
import dev.valuenetwork.claim.Claimed;
import dev.valuenetwork.source.Cited;
import dev.valuenetwork.common.graphql.FigureSubject;
import dev.valuenetwork.common.graphql.Node;
import dev.valuenetwork.common.persistence.IdentityBasis;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Product")
@Description("An AI model, platform or programme, owned by a company or an alliance.")
public record Product(
        @Id @NonNull @Description("Opaque global id.") String id,
        @NonNull @Description("Unique slug, in the same namespace as companies, people and alliances.") String slug,
        @NonNull @Description("Name as its owner writes it in English.") String name,
        @Description("Korean name.") String nameKo,
        @NonNull @Description("Where the names come from: SOURCED when the sources print them, DATASET_LABEL when this"
                + " dataset coined them.") IdentityBasis nameBasis,
        @NonNull @Description("Model, platform, programme or service.") ProductKind kind,
        @NonNull @Description("Where it stands.") ProductStatus status,
        @Description("The status in the source's own words, such as \"to be applied company-wide\".") String statusDetail,
        @Description("What it is, as the sources describe it.") String description,
        @Description("The description in Korean, in the source's words where it gives them.") String descriptionKo,
        @NonNull @Description("Optimistic-locking version: an update names the version it read.") int version,
        @NonNull @Description("When the record was created in this service.") java.time.OffsetDateTime createdAt,
        @NonNull @Description("When the record last changed in this service.") java.time.OffsetDateTime updatedAt,
        @Description("Who made the last change: an editor's name, or the dataset that loaded it.") String updatedBy,
        @Ignore long dbId,
        @Ignore Long ownerCompanyId,
        @Ignore Long ownerAllianceId) implements Node, FigureSubject, Cited, Claimed {

    @Ignore
    public ClaimSubject claimSubject() {
        return ClaimSubject.PRODUCT;
    }


    @Ignore
    public dev.valuenetwork.source.CitedKind citedKind() {
        return dev.valuenetwork.source.CitedKind.PRODUCT;
    }


    public static final String TYPE = "Product";
    public static final String BY_ID = "Product.byId";
}
