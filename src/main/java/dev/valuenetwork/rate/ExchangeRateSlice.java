package dev.valuenetwork.rate;

import dev.valuenetwork.common.validation.Rules;
import dev.valuenetwork.dataset.Attached;
import dev.valuenetwork.dataset.CitationRecord;
import dev.valuenetwork.dataset.RecordCheck;
import dev.valuenetwork.dataset.RecordSlice;
import dev.valuenetwork.dataset.Refs;
import dev.valuenetwork.source.CitedKind;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Exchange rates as dataset records, each with its source: conversions name the rate they used. */
@ApplicationScoped
@Unremovable
public class ExchangeRateSlice implements RecordSlice<ExchangeRateRecord, ExchangeRateEntity> {

    public String list() { return "exchangeRates"; }
    public Class<ExchangeRateRecord> recordType() { return ExchangeRateRecord.class; }
    public String graphqlType() { return "ExchangeRate"; }
    public int order() { return 100; }
    public String table() { return "exchange_rate"; }
    public String keyColumn() { return "key"; }
    public Class<ExchangeRateEntity> entity() { return ExchangeRateEntity.class; }
    public CitedKind cited() { return CitedKind.EXCHANGE_RATE; }
    public String key(ExchangeRateRecord r) { return r.key(); }
    public String key(ExchangeRateEntity e) { return e.key; }
    public long id(ExchangeRateEntity e) { return e.id; }
    public ExchangeRateEntity create() { return new ExchangeRateEntity(); }
    public List<CitationRecord> citations(ExchangeRateRecord r) { return r.citations(); }

    public void apply(ExchangeRateRecord r, ExchangeRateEntity e, Refs refs) {
        e.key = r.key();
        e.base = r.base();
        e.quote = r.quote();
        e.rate = r.rate();
        e.rateOn = r.date();
        e.note = r.note();
    }

    public ExchangeRateRecord export(ExchangeRateEntity e, Refs refs, Attached attached) {
        return new ExchangeRateRecord(e.key, e.base, e.quote, e.rate, e.rateOn, e.note, attached.citations());
    }

    public void check(ExchangeRateRecord r, RecordCheck check) {
        check.check("base", r.base() == null ? "is required" : Rules.currency(r.base()));
        check.check("quote", r.quote() == null ? "is required" : Rules.currency(r.quote()));
        if (r.base() != null && r.base().equals(r.quote())) {
            check.add("quote", "must differ from base");
        }
        if (r.rate() == null || r.rate().signum() <= 0) {
            check.add("rate", "must be a positive number");
        }
        check.check("date", r.date() == null ? "is required" : Rules.partialDate(r.date()));
        check.check("note", Rules.optional(r.note(), 1000));
        check.citations(r.citations(), true);
    }
}
