package dev.valuenetwork.person;

import dev.valuenetwork.dataset.CitationRecord;
import dev.valuenetwork.dataset.Dataset;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** A person in a dataset document. */
@RegisterForReflection
public record PersonRecord(String slug, String name, String nameKo, String identityBasis, List<CitationRecord> citations) {
    public PersonRecord {
        identityBasis = identityBasis == null ? "GENERAL_KNOWLEDGE" : identityBasis;
        citations = Dataset.list(citations);
    }
}
