package dev.valuenetwork.activity;

import dev.valuenetwork.dataset.CitationRecord;
import dev.valuenetwork.dataset.Dataset;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** An activity in a dataset document: done by a person, a company or both. */
@RegisterForReflection
public record ActivityRecord(String key, String person, String company, String description, String descriptionKo,
        String startedOn, String endedOn, String place, List<CitationRecord> citations) {
    public ActivityRecord {
        citations = Dataset.list(citations);
    }
}
