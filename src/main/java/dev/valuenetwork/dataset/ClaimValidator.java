package dev.valuenetwork.dataset;

import dev.valuenetwork.claim.ClaimRank;
import dev.valuenetwork.common.validation.Rules;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks the claims of one record: attributes its slice allows, values of the attribute's form, ranks, sources. */
final class ClaimValidator {

    private static final Set<String> DATES = Set.of("since", "until", "formedOn", "endedOn", "publishedOn", "announcedOn",
            "closedOn");

    private final RecordCheck check;
    private final RecordSlice<?, ?> slice;

    ClaimValidator(RecordCheck check, RecordSlice<?, ?> slice) {
        this.check = check;
        this.slice = slice;
    }

    void check(List<ClaimRecord> claims, Map<String, Object> own) {
        Set<String> allowed = slice.claimable();
        Set<String> preferred = new HashSet<>();
        for (int i = 0; i < claims.size(); i++) {
            ClaimRecord c = claims.get(i);
            String here = "claims[" + i + "]";
            if (c.attribute() == null || !allowed.contains(c.attribute())) {
                check.add(here + ".attribute", "must be one of " + allowed.stream().sorted().toList());
                continue;
            }
            if (own.get(c.attribute()) != null) {
                check.add(c.attribute(), "is given and also claimed; leave it out and let its claims decide it");
                own.put(c.attribute(), null);
            }
            if (c.relative() != null) {
                relative(here, c);
            } else {
                check.check(here + ".value", value(c.attribute(), c.value()));
            }
            if (c.relative() != null && !RelativeDates.derivesValue(c)) {
                check.check(here + ".value", value(c.attribute(), c.value()));
            }
            check.check(here + ".effectiveOn", Rules.partialDate(c.effectiveOn()));
            if (c.effectiveOn() != null && !Claims.STATUS.equals(c.attribute())) {
                check.add(here + ".effectiveOn", "dates status claims only; a date claim's value is the date");
            }
            check.check(here + ".rank", Rules.oneOf(ClaimRank.values(), c.rank()));
            if ("DEPRECATED".equals(c.rank()) && (c.reason() == null || c.reason().isBlank())) {
                check.add(here + ".reason", "is required for a DEPRECATED claim");
            }
            if ("PREFERRED".equals(c.rank()) && !Claims.STATUS.equals(c.attribute()) && !preferred.add(c.attribute())) {
                check.add(here + ".rank", "only one claim of '" + c.attribute() + "' can be PREFERRED");
            }
            check.check(here + ".reason", Rules.optional(c.reason(), 1000));
            check.check(here + ".words", Rules.optional(c.words(), 500));
            check.check(here + ".note", Rules.optional(c.note(), 1000));
            check.citations(here + ".citations", c.citations(), true);
        }
    }

    /** A relative date names its source and one offset, and leaves the date it derives out. */
    private void relative(String here, ClaimRecord c) {
        RelativeDate r = c.relative();
        check.reference(here + ".relative.to", Refs.Kind.SOURCE, r.to(), true);
        if ((r.months() == null) == (r.month() == null)) {
            check.add(here + ".relative", "needs exactly one of months (a shift, -1 for last month) and month (1 to 12)");
        }
        if (r.months() != null && Math.abs(r.months()) > 1200) {
            check.add(here + ".relative.months", "must be between -1200 and 1200");
        }
        if (r.month() != null && (r.month() < 1 || r.month() > 12)) {
            check.add(here + ".relative.month", "must be between 1 and 12");
        }
        if (r.day() != null && (r.day() < 1 || r.day() > 31)) {
            check.add(here + ".relative.day", "must be between 1 and 31");
        }
        boolean dates = DATES.contains(c.attribute()) || Claims.STATUS.equals(c.attribute());
        if (!dates) {
            check.add(here + ".relative", "only dates can be relative; '" + c.attribute() + "' is not one");
        } else if (RelativeDates.derivesValue(c) ? c.value() != null : c.effectiveOn() != null) {
            check.add(here + (RelativeDates.derivesValue(c) ? ".value" : ".effectiveOn"),
                    "is derived from relative; leave it out");
        }
    }

    private String value(String attribute, String value) {
        String present = Rules.required(value, 500);
        if (present != null) {
            return present;
        }
        if (DATES.contains(attribute)) {
            return Rules.partialDate(value);
        }
        return slice.claimValueProblem(attribute, value);
    }
}
