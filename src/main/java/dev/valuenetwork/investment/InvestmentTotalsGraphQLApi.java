package dev.valuenetwork.investment;

import dev.valuenetwork.common.batch.BatchLoaders;
import dev.valuenetwork.company.Company;
import dev.valuenetwork.company.CompanyQueries;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class InvestmentTotalsGraphQLApi {

    @Inject
    InvestmentTotalsQueries totals;
    @Inject
    CompanyQueries companies;
    @Inject
    BatchLoaders loaders;

    @Query("investmentTotals")
    @NonNull
    @Description("Investments counted and added up by investor, investee, year and/or currency, with sums in the"
            + " original currencies and converted to USD and KRW at recorded rates. Unknown amounts are counted, never"
            + " added as zero.")
    public InvestmentTotals investmentTotals(
            @NonNull @Description("What to group by; at least one.") List<@NonNull InvestmentGroup> groupBy,
            @Description("Which investments to include.") InvestmentFilter filter) {
        return totals.totals(groupBy, filter);
    }

    @Description("The group's investor, when grouped by INVESTOR.")
    public CompletionStage<Company> investor(@Source InvestmentTotal total) {
        return loaders.one(Company.BY_ID, total.investorId(), companies::companiesByIds);
    }

    @Description("The group's investee, when grouped by INVESTEE.")
    public CompletionStage<Company> investee(@Source InvestmentTotal total) {
        return loaders.one(Company.BY_ID, total.investeeId(), companies::companiesByIds);
    }
}
