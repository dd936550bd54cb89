package dev.valuenetwork.person;

import static dev.valuenetwork.editing.EditSupport.citations;
import static dev.valuenetwork.editing.EditSupport.clear;
import static dev.valuenetwork.editing.EditSupport.key;
import static dev.valuenetwork.editing.EditSupport.name;
import static dev.valuenetwork.editing.EditSupport.pick;

import dev.valuenetwork.common.persistence.IdentityBasis;
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

/** Creating, changing and deleting people. */
@GraphQLApi
public class PersonMutations {

    @Inject
    Access access;
    @Inject
    RecordStore store;
    @Inject
    PersonQueries people;

    @Input("CreatePersonInput")
    @Description("A new person.")
    public record CreatePerson(
            @NonNull @Description("Unique slug: the name in the person's own English spelling, with hyphens.") String slug,
            @NonNull @Description("Name in the person's own official English spelling.") String name,
            @Description("Korean name.") String nameKo,
            @Description("Where the identity data comes from; GENERAL_KNOWLEDGE when omitted.") IdentityBasis identityBasis,
            @Nullable @Description("Sources for the identity data, if any.") List<@NonNull CitationInput> sources) {
    }

    @Input("UpdatePersonInput")
    @Description("Changes to a person.")
    public record UpdatePerson(
            @Id @NonNull @Description("The person.") String id,
            @NonNull @Description("The version read.") int version,
            @Description("New English name.") String name,
            @Description("New Korean name.") String nameKo,
            @Description("New identity basis.") IdentityBasis identityBasis,
            @Nullable @Description("New sources, replacing the old ones.") List<@NonNull CitationInput> sources,
            @Nullable @Description("Fields to empty: nameKo, sources.") List<@NonNull String> clear) {
    }

    @Mutation("createPerson")
    @Transactional
    @Description("Creates a person (role editor).")
    public Person createPerson(@NonNull @Description("The person.") CreatePerson input) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(input.sources());
        store.create(new PersonRecord(input.slug(), input.name(), input.nameKo(), name(input.identityBasis()),
                cited.citations()), cited.newSources(), actor);
        return people.findPersonBySlug(input.slug()).orElseThrow();
    }

    @Mutation("updatePerson")
    @Transactional
    @Description("Changes a person (role editor).")
    public Person updatePerson(@NonNull @Description("The changes.") UpdatePerson input) {
        String actor = access.requireEditor();
        String slug = key(input.id(), "input.id", "Person");
        Set<String> clear = clear(input.clear(), Set.of("nameKo", "sources"));
        EditSupport.Cited cited = citations(input.sources());
        store.update(PersonRecord.class, slug, input.version(), b -> new PersonRecord(b.slug(),
                pick(input.name(), b.name(), clear, "name"), pick(input.nameKo(), b.nameKo(), clear, "nameKo"),
                pick(name(input.identityBasis()), b.identityBasis(), clear, "identityBasis"),
                EditSupport.citations(input.sources(), cited, clear, b.citations())), cited.newSources(), actor);
        return people.findPersonBySlug(slug).orElseThrow();
    }

    @Mutation("deletePerson")
    @Transactional
    @Description("Deletes a person (role admin). CONFLICT while roles or statements refer to them.")
    public DeletePayload deletePerson(@Id @NonNull @Description("The person.") String id,
            @Description("The version read, optional.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(PersonRecord.class, key(id, "id", "Person"), version, actor);
        return new DeletePayload(id);
    }
}
