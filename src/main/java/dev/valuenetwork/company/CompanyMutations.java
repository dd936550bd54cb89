package dev.valuenetwork.company;

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

/**
 * Creating, changing and deleting companies. Slugs are set once, at creation: they make the
 * global id. In updates an omitted field keeps its value, and {@code clear} names fields to empty.
 */
@GraphQLApi
public class CompanyMutations {

    @Inject
    Access access;
    @Inject
    RecordStore store;
    @Inject
    CompanyQueries companies;

    @Input("CreateCompanyInput")
    @Description("A new company.")
    public record CreateCompany(
            @NonNull @Description("Unique slug: the lowercased English name with hyphens, such as \"sk-telecom\".") String slug,
            @NonNull @Description("Official English name.") String name,
            @Description("Korean name.") String nameKo,
            @Nullable @Description("Other names it goes by.") List<@NonNull String> aliases,
            @NonNull @Description("What kind of organisation it is.") CompanyKind kind,
            @Description("ISO 3166-1 alpha-2 country code.") String country,
            @Description("A short description of its business.") String description,
            @Id @Description("Its parent company, in a corporate group.") String parentId,
            @Description("Where its identity data comes from; GENERAL_KNOWLEDGE when omitted.") IdentityBasis identityBasis,
            @Nullable @Description("Sources for its descriptive data, if any.") List<@NonNull CitationInput> sources) {
    }

    @Input("UpdateCompanyInput")
    @Description("Changes to a company.")
    public record UpdateCompany(
            @Id @NonNull @Description("The company.") String id,
            @NonNull @Description("The version read; a newer stored version makes this a CONFLICT.") int version,
            @Description("New official English name.") String name,
            @Description("New Korean name.") String nameKo,
            @Nullable @Description("New aliases, replacing the old ones.") List<@NonNull String> aliases,
            @Description("New kind.") CompanyKind kind,
            @Description("New country code.") String country,
            @Description("New description.") String description,
            @Id @Description("New parent company.") String parentId,
            @Description("New identity basis.") IdentityBasis identityBasis,
            @Nullable @Description("New sources, replacing the old ones.") List<@NonNull CitationInput> sources,
            @Nullable @Description("Fields to empty: nameKo, aliases, country, description, parent, sources.") List<@NonNull String> clear) {
    }

    @Mutation("createCompany")
    @Transactional
    @Description("Creates a company (role editor).")
    public Company createCompany(@NonNull @Description("The company.") CreateCompany input) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(input.sources());
        store.create(new CompanyRecord(input.slug(), input.name(), input.nameKo(), input.aliases(), name(input.kind()),
                input.country(), input.description(), key(input.parentId(), "input.parentId", "Company"), name(input.identityBasis()),
                cited.citations()), cited.newSources(), actor);
        return companies.findCompanyBySlug(input.slug()).orElseThrow();
    }

    @Mutation("updateCompany")
    @Transactional
    @Description("Changes a company (role editor). CONFLICT when it changed since the version read.")
    public Company updateCompany(@NonNull @Description("The changes.") UpdateCompany input) {
        String actor = access.requireEditor();
        String slug = key(input.id(), "input.id", "Company");
        Set<String> clear = clear(input.clear(), Set.of("nameKo", "aliases", "country", "description", "parent", "sources"));
        EditSupport.Cited cited = citations(input.sources());
        String parent = key(input.parentId(), "input.parentId", "Company");
        store.update(CompanyRecord.class, slug, input.version(), b -> new CompanyRecord(b.slug(),
                pick(input.name(), b.name(), clear, "name"), pick(input.nameKo(), b.nameKo(), clear, "nameKo"),
                pick(input.aliases(), b.aliases(), clear, "aliases"), pick(name(input.kind()), b.kind(), clear, "kind"),
                pick(input.country(), b.country(), clear, "country"), pick(input.description(), b.description(), clear, "description"),
                b.descriptionKo(), b.descriptionBasis(), pick(parent, b.parent(), clear, "parent"),
                pick(name(input.identityBasis()), b.identityBasis(), clear, "identityBasis"),
                EditSupport.citations(input.sources(), cited, clear, b.citations())), cited.newSources(), actor);
        return companies.findCompanyBySlug(slug).orElseThrow();
    }

    @Mutation("deleteCompany")
    @Transactional
    @Description("Deletes a company (role admin). CONFLICT, naming them, while memberships, investments or other rows refer to it.")
    public DeletePayload deleteCompany(@Id @NonNull @Description("The company.") String id,
            @Description("The version read; when given, a newer stored version makes this a CONFLICT.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(CompanyRecord.class, key(id, "id", "Company"), version, actor);
        return new DeletePayload(id);
    }
}
