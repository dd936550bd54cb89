package dev.valuenetwork.dataset;

import dev.valuenetwork.alliance.MembershipEntity;
import dev.valuenetwork.claim.ClaimSubject;
import dev.valuenetwork.dataset.Dataset.CitationRecord;
import dev.valuenetwork.dataset.Dataset.ClaimRecord;
import dev.valuenetwork.dataset.Dataset.ExecutiveRecord;
import dev.valuenetwork.dataset.Dataset.FigureRecord;
import dev.valuenetwork.dataset.Dataset.InvestmentRecord;
import dev.valuenetwork.dataset.Dataset.MembershipRecord;
import dev.valuenetwork.dataset.Dataset.StatementRecord;
import dev.valuenetwork.figure.FigureEntity;
import dev.valuenetwork.figure.Qualifier;
import dev.valuenetwork.investment.InvestmentEntity;
import dev.valuenetwork.person.ExecutiveEntity;
import dev.valuenetwork.rate.ExchangeRateEntity;
import dev.valuenetwork.source.CitedKind;
import dev.valuenetwork.statement.StatementEntity;
import java.util.List;

/** Codecs of the facts: executive roles, memberships, investments, statements and figures. */
final class FactCodecs {

    private FactCodecs() {
    }

    static final Codec<ExecutiveRecord, ExecutiveEntity> EXECUTIVES = new Codec<>() {
        public String list() { return "executives"; }
        public String table() { return "executive"; }
        public String keyColumn() { return "key"; }
        public Class<ExecutiveEntity> entity() { return ExecutiveEntity.class; }
        public CitedKind cited() { return CitedKind.EXECUTIVE; }
        public Refs.Kind referredAs() { return null; }
        public String key(ExecutiveRecord r) { return r.key(); }
        public String key(ExecutiveEntity e) { return e.key; }
        public long id(ExecutiveEntity e) { return e.id; }
        public ExecutiveEntity create() { return new ExecutiveEntity(); }
        public List<CitationRecord> citations(ExecutiveRecord r) { return r.citations(); }

        public void apply(ExecutiveRecord r, ExecutiveEntity e, Refs refs) {
            e.key = r.key();
            e.personId = refs.require(Refs.Kind.PERSON, r.person());
            e.companyId = refs.require(Refs.Kind.COMPANY, r.company());
            e.title = r.title();
            e.titleKo = r.titleKo();
            e.since = r.since();
            e.until = r.until();
        }

        public ExecutiveRecord export(ExecutiveEntity e, Refs refs, Attached attached) {
            List<CitationRecord> citations = attached.citations();
            return new ExecutiveRecord(e.key, refs.key(Refs.Kind.PERSON, e.personId), refs.key(Refs.Kind.COMPANY, e.companyId),
                    e.title, e.titleKo, e.since, e.until, citations);
        }
    };

    static final Codec<MembershipRecord, MembershipEntity> MEMBERSHIPS = new Codec<>() {
        public String list() { return "memberships"; }
        public String table() { return "membership"; }
        public String keyColumn() { return "key"; }
        public Class<MembershipEntity> entity() { return MembershipEntity.class; }
        public CitedKind cited() { return CitedKind.MEMBERSHIP; }
        public Refs.Kind referredAs() { return null; }
        public String key(MembershipRecord r) { return r.key(); }
        public String key(MembershipEntity e) { return e.key; }
        public long id(MembershipEntity e) { return e.id; }
        public MembershipEntity create() { return new MembershipEntity(); }
        public List<CitationRecord> citations(MembershipRecord r) { return r.citations(); }
        public ClaimSubject claimed() { return ClaimSubject.MEMBERSHIP; }
        public List<ClaimRecord> claims(MembershipRecord r) { return r.claims(); }

        public void apply(MembershipRecord r, MembershipEntity e, Refs refs) {
            e.key = r.key();
            e.allianceId = refs.require(Refs.Kind.ALLIANCE, r.alliance());
            e.companyId = refs.require(Refs.Kind.COMPANY, r.company());
            e.role = Claims.value(r.role(), r.claims(), "role");
            e.since = Claims.value(r.since(), r.claims(), "since");
            e.until = Claims.value(r.until(), r.claims(), "until");
        }

        public MembershipRecord export(MembershipEntity e, Refs refs, Attached attached) {
            List<CitationRecord> citations = attached.citations();
            List<ClaimRecord> claims = attached.claims();
            return new MembershipRecord(e.key, refs.key(Refs.Kind.ALLIANCE, e.allianceId),
                    refs.key(Refs.Kind.COMPANY, e.companyId), Claims.own(e.role, claims, "role"),
                    Claims.own(e.since, claims, "since"), Claims.own(e.until, claims, "until"), citations, claims);
        }
    };

