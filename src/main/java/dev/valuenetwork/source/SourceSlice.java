package dev.valuenetwork.source;

import static dev.valuenetwork.common.validation.Rules.MAX_NAME;
import static dev.valuenetwork.common.validation.Rules.MAX_TEXT;

import dev.valuenetwork.claim.ClaimSubject;
import dev.valuenetwork.common.validation.Rules;
import dev.valuenetwork.dataset.Attached;
import dev.valuenetwork.dataset.ClaimRecord;
import dev.valuenetwork.dataset.Claims;
import dev.valuenetwork.dataset.RecordCheck;
import dev.valuenetwork.dataset.RecordSlice;
import dev.valuenetwork.dataset.Refs;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Sources as dataset records: written first, since every fact cites them. */
@ApplicationScoped
@Unremovable
public class SourceSlice implements RecordSlice<SourceRecord, SourceEntity> {

    public String list() { return "sources"; }
    public Class<SourceRecord> recordType() { return SourceRecord.class; }
    public String graphqlType() { return SourceDocument.TYPE; }
    public int order() { return 0; }
    public String table() { return "source"; }
    public String keyColumn() { return "key"; }
    public Class<SourceEntity> entity() { return SourceEntity.class; }
    public Refs.Kind referredAs() { return Refs.Kind.SOURCE; }
    public ClaimSubject claimed() { return ClaimSubject.SOURCE; }
    public Set<String> claimable() { return Set.of("publishedOn"); }
    public String key(SourceRecord r) { return r.key(); }
    public String key(SourceEntity e) { return e.key; }
    public long id(SourceEntity e) { return e.id; }
    public SourceEntity create() { return new SourceEntity(); }
    public List<ClaimRecord> claims(SourceRecord r) { return r.claims(); }

    public void apply(SourceRecord r, SourceEntity e, Refs refs) {
        e.key = r.key();
        e.title = r.title();
        e.titleEn = r.titleEn();
        e.publisher = r.publisher();
        e.author = r.author();
        e.url = r.url();
        e.publishedOn = Claims.value(r.publishedOn(), r.claims(), "publishedOn");
        e.language = r.language();
        e.note = r.note();
        refs.noteSourceDate(r.key(), e.publishedOn);
    }

    public SourceRecord withClaims(SourceRecord r, List<ClaimRecord> claims) {
        return new SourceRecord(r.key(), r.title(), r.titleEn(), r.publisher(), r.author(), r.url(), r.publishedOn(),
                r.language(), r.note(), claims);
    }

    public SourceRecord export(SourceEntity e, Refs refs, Attached attached) {
        List<ClaimRecord> claims = attached.claims();
        return new SourceRecord(e.key, e.title, e.titleEn, e.publisher, e.author, e.url,
                Claims.own(e.publishedOn, claims, "publishedOn"), e.language, e.note, claims);
    }

    public void check(SourceRecord s, RecordCheck check) {
        check.check("title", Rules.required(s.title(), 500));
        check.check("titleEn", Rules.optional(s.titleEn(), 500));
        check.check("publisher", Rules.required(s.publisher(), MAX_NAME));
        check.check("author", Rules.optional(s.author(), MAX_NAME));
        check.check("url", Rules.url(s.url()));
        check.check("publishedOn", Rules.partialDate(s.publishedOn()));
        check.check("language", Rules.language(s.language()));
        check.check("note", Rules.optional(s.note(), MAX_TEXT));
        check.claims(s.claims(), "publishedOn", s.publishedOn());
    }

    public Map<String, String> referrers() {
        return Map.of("citation(s)", "SELECT count(*) FROM citation WHERE source_id = :id",
                "relative date claim(s)", "SELECT count(*) FROM claim WHERE relative_source_id = :id");
    }
}
