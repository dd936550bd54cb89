package dev.valuenetwork.product;

import dev.valuenetwork.dataset.CitationRecord;
import dev.valuenetwork.dataset.ClaimRecord;
import dev.valuenetwork.dataset.Dataset;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** A product in a dataset document: owned by exactly one company or alliance; its status claims are its history. */
@RegisterForReflection
public record ProductRecord(String slug, String name, String nameKo, String nameBasis, String kind, String status,
        String statusDetail, String ownerCompany, String ownerAlliance, String description, String descriptionKo,
        List<CitationRecord> citations, List<ClaimRecord> claims) {
    public ProductRecord {
        nameBasis = nameBasis == null ? "SOURCED" : nameBasis;
        citations = Dataset.list(citations);
        claims = Dataset.list(claims);
    }

    public ProductRecord(String slug, String name, String nameKo, String kind, String status, String statusDetail,
            String ownerCompany, String ownerAlliance, String description, List<CitationRecord> citations) {
        this(slug, name, nameKo, null, kind, status, statusDetail, ownerCompany, ownerAlliance, description, null,
                citations, null);
    }
}
