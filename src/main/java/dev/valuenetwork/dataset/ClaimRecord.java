package dev.valuenetwork.dataset;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * What one or more sources say about one attribute of a record. Claims of one attribute compete;
 * the record's own field holds the winner (see {@link Claims}). {@code effectiveOn} dates a
 * status claim; {@code words} keeps the source's own phrase for a relative date, and {@code relative} its
 * basis, from which the date (the value, or a status claim's effectiveOn) is derived.
 */
@RegisterForReflection
public record ClaimRecord(String attribute, String value, String effectiveOn, String rank, String reason, String words,
        Boolean inferred, String note, RelativeDate relative, List<CitationRecord> citations) {
    public ClaimRecord {
        rank = rank == null ? "NORMAL" : rank;
        inferred = Boolean.TRUE.equals(inferred) ? Boolean.TRUE : null;
        citations = Dataset.list(citations);
    }
}
