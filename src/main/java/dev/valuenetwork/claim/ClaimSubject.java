package dev.valuenetwork.claim;

/** The kinds of records that carry claims, each with its column in the claim table. */
public enum ClaimSubject {
    SOURCE("source_id"),
    ALLIANCE("alliance_id"),
    MEMBERSHIP("membership_id"),
    INVESTMENT("investment_id"),
    PRODUCT("product_id");

    private final String column;

    ClaimSubject(String column) {
        this.column = column;
    }

    /** The claim column; a constant, never user input, so safe to splice into SQL. */
    public String column() {
        return column;
    }
}
