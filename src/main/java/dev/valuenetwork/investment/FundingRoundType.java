package dev.valuenetwork.investment;

import org.eclipse.microprofile.graphql.Description;

@Description("The kind of funding round an investment was part of, in Crunchbase's terms.")
public enum FundingRoundType {
    PRE_SEED,
    SEED,
    SERIES_A,
    SERIES_B,
    SERIES_C,
    SERIES_D,
    @Description("Series E or a later lettered round.")
    SERIES_E_OR_LATER,
    @Description("A round led by corporations investing for strategy as well as return.")
    CORPORATE_ROUND,
    @Description("A strategic investment outside a lettered round.")
    STRATEGIC,
    PRIVATE_EQUITY,
    DEBT_FINANCING,
    @Description("Something else; the round's name says what.")
    OTHER
}
