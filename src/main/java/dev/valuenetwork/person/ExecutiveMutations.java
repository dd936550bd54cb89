package dev.valuenetwork.person;

import static dev.valuenetwork.editing.EditSupport.citations;
import static dev.valuenetwork.editing.EditSupport.clear;
import static dev.valuenetwork.editing.EditSupport.date;
import static dev.valuenetwork.editing.EditSupport.key;
import static dev.valuenetwork.editing.EditSupport.newKey;
import static dev.valuenetwork.editing.EditSupport.pick;

import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.security.Access;
import dev.valuenetwork.dataset.RecordStore;
import dev.valuenetwork.editing.CitationInput;
import dev.valuenetwork.editing.DeletePayload;
import dev.valuenetwork.editing.EditSupport;
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

/**
 * Recording, changing and deleting executive roles. Which person and company a role connects is
 * part of what it is, so updates change its details, not its ends.
 */
@GraphQLApi
public class ExecutiveMutations {

    @Inject
    Access access;
    @Inject
    RecordStore store;
    @Inject
    PersonQueries people;

    @Input("CreateExecutiveInput")
    @Description("A person's title at a company.")
    public record CreateExecutive(
            @Description("Stable key; made when omitted.") String key,
            @Id @NonNull @Description("The person.") String personId,
            @Id @NonNull @Description("The company.") String companyId,
            @NonNull @Description("The title in English, such as \"CEO\".") String title,
            @Description("The title as a Korean source prints it.") String titleKo,
            @Description("When the role began, if known.") PartialDate since,
            @Description("When it ended, if it has.") PartialDate until,
            @NonNull @Description("The sources that report it; at least one.") List<@NonNull CitationInput> sources) {
    }

    @Input("UpdateExecutiveInput")
    @Description("Changes to an executive role; set until when the person leaves the post.")
    public record UpdateExecutive(
            @Id @NonNull @Description("The role.") String id,
            @NonNull @Description("The version read.") int version,
            @Description("New title.") String title,
            @Description("New Korean title.") String titleKo,
            @Description("New start.") PartialDate since,
            @Description("New end.") PartialDate until,
            @Nullable @Description("New sources, replacing the old ones.") List<@NonNull CitationInput> sources,
            @Nullable @Description("Fields to empty: titleKo, since, until.") List<@NonNull String> clear) {
    }

    @Mutation("createExecutive")
    @Transactional
    @Description("Records a person's title at a company (role editor).")
    public Executive createExecutive(@NonNull @Description("The role.") CreateExecutive input) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(input.sources());
        String key = newKey(input.key(), "executive");
        store.create(new ExecutiveRecord(key, key(input.personId(), "input.personId", "Person"),
                key(input.companyId(), "input.companyId", "Company"), input.title(), input.titleKo(), date(input.since()),
                date(input.until()), cited.citations()), cited.newSources(), actor);
        return people.findExecutiveByKey(key).orElseThrow();
    }

    @Mutation("updateExecutive")
    @Transactional
    @Description("Changes an executive role (role editor); set until when the person leaves the post.")
    public Executive updateExecutive(@NonNull @Description("The changes.") UpdateExecutive input) {
        String actor = access.requireEditor();
        String key = key(input.id(), "input.id", "Executive");
        Set<String> clear = clear(input.clear(), Set.of("titleKo", "since", "until"));
        EditSupport.Cited cited = citations(input.sources());
        store.update(ExecutiveRecord.class, key, input.version(), b -> new ExecutiveRecord(b.key(), b.person(),
                b.company(), pick(input.title(), b.title(), clear, "title"), pick(input.titleKo(), b.titleKo(), clear, "titleKo"),
                pick(date(input.since()), b.since(), clear, "since"), pick(date(input.until()), b.until(), clear, "until"),
                EditSupport.citations(input.sources(), cited, clear, b.citations())), cited.newSources(), actor);
        return people.findExecutiveByKey(key).orElseThrow();
    }

    @Mutation("deleteExecutive")
    @Transactional
    @Description("Deletes an executive role (role admin).")
    public DeletePayload deleteExecutive(@Id @NonNull @Description("The role.") String id,
            @Description("The version read, optional.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(ExecutiveRecord.class, key(id, "id", "Executive"), version, actor);
        return new DeletePayload(id);
    }
}
