package dev.valuenetwork.common.graphql;

import dev.valuenetwork.common.error.ApiException;

/** Validation of the {@code first} argument of nested lists (default and maximum 100 per parent). */
public final class ListArgs {

    public static final int MAX_FIRST = 100;

    private ListArgs() {
    }

    public static int first(Integer first) {
        int size = first == null ? MAX_FIRST : first;
        if (size < 0 || size > MAX_FIRST) {
            throw ApiException.invalidArgument("first", "'first' must be between 0 and " + MAX_FIRST + ", was " + size + ".");
        }
        return size;
    }
}
