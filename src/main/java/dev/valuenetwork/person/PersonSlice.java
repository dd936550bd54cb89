package dev.valuenetwork.person;

import dev.valuenetwork.common.persistence.IdentityBasis;
import dev.valuenetwork.dataset.Attached;
import dev.valuenetwork.dataset.ChangeLog;
import dev.valuenetwork.dataset.CitationRecord;
import dev.valuenetwork.dataset.RecordCheck;
import dev.valuenetwork.dataset.RecordSlice;
import dev.valuenetwork.dataset.Refs;
import dev.valuenetwork.source.CitedKind;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** People as dataset records. */
@ApplicationScoped
@Unremovable
public class PersonSlice implements RecordSlice<PersonRecord, PersonEntity> {

    public String list() { return "people"; }
    public Class<PersonRecord> recordType() { return PersonRecord.class; }
    public String graphqlType() { return Person.TYPE; }
    public int order() { return 20; }
    public String table() { return "person"; }
    public String keyColumn() { return "slug"; }
    public Class<PersonEntity> entity() { return PersonEntity.class; }
    public CitedKind cited() { return CitedKind.PERSON; }
    public Refs.Kind referredAs() { return Refs.Kind.PERSON; }
    public String key(PersonRecord r) { return r.slug(); }
    public String key(PersonEntity e) { return e.slug; }
    public long id(PersonEntity e) { return e.id; }
    public PersonEntity create() { return new PersonEntity(); }
    public List<CitationRecord> citations(PersonRecord r) { return r.citations(); }

    public void apply(PersonRecord r, PersonEntity e, Refs refs) {
        e.slug = r.slug();
        e.name = r.name();
        e.nameKo = r.nameKo();
        e.identityBasis = IdentityBasis.valueOf(r.identityBasis());
    }

    public PersonRecord export(PersonEntity e, Refs refs, Attached attached) {
        return new PersonRecord(e.slug, e.name, e.nameKo, e.identityBasis.name(), attached.citations());
    }

    public void check(PersonRecord p, RecordCheck check) {
        check.names(p.name(), p.nameKo());
        check.basis("identityBasis", p.identityBasis());
        check.citations(p.citations(), false);
    }

    public List<List<String>> involved(PersonRecord p) {
        return ChangeLog.nodes(Person.TYPE, p.slug());
    }

    public Map<String, String> referrers() {
        return Map.of(
                "executive role(s)", "SELECT count(*) FROM executive WHERE person_id = :id",
                "statement(s)", "SELECT count(*) FROM statement WHERE speaker_id = :id",
                "activity(ies)", "SELECT count(*) FROM activity WHERE person_id = :id");
    }
}
