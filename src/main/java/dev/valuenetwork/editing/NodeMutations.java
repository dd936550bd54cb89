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
    @Transactional
    @Description("Creates a company (role editor).")
    public Company createCompany(@NonNull @Description("The company.") NodeInputs.CreateCompany input) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(input.sources());
        store.create(RecordKind.COMPANY, new CompanyRecord(input.slug(), input.name(), input.nameKo(), input.aliases(), name(input.kind()),
                input.country(), input.description(), key(input.parentId(), "input.parentId", "Company"), name(input.identityBasis()),
                cited.citations()), cited.newSources(), actor);
        return companies.findCompanyBySlug(input.slug()).orElseThrow();
    }

    @Mutation("updateCompany")
    @Transactional
    @Description("Changes a company (role editor). CONFLICT when it changed since the version read.")
    public Company updateCompany(@NonNull @Description("The changes.") NodeInputs.UpdateCompany input) {
        String actor = access.requireEditor();
        String slug = key(input.id(), "input.id", "Company");
        Set<String> clear = clear(input.clear(), Set.of("nameKo", "aliases", "country", "description", "parent", "sources"));
        EditSupport.Cited cited = citations(input.sources());
        String parent = key(input.parentId(), "input.parentId", "Company");
        store.update(RecordKind.COMPANY, slug, input.version(), (CompanyRecord b) -> new CompanyRecord(b.slug(),
                pick(input.name(), b.name(), clear, "name"), pick(input.nameKo(), b.nameKo(), clear, "nameKo"),
                pick(input.aliases(), b.aliases(), clear, "aliases"), pick(name(input.kind()), b.kind(), clear, "kind"),
                pick(input.country(), b.country(), clear, "country"), pick(input.description(), b.description(), clear, "description"),
                b.descriptionKo(), b.descriptionBasis(), pick(parent, b.parent(), clear, "parent"),
                pick(name(input.identityBasis()), b.identityBasis(), clear, "identityBasis"),
                citations(input.sources(), cited, clear, b.citations())), cited.newSources(), actor);
        return companies.findCompanyBySlug(slug).orElseThrow();
    }

    @Mutation("deleteCompany")
    @Transactional
    @Description("Deletes a company (role admin). CONFLICT, naming them, while memberships, investments or other rows refer to it.")
    public DeletePayload deleteCompany(@Id @NonNull @Description("The company.") String id,
            @Description("The version read; when given, a newer stored version makes this a CONFLICT.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(RecordKind.COMPANY, key(id, "id", "Company"), version, actor);
        return new DeletePayload(id);
    }

    @Mutation("createPerson")
    @Transactional
    @Description("Creates a person (role editor).")
    public Person createPerson(@NonNull @Description("The person.") NodeInputs.CreatePerson input) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(input.sources());
        store.create(RecordKind.PERSON, new PersonRecord(input.slug(), input.name(), input.nameKo(), name(input.identityBasis()),
                cited.citations()), cited.newSources(), actor);
        return people.findPersonBySlug(input.slug()).orElseThrow();
    }

    @Mutation("updatePerson")
    @Transactional
    @Description("Changes a person (role editor).")
    public Person updatePerson(@NonNull @Description("The changes.") NodeInputs.UpdatePerson input) {
        String actor = access.requireEditor();
        String slug = key(input.id(), "input.id", "Person");
        Set<String> clear = clear(input.clear(), Set.of("nameKo", "sources"));
        EditSupport.Cited cited = citations(input.sources());
        store.update(RecordKind.PERSON, slug, input.version(), (PersonRecord b) -> new PersonRecord(b.slug(),
                pick(input.name(), b.name(), clear, "name"), pick(input.nameKo(), b.nameKo(), clear, "nameKo"),
                pick(name(input.identityBasis()), b.identityBasis(), clear, "identityBasis"),
                citations(input.sources(), cited, clear, b.citations())), cited.newSources(), actor);
        return people.findPersonBySlug(slug).orElseThrow();
    }

    @Mutation("deletePerson")
    @Transactional
    @Description("Deletes a person (role admin). CONFLICT while roles or statements refer to them.")
    public DeletePayload deletePerson(@Id @NonNull @Description("The person.") String id,
            @Description("The version read, optional.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(RecordKind.PERSON, key(id, "id", "Person"), version, actor);
        return new DeletePayload(id);
    }

    @Mutation("createAlliance")
    @Transactional
    @Description("Forms an alliance, partnership or joint venture (role editor). Members join with joinAlliance.")
    public Alliance createAlliance(@NonNull @Description("The alliance.") NodeInputs.CreateAlliance input) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(input.sources());
        store.create(RecordKind.ALLIANCE, new AllianceRecord(input.slug(), input.name(), input.nameKo(), name(input.kind()),
                name(input.status()), input.statusDetail(), input.purpose(), date(input.formedOn()), date(input.endedOn()),
                key(input.parentId(), "input.parentId", "Alliance"), cited.citations()), cited.newSources(), actor);
        return alliances.findAllianceBySlug(input.slug()).orElseThrow();
    }

    @Mutation("updateAlliance")
    @Transactional
    @Description("Changes an alliance (role editor); status ENDED with endedOn records its end.")
    public Alliance updateAlliance(@NonNull @Description("The changes.") NodeInputs.UpdateAlliance input) {
        String actor = access.requireEditor();
        String slug = key(input.id(), "input.id", "Alliance");
        Set<String> clear = clear(input.clear(), Set.of("nameKo", "statusDetail", "purpose", "formedOn", "endedOn", "parent", "sources"));
        EditSupport.Cited cited = citations(input.sources());
        String parent = key(input.parentId(), "input.parentId", "Alliance");
        store.update(RecordKind.ALLIANCE, slug, input.version(), (AllianceRecord b) -> new AllianceRecord(b.slug(),
                pick(input.name(), b.name(), clear, "name"), pick(input.nameKo(), b.nameKo(), clear, "nameKo"), b.nameBasis(),
                pick(name(input.kind()), b.kind(), clear, "kind"), pick(name(input.status()), b.status(), clear, "status"),
                pick(input.statusDetail(), b.statusDetail(), clear, "statusDetail"), pick(input.purpose(), b.purpose(), clear, "purpose"),
                b.purposeKo(), pick(date(input.formedOn()), b.formedOn(), clear, "formedOn"),
                pick(date(input.endedOn()), b.endedOn(), clear, "endedOn"),
                pick(parent, b.parent(), clear, "parent"), citations(input.sources(), cited, clear, b.citations()), b.claims()),
                cited.newSources(), actor);
        return alliances.findAllianceBySlug(slug).orElseThrow();
    }

    @Mutation("deleteAlliance")
    @Transactional
    @Description("Deletes an alliance (role admin). CONFLICT while memberships, products or figures refer to it.")
    public DeletePayload deleteAlliance(@Id @NonNull @Description("The alliance.") String id,
            @Description("The version read, optional.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(RecordKind.ALLIANCE, key(id, "id", "Alliance"), version, actor);
        return new DeletePayload(id);
    }

    @Mutation("createProduct")
    @Transactional
    @Description("Creates a product owned by a company or an alliance (role editor).")
    public Product createProduct(@NonNull @Description("The product.") NodeInputs.CreateProduct input) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(input.sources());
        String[] owner = owner(input.ownerId());
        store.create(RecordKind.PRODUCT, new ProductRecord(input.slug(), input.name(), input.nameKo(), name(input.kind()), name(input.status()),
                input.statusDetail(), owner[0], owner[1], input.description(), cited.citations()), cited.newSources(), actor);
        return products.findProductBySlug(input.slug()).orElseThrow();
    }

    @Mutation("updateProduct")
    @Transactional
    @Description("Changes a product (role editor).")
    public Product updateProduct(@NonNull @Description("The changes.") NodeInputs.UpdateProduct input) {
        String actor = access.requireEditor();
        String slug = key(input.id(), "input.id", "Product");
        Set<String> clear = clear(input.clear(), Set.of("nameKo", "statusDetail", "description"));
        EditSupport.Cited cited = citations(input.sources());
        String[] owner = input.ownerId() == null ? null : owner(input.ownerId());
        store.update(RecordKind.PRODUCT, slug, input.version(), (ProductRecord b) -> new ProductRecord(b.slug(),
                pick(input.name(), b.name(), clear, "name"), pick(input.nameKo(), b.nameKo(), clear, "nameKo"), b.nameBasis(),
                pick(name(input.kind()), b.kind(), clear, "kind"), pick(name(input.status()), b.status(), clear, "status"),
                pick(input.statusDetail(), b.statusDetail(), clear, "statusDetail"),
                owner == null ? b.ownerCompany() : owner[0], owner == null ? b.ownerAlliance() : owner[1],
                pick(input.description(), b.description(), clear, "description"), b.descriptionKo(),
                citations(input.sources(), cited, clear, b.citations()), b.claims()),
                cited.newSources(), actor);
        return products.findProductBySlug(slug).orElseThrow();
    }

    @Mutation("deleteProduct")
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
