package dev.valuenetwork.search;

import java.util.Locale;

/** The part of a long matched text around the match, so a hit on a quote shows why it matched. */
final class Snippet {

    private static final int WIDTH = 120;

    private Snippet() {
    }

    static String around(String term, String query) {
        if (term.length() <= WIDTH) {
            return term;
        }
        int at = term.toLowerCase(Locale.ROOT).indexOf(query.strip().toLowerCase(Locale.ROOT));
        int start = Math.max(0, Math.min(term.length() - WIDTH, at < 0 ? 0 : at - WIDTH / 3));
        String snippet = term.substring(start, start + WIDTH);
        return (start > 0 ? "…" : "") + snippet + (start + WIDTH < term.length() ? "…" : "");
    }
}
