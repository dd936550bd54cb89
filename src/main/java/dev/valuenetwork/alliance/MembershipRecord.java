package dev.valuenetwork.alliance;

import dev.valuenetwork.dataset.CitationRecord;
import dev.valuenetwork.dataset.ClaimRecord;
import dev.valuenetwork.dataset.Dataset;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** A company's membership in an alliance, in a dataset document. */
@RegisterForReflection
public record MembershipRecord(String key, String alliance, String company, String role, String since,
        String until, List<CitationRecord> citations, List<ClaimRecord> claims) {
    public MembershipRecord {
        citations = Dataset.list(citations);
        claims = Dataset.list(claims);
    }

    public MembershipRecord(String key, String alliance, String company, String role, String since, String until,
            List<CitationRecord> citations) {
        this(key, alliance, company, role, since, until, citations, null);
    }
}
