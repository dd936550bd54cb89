package dev.valuenetwork.investment;

import dev.valuenetwork.dataset.NetworkEventKind;
import static dev.valuenetwork.common.validation.Rules.MAX_NAME;
import static dev.valuenetwork.common.validation.Rules.MAX_TEXT;

import dev.valuenetwork.claim.ClaimSubject;
import dev.valuenetwork.common.validation.Rules;
import dev.valuenetwork.company.Company;
import dev.valuenetwork.dataset.Attached;
import dev.valuenetwork.dataset.ChangeLog;
import dev.valuenetwork.dataset.CitationRecord;
import dev.valuenetwork.dataset.ClaimRecord;
import dev.valuenetwork.dataset.Claims;
import dev.valuenetwork.dataset.RecordCheck;
import dev.valuenetwork.dataset.RecordSlice;
import dev.valuenetwork.dataset.Refs;
import dev.valuenetwork.figure.Qualifier;
import dev.valuenetwork.source.CitedKind;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Investments as dataset records, in Crunchbase's terms: the investor's part in a round, with the
 * round's type, name and size, the instrument, the stake, whether it led, and the co-investors.
 */
@ApplicationScoped
@Unremovable
public class InvestmentSlice implements RecordSlice<InvestmentRecord, InvestmentEntity> {

    public String list() { return "investments"; }
    public Class<InvestmentRecord> recordType() { return InvestmentRecord.class; }
    public String graphqlType() { return Investment.TYPE; }
    public int order() { return 70; }
    public String table() { return "investment"; }
    public String keyColumn() { return "key"; }
    public Class<InvestmentEntity> entity() { return InvestmentEntity.class; }
    public CitedKind cited() { return CitedKind.INVESTMENT; }
    public ClaimSubject claimed() { return ClaimSubject.INVESTMENT; }
    public Set<String> claimable() {
        return Set.of("amount", "announcedOn", "closedOn", "stakePercent", "instrument", "roundType");
    }
    public String key(InvestmentRecord r) { return r.key(); }
    public String key(InvestmentEntity e) { return e.key; }
    public long id(InvestmentEntity e) { return e.id; }
    public InvestmentEntity create() { return new InvestmentEntity(); }
    public List<CitationRecord> citations(InvestmentRecord r) { return r.citations(); }
    public List<ClaimRecord> claims(InvestmentRecord r) { return r.claims(); }
    public boolean ownsCoInvestors() { return true; }
    public List<String> coInvestors(InvestmentRecord r) { return r.coInvestors(); }

    public InvestmentRecord withClaims(InvestmentRecord r, List<ClaimRecord> claims) {
        return new InvestmentRecord(r.key(), r.investor(), r.investee(), r.amount(), r.currency(), r.amountStatus(),
                r.instrument(), r.roundType(), r.roundName(), r.roundAmount(), r.roundCurrency(), r.stakePercent(),
                r.stakeQualifier(), r.lead(), r.coInvestors(), r.announcedOn(), r.closedOn(), r.purpose(), r.citations(), claims);
    }

    public void apply(InvestmentRecord r, InvestmentEntity e, Refs refs) {
        e.key = r.key();
        e.investorId = refs.require(Refs.Kind.COMPANY, r.investor());
        e.investeeId = refs.require(Refs.Kind.COMPANY, r.investee());
        List<ClaimRecord> claims = r.claims();
        InvestmentClaims.Money money = InvestmentClaims.amount(r, claims);
        e.amount = money == null ? null : money.amount();
        e.currency = money == null ? null : money.currency();
        e.amountStatus = e.amount != null ? "DISCLOSED" : "UNDISCLOSED".equals(r.amountStatus()) ? "UNDISCLOSED" : "NOT_REPORTED";
        e.instrument = Claims.value(r.instrument(), claims, "instrument");
        e.roundType = Claims.value(r.roundType(), claims, "roundType");
        e.roundName = r.roundName();
        e.roundAmount = r.roundAmount();
        e.roundCurrency = r.roundCurrency();
        InvestmentClaims.Stake stake = InvestmentClaims.stake(r, claims);
        e.stakePercent = stake == null ? null : stake.percent();
        e.stakeQualifier = stake == null ? null : stake.qualifier();
        e.isLead = r.lead();
        e.announcedOn = Claims.value(r.announcedOn(), claims, "announcedOn");
        e.closedOn = Claims.value(r.closedOn(), claims, "closedOn");
        e.purpose = r.purpose();
    }

    public InvestmentRecord export(InvestmentEntity e, Refs refs, Attached attached) {
        List<ClaimRecord> claims = attached.claims();
        boolean amountClaimed = Claims.claimed(claims, "amount");
        boolean stakeClaimed = Claims.claimed(claims, "stakePercent");
        return new InvestmentRecord(e.key, refs.key(Refs.Kind.COMPANY, e.investorId),
                refs.key(Refs.Kind.COMPANY, e.investeeId), amountClaimed ? null : e.amount, amountClaimed ? null : e.currency,
                "UNDISCLOSED".equals(e.amountStatus) ? "UNDISCLOSED" : null, Claims.own(e.instrument, claims, "instrument"),
                Claims.own(e.roundType, claims, "roundType"), e.roundName, e.roundAmount, e.roundCurrency,
                stakeClaimed ? null : e.stakePercent, stakeClaimed ? null : e.stakeQualifier, e.isLead,
                attached.coInvestors(), Claims.own(e.announcedOn, claims, "announcedOn"),
                Claims.own(e.closedOn, claims, "closedOn"), e.purpose, attached.citations(), claims);
    }

