package dev.valuenetwork.common.persistence;

import dev.valuenetwork.common.error.ApiException;

/**
 * Substring matching over the search_term table, which triggers keep for names, aliases and
 * quotes. Three or more characters match anywhere, through the trigram index. One or two
 * characters carry too few trigrams for that, so they match the start of a word instead:
 * pg_trgm's word similarity ({@code <%}) finds candidate words through the same index, and a
 * LIKE keeps those that really start with the text. Korean words carry their particles
 * (SK텔레콤은), so a word start is where a short Korean query usually sits.
 */
public final class TextMatch {

    public static final int MAX_LENGTH = 200;

    private TextMatch() {
    }

    /** Normalised the way search_norm() normalises stored terms. */
    public static String normalise(String text, String argument) {
        String normal = text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        if (normal.isEmpty()) {
            throw ApiException.invalidArgument(argument, "'" + argument + "' must not be empty.");
        }
        if (normal.length() > MAX_LENGTH) {
            throw ApiException.invalidArgument(argument, "'" + argument + "' is longer than " + MAX_LENGTH + " characters.");
        }
        return normal;
    }

    /**
     * SQL condition: node x of the kind has a term in one of the fields containing the text.
     * Binds :matchText, :matchLike and :matchWord.
     */
    public static String condition(String kind, String fields, String text) {
        String match = text.length() >= 3
                ? "s.term_norm LIKE :matchLike"
                : "(:matchText <% s.term_norm AND (s.term_norm LIKE :matchWord OR s.term_norm LIKE :matchLike))";
        return "EXISTS (SELECT 1 FROM search_term s WHERE s.node_kind = '" + kind + "' AND s.node_id = x.id AND s.field IN ("
                + fields + ") AND " + match + ")";
    }

    /** The parameters of {@link #condition}, alternating name and value. */
    public static Object[] parameters(String text) {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        if (text.length() >= 3) {
            return new Object[] {"matchLike", "%" + escaped + "%"};
        }
        return new Object[] {"matchText", text, "matchLike", escaped + "%", "matchWord", "% " + escaped + "%"};
    }

    /** A single character is below pg_trgm's default word-similarity threshold; lower it for these conditions. */
    public static void prepare(String text, Conditions conditions) {
        if (text.length() == 1) {
            conditions.setLocal(SIMILARITY_THRESHOLD, "0.5");
        }
    }

    /** The setting {@link #prepare} lowers, for statements that set it themselves. */
    public static final String SIMILARITY_THRESHOLD = "pg_trgm.word_similarity_threshold";
}
