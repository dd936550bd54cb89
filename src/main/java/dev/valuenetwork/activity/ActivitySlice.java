package dev.valuenetwork.activity;

import static dev.valuenetwork.common.validation.Rules.MAX_NAME;

import dev.valuenetwork.common.validation.Rules;
import dev.valuenetwork.company.Company;
import dev.valuenetwork.dataset.Attached;
import dev.valuenetwork.dataset.ChangeLog;
import dev.valuenetwork.dataset.CitationRecord;
import dev.valuenetwork.dataset.RecordCheck;
import dev.valuenetwork.dataset.RecordSlice;
import dev.valuenetwork.dataset.Refs;
import dev.valuenetwork.person.Person;
import dev.valuenetwork.source.CitedKind;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Activities as dataset records: facts naming a person, a company or both, each citing its sources. */
@ApplicationScoped
@Unremovable
public class ActivitySlice implements RecordSlice<ActivityRecord, ActivityEntity> {

    public String list() { return "activities"; }
    public Class<ActivityRecord> recordType() { return ActivityRecord.class; }
    public String graphqlType() { return Activity.TYPE; }
    public int order() { return 85; }
    public String table() { return "activity"; }
    public String keyColumn() { return "key"; }
    public Class<ActivityEntity> entity() { return ActivityEntity.class; }
    public CitedKind cited() { return CitedKind.ACTIVITY; }
    public String key(ActivityRecord r) { return r.key(); }
    public String key(ActivityEntity e) { return e.key; }
    public long id(ActivityEntity e) { return e.id; }
    public ActivityEntity create() { return new ActivityEntity(); }
    public List<CitationRecord> citations(ActivityRecord r) { return r.citations(); }

    public void apply(ActivityRecord r, ActivityEntity e, Refs refs) {
        e.key = r.key();
        e.personId = refs.id(Refs.Kind.PERSON, r.person());
        e.companyId = refs.id(Refs.Kind.COMPANY, r.company());
        e.description = r.description();
        e.descriptionKo = r.descriptionKo();
        e.startedOn = r.startedOn();
        e.endedOn = r.endedOn();
        e.place = r.place();
    }

    public ActivityRecord export(ActivityEntity e, Refs refs, Attached attached) {
        return new ActivityRecord(e.key, refs.key(Refs.Kind.PERSON, e.personId), refs.key(Refs.Kind.COMPANY, e.companyId),
                e.description, e.descriptionKo, e.startedOn, e.endedOn, e.place, attached.citations());
    }

    public void check(ActivityRecord a, RecordCheck check) {
        if (a.person() == null && a.company() == null) {
            check.record("needs a person, a company or both");
        }
        check.reference("person", Refs.Kind.PERSON, a.person(), false);
        check.reference("company", Refs.Kind.COMPANY, a.company(), false);
        check.check("description", Rules.required(a.description(), 1000));
        check.check("descriptionKo", Rules.optional(a.descriptionKo(), 1000));
        check.dates("startedOn", a.startedOn(), "endedOn", a.endedOn());
        check.check("place", Rules.optional(a.place(), MAX_NAME));
        check.citations(a.citations(), true);
    }

    public List<List<String>> involved(ActivityRecord a) {
        return ChangeLog.nodes(Person.TYPE, a.person(), Company.TYPE, a.company());
    }

    public String inputField(String field) {
        return switch (field) {
            case "person" -> "personId";
            case "company" -> "companyId";
            default -> field;
        };
    }
}
