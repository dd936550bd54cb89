package dev.valuenetwork.claim;

import dev.valuenetwork.alliance.Alliance;
import dev.valuenetwork.alliance.Membership;
import dev.valuenetwork.investment.Investment;
import dev.valuenetwork.product.Product;
import dev.valuenetwork.source.SourceDocument;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The {@code claims} field of the five record types that carry claims. */
@GraphQLApi
public class ClaimsOfRecordsGraphQLApi {

    @Inject
    ClaimFields fields;

    @NonNull
    @Description(ClaimFields.DESCRIPTION + " Status claims are the tie's dated history.")
    public CompletionStage<List<@NonNull Claim>> claims(@Source Alliance alliance,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first,
            @Description(ClaimFields.ATTRIBUTE) String attribute) {
        return fields.claims(ClaimSubject.ALLIANCE, alliance.dbId(), first, attribute);
    }

    @NonNull
    @Description(ClaimFields.DESCRIPTION)
    public CompletionStage<List<@NonNull Claim>> claims(@Source Membership membership,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first,
            @Description(ClaimFields.ATTRIBUTE) String attribute) {
        return fields.claims(ClaimSubject.MEMBERSHIP, membership.dbId(), first, attribute);
    }

    @NonNull
    @Description(ClaimFields.DESCRIPTION)
    public CompletionStage<List<@NonNull Claim>> claims(@Source Investment investment,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first,
            @Description(ClaimFields.ATTRIBUTE) String attribute) {
        return fields.claims(ClaimSubject.INVESTMENT, investment.dbId(), first, attribute);
    }

    @NonNull
    @Description(ClaimFields.DESCRIPTION + " Status claims are the product's dated history.")
    public CompletionStage<List<@NonNull Claim>> claims(@Source Product product,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first,
            @Description(ClaimFields.ATTRIBUTE) String attribute) {
        return fields.claims(ClaimSubject.PRODUCT, product.dbId(), first, attribute);
    }

    @NonNull
    @Description(ClaimFields.DESCRIPTION + " For a source, the basis of its publication date.")
    public CompletionStage<List<@NonNull Claim>> claims(@Source SourceDocument source,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first,
            @Description(ClaimFields.ATTRIBUTE) String attribute) {
        return fields.claims(ClaimSubject.SOURCE, source.dbId(), first, attribute);
    }
}
