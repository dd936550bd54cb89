package dev.valuenetwork.alliance;

import dev.valuenetwork.dataset.CitationRecord;
import dev.valuenetwork.dataset.ClaimRecord;
import dev.valuenetwork.dataset.Dataset;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** An alliance, partnership or joint venture in a dataset document; its status claims are its history. */
@RegisterForReflection
public record AllianceRecord(String slug, String name, String nameKo, String nameBasis, String kind, String status,
        String statusDetail, String purpose, String purposeKo, String formedOn, String endedOn, String parent,
        List<CitationRecord> citations, List<ClaimRecord> claims) {
    public AllianceRecord {
        nameBasis = nameBasis == null ? "SOURCED" : nameBasis;
        citations = Dataset.list(citations);
        claims = Dataset.list(claims);
    }

    public AllianceRecord(String slug, String name, String nameKo, String kind, String status, String statusDetail,
            String purpose, String formedOn, String endedOn, String parent, List<CitationRecord> citations) {
        this(slug, name, nameKo, null, kind, status, statusDetail, purpose, null, formedOn, endedOn, parent, citations, null);
    }
}
