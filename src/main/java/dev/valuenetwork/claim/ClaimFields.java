package dev.valuenetwork.claim;

import dev.valuenetwork.common.batch.BatchLoaders;
import dev.valuenetwork.common.graphql.ListArgs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The {@code claims} field of every record type that carries claims, batched per kind of record. */
@ApplicationScoped
public class ClaimFields {

    public static final String DESCRIPTION = "What the sources claim about this record's disputed or dated fields, each"
            + " claim with its rank and sources, in the dataset's order. The plain field gives the winning claim.";
    public static final String ATTRIBUTE = "Only claims of this field, such as \"since\" or \"status\".";

    @Inject
    BatchLoaders loaders;

    @Inject
    ClaimQueries claims;

    public CompletionStage<List<Claim>> claims(ClaimSubject subject, long id, Integer first, String attribute) {
        return loaders.many("claims." + subject, id, new ClaimQueries.Args(ListArgs.first(first), attribute),
                claims.claimsOf(subject));
    }
}
