package dev.valuenetwork.alliance;

import static dev.valuenetwork.editing.EditSupport.citations;
import static dev.valuenetwork.editing.EditSupport.clear;
import static dev.valuenetwork.editing.EditSupport.date;
import static dev.valuenetwork.editing.EditSupport.key;
import static dev.valuenetwork.editing.EditSupport.name;
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

/** Forming, changing and deleting alliances, partnerships and joint ventures. */
@GraphQLApi
public class AllianceMutations {

    @Inject
    Access access;
    @Inject
    RecordStore store;
    @Inject
    AllianceQueries alliances;

    @Input("CreateAllianceInput")
    @Description("A new alliance, partnership or joint venture.")
    public record CreateAlliance(
            @NonNull @Description("Unique slug.") String slug,
            @NonNull @Description("English name.") String name,
            @Description("Korean name.") String nameKo,
            @NonNull @Description("Alliance, partnership or joint venture.") AllianceKind kind,
            @NonNull @Description("Where it stands.") AllianceStatus status,
            @Description("The status in the source's words.") String statusDetail,
            @Description("What it is for.") String purpose,
            @Description("When it was formed.") PartialDate formedOn,
            @Description("When it ended.") PartialDate endedOn,
            @Id @Description("The alliance that formed it or that it belongs to.") String parentId,
            @Nullable @Description("The sources that report it.") List<@NonNull CitationInput> sources) {
    }

    @Input("UpdateAllianceInput")
    @Description("Changes to an alliance; set status ENDED and endedOn when it breaks up.")
    public record UpdateAlliance(
            @Id @NonNull @Description("The alliance.") String id,
            @NonNull @Description("The version read.") int version,
            @Description("New English name.") String name,
            @Description("New Korean name.") String nameKo,
            @Description("New kind.") AllianceKind kind,
            @Description("New status.") AllianceStatus status,
            @Description("New status wording.") String statusDetail,
            @Description("New purpose.") String purpose,
            @Description("New formation date.") PartialDate formedOn,
            @Description("New end date.") PartialDate endedOn,
            @Id @Description("New parent alliance.") String parentId,
            @Nullable @Description("New sources, replacing the old ones.") List<@NonNull CitationInput> sources,
            @Nullable @Description("Fields to empty: nameKo, statusDetail, purpose, formedOn, endedOn, parent, sources.")
            List<@NonNull String> clear) {
    }

    @Mutation("createAlliance")
    @Transactional
    @Description("Forms an alliance, partnership or joint venture (role editor). Members join with joinAlliance.")
    public Alliance createAlliance(@NonNull @Description("The alliance.") CreateAlliance input) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(input.sources());
        store.create(new AllianceRecord(input.slug(), input.name(), input.nameKo(), name(input.kind()),
                name(input.status()), input.statusDetail(), input.purpose(), date(input.formedOn()), date(input.endedOn()),
                key(input.parentId(), "input.parentId", "Alliance"), cited.citations()), cited.newSources(), actor);
        return alliances.findAllianceBySlug(input.slug()).orElseThrow();
    }

    @Mutation("updateAlliance")
    @Transactional
    @Description("Changes an alliance (role editor); status ENDED with endedOn records its end.")
    public Alliance updateAlliance(@NonNull @Description("The changes.") UpdateAlliance input) {
        String actor = access.requireEditor();
        String slug = key(input.id(), "input.id", "Alliance");
        Set<String> clear = clear(input.clear(), Set.of("nameKo", "statusDetail", "purpose", "formedOn", "endedOn", "parent", "sources"));
        EditSupport.Cited cited = citations(input.sources());
        String parent = key(input.parentId(), "input.parentId", "Alliance");
        store.update(AllianceRecord.class, slug, input.version(), b -> new AllianceRecord(b.slug(),
                pick(input.name(), b.name(), clear, "name"), pick(input.nameKo(), b.nameKo(), clear, "nameKo"), b.nameBasis(),
                pick(name(input.kind()), b.kind(), clear, "kind"), pick(name(input.status()), b.status(), clear, "status"),
                pick(input.statusDetail(), b.statusDetail(), clear, "statusDetail"), pick(input.purpose(), b.purpose(), clear, "purpose"),
                b.purposeKo(), pick(date(input.formedOn()), b.formedOn(), clear, "formedOn"),
                pick(date(input.endedOn()), b.endedOn(), clear, "endedOn"),
                pick(parent, b.parent(), clear, "parent"), EditSupport.citations(input.sources(), cited, clear, b.citations()),
                b.claims()), cited.newSources(), actor);
        return alliances.findAllianceBySlug(slug).orElseThrow();
    }

    @Mutation("deleteAlliance")
    @Transactional
    @Description("Deletes an alliance (role admin). CONFLICT while memberships, products or figures refer to it.")
    public DeletePayload deleteAlliance(@Id @NonNull @Description("The alliance.") String id,
            @Description("The version read, optional.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(AllianceRecord.class, key(id, "id", "Alliance"), version, actor);
        return new DeletePayload(id);
    }
}
