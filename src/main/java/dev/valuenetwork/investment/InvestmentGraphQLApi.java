package dev.valuenetwork.investment;

import dev.valuenetwork.common.batch.BatchLoaders;
import dev.valuenetwork.common.graphql.RelationArgs;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.company.Company;
import dev.valuenetwork.company.CompanyQueries;
import jakarta.inject.Inject;
import dev.valuenetwork.common.graphql.ListArgs;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class InvestmentGraphQLApi {

    @Inject
    InvestmentQueries investments;

    @Inject
    CompanyQueries companies;

    @Inject
    BatchLoaders loaders;

    @Query("investments")
    @NonNull
    @Description("Investments, newest first by default (undated ones last), optionally filtered.")
    public InvestmentConnection investments(
            @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Description("Cursor to continue after: an edge's cursor or pageInfo.endCursor, from the same order.") String after,
            @Description("Conditions the investments must meet.") InvestmentFilter filter,
            @Description("The order; newest announcement first by default.") InvestmentOrder orderBy) {
        return investments.listInvestments(filter, orderBy, PageRequest.of(first, after));
    }

    @NonNull
    @Description("The company that invested.")
    public CompletionStage<Company> investor(@Source Investment investment) {
        return loaders.one(Company.BY_ID, investment.investorId(), companies::companiesByIds, investment.joinedInvestor());
    }

    @NonNull
    @Description("The company invested in.")
    public CompletionStage<Company> investee(@Source Investment investment) {
        return loaders.one(Company.BY_ID, investment.investeeId(), companies::companiesByIds, investment.joinedInvestee());
    }

    @NonNull
    @Description("Other investors in the same round that a source names, in the source's order; empty when none is named.")
    public CompletionStage<List<@NonNull Company>> coInvestors(@Source Investment investment,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first) {
        return loaders.many("Investment.coInvestors", investment.dbId(), ListArgs.first(first), investments::coInvestorsOf);
    }

    @NonNull
    @Description("Investments the company made, newest first (undated ones last).")
    public CompletionStage<List<@NonNull Investment>> investmentsMade(@Source Company company,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first) {
        return loaders.many("Company.investmentsMade", company.dbId(),
                RelationArgs.of(first, null).joiningWhenSelected("investee"), investments::investmentsByInvestors);
    }

    @NonNull
    @Description("Investments the company received, newest first (undated ones last).")
    public CompletionStage<List<@NonNull Investment>> investmentsReceived(@Source Company company,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first) {
        return loaders.many("Company.investmentsReceived", company.dbId(),
                RelationArgs.of(first, null).joiningWhenSelected("investor"), investments::investmentsInInvestees);
    }
}
