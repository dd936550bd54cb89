package dev.valuenetwork.product;

import dev.valuenetwork.alliance.Alliance;
import dev.valuenetwork.alliance.AllianceQueries;
import dev.valuenetwork.common.batch.BatchLoaders;
import dev.valuenetwork.common.graphql.ListArgs;
import dev.valuenetwork.common.graphql.ProductOwner;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.company.Company;
import dev.valuenetwork.company.CompanyQueries;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class ProductGraphQLApi {

    @Inject
    ProductQueries products;

    @Inject
    CompanyQueries companies;

    @Inject
    AllianceQueries alliances;

    @Inject
    BatchLoaders loaders;

    @Query("product")
    @Description("The product with this slug, or null when there is none.")
    public Product product(@NonNull @Description("The product's slug, such as \"telco-llm\".") String slug) {
        return products.findProductBySlug(slug).orElse(null);
    }

    @Query("products")
    @NonNull
    @Description("All products, ordered by slug.")
    public ProductConnection products(
            @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Description("Cursor to continue after: an edge's cursor or pageInfo.endCursor.") String after) {
        return products.listProducts(PageRequest.of(first, after));
    }

    @NonNull
    @Description("Who owns the product: a company or an alliance.")
    public CompletionStage<ProductOwner> owner(@Source Product product) {
        if (product.ownerCompanyId() != null) {
            return loaders.one(Company.BY_ID, product.ownerCompanyId(), companies::companiesByIds)
                    .thenApply(ProductOwner.class::cast);
        }
        return loaders.one(Alliance.BY_ID, product.ownerAllianceId(), alliances::alliancesByIds)
                .thenApply(ProductOwner.class::cast);
    }

    @NonNull
    @Description("Products the company owns, ordered by slug.")
    public CompletionStage<List<@NonNull Product>> products(@Source Company company,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first) {
        return loaders.many("Company.products", company.dbId(), ListArgs.first(first), products::productsOfCompanies);
    }

    @NonNull
    @Description("Products the alliance owns, such as a joint venture's model, ordered by slug.")
    public CompletionStage<List<@NonNull Product>> products(@Source Alliance alliance,
            @DefaultValue("100") @Description("At most this many, 0 to 100.") Integer first) {
        return loaders.many("Alliance.products", alliance.dbId(), ListArgs.first(first), products::productsOfAlliances);
    }
}
