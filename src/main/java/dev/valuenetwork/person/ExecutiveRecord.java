package dev.valuenetwork.person;

import dev.valuenetwork.dataset.CitationRecord;
import dev.valuenetwork.dataset.Dataset;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** A person's title at a company, in a dataset document. */
@RegisterForReflection
public record ExecutiveRecord(String key, String person, String company, String title, String titleKo,
        String since, String until, List<CitationRecord> citations) {
    public ExecutiveRecord {
        citations = Dataset.list(citations);
    }
}
