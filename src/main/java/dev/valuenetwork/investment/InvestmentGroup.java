package dev.valuenetwork.investment;

import org.eclipse.microprofile.graphql.Description;

@Description("What investment totals can be grouped by.")
public enum InvestmentGroup {
    @Description("The investing company.")
    INVESTOR,
    @Description("The company invested in.")
    INVESTEE,
    @Description("The year of announcement (undated investments form a group of their own, year null).")
    YEAR,
    @Description("The currency of the amount (unknown amounts have none).")
    CURRENCY
}
