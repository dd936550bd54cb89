package dev.valuenetwork.dataset;

import static dev.valuenetwork.common.validation.Rules.MAX_KEY;
import static dev.valuenetwork.common.validation.Rules.MAX_NAME;
import static dev.valuenetwork.common.validation.Rules.MAX_TEXT;

import dev.valuenetwork.claim.ClaimSubject;
import dev.valuenetwork.common.validation.Rules;
import dev.valuenetwork.investment.FundingRoundType;
import dev.valuenetwork.investment.InvestmentInstrument;
import dev.valuenetwork.dataset.Dataset.ExecutiveRecord;
import dev.valuenetwork.dataset.Dataset.FigureRecord;
import dev.valuenetwork.dataset.Dataset.InvestmentRecord;
import dev.valuenetwork.dataset.Dataset.MembershipRecord;
import dev.valuenetwork.dataset.Dataset.StatementRecord;
import dev.valuenetwork.figure.Qualifier;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/** Checks the fact records of a dataset: roles, memberships, investments, statements, figures. */
final class FactValidator {

    private final DatasetValidator v;
    private final Problems problems;
    private final Dataset dataset;

    FactValidator(DatasetValidator validator) {
        this.v = validator;
        this.problems = validator.problems;
        this.dataset = validator.dataset;
    }

    void check() {
        keys("executives", dataset.executives(), ExecutiveRecord::key);
        keys("memberships", dataset.memberships(), MembershipRecord::key);
        keys("investments", dataset.investments(), InvestmentRecord::key);
        keys("statements", dataset.statements(), StatementRecord::key);
        keys("figures", dataset.figures(), FigureRecord::key);
        keys("exchangeRates", dataset.exchangeRates(), Dataset.ExchangeRateRecord::key);
        for (int i = 0; i < dataset.executives().size(); i++) {
            ExecutiveRecord e = dataset.executives().get(i);
            String at = Problems.at("executives", i, e.key());
            v.reference(at, "person", Refs.Kind.PERSON, e.person(), true);
            v.reference(at, "company", Refs.Kind.COMPANY, e.company(), true);
            problems.check(at, "title", Rules.required(e.title(), MAX_NAME));
            problems.check(at, "titleKo", Rules.optional(e.titleKo(), MAX_NAME));
            v.dates(at, "since", e.since(), "until", e.until());
            v.citations(at, e.citations(), true);
        }
        for (int i = 0; i < dataset.memberships().size(); i++) {
            MembershipRecord m = dataset.memberships().get(i);
            String at = Problems.at("memberships", i, m.key());
            v.reference(at, "alliance", Refs.Kind.ALLIANCE, m.alliance(), true);
            v.reference(at, "company", Refs.Kind.COMPANY, m.company(), true);
            problems.check(at, "role", Rules.optional(m.role(), MAX_NAME));
            v.dates(at, "since", m.since(), "until", m.until());
            v.citations(at, m.citations(), true);
            v.claims.check(at, ClaimSubject.MEMBERSHIP, m.claims(), DatasetValidator.own("role", m.role(), "since", m.since(),
                    "until", m.until()));
        }
        for (int i = 0; i < dataset.investments().size(); i++) {
            checkInvestment(i, dataset.investments().get(i));
        }
        for (int i = 0; i < dataset.statements().size(); i++) {
            checkStatement(i, dataset.statements().get(i));
        }
        for (int i = 0; i < dataset.figures().size(); i++) {
            checkFigure(i, dataset.figures().get(i));
        }
        for (int i = 0; i < dataset.exchangeRates().size(); i++) {
            checkRate(i, dataset.exchangeRates().get(i));
        }
    }

