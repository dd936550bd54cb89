package dev.valuenetwork.product;

import static dev.valuenetwork.editing.EditSupport.citations;
import static dev.valuenetwork.editing.EditSupport.clear;
import static dev.valuenetwork.editing.EditSupport.key;
import static dev.valuenetwork.editing.EditSupport.name;
import static dev.valuenetwork.editing.EditSupport.pick;

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

/** Creating, changing and deleting products. */
@GraphQLApi
public class ProductMutations {

    @Inject
    Access access;
    @Inject
    RecordStore store;
    @Inject
    ProductQueries products;

    @Input("CreateProductInput")
    @Description("A new product: an AI model, platform, programme or service.")
    public record CreateProduct(
            @NonNull @Description("Unique slug.") String slug,
            @NonNull @Description("Name.") String name,
            @Description("Korean name.") String nameKo,
            @NonNull @Description("What kind of product.") ProductKind kind,
            @NonNull @Description("Where it stands.") ProductStatus status,
            @Description("The status in the source's words.") String statusDetail,
            @Id @NonNull @Description("Its owner: a company or an alliance.") String ownerId,
            @Description("What it is.") String description,
            @NonNull @Description("The sources that report it; at least one.") List<@NonNull CitationInput> sources) {
    }

    @Input("UpdateProductInput")
    @Description("Changes to a product.")
    public record UpdateProduct(
            @Id @NonNull @Description("The product.") String id,
            @NonNull @Description("The version read.") int version,
            @Description("New name.") String name,
            @Description("New Korean name.") String nameKo,
            @Description("New kind.") ProductKind kind,
            @Description("New status.") ProductStatus status,
            @Description("New status wording.") String statusDetail,
            @Id @Description("New owner: a company or an alliance.") String ownerId,
            @Description("New description.") String description,
            @Nullable @Description("New sources, replacing the old ones.") List<@NonNull CitationInput> sources,
            @Nullable @Description("Fields to empty: nameKo, statusDetail, description.") List<@NonNull String> clear) {
    }

    @Mutation("createProduct")
    @Transactional
    @Description("Creates a product owned by a company or an alliance (role editor).")
    public Product createProduct(@NonNull @Description("The product.") CreateProduct input) {
        String actor = access.requireEditor();
        EditSupport.Cited cited = citations(input.sources());
        String[] owner = owner(input.ownerId());
        store.create(new ProductRecord(input.slug(), input.name(), input.nameKo(), name(input.kind()), name(input.status()),
                input.statusDetail(), owner[0], owner[1], input.description(), cited.citations()), cited.newSources(), actor);
        return products.findProductBySlug(input.slug()).orElseThrow();
    }

    @Mutation("updateProduct")
    @Transactional
    @Description("Changes a product (role editor).")
    public Product updateProduct(@NonNull @Description("The changes.") UpdateProduct input) {
        String actor = access.requireEditor();
        String slug = key(input.id(), "input.id", "Product");
        Set<String> clear = clear(input.clear(), Set.of("nameKo", "statusDetail", "description"));
        EditSupport.Cited cited = citations(input.sources());
        String[] owner = input.ownerId() == null ? null : owner(input.ownerId());
        store.update(ProductRecord.class, slug, input.version(), b -> new ProductRecord(b.slug(),
                pick(input.name(), b.name(), clear, "name"), pick(input.nameKo(), b.nameKo(), clear, "nameKo"), b.nameBasis(),
                pick(name(input.kind()), b.kind(), clear, "kind"), pick(name(input.status()), b.status(), clear, "status"),
                pick(input.statusDetail(), b.statusDetail(), clear, "statusDetail"),
                owner == null ? b.ownerCompany() : owner[0], owner == null ? b.ownerAlliance() : owner[1],
                pick(input.description(), b.description(), clear, "description"), b.descriptionKo(),
                EditSupport.citations(input.sources(), cited, clear, b.citations()), b.claims()),
                cited.newSources(), actor);
        return products.findProductBySlug(slug).orElseThrow();
    }

    @Mutation("deleteProduct")
    @Transactional
    @Description("Deletes a product (role admin). CONFLICT while figures refer to it.")
    public DeletePayload deleteProduct(@Id @NonNull @Description("The product.") String id,
            @Description("The version read, optional.") Integer version) {
        String actor = access.requireAdmin();
        store.delete(ProductRecord.class, key(id, "id", "Product"), version, actor);
        return new DeletePayload(id);
    }

    /** An owner id as [company slug, alliance slug], one of them null. */
    private static String[] owner(String ownerId) {
        String slug = key(ownerId, "input.ownerId", "Company", "Alliance");
        boolean company = dev.valuenetwork.common.graphql.GlobalId.decode(ownerId, "input.ownerId").type().equals("Company");
        return company ? new String[] {slug, null} : new String[] {null, slug};
    }
}