    public void check(InvestmentRecord r, RecordCheck check) {
        check.reference("investor", Refs.Kind.COMPANY, r.investor(), true);
        check.reference("investee", Refs.Kind.COMPANY, r.investee(), true);
        if (r.investor() != null && r.investor().equals(r.investee())) {
            check.add("investee", "a company cannot invest in itself");
        }
        if (r.amount() != null && r.amount().signum() < 0) {
            check.add("amount", "must not be negative");
        }
        if (r.amount() != null && r.currency() == null) {
            check.add("currency", "is required with an amount");
        }
        check.check("currency", Rules.currency(r.currency()));
        if (r.amountStatus() != null && !"UNDISCLOSED".equals(r.amountStatus())) {
            check.add("amountStatus", "must be UNDISCLOSED or left out (DISCLOSED and NOT_REPORTED follow from the amount)");
        }
        if ("UNDISCLOSED".equals(r.amountStatus()) && (r.amount() != null || Claims.claimed(r.claims(), "amount"))) {
            check.add("amountStatus", "an amount a source gives is not undisclosed");
        }
        if (r.instrument() != null) {
            check.check("instrument", Rules.oneOf(InvestmentInstrument.values(), r.instrument()));
        }
        if (r.roundType() != null) {
            check.check("roundType", Rules.oneOf(FundingRoundType.values(), r.roundType()));
        }
        check.check("roundName", Rules.optional(r.roundName(), MAX_NAME));
        if (r.roundAmount() != null && r.roundAmount().signum() < 0) {
            check.add("roundAmount", "must not be negative");
        }
        if (r.roundAmount() != null && r.roundCurrency() == null) {
            check.add("roundCurrency", "is required with a roundAmount");
        }
        check.check("roundCurrency", Rules.currency(r.roundCurrency()));
        if (r.stakePercent() != null && (r.stakePercent().signum() <= 0
                || r.stakePercent().compareTo(BigDecimal.valueOf(100)) > 0)) {
            check.add("stakePercent", "must be above 0 and at most 100");
        }
        if (r.stakeQualifier() != null) {
            check.check("stakeQualifier", Rules.oneOf(Qualifier.values(), r.stakeQualifier()));
        }
        Set<String> named = new HashSet<>();
        for (int i = 0; i < r.coInvestors().size(); i++) {
            String slug = r.coInvestors().get(i);
            check.reference("coInvestors[" + i + "]", Refs.Kind.COMPANY, slug, true);
            if (slug != null && (slug.equals(r.investor()) || slug.equals(r.investee()) || !named.add(slug))) {
                check.add("coInvestors[" + i + "]", "'" + slug + "' is the investor, the investee or named twice");
            }
        }
        check.dates("announcedOn", r.announcedOn(), "closedOn", r.closedOn());
        check.check("purpose", Rules.optional(r.purpose(), MAX_TEXT));
        check.citations(r.citations(), true);
        check.claims(r.claims(), "amount", r.amount(), "announcedOn", r.announcedOn(), "closedOn", r.closedOn(),
                "stakePercent", r.stakePercent(), "instrument", r.instrument(), "roundType", r.roundType());
    }

    public String claimValueProblem(String attribute, String value) {
        return switch (attribute) {
            case "amount" -> InvestmentClaims.money(value) == null
                    ? "must be an amount and its currency, such as \"200000000 USD\"" : null;
            case "stakePercent" -> InvestmentClaims.stake(value) == null
                    ? "must be a percentage above 0 and at most 100, optionally qualified, such as \"ABOUT 10\"" : null;
            case "instrument" -> Rules.oneOf(InvestmentInstrument.values(), value);
            case "roundType" -> Rules.oneOf(FundingRoundType.values(), value);
            default -> null;
        };
    }

    public List<List<String>> involved(InvestmentRecord i) {
        return ChangeLog.nodes(Company.TYPE, i.investor(), Company.TYPE, i.investee());
    }

    public NetworkEventKind createdEvent() {
        return NetworkEventKind.INVESTMENT_RECORDED;
    }

    /** Input names: the companies by id, the amount and round amount as MoneyInput, the stake as StakeInput. */
    public String inputField(String field) {
        return switch (field) {
            case "investor" -> "investorId";
            case "investee" -> "investeeId";
            case "amount" -> "amount.amount";
            case "currency" -> "amount.currency";
            case "roundAmount" -> "roundAmount.amount";
            case "roundCurrency" -> "roundAmount.currency";
            case "stakePercent" -> "stake.percent";
            case "stakeQualifier" -> "stake.qualifier";
            case "coInvestors" -> "coInvestorIds";
            default -> field;
        };
    }
}
