package dev.valuenetwork.company;

import dev.valuenetwork.dataset.CitationRecord;
import dev.valuenetwork.dataset.Dataset;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** A company in a dataset document. */
@RegisterForReflection
public record CompanyRecord(String slug, String name, String nameKo, List<String> aliases, String kind,
        String country, String description, String descriptionKo, String descriptionBasis, String parent,
        String identityBasis, List<CitationRecord> citations) {
    public CompanyRecord {
        aliases = Dataset.list(aliases);
        identityBasis = identityBasis == null ? "GENERAL_KNOWLEDGE" : identityBasis;
        // Old documents say nothing of a description's basis: a cited company's is the source's.
        descriptionBasis = description == null ? null
                : descriptionBasis != null ? descriptionBasis : citations == null || citations.isEmpty()
                        ? "GENERAL_KNOWLEDGE" : "SOURCED";
        citations = Dataset.list(citations);
    }

    public CompanyRecord(String slug, String name, String nameKo, List<String> aliases, String kind, String country,
            String description, String parent, String identityBasis, List<CitationRecord> citations) {
        this(slug, name, nameKo, aliases, kind, country, description, null, null, parent, identityBasis, citations);
    }
}
