package dev.valuenetwork.rate;

import dev.valuenetwork.dataset.CitationRecord;
import dev.valuenetwork.dataset.Dataset;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;

/** An exchange rate in a dataset document. */
@RegisterForReflection
public record ExchangeRateRecord(String key, String base, String quote, BigDecimal rate, String date, String note,
        List<CitationRecord> citations) {
    public ExchangeRateRecord {
        rate = Dataset.number(rate);
        citations = Dataset.list(citations);
    }
}
