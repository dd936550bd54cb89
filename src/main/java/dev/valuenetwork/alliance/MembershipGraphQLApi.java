package dev.valuenetwork.alliance;

import dev.valuenetwork.common.batch.BatchLoaders;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.graphql.RelationArgs;
import dev.valuenetwork.company.Company;
import dev.valuenetwork.company.CompanyQueries;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Fields of memberships, and the memberships as seen from a company. */
// Holds only @Source fields, which SmallRye's extension does not register for reflection; the
// lean fetchers look its methods up (NativeImageConfigIT).
@RegisterForReflection(fields = false)
@GraphQLApi
public class MembershipGraphQLApi {

    @Inject
    AllianceQueries alliances;

    @Inject
    CompanyQueries companies;

    @Inject
    BatchLoaders loaders;

    @NonNull
    @Description("The member company.")
    public CompletionStage<Company> company(@Source Membership membership) {
        return loaders.one(Company.BY_ID, membership.companyId(), companies::companiesByIds, membership.joinedCompany());
    }

    @NonNull
    @Description("The alliance.")
    public CompletionStage<Alliance> alliance(@Source Membership membership) {
        return loaders.one(Alliance.BY_ID, membership.allianceId(), alliances::alliancesByIds, membership.joinedAlliance());
    }

    @NonNull
    @Description("The company's memberships in alliances, partnerships and joint ventures, newest first"
            + " (memberships of unknown start last).")
    public CompletionStage<List<@NonNull Membership>> memberships(@Source Company company,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first,
            @Description("Only memberships valid on this date: begun by its end (or of unknown start) and not ended before it.")
            PartialDate asOf) {
        return loaders.many("Company.memberships", company.dbId(), RelationArgs.of(first, asOf).joiningWhenSelected("alliance"),
                alliances::membershipsOf);
    }
}
