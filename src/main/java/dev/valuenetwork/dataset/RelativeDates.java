package dev.valuenetwork.dataset;

import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.graphql.PartialDate;
import java.time.YearMonth;
import java.util.List;

/** Deriving the dates of relative claims from their source's date. */
public final class RelativeDates {

    private RelativeDates() {
    }

    /** The date the basis gives from {@code base} (a partial date), or null when the base is not precise enough. */
    static String derive(String base, RelativeDate relative) {
        if (base == null || !PartialDate.isValid(base)) {
            return null;
        }
        PartialDate date = PartialDate.parse(base);
        if (date.precision() == PartialDate.Precision.YEAR) {
            return null;
        }
        YearMonth from = YearMonth.from(date.start());
        YearMonth at = relative.months() != null ? from.plusMonths(relative.months())
                : YearMonth.of(relative.month() > from.getMonthValue() ? from.getYear() - 1 : from.getYear(), relative.month());
        if (relative.day() == null) {
            return at.toString();
        }
        return at.isValidDay(relative.day()) ? at.atDay(relative.day()).toString() : null;
    }

    /** Whether the claim's value (or, for a status claim, its effectiveOn) is derived. */
    static boolean derivesValue(ClaimRecord claim) {
        return claim.relative() != null && !Claims.STATUS.equals(claim.attribute());
    }

    /** The claims with every relative date derived from its source's date as {@code refs} knows it. */
    static List<ClaimRecord> resolve(List<ClaimRecord> claims, Refs refs) {
        if (claims.stream().noneMatch(c -> c.relative() != null)) {
            return claims;
        }
        return claims.stream().map(c -> {
            if (c.relative() == null) {
                return c;
            }
            String date = derive(refs.sourceDate(c.relative().to()), c.relative());
            if (date == null) {
                throw ApiException.invalidArgument("claims", "A claim of '" + c.attribute() + "' counts from the date of source '"
                        + c.relative().to() + "', which is not known to the month (or the day does not exist in that month).");
            }
            return derivesValue(c) ? with(c, date, c.effectiveOn()) : with(c, c.value(), date);
        }).toList();
    }

    /** The claim as a document gives it: its derived date left out. */
    static ClaimRecord unresolved(ClaimRecord c) {
        if (c.relative() == null) {
            return c;
        }
        return derivesValue(c) ? with(c, null, c.effectiveOn()) : with(c, c.value(), null);
    }

    private static ClaimRecord with(ClaimRecord c, String value, String effectiveOn) {
        return new ClaimRecord(c.attribute(), value, effectiveOn, c.rank(), c.reason(), c.words(), c.inferred(), c.note(),
                c.relative(), c.citations());
    }
}
