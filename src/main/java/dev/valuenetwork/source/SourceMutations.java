package dev.valuenetwork.source;

import static dev.valuenetwork.editing.EditSupport.clear;
import static dev.valuenetwork.editing.EditSupport.date;
import static dev.valuenetwork.editing.EditSupport.key;
import static dev.valuenetwork.editing.EditSupport.newKey;
import static dev.valuenetwork.editing.EditSupport.pick;

import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.security.Access;
import dev.valuenetwork.dataset.RecordStore;
import dev.valuenetwork.editing.DeletePayload;
import dev.valuenetwork.editing.SourceInput;
import io.smallrye.graphql.api.Nullable;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Creating, changing and deleting sources. */
@GraphQLApi
public class SourceMutations {

    @Inject
    Access access;
    @Inject
    RecordStore store;
    @Inject
    SourceQueries sources;

    @Input("UpdateSourceInput")
    @Description("Changes to a source.")
    public record UpdateSource(
            @Id @NonNull @Description("The source.") String id,
            @NonNull @Description("The version read.") int version,
            @Description("New title.") String title,
            @Description("New English title.") String titleEn,
            @Description("New publisher.") String publisher,
            @Description("New author.") String author,
            @Description("New URL.") String url,
            @Description("New publication date.") PartialDate publishedOn,
            @Description("New language code.") String language,
            @Description("New note.") String note,
            @Nullable @Description("Fields to empty: titleEn, author, url, publishedOn, language, note.") List<@NonNull String> clear) {
    }

    @Mutation("createSource")
    @Transactional
    @Description("Creates a source that facts can then cite by id (role editor).")
    public SourceDocument createSource(@NonNull @Description("The source.") SourceInput input) {
        String actor = access.requireEditor();
        String key = newKey(input.key(), "source");
        store.create(new SourceRecord(key, input.title(), input.titleEn(), input.publisher(), input.author(), input.url(),
                date(input.publishedOn()), input.language(), input.note()), List.of(), actor);
        return sources.findSourceByKey(key).orElseThrow();
    }

    @Mutation("updateSource")
    @Transactional
    @Description("Changes a source (role editor).")
    public SourceDocument updateSource(@NonNull @Description("The changes.") UpdateSource input) {
        String actor = access.requireEditor();
        String key = key(input.id(), "input.id", "Source");
        Set<String> clear = clear(input.clear(), Set.of("titleEn", "author", "url", "publishedOn", "language", "note"));
        store.update(SourceRecord.class, key, input.version(), b -> new SourceRecord(b.key(),
                pick(input.title(), b.title(), clear, "title"), pick(input.titleEn(), b.titleEn(), clear, "titleEn"),
                pick(input.publisher(), b.publisher(), clear, "publisher"), pick(input.author(), b.author(), clear, "author"),
                pick(input.url(), b.url(), clear, "url"), pick(date(input.publishedOn()), b.publishedOn(), clear, "publishedOn"),
                pick(input.language(), b.language(), clear, "language"), pick(input.note(), b.note(), clear, "note"), b.claims()),
                List.of(), actor);
        return sources.findSourceByKey(key).orElseThrow();
    }

    @Mutation("deleteSource")
    @Transactional
    @Description("Deletes a source (role admin). CONFLICT while facts cite it.")
    public DeletePayload deleteSource(@Id @NonNull @Description("The source.") String id,
            @Description("The version read, optional.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(SourceRecord.class, key(id, "id", "Source"), version, actor);
        return new DeletePayload(id);
    }
}
