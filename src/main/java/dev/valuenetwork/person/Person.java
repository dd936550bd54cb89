package dev.valuenetwork.person;

import dev.valuenetwork.source.Cited;
import dev.valuenetwork.common.graphql.Node;
import dev.valuenetwork.common.persistence.IdentityBasis;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Person")
@Description("A person: an executive, a founder, anyone who leads or speaks for a company.")
public record Person(
        @Id @NonNull @Description("Opaque global id.") String id,
        @NonNull @Description("Unique slug, in the same namespace as companies, alliances and products.") String slug,
        @NonNull @Description("Name in the person's own official English spelling.") String name,
        @Description("Korean name.") String nameKo,
        @NonNull @Description("Where the identity data (names) comes from.") IdentityBasis identityBasis,
        @NonNull @Description("Optimistic-locking version: an update names the version it read.") int version,
        @NonNull @Description("When the record was created in this service.") java.time.OffsetDateTime createdAt,
        @NonNull @Description("When the record last changed in this service.") java.time.OffsetDateTime updatedAt,
        @Description("Who made the last change: an editor's name, or the dataset that loaded it.") String updatedBy,
        @Ignore long dbId) implements Node, Cited {

    @Ignore
    public dev.valuenetwork.source.CitedKind citedKind() {
        return dev.valuenetwork.source.CitedKind.PERSON;
    }


    public static final String TYPE = "Person";
    public static final String BY_ID = "Person.byId";
}
