package dev.valuenetwork.person;

import static dev.valuenetwork.common.validation.Rules.MAX_NAME;

import dev.valuenetwork.common.validation.Rules;
import dev.valuenetwork.company.Company;
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

/** Executive roles as dataset records: facts naming a person and a company. */
@ApplicationScoped
@Unremovable
public class ExecutiveSlice implements RecordSlice<ExecutiveRecord, ExecutiveEntity> {

    public String list() { return "executives"; }
    public Class<ExecutiveRecord> recordType() { return ExecutiveRecord.class; }
    public String graphqlType() { return Executive.TYPE; }
    public int order() { return 50; }
    public String table() { return "executive"; }
    public String keyColumn() { return "key"; }
    public Class<ExecutiveEntity> entity() { return ExecutiveEntity.class; }
    public CitedKind cited() { return CitedKind.EXECUTIVE; }
    public String key(ExecutiveRecord r) { return r.key(); }
    public String key(ExecutiveEntity e) { return e.key; }
    public long id(ExecutiveEntity e) { return e.id; }
    public ExecutiveEntity create() { return new ExecutiveEntity(); }
    public List<CitationRecord> citations(ExecutiveRecord r) { return r.citations(); }

    public void apply(ExecutiveRecord r, ExecutiveEntity e, Refs refs) {
        e.key = r.key();
        e.personId = refs.require(Refs.Kind.PERSON, r.person());
        e.companyId = refs.require(Refs.Kind.COMPANY, r.company());
        e.title = r.title();
        e.titleKo = r.titleKo();
        e.since = r.since();
        e.until = r.until();
    }

    public ExecutiveRecord export(ExecutiveEntity e, Refs refs, Attached attached) {
        return new ExecutiveRecord(e.key, refs.key(Refs.Kind.PERSON, e.personId), refs.key(Refs.Kind.COMPANY, e.companyId),
                e.title, e.titleKo, e.since, e.until, attached.citations());
    }

    public void check(ExecutiveRecord e, RecordCheck check) {
        check.reference("person", Refs.Kind.PERSON, e.person(), true);
        check.reference("company", Refs.Kind.COMPANY, e.company(), true);
        check.check("title", Rules.required(e.title(), MAX_NAME));
        check.check("titleKo", Rules.optional(e.titleKo(), MAX_NAME));
        check.dates("since", e.since(), "until", e.until());
        check.citations(e.citations(), true);
    }

    public List<List<String>> involved(ExecutiveRecord e) {
        return ChangeLog.nodes(Person.TYPE, e.person(), Company.TYPE, e.company());
    }

    public String inputField(String field) {
        return switch (field) {
            case "person" -> "personId";
            case "company" -> "companyId";
            default -> field;
        };
    }
}
