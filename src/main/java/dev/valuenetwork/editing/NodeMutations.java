package dev.valuenetwork.editing;

import static dev.valuenetwork.editing.EditSupport.citations;
import static dev.valuenetwork.editing.EditSupport.clear;
import static dev.valuenetwork.editing.EditSupport.date;
import static dev.valuenetwork.editing.EditSupport.key;
import static dev.valuenetwork.editing.EditSupport.name;
import static dev.valuenetwork.editing.EditSupport.pick;

import dev.valuenetwork.alliance.Alliance;
import dev.valuenetwork.alliance.AllianceQueries;
import dev.valuenetwork.common.security.Access;
import dev.valuenetwork.company.Company;
import dev.valuenetwork.company.CompanyQueries;
import dev.valuenetwork.dataset.Dataset.AllianceRecord;
import dev.valuenetwork.dataset.Dataset.CompanyRecord;
import dev.valuenetwork.dataset.Dataset.PersonRecord;
import dev.valuenetwork.dataset.Dataset.ProductRecord;
import dev.valuenetwork.dataset.RecordKind;
import dev.valuenetwork.dataset.RecordStore;
import dev.valuenetwork.person.Person;
import dev.valuenetwork.person.PersonQueries;
import dev.valuenetwork.product.Product;
import dev.valuenetwork.product.ProductQueries;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Creating, changing and deleting companies, people, alliances and products. */
@GraphQLApi
public class NodeMutations {

    @Inject
    Access access;
    @Inject
    RecordStore store;
    @Inject
    CompanyQueries companies;
    @Inject
    PersonQueries people;
    @Inject
    AllianceQueries alliances;
    @Inject
    ProductQueries products;

