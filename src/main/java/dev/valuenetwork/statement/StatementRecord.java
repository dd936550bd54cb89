package dev.valuenetwork.statement;

import dev.valuenetwork.dataset.CitationRecord;
import dev.valuenetwork.dataset.Dataset;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** A quote in a dataset document. */
@RegisterForReflection
public record StatementRecord(String key, String text, String language, String translation, String speaker,
        String speakerDescription, String speakerTitle, String company, String saidOn, String place, String occasion,
        List<String> topics, List<CitationRecord> citations) {
    public StatementRecord {
        topics = Dataset.list(topics);
        citations = Dataset.list(citations);
    }
}
