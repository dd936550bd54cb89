package dev.valuenetwork.investment;

import dev.valuenetwork.common.graphql.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("InvestmentFilter")
@Description("Narrows a list of investments; all given conditions must hold.")
public record InvestmentFilter(
        @Description("Only investments made by the company with this slug.") String investor,
        @Description("Only investments in the company with this slug.") String investee,
        @Description("Only investments announced within the period from this date on (undated ones are left out).")
        PartialDate from,
        @Description("Only investments announced within the period up to this date (undated ones are left out).")
        PartialDate to,
        @Description("Only investments in this ISO 4217 currency (unknown amounts have none).") String currency) {
}
