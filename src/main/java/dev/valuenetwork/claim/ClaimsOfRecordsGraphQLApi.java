package dev.valuenetwork.claim;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The {@code claims} field of every record type that carries claims: one resolver, on the {@link Claimed} interface. */
// Holds only @Source fields, which SmallRye's extension does not register for reflection; the
// lean fetchers look its methods up (NativeImageConfigIT).
@RegisterForReflection(fields = false)
@GraphQLApi
public class ClaimsOfRecordsGraphQLApi {

    @Inject
    ClaimFields fields;

    @NonNull
    @Description(ClaimFields.DESCRIPTION + " Status claims are a tie's or product's dated history; a source's claims are"
            + " the basis of its publication date.")
    public CompletionStage<List<@NonNull Claim>> claims(@Source Claimed record,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first,
            @Description(ClaimFields.ATTRIBUTE) String attribute) {
        return fields.claims(record.claimSubject(), record.dbId(), first, attribute);
    }
}