    @Mutation("createCompany")
    @NonNull
    @Transactional
    @Description("Creates a company (role editor).")
    public Company createCompany(@NonNull @Description("The company.") NodeInputs.CreateCompany in) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(in.sources());
        store.create(RecordKind.COMPANY, new CompanyRecord(in.slug(), in.name(), in.nameKo(), in.aliases(), name(in.kind()),
                in.country(), in.description(), key(in.parentId(), "input.parentId", "Company"), name(in.identityBasis()),
                cited.citations()), cited.newSources(), actor);
        return companies.findCompanyBySlug(in.slug()).orElseThrow();
    }

    @Mutation("updateCompany")
    @NonNull
    @Transactional
    @Description("Changes a company (role editor). CONFLICT when it changed since the version read.")
    public Company updateCompany(@NonNull @Description("The changes.") NodeInputs.UpdateCompany in) {
        String actor = access.requireEditor();
        String slug = key(in.id(), "input.id", "Company");
        Set<String> clear = clear(in.clear(), Set.of("nameKo", "aliases", "country", "description", "parent", "sources"));
        EditSupport.Cited cited = citations(in.sources());
        String parent = key(in.parentId(), "input.parentId", "Company");
        store.update(RecordKind.COMPANY, slug, in.version(), (CompanyRecord b) -> new CompanyRecord(b.slug(),
                pick(in.name(), b.name(), clear, "name"), pick(in.nameKo(), b.nameKo(), clear, "nameKo"),
                pick(in.aliases(), b.aliases(), clear, "aliases"), pick(name(in.kind()), b.kind(), clear, "kind"),
                pick(in.country(), b.country(), clear, "country"), pick(in.description(), b.description(), clear, "description"),
                pick(parent, b.parent(), clear, "parent"), pick(name(in.identityBasis()), b.identityBasis(), clear, "identityBasis"),
                citations(in.sources(), cited, clear, b.citations())), cited.newSources(), actor);
        return companies.findCompanyBySlug(slug).orElseThrow();
    }

    @Mutation("deleteCompany")
    @NonNull
    @Transactional
    @Description("Deletes a company (role admin). CONFLICT, naming them, while memberships, investments or other rows refer to it.")
    public DeletePayload deleteCompany(@Id @NonNull @Description("The company.") String id,
            @Description("The version read; when given, a newer stored version makes this a CONFLICT.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(RecordKind.COMPANY, key(id, "id", "Company"), version, actor);
        return new DeletePayload(id);
    }

    @Mutation("createPerson")
    @NonNull
    @Transactional
    @Description("Creates a person (role editor).")
    public Person createPerson(@NonNull @Description("The person.") NodeInputs.CreatePerson in) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(in.sources());
        store.create(RecordKind.PERSON, new PersonRecord(in.slug(), in.name(), in.nameKo(), name(in.identityBasis()),
                cited.citations()), cited.newSources(), actor);
        return people.findPersonBySlug(in.slug()).orElseThrow();
    }

    @Mutation("updatePerson")
    @NonNull
    @Transactional
    @Description("Changes a person (role editor).")
    public Person updatePerson(@NonNull @Description("The changes.") NodeInputs.UpdatePerson in) {
        String actor = access.requireEditor();
        String slug = key(in.id(), "input.id", "Person");
        Set<String> clear = clear(in.clear(), Set.of("nameKo", "sources"));
        EditSupport.Cited cited = citations(in.sources());
        store.update(RecordKind.PERSON, slug, in.version(), (PersonRecord b) -> new PersonRecord(b.slug(),
                pick(in.name(), b.name(), clear, "name"), pick(in.nameKo(), b.nameKo(), clear, "nameKo"),
                pick(name(in.identityBasis()), b.identityBasis(), clear, "identityBasis"),
                citations(in.sources(), cited, clear, b.citations())), cited.newSources(), actor);
        return people.findPersonBySlug(slug).orElseThrow();
    }

    @Mutation("deletePerson")
    @NonNull
    @Transactional
    @Description("Deletes a person (role admin). CONFLICT while roles or statements refer to them.")
    public DeletePayload deletePerson(@Id @NonNull @Description("The person.") String id,
            @Description("The version read, optional.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(RecordKind.PERSON, key(id, "id", "Person"), version, actor);
        return new DeletePayload(id);
    }

    @Mutation("createAlliance")
    @NonNull
    @Transactional
    @Description("Forms an alliance, partnership or joint venture (role editor). Members join with joinAlliance.")
    public Alliance createAlliance(@NonNull @Description("The alliance.") NodeInputs.CreateAlliance in) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(in.sources());
        store.create(RecordKind.ALLIANCE, new AllianceRecord(in.slug(), in.name(), in.nameKo(), name(in.kind()),
                name(in.status()), in.statusDetail(), in.purpose(), date(in.formedOn()), date(in.endedOn()),
                key(in.parentId(), "input.parentId", "Alliance"), cited.citations()), cited.newSources(), actor);
        return alliances.findAllianceBySlug(in.slug()).orElseThrow();
    }

    @Mutation("updateAlliance")
    @NonNull
    @Transactional
    @Description("Changes an alliance (role editor); status ENDED with endedOn records its end.")
    public Alliance updateAlliance(@NonNull @Description("The changes.") NodeInputs.UpdateAlliance in) {
        String actor = access.requireEditor();
        String slug = key(in.id(), "input.id", "Alliance");
        Set<String> clear = clear(in.clear(), Set.of("nameKo", "statusDetail", "purpose", "formedOn", "endedOn", "parent", "sources"));
        EditSupport.Cited cited = citations(in.sources());
        String parent = key(in.parentId(), "input.parentId", "Alliance");
        store.update(RecordKind.ALLIANCE, slug, in.version(), (AllianceRecord b) -> new AllianceRecord(b.slug(),
                pick(in.name(), b.name(), clear, "name"), pick(in.nameKo(), b.nameKo(), clear, "nameKo"),
                pick(name(in.kind()), b.kind(), clear, "kind"), pick(name(in.status()), b.status(), clear, "status"),
                pick(in.statusDetail(), b.statusDetail(), clear, "statusDetail"), pick(in.purpose(), b.purpose(), clear, "purpose"),
                pick(date(in.formedOn()), b.formedOn(), clear, "formedOn"), pick(date(in.endedOn()), b.endedOn(), clear, "endedOn"),
                pick(parent, b.parent(), clear, "parent"), citations(in.sources(), cited, clear, b.citations())),
                cited.newSources(), actor);
        return alliances.findAllianceBySlug(slug).orElseThrow();
    }

    @Mutation("deleteAlliance")
    @NonNull
    @Transactional
    @Description("Deletes an alliance (role admin). CONFLICT while memberships, products or figures refer to it.")
    public DeletePayload deleteAlliance(@Id @NonNull @Description("The alliance.") String id,
            @Description("The version read, optional.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(RecordKind.ALLIANCE, key(id, "id", "Alliance"), version, actor);
        return new DeletePayload(id);
    }

    @Mutation("createProduct")
    @NonNull
    @Transactional
    @Description("Creates a product owned by a company or an alliance (role editor).")
    public Product createProduct(@NonNull @Description("The product.") NodeInputs.CreateProduct in) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(in.sources());
        String[] owner = owner(in.ownerId());
        store.create(RecordKind.PRODUCT, new ProductRecord(in.slug(), in.name(), in.nameKo(), name(in.kind()), name(in.status()),
                in.statusDetail(), owner[0], owner[1], in.description(), cited.citations()), cited.newSources(), actor);
        return products.findProductBySlug(in.slug()).orElseThrow();
    }

    @Mutation("updateProduct")
    @NonNull
    @Transactional
    @Description("Changes a product (role editor).")
    public Product updateProduct(@NonNull @Description("The changes.") NodeInputs.UpdateProduct in) {
        String actor = access.requireEditor();
        String slug = key(in.id(), "input.id", "Product");
        Set<String> clear = clear(in.clear(), Set.of("nameKo", "statusDetail", "description"));
        EditSupport.Cited cited = citations(in.sources());
        String[] owner = in.ownerId() == null ? null : owner(in.ownerId());
        store.update(RecordKind.PRODUCT, slug, in.version(), (ProductRecord b) -> new ProductRecord(b.slug(),
                pick(in.name(), b.name(), clear, "name"), pick(in.nameKo(), b.nameKo(), clear, "nameKo"),
                pick(name(in.kind()), b.kind(), clear, "kind"), pick(name(in.status()), b.status(), clear, "status"),
                pick(in.statusDetail(), b.statusDetail(), clear, "statusDetail"),
                owner == null ? b.ownerCompany() : owner[0], owner == null ? b.ownerAlliance() : owner[1],
                pick(in.description(), b.description(), clear, "description"), citations(in.sources(), cited, clear, b.citations())),
                cited.newSources(), actor);
        return products.findProductBySlug(slug).orElseThrow();
    }

    @Mutation("deleteProduct")
    @NonNull
    @Transactional
    @Description("Deletes a product (role admin). CONFLICT while figures refer to it.")
    public DeletePayload deleteProduct(@Id @NonNull @Description("The product.") String id,
            @Description("The version read, optional.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(RecordKind.PRODUCT, key(id, "id", "Product"), version, actor);
        return new DeletePayload(id);
    }

    /** An owner id as [company slug, alliance slug], one of them null. */
    private static String[] owner(String ownerId) {
        String slug = key(ownerId, "input.ownerId", "Company", "Alliance");
        boolean company = dev.valuenetwork.common.graphql.GlobalId.decode(ownerId, "input.ownerId").type().equals("Company");
        return company ? new String[] {slug, null} : new String[] {null, slug};
    }
}
