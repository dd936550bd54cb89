package dev.valuenetwork.claim;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.graphql.Ignore;

/**
 * Whatever carries claims: sources, alliances, memberships, investments and products. Its
 * {@code claims} field is declared once for all of them ({@link ClaimsOfRecordsGraphQLApi}).
 */
// The lean fetchers look it up by name: the @Source parameter of the shared citations and
// claims fields (NativeImageConfigIT).
@RegisterForReflection
public interface Claimed {

    /** The claim column of this kind of record. */
    @Ignore
    ClaimSubject claimSubject();

    @Ignore
    long dbId();
}
