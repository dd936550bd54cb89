package dev.valuenetwork.statement;

import dev.valuenetwork.dataset.NetworkEventKind;
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

/** Statements as dataset records: quotes as the source prints them, by a named speaker or a described one. */
@ApplicationScoped
@Unremovable
public class StatementSlice implements RecordSlice<StatementRecord, StatementEntity> {

    public String list() { return "statements"; }
    public Class<StatementRecord> recordType() { return StatementRecord.class; }
    public String graphqlType() { return Statement.TYPE; }
    public int order() { return 80; }
    public String table() { return "statement"; }
    public String keyColumn() { return "key"; }
    public Class<StatementEntity> entity() { return StatementEntity.class; }
    public CitedKind cited() { return CitedKind.STATEMENT; }
    public String key(StatementRecord r) { return r.key(); }
    public String key(StatementEntity e) { return e.key; }
    public long id(StatementEntity e) { return e.id; }
    public StatementEntity create() { return new StatementEntity(); }
    public List<CitationRecord> citations(StatementRecord r) { return r.citations(); }

    public void apply(StatementRecord r, StatementEntity e, Refs refs) {
        e.key = r.key();
        e.text = r.text();
        e.language = r.language();
        e.translation = r.translation();
        e.speakerId = refs.id(Refs.Kind.PERSON, r.speaker());
        e.speakerDescription = r.speakerDescription();
        e.speakerTitle = r.speakerTitle();
        e.companyId = refs.id(Refs.Kind.COMPANY, r.company());
        e.saidOn = r.saidOn();
        e.place = r.place();
        e.occasion = r.occasion();
        e.topics = r.topics().toArray(String[]::new);
    }

    public StatementRecord export(StatementEntity e, Refs refs, Attached attached) {
        return new StatementRecord(e.key, e.text, e.language, e.translation, refs.key(Refs.Kind.PERSON, e.speakerId),
                e.speakerDescription, e.speakerTitle, refs.key(Refs.Kind.COMPANY, e.companyId), e.saidOn, e.place,
                e.occasion, List.of(e.topics), attached.citations());
    }

    public void check(StatementRecord r, RecordCheck check) {
        check.check("text", Rules.required(r.text(), 5000));
        check.check("language", r.language() == null ? "is required" : Rules.language(r.language()));
        check.check("translation", Rules.optional(r.translation(), 5000));
        check.reference("speaker", Refs.Kind.PERSON, r.speaker(), false);
        if (r.speaker() == null && (r.speakerDescription() == null || r.speakerDescription().isBlank())) {
            check.record("needs a speaker, or a speakerDescription when the source does not name one");
        }
        check.check("speakerDescription", Rules.optional(r.speakerDescription(), 500));
        check.check("speakerTitle", Rules.optional(r.speakerTitle(), MAX_NAME));
        check.reference("company", Refs.Kind.COMPANY, r.company(), false);
        check.check("saidOn", Rules.partialDate(r.saidOn()));
        check.check("place", Rules.optional(r.place(), MAX_NAME));
        check.check("occasion", Rules.optional(r.occasion(), 500));
        r.topics().forEach(topic -> check.check("topics", Rules.slug(topic, 60)));
        check.citations(r.citations(), true);
    }

    public List<List<String>> involved(StatementRecord s) {
        return ChangeLog.nodes(Person.TYPE, s.speaker(), Company.TYPE, s.company());
    }

    public NetworkEventKind createdEvent() {
        return NetworkEventKind.STATEMENT_RECORDED;
    }

    public String inputField(String field) {
        return switch (field) {
            case "speaker" -> "speakerId";
            case "company" -> "companyId";
            default -> field;
        };
    }
}
