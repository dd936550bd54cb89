package dev.valuenetwork.dataset;

import dev.valuenetwork.common.graphql.PartialDate;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Which value a record's field takes from its claims. A record either gives a field itself or
 * claims it; with claims, the field is the PREFERRED claim's value, or the value that every claim
 * that is not DEPRECATED agrees on, and null when they disagree and none is preferred (Wikidata's
 * "best rank" rule). Status claims are a history instead: the field is the latest in effect.
 */
public final class Claims {

    public static final String STATUS = "status";

    private Claims() {
    }

    public static boolean claimed(List<ClaimRecord> claims, String attribute) {
        return claims.stream().anyMatch(c -> attribute.equals(c.attribute()));
    }

    /** The field's value: its own when it is not claimed, else the claims' winner. */
    public static String value(String own, List<ClaimRecord> claims, String attribute) {
        return claimed(claims, attribute) ? winner(claims, attribute) : own;
    }

    /** The winner of the claims of one attribute, or null when they disagree and none is preferred. */
    public static String winner(List<ClaimRecord> claims, String attribute) {
        List<ClaimRecord> of = claims.stream().filter(c -> attribute.equals(c.attribute())).toList();
        for (ClaimRecord claim : of) {
            if ("PREFERRED".equals(claim.rank())) {
                return claim.value();
            }
        }
        List<String> values = of.stream().filter(c -> !"DEPRECATED".equals(c.rank())).map(ClaimRecord::value).distinct().toList();
        return values.size() == 1 ? values.get(0) : null;
    }

    /**
     * The status in effect now: the latest status claim that is not deprecated (undated ones count
     * from the start), preferred first among claims of one date; null when nothing is claimed.
     */
    public static String currentStatus(List<ClaimRecord> claims) {
        return claims.stream().filter(c -> STATUS.equals(c.attribute()) && !"DEPRECATED".equals(c.rank()))
                .max(Comparator.comparing((ClaimRecord c) -> start(c.effectiveOn()), Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(c -> "PREFERRED".equals(c.rank())))
                .map(ClaimRecord::value).orElse(null);
    }

    /** The record's status: claimed, else its own, else UNKNOWN; a status the sources do not give is never guessed. */
    public static String status(String own, List<ClaimRecord> claims) {
        String claimed = currentStatus(claims);
        return claimed != null ? claimed : own != null ? own : "UNKNOWN";
    }

    /** How a record is exported: a claimed field is left to its claims, so import and export agree. */
    public static String own(String value, List<ClaimRecord> claims, String attribute) {
        return claimed(claims, attribute) ? null : value;
    }

    private static LocalDate start(String partialDate) {
        PartialDate date = partialDate == null || !PartialDate.isValid(partialDate) ? null : PartialDate.parse(partialDate);
        return date == null ? null : date.start();
    }
}
