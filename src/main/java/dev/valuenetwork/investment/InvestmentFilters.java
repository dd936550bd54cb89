package dev.valuenetwork.investment;

import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.graphql.DateRange;
import dev.valuenetwork.common.persistence.Conditions;
import dev.valuenetwork.common.validation.Rules;

/** Turns an investment filter into parameterised conditions over alias x. */
final class InvestmentFilters {

    private InvestmentFilters() {
    }

    static void apply(InvestmentFilter filter, Conditions query) {
        if (filter.investor() != null) {
            query.where("x.investor_id = (SELECT c.id FROM company c WHERE c.slug = :investor)", "investor", filter.investor());
        }
        if (filter.investee() != null) {
            query.where("x.investee_id = (SELECT c.id FROM company c WHERE c.slug = :investee)", "investee", filter.investee());
        }
        DateRange range = DateRange.of(filter.from(), filter.to());
        if (!range.isOpen()) {
            query.where(DateRange.overlaps("x.announced_on"), "rangeStart", range.start(), "rangeEnd", range.end());
        }
        if (filter.currency() != null) {
            String problem = Rules.currency(filter.currency());
            if (problem != null) {
                throw ApiException.invalidArgument("filter.currency", problem + ".");
            }
            query.where("x.currency = :currency", "currency", filter.currency());
        }
    }
}