    private void checkInvestment(int i, InvestmentRecord r) {
        String at = Problems.at("investments", i, r.key());
        v.reference(at, "investor", Refs.Kind.COMPANY, r.investor(), true);
        v.reference(at, "investee", Refs.Kind.COMPANY, r.investee(), true);
        if (r.investor() != null && r.investor().equals(r.investee())) {
            problems.add(at + ".investee", "a company cannot invest in itself");
        }
        if (r.amount() != null && r.amount().signum() < 0) {
            problems.add(at + ".amount", "must not be negative");
        }
        if (r.amount() != null && r.currency() == null) {
            problems.add(at + ".currency", "is required with an amount");
        }
        problems.check(at, "currency", Rules.currency(r.currency()));
        if (r.amountStatus() != null && !"UNDISCLOSED".equals(r.amountStatus())) {
            problems.add(at + ".amountStatus", "must be UNDISCLOSED or left out (DISCLOSED and NOT_REPORTED follow from the amount)");
        }
        if ("UNDISCLOSED".equals(r.amountStatus()) && (r.amount() != null || Claims.claimed(r.claims(), "amount"))) {
            problems.add(at + ".amountStatus", "an amount a source gives is not undisclosed");
        }
        if (r.instrument() != null) {
            problems.check(at, "instrument", Rules.oneOf(InvestmentInstrument.values(), r.instrument()));
        }
        if (r.roundType() != null) {
            problems.check(at, "roundType", Rules.oneOf(FundingRoundType.values(), r.roundType()));
        }
        problems.check(at, "roundName", Rules.optional(r.roundName(), MAX_NAME));
        if (r.roundAmount() != null && r.roundAmount().signum() < 0) {
            problems.add(at + ".roundAmount", "must not be negative");
        }
        if (r.roundAmount() != null && r.roundCurrency() == null) {
            problems.add(at + ".roundCurrency", "is required with a roundAmount");
        }
        problems.check(at, "roundCurrency", Rules.currency(r.roundCurrency()));
        if (r.stakePercent() != null && (r.stakePercent().signum() <= 0 || r.stakePercent().compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.add(at + ".stakePercent", "must be above 0 and at most 100");
        }
        if (r.stakeQualifier() != null) {
            problems.check(at, "stakeQualifier", Rules.oneOf(Qualifier.values(), r.stakeQualifier()));
        }
        Set<String> coInvestors = new HashSet<>();
        for (int c = 0; c < r.coInvestors().size(); c++) {
            String slug = r.coInvestors().get(c);
            v.reference(at, "coInvestors[" + c + "]", Refs.Kind.COMPANY, slug, true);
            if (slug != null && (slug.equals(r.investor()) || slug.equals(r.investee()) || !coInvestors.add(slug))) {
                problems.add(at + ".coInvestors[" + c + "]", "'" + slug + "' is the investor, the investee or named twice");
            }
        }
        v.dates(at, "announcedOn", r.announcedOn(), "closedOn", r.closedOn());
        problems.check(at, "purpose", Rules.optional(r.purpose(), MAX_TEXT));
        v.citations(at, r.citations(), true);
        v.claims.check(at, ClaimSubject.INVESTMENT, r.claims(), DatasetValidator.own("amount", r.amount(),
                "announcedOn", r.announcedOn(), "closedOn", r.closedOn(), "stakePercent", r.stakePercent(),
                "instrument", r.instrument(), "roundType", r.roundType()));
    }

    private void checkStatement(int i, StatementRecord r) {
        String at = Problems.at("statements", i, r.key());
        problems.check(at, "text", Rules.required(r.text(), 5000));
        problems.check(at, "language", r.language() == null ? "is required" : Rules.language(r.language()));
        problems.check(at, "translation", Rules.optional(r.translation(), 5000));
        v.reference(at, "speaker", Refs.Kind.PERSON, r.speaker(), false);
        if (r.speaker() == null && (r.speakerDescription() == null || r.speakerDescription().isBlank())) {
            problems.add(at, "needs a speaker, or a speakerDescription when the source does not name one");
        }
        problems.check(at, "speakerDescription", Rules.optional(r.speakerDescription(), 500));
        problems.check(at, "speakerTitle", Rules.optional(r.speakerTitle(), MAX_NAME));
        v.reference(at, "company", Refs.Kind.COMPANY, r.company(), false);
        problems.check(at, "saidOn", Rules.partialDate(r.saidOn()));
        problems.check(at, "place", Rules.optional(r.place(), MAX_NAME));
        r.topics().forEach(topic -> problems.check(at, "topics", Rules.slug(topic, 60)));
        v.citations(at, r.citations(), true);
    }

    private void checkFigure(int i, FigureRecord r) {
        String at = Problems.at("figures", i, r.key());
        long subjects = Stream.of(r.company(), r.alliance(), r.product()).filter(s -> s != null).count();
        if (subjects != 1) {
            problems.add(at, "needs exactly one subject: company, alliance or product");
        }
        v.reference(at, "company", Refs.Kind.COMPANY, r.company(), false);
        v.reference(at, "alliance", Refs.Kind.ALLIANCE, r.alliance(), false);
        v.reference(at, "product", Refs.Kind.PRODUCT, r.product(), false);
        if (Rules.metricCode(r.metric()) != null || !v.refs.isMetric(r.metric())) {
            problems.add(at + ".metric", "'" + r.metric() + "' is not a documented metric; see the metrics query");
        }
        if (r.value() == null) {
            problems.add(at + ".value", "is required");
        } else if (r.value().compareTo(BigDecimal.ZERO) < 0) {
            problems.add(at + ".value", "must not be negative");
        }
        problems.check(at, "unit", Rules.unit(r.unit()));
        problems.check(at, "qualifier", Rules.oneOf(Qualifier.values(), r.qualifier()));
        problems.check(at, "asOf", Rules.partialDate(r.asOf()));
        problems.check(at, "note", Rules.optional(r.note(), 1000));
        v.citations(at, r.citations(), true);
    }

    private void checkRate(int i, Dataset.ExchangeRateRecord r) {
        String at = Problems.at("exchangeRates", i, r.key());
        problems.check(at, "base", r.base() == null ? "is required" : Rules.currency(r.base()));
        problems.check(at, "quote", r.quote() == null ? "is required" : Rules.currency(r.quote()));
        if (r.base() != null && r.base().equals(r.quote())) {
            problems.add(at + ".quote", "must differ from base");
        }
        if (r.rate() == null || r.rate().signum() <= 0) {
            problems.add(at + ".rate", "must be a positive number");
        }
        problems.check(at, "date", r.date() == null ? "is required" : Rules.partialDate(r.date()));
        problems.check(at, "note", Rules.optional(r.note(), 1000));
        v.citations(at, r.citations(), true);
    }

    private <R> void keys(String list, List<R> records, Function<R, String> key) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            String k = key.apply(records.get(i));
            String at = Problems.at(list, i, k);
            problems.check(at, "key", Rules.slug(k, MAX_KEY));
            if (k != null && !seen.add(k)) {
                problems.add(at, "'" + k + "' appears more than once in " + list);
            }
        }
    }
}