    static final Codec<InvestmentRecord, InvestmentEntity> INVESTMENTS = new Codec<>() {
        public String list() { return "investments"; }
        public String table() { return "investment"; }
        public String keyColumn() { return "key"; }
        public Class<InvestmentEntity> entity() { return InvestmentEntity.class; }
        public CitedKind cited() { return CitedKind.INVESTMENT; }
        public Refs.Kind referredAs() { return null; }
        public String key(InvestmentRecord r) { return r.key(); }
        public String key(InvestmentEntity e) { return e.key; }
        public long id(InvestmentEntity e) { return e.id; }
        public InvestmentEntity create() { return new InvestmentEntity(); }
        public List<CitationRecord> citations(InvestmentRecord r) { return r.citations(); }
        public ClaimSubject claimed() { return ClaimSubject.INVESTMENT; }
        public List<ClaimRecord> claims(InvestmentRecord r) { return r.claims(); }
        public boolean ownsCoInvestors() { return true; }
        public List<String> coInvestors(InvestmentRecord r) { return r.coInvestors(); }

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
            List<CitationRecord> citations = attached.citations();
            List<ClaimRecord> claims = attached.claims();
            boolean amountClaimed = Claims.claimed(claims, "amount");
            boolean stakeClaimed = Claims.claimed(claims, "stakePercent");
            return new InvestmentRecord(e.key, refs.key(Refs.Kind.COMPANY, e.investorId),
                    refs.key(Refs.Kind.COMPANY, e.investeeId), amountClaimed ? null : e.amount, amountClaimed ? null : e.currency,
                    "UNDISCLOSED".equals(e.amountStatus) ? "UNDISCLOSED" : null, Claims.own(e.instrument, claims, "instrument"),
                    Claims.own(e.roundType, claims, "roundType"), e.roundName, e.roundAmount, e.roundCurrency,
                    stakeClaimed ? null : e.stakePercent, stakeClaimed ? null : e.stakeQualifier, e.isLead,
                    attached.coInvestors(), Claims.own(e.announcedOn, claims, "announcedOn"),
                    Claims.own(e.closedOn, claims, "closedOn"), e.purpose, citations, claims);
        }
    };

    static final Codec<StatementRecord, StatementEntity> STATEMENTS = new Codec<>() {
        public String list() { return "statements"; }
        public String table() { return "statement"; }
        public String keyColumn() { return "key"; }
        public Class<StatementEntity> entity() { return StatementEntity.class; }
        public CitedKind cited() { return CitedKind.STATEMENT; }
        public Refs.Kind referredAs() { return null; }
        public String key(StatementRecord r) { return r.key(); }
        public String key(StatementEntity e) { return e.key; }
        public long id(StatementEntity e) { return e.id; }
        public StatementEntity create() { return new StatementEntity(); }
        public List<CitationRecord> citations(StatementRecord r) { return r.citations(); }

        public void apply(StatementRecord r, StatementEntity e, Refs refs) {
            e.key = r.key();
            e.text = r.text();
            e.language = r.language();
            e.translation = r.translation();
            e.speakerId = refs.id(Refs.Kind.PERSON, r.speaker());
            e.speakerDescription = r.speakerDescription();
            e.speakerTitle = r.speakerTitle();
            e.companyId = refs.id(Refs.Kind.COMPANY, r.company());
            e.saidOn = r.saidOn();
            e.place = r.place();
            e.topics = r.topics().toArray(String[]::new);
        }

        public StatementRecord export(StatementEntity e, Refs refs, Attached attached) {
            List<CitationRecord> citations = attached.citations();
            return new StatementRecord(e.key, e.text, e.language, e.translation, refs.key(Refs.Kind.PERSON, e.speakerId),
                    e.speakerDescription, e.speakerTitle, refs.key(Refs.Kind.COMPANY, e.companyId), e.saidOn, e.place,
                    List.of(e.topics), citations);
        }
    };

    static final Codec<FigureRecord, FigureEntity> FIGURES = new Codec<>() {
        public String list() { return "figures"; }
        public String table() { return "reported_figure"; }
        public String keyColumn() { return "key"; }
        public Class<FigureEntity> entity() { return FigureEntity.class; }
        public CitedKind cited() { return CitedKind.FIGURE; }
        public Refs.Kind referredAs() { return null; }
        public String key(FigureRecord r) { return r.key(); }
        public String key(FigureEntity e) { return e.key; }
        public long id(FigureEntity e) { return e.id; }
        public FigureEntity create() { return new FigureEntity(); }
        public List<CitationRecord> citations(FigureRecord r) { return r.citations(); }

        public void apply(FigureRecord r, FigureEntity e, Refs refs) {
            e.key = r.key();
            e.companyId = refs.id(Refs.Kind.COMPANY, r.company());
            e.allianceId = refs.id(Refs.Kind.ALLIANCE, r.alliance());
            e.productId = refs.id(Refs.Kind.PRODUCT, r.product());
            e.metric = r.metric();
            e.value = r.value();
            e.unit = r.unit();
            e.qualifier = Qualifier.valueOf(r.qualifier());
            e.asOf = r.asOf();
            e.note = r.note();
        }

        public FigureRecord export(FigureEntity e, Refs refs, Attached attached) {
            List<CitationRecord> citations = attached.citations();
            return new FigureRecord(e.key, refs.key(Refs.Kind.COMPANY, e.companyId), refs.key(Refs.Kind.ALLIANCE, e.allianceId),
                    refs.key(Refs.Kind.PRODUCT, e.productId), e.metric, e.value, e.unit, e.qualifier.name(), e.asOf,
                    e.note, citations);
        }
    };

    static final Codec<Dataset.ExchangeRateRecord, ExchangeRateEntity> EXCHANGE_RATES = new Codec<>() {
        public String list() { return "exchangeRates"; }
        public String table() { return "exchange_rate"; }
        public String keyColumn() { return "key"; }
        public Class<ExchangeRateEntity> entity() { return ExchangeRateEntity.class; }
        public CitedKind cited() { return CitedKind.EXCHANGE_RATE; }
        public Refs.Kind referredAs() { return null; }
        public String key(Dataset.ExchangeRateRecord r) { return r.key(); }
        public String key(ExchangeRateEntity e) { return e.key; }
        public long id(ExchangeRateEntity e) { return e.id; }
        public ExchangeRateEntity create() { return new ExchangeRateEntity(); }
        public List<CitationRecord> citations(Dataset.ExchangeRateRecord r) { return r.citations(); }

        public void apply(Dataset.ExchangeRateRecord r, ExchangeRateEntity e, Refs refs) {
            e.key = r.key();
            e.base = r.base();
            e.quote = r.quote();
            e.rate = r.rate();
            e.rateOn = r.date();
            e.note = r.note();
        }

        public Dataset.ExchangeRateRecord export(ExchangeRateEntity e, Refs refs, Attached attached) {
            List<CitationRecord> citations = attached.citations();
            return new Dataset.ExchangeRateRecord(e.key, e.base, e.quote, e.rate, e.rateOn, e.note, citations);
        }
    };
}
