package dev.valuenetwork.statement;

import static dev.valuenetwork.editing.EditSupport.citations;
import static dev.valuenetwork.editing.EditSupport.clear;
import static dev.valuenetwork.editing.EditSupport.date;
import static dev.valuenetwork.editing.EditSupport.key;
import static dev.valuenetwork.editing.EditSupport.newKey;
import static dev.valuenetwork.editing.EditSupport.pick;

import dev.valuenetwork.common.graphql.Decimal;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.security.Access;
import dev.valuenetwork.dataset.RecordStore;
import dev.valuenetwork.editing.CitationInput;
import dev.valuenetwork.editing.DeletePayload;
import dev.valuenetwork.editing.EditSupport;
import io.smallrye.graphql.api.Nullable;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Recording, changing and deleting statements. */
@GraphQLApi
public class StatementMutations {

    @Inject
    Access access;
    @Inject
    RecordStore store;
    @Inject
    StatementQueries statements;

    @Input("CreateStatementInput")
    @Description("A direct quote.")
    public record CreateStatement(
            @Description("Stable key; made when omitted.") String key,
            @NonNull @Description("The quote as the source prints it.") String text,
            @NonNull @Description("ISO 639-1 code of its language.") String language,
            @Description("An English translation.") String translation,
            @Id @Description("Who said it; omit for an unnamed speaker and describe them instead.") String speakerId,
            @Description("Who the source says spoke, when it does not name them.") String speakerDescription,
            @Description("The speaker's title at the time.") String speakerTitle,
            @Id @Description("The company the speaker spoke for.") String companyId,
            @Description("When it was said.") PartialDate saidOn,
            @Description("Where it was said.") String place,
            @Description("The occasion it was said at, as the source describes it.") String occasion,
            @Nullable @Description("Topics, as lowercase tags.") List<@NonNull String> topics,
            @NonNull @Description("The sources that print it; at least one.") List<@NonNull CitationInput> sources) {
    }

    @Input("UpdateStatementInput")
    @Description("Changes to a statement.")
    public record UpdateStatement(
            @Id @NonNull @Description("The statement.") String id,
            @NonNull @Description("The version read.") int version,
            @Description("New text.") String text,
            @Description("New language.") String language,
            @Description("New translation.") String translation,
            @Description("New speaker description.") String speakerDescription,
            @Description("New speaker title.") String speakerTitle,
            @Description("New date.") PartialDate saidOn,
            @Description("New place.") String place,
            @Description("New occasion.") String occasion,
            @Nullable @Description("New topics, replacing the old ones.") List<@NonNull String> topics,
            @Nullable @Description("New sources, replacing the old ones.") List<@NonNull CitationInput> sources,
            @Nullable @Description("Fields to empty: translation, speakerTitle, saidOn, place, occasion, topics.")
            List<@NonNull String> clear) {
    }

    @Mutation("createStatement")
    @Transactional
    @Description("Records a direct quote (role editor).")
    public Statement createStatement(@NonNull @Description("The statement.") CreateStatement input) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(input.sources());
        String key = newKey(input.key(), "statement");
        store.create(new StatementRecord(key, input.text(), input.language(), input.translation(),
                key(input.speakerId(), "input.speakerId", "Person"), input.speakerDescription(), input.speakerTitle(),
                key(input.companyId(), "input.companyId", "Company"), date(input.saidOn()), input.place(), input.occasion(), input.topics(),
                cited.citations()), cited.newSources(), actor);
        return statements.findStatementByKey(key).orElseThrow();
    }

    @Mutation("updateStatement")
    @Transactional
    @Description("Changes a statement (role editor).")
    public Statement updateStatement(@NonNull @Description("The changes.") UpdateStatement input) {
        String actor = access.requireEditor();
        String key = key(input.id(), "input.id", "Statement");
        Set<String> clear = clear(input.clear(), Set.of("translation", "speakerTitle", "saidOn", "place", "occasion", "topics"));
        EditSupport.Cited cited = citations(input.sources());
        store.update(StatementRecord.class, key, input.version(), b -> new StatementRecord(b.key(),
                pick(input.text(), b.text(), clear, "text"), pick(input.language(), b.language(), clear, "language"),
                pick(input.translation(), b.translation(), clear, "translation"), b.speaker(),
                pick(input.speakerDescription(), b.speakerDescription(), clear, "speakerDescription"),
                pick(input.speakerTitle(), b.speakerTitle(), clear, "speakerTitle"), b.company(),
                pick(date(input.saidOn()), b.saidOn(), clear, "saidOn"), pick(input.place(), b.place(), clear, "place"),
                pick(input.occasion(), b.occasion(), clear, "occasion"), pick(input.topics(), b.topics(), clear, "topics"), EditSupport.citations(input.sources(), cited, clear, b.citations())),
                cited.newSources(), actor);
        return statements.findStatementByKey(key).orElseThrow();
    }

    @Mutation("deleteStatement")
    @Transactional
    @Description("Deletes a statement (role admin).")
    public DeletePayload deleteStatement(@Id @NonNull @Description("The statement.") String id,
            @Description("The version read, optional.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(StatementRecord.class, key(id, "id", "Statement"), version, actor);
        return new DeletePayload(id);
    }
}
