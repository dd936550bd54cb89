package dev.valuenetwork.editing;

import static dev.valuenetwork.editing.EditSupport.citations;
import static dev.valuenetwork.editing.EditSupport.clear;
import static dev.valuenetwork.editing.EditSupport.date;
import static dev.valuenetwork.editing.EditSupport.key;
import static dev.valuenetwork.editing.EditSupport.name;
import static dev.valuenetwork.editing.EditSupport.newKey;
import static dev.valuenetwork.editing.EditSupport.pick;

import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.security.Access;
import dev.valuenetwork.dataset.Dataset.FigureRecord;
import dev.valuenetwork.dataset.Dataset.StatementRecord;
import dev.valuenetwork.dataset.RecordKind;
import dev.valuenetwork.dataset.RecordStore;
import dev.valuenetwork.figure.FigureQueries;
import dev.valuenetwork.figure.ReportedFigure;
import dev.valuenetwork.statement.Statement;
import dev.valuenetwork.statement.StatementQueries;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Recording, changing and deleting statements and reported figures. */
@GraphQLApi
public class StatementMutations {

    @Inject
    Access access;
    @Inject
    RecordStore store;
    @Inject
    StatementQueries statements;
    @Inject
    FigureQueries figures;

    @Mutation("createStatement")
    @Transactional
    @Description("Records a direct quote (role editor).")
    public Statement createStatement(@NonNull @Description("The statement.") FactInputs.CreateStatement input) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(input.sources());
        String key = newKey(input.key(), "statement");
        store.create(RecordKind.STATEMENT, new StatementRecord(key, input.text(), input.language(), input.translation(),
                key(input.speakerId(), "input.speakerId", "Person"), input.speakerDescription(), input.speakerTitle(),
                key(input.companyId(), "input.companyId", "Company"), date(input.saidOn()), input.place(), input.topics(),
                cited.citations()), cited.newSources(), actor);
        return statements.findStatementByKey(key).orElseThrow();
    }

    @Mutation("updateStatement")
    @Transactional
    @Description("Changes a statement (role editor).")
    public Statement updateStatement(@NonNull @Description("The changes.") FactInputs.UpdateStatement input) {
        String actor = access.requireEditor();
        String key = key(input.id(), "input.id", "Statement");
        Set<String> clear = clear(input.clear(), Set.of("translation", "speakerTitle", "saidOn", "place", "topics"));
        EditSupport.Cited cited = citations(input.sources());
        store.update(RecordKind.STATEMENT, key, input.version(), (StatementRecord b) -> new StatementRecord(b.key(),
                pick(input.text(), b.text(), clear, "text"), pick(input.language(), b.language(), clear, "language"),
                pick(input.translation(), b.translation(), clear, "translation"), b.speaker(),
                pick(input.speakerDescription(), b.speakerDescription(), clear, "speakerDescription"),
                pick(input.speakerTitle(), b.speakerTitle(), clear, "speakerTitle"), b.company(),
                pick(date(input.saidOn()), b.saidOn(), clear, "saidOn"), pick(input.place(), b.place(), clear, "place"),
                pick(input.topics(), b.topics(), clear, "topics"), citations(input.sources(), cited, clear, b.citations())),
                cited.newSources(), actor);
        return statements.findStatementByKey(key).orElseThrow();
    }

    @Mutation("deleteStatement")
    @Transactional
    @Description("Deletes a statement (role admin).")
    public DeletePayload deleteStatement(@Id @NonNull @Description("The statement.") String id,
            @Description("The version read, optional.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(RecordKind.STATEMENT, key(id, "id", "Statement"), version, actor);
        return new DeletePayload(id);
    }

    @Mutation("createFigure")
    @Transactional
    @Description("Records a figure a source reports (role editor).")
    public ReportedFigure createFigure(@NonNull @Description("The figure.") FactInputs.CreateFigure input) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(input.sources());
        String key = newKey(input.key(), "figure");
        String subject = key(input.subjectId(), "input.subjectId", "Company", "Alliance", "Product");
        String type = GlobalId.decode(input.subjectId(), "input.subjectId").type();
        store.create(RecordKind.FIGURE, new FigureRecord(key, type.equals("Company") ? subject : null,
                type.equals("Alliance") ? subject : null, type.equals("Product") ? subject : null, input.metric(),
                input.value().value(), input.unit(), name(input.qualifier()), date(input.asOf()), input.note(), cited.citations()),
                cited.newSources(), actor);
        return figures.findFigureByKey(key).orElseThrow();
    }

    @Mutation("updateFigure")
    @Transactional
    @Description("Changes a reported figure (role editor).")
    public ReportedFigure updateFigure(@NonNull @Description("The changes.") FactInputs.UpdateFigure input) {
        String actor = access.requireEditor();
        String key = key(input.id(), "input.id", "ReportedFigure");
        Set<String> clear = clear(input.clear(), Set.of("asOf", "note"));
        EditSupport.Cited cited = citations(input.sources());
        store.update(RecordKind.FIGURE, key, input.version(), (FigureRecord b) -> new FigureRecord(b.key(), b.company(), b.alliance(),
                b.product(), b.metric(), input.value() == null ? b.value() : input.value().value(), pick(input.unit(), b.unit(), clear, "unit"),
                pick(name(input.qualifier()), b.qualifier(), clear, "qualifier"), pick(date(input.asOf()), b.asOf(), clear, "asOf"),
                pick(input.note(), b.note(), clear, "note"), citations(input.sources(), cited, clear, b.citations())),
                cited.newSources(), actor);
        return figures.findFigureByKey(key).orElseThrow();
    }

    @Mutation("deleteFigure")
    @Transactional
    @Description("Deletes a reported figure (role admin).")
    public DeletePayload deleteFigure(@Id @NonNull @Description("The figure.") String id,
            @Description("The version read, optional.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(RecordKind.FIGURE, key(id, "id", "ReportedFigure"), version, actor);
        return new DeletePayload(id);
    }
}
