package dev.valuenetwork.investment;

import org.eclipse.microprofile.graphql.Description;

@Description("The kind of funding round an investment was part of, in Crunchbase's terms.")
public enum FundingRoundType {
    @Description("A pre-seed round.")
    PRE_SEED,
    @Description("A seed round.")
    SEED,
    @Description("A Series A round.")
    SERIES_A,
    @Description("A Series B round.")
    SERIES_B,
    @Description("A Series C round.")
    SERIES_C,
    @Description("A Series D round.")
    SERIES_D,
    @Description("Series E or a later lettered round.")
    SERIES_E_OR_LATER,
    @Description("A round led by corporations investing for strategy as well as return.")
    CORPORATE_ROUND,
    @Description("A strategic investment outside a lettered round.")
    STRATEGIC,
    @Description("A private-equity round.")
    PRIVATE_EQUITY,
    @Description("Debt financing.")
    DEBT_FINANCING,
    @Description("Something else; the round's name says what.")
    OTHER
}
