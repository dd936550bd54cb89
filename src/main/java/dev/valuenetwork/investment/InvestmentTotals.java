package dev.valuenetwork.investment;

import dev.valuenetwork.rate.ExchangeRate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("InvestmentTotals")
@Description("Investment totals by group, and the exchange rates the conversions used.")
public record InvestmentTotals(
        @NonNull @Description("One total per group, ordered by the grouping values.") List<@NonNull InvestmentTotal> groups,
        @NonNull @Description("The exchange rates the conversions of all groups used.") List<@NonNull ExchangeRate> ratesUsed) {
}
