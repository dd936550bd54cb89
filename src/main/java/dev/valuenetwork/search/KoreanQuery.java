package dev.valuenetwork.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Korean writes particles onto the word they follow, with no space: "SK텔레콤은", "익시젠을".
 * Stripping a trailing particle gives the word itself, which an exact name match then finds.
 * Trigram similarity already tolerates the particle; this makes the exact match score as such.
 */
final class KoreanQuery {

    /** Longest first, so "에서는" is tried before "는". */
    private static final List<String> PARTICLES = List.of("에서는", "에게서", "으로는", "이라는", "에서", "에게", "으로",
            "부터", "까지", "처럼", "보다", "하고", "이랑", "이나", "라는", "은", "는", "이", "가", "을", "를", "의", "에",
            "와", "과", "도", "만", "로", "랑", "나");

    private KoreanQuery() {
    }

    /** The query and the query without each particle it may end with. */
    static List<String> variants(String normalised) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(normalised);
        for (String particle : PARTICLES) {
            if (normalised.endsWith(particle) && normalised.length() > particle.length()
                    && Character.isLetterOrDigit(normalised.charAt(normalised.length() - particle.length() - 1))) {
                variants.add(normalised.substring(0, normalised.length() - particle.length()));
            }
        }
        return List.copyOf(variants);
    }
}
