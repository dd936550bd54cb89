package dev.valuenetwork.activity;

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

/** Recording, changing and deleting activities; who did them is part of what they are. */
@GraphQLApi
public class ActivityMutations {

    @Inject
    Access access;
    @Inject
    RecordStore store;
    @Inject
    ActivityQueries activities;

    @Input("CreateActivityInput")
    @Description("What a person or company did, as a source reports it.")
    public record CreateActivity(
            @Description("Stable key; made when omitted.") String key,
            @Id @Description("The person who did it; a person, a company or both.") String personId,
            @Id @Description("The company it was done for or by.") String companyId,
            @NonNull @Description("What was done, in English.") String description,
            @Description("What was done, in the source's own words where it is in Korean.") String descriptionKo,
            @Description("When it began, if known.") PartialDate startedOn,
            @Description("When it ended, if known.") PartialDate endedOn,
            @Description("Where it took place.") String place,
            @NonNull @Description("The sources that report it; at least one.") List<@NonNull CitationInput> sources) {
    }

    @Input("UpdateActivityInput")
    @Description("Changes to an activity.")
    public record UpdateActivity(
            @Id @NonNull @Description("The activity.") String id,
            @NonNull @Description("The version read.") int version,
            @Description("New description.") String description,
            @Description("New Korean description.") String descriptionKo,
            @Description("New start.") PartialDate startedOn,
            @Description("New end.") PartialDate endedOn,
            @Description("New place.") String place,
            @Nullable @Description("New sources, replacing the old ones.") List<@NonNull CitationInput> sources,
            @Nullable @Description("Fields to empty: descriptionKo, startedOn, endedOn, place.") List<@NonNull String> clear) {
    }

    @Mutation("createActivity")
    @Transactional
    @Description("Records what a person or company did (role editor).")
    public Activity createActivity(@NonNull @Description("The activity.") CreateActivity input) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(input.sources());
        String key = newKey(input.key(), "activity");
        store.create(new ActivityRecord(key, key(input.personId(), "input.personId", "Person"),
                key(input.companyId(), "input.companyId", "Company"), input.description(), input.descriptionKo(),
                date(input.startedOn()), date(input.endedOn()), input.place(), cited.citations()), cited.newSources(), actor);
        return activities.findActivityByKey(key).orElseThrow();
    }

    @Mutation("updateActivity")
    @Transactional
    @Description("Changes an activity (role editor).")
    public Activity updateActivity(@NonNull @Description("The changes.") UpdateActivity input) {
        String actor = access.requireEditor();
        String key = key(input.id(), "input.id", "Activity");
        Set<String> clear = clear(input.clear(), Set.of("descriptionKo", "startedOn", "endedOn", "place"));
        EditSupport.Cited cited = citations(input.sources());
        store.update(ActivityRecord.class, key, input.version(), b -> new ActivityRecord(b.key(), b.person(), b.company(),
                pick(input.description(), b.description(), clear, "description"),
                pick(input.descriptionKo(), b.descriptionKo(), clear, "descriptionKo"),
                pick(date(input.startedOn()), b.startedOn(), clear, "startedOn"), pick(date(input.endedOn()), b.endedOn(), clear, "endedOn"),
                pick(input.place(), b.place(), clear, "place"), EditSupport.citations(input.sources(), cited, clear, b.citations())),
                cited.newSources(), actor);
        return activities.findActivityByKey(key).orElseThrow();
    }

    @Mutation("deleteActivity")
    @Transactional
    @Description("Deletes an activity (role admin).")
    public DeletePayload deleteActivity(@Id @NonNull @Description("The activity.") String id,
            @Description("The version read, optional.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(ActivityRecord.class, key(id, "id", "Activity"), version, actor);
        return new DeletePayload(id);
    }
}
