package dev.valuenetwork.common.paging;

import dev.valuenetwork.common.error.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A keyset cursor: the sort values of the last row seen, so the next page starts after that row
 * however many rows were added before it. Encoded opaquely; clients only pass it back.
 */
public final class Cursor {

    private static final String VERSION = "k1";
    private static final char SEPARATOR = '\u001f';

    private Cursor() {
    }

    public static String encode(String... values) {
        String joined = VERSION + SEPARATOR + String.join(String.valueOf(SEPARATOR), values);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a cursor made by {@link #encode} with the given number of values, or fails with
     * INVALID_ARGUMENT on {@code after}.
     */
    public static List<String> decode(String cursor, int values) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = Arrays.asList(text.split(String.valueOf(SEPARATOR), -1));
            if (parts.size() == values + 1 && parts.get(0).equals(VERSION)) {
                return parts.subList(1, parts.size());
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw ApiException.invalidArgument("after", "'after' is not a cursor from this list; pass the endCursor or an edge's cursor unchanged.");
    }
}
