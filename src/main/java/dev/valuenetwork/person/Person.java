package dev.valuenetwork.person;

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
        @Ignore long dbId) implements Node {

    public static final String TYPE = "Person";
    public static final String BY_ID = "Person.byId";
}
