package dev.valuenetwork.figure;

import dev.valuenetwork.dataset.CitationRecord;
import dev.valuenetwork.dataset.Dataset;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;

/** A reported figure in a dataset document: exactly one of company, alliance and product is its subject. */
@RegisterForReflection
public record FigureRecord(String key, String company, String alliance, String product, String metric,
        BigDecimal value, String unit, String qualifier, String asOf, String note, List<CitationRecord> citations) {
    public FigureRecord {
        value = Dataset.number(value);
        citations = Dataset.list(citations);
    }
}
