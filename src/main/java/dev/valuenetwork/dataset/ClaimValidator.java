package dev.valuenetwork.dataset;

import static dev.valuenetwork.common.validation.Rules.MAX_NAME;

import dev.valuenetwork.alliance.AllianceStatus;
import dev.valuenetwork.claim.ClaimRank;
import dev.valuenetwork.claim.ClaimSubject;
import dev.valuenetwork.common.validation.Rules;
import dev.valuenetwork.dataset.Dataset.ClaimRecord;
import dev.valuenetwork.investment.FundingRoundType;
import dev.valuenetwork.investment.InvestmentInstrument;
import dev.valuenetwork.product.ProductStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks the claims of one record: known attributes, values of the attribute's form, ranks, sources. */
final class ClaimValidator {

    private static final Set<String> DATES = Set.of("since", "until", "formedOn", "endedOn", "publishedOn", "announcedOn",
            "closedOn");

    private final DatasetValidator v;

    ClaimValidator(DatasetValidator validator) {
        this.v = validator;
    }

    /**
     * @param own the record's own value of each claimable field: a field is given either by the
     *     record or by its claims, never both
     */
    void check(String at, ClaimSubject subject, List<ClaimRecord> claims, Map<String, Object> own) {
        Set<String> allowed = Claims.ATTRIBUTES.get(subject);
        Set<String> preferred = new HashSet<>();
        for (int i = 0; i < claims.size(); i++) {
            ClaimRecord c = claims.get(i);
            String here = at + ".claims[" + i + "]";
            if (c.attribute() == null || !allowed.contains(c.attribute())) {
                v.problems.add(here + ".attribute", "must be one of " + allowed.stream().sorted().toList());
                continue;
            }
            if (own.get(c.attribute()) != null) {
                v.problems.add(at + "." + c.attribute(), "is given and also claimed; leave it out and let its claims decide it");
                own.put(c.attribute(), null);
            }
            v.problems.check(here, "value", value(subject, c.attribute(), c.value()));
            v.problems.check(here, "effectiveOn", Rules.partialDate(c.effectiveOn()));
            if (c.effectiveOn() != null && !Claims.STATUS.equals(c.attribute())) {
                v.problems.add(here + ".effectiveOn", "dates status claims only; a date claim's value is the date");
            }
            v.problems.check(here, "rank", Rules.oneOf(ClaimRank.values(), c.rank()));
            if ("DEPRECATED".equals(c.rank()) && (c.reason() == null || c.reason().isBlank())) {
                v.problems.add(here + ".reason", "is required for a DEPRECATED claim");
            }
            if ("PREFERRED".equals(c.rank()) && !Claims.STATUS.equals(c.attribute()) && !preferred.add(c.attribute())) {
                v.problems.add(here + ".rank", "only one claim of '" + c.attribute() + "' can be PREFERRED");
            }
            v.problems.check(here, "reason", Rules.optional(c.reason(), 1000));
            v.problems.check(here, "words", Rules.optional(c.words(), 500));
            v.problems.check(here, "note", Rules.optional(c.note(), 1000));
            v.citations(here, c.citations(), true);
        }
    }

    private static String value(ClaimSubject subject, String attribute, String value) {
        String present = Rules.required(value, 500);
        if (present != null) {
            return present;
        }
        if (DATES.contains(attribute)) {
            return Rules.partialDate(value);
        }
        return switch (attribute) {
            case "status" -> Rules.oneOf(subject == ClaimSubject.PRODUCT ? ProductStatus.values() : AllianceStatus.values(), value);
            case "amount" -> InvestmentClaims.money(value) == null ? "must be an amount and its currency, such as \"200000000 USD\"" : null;
            case "stakePercent" -> InvestmentClaims.stake(value) == null
                    ? "must be a percentage above 0 and at most 100, optionally qualified, such as \"ABOUT 10\"" : null;
            case "instrument" -> Rules.oneOf(InvestmentInstrument.values(), value);
            case "roundType" -> Rules.oneOf(FundingRoundType.values(), value);
            default -> Rules.optional(value, MAX_NAME);
        };
    }
}
