package dev.valuenetwork.common.graphql;

/** A string that is not a partial date; reported to clients as INVALID_ARGUMENT. */
public final class InvalidPartialDateException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidPartialDateException(String value) {
        super("'" + value + "' is not a partial date: expected YYYY, YYYY-MM or YYYY-MM-DD naming a real year, month or day");
    }
}
