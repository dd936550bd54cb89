package dev.valuenetwork.source;

/** The kinds of rows a citation can point at, each with its column in the citation table. */
public enum CitedKind {
    COMPANY("company_id"),
    PERSON("person_id"),
    EXECUTIVE("executive_id"),
    ALLIANCE("alliance_id"),
    MEMBERSHIP("membership_id"),
    INVESTMENT("investment_id"),
    STATEMENT("statement_id"),
    PRODUCT("product_id"),
    FIGURE("figure_id"),
    EXCHANGE_RATE("exchange_rate_id"),
    CLAIM("claim_id"),
    ACTIVITY("activity_id");

    private final String column;

    CitedKind(String column) {
        this.column = column;
    }

    /** The citation column; a constant, never user input, so safe to splice into SQL. */
    public String column() {
        return column;
    }
}
