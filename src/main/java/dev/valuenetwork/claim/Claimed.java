package dev.valuenetwork.claim;

import org.eclipse.microprofile.graphql.Ignore;

/**
 * Whatever carries claims: sources, alliances, memberships, investments and products. Its
 * {@code claims} field is declared once for all of them ({@link ClaimsOfRecordsGraphQLApi}).
 */
public interface Claimed {

    /** The claim column of this kind of record. */
    @Ignore
    ClaimSubject claimSubject();

    @Ignore
    long dbId();
}
