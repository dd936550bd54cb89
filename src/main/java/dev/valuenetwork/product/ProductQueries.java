package dev.valuenetwork.product;

import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.paging.KeysetQuery;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.common.paging.SortOrder;
import dev.valuenetwork.common.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of products. */
@ApplicationScoped
public class ProductQueries {

    @Transactional
    public Optional<Product> findProductBySlug(String slug) {
        return ProductEntity.<ProductEntity>find("slug", slug).firstResultOptional().map(ProductQueries::toApi);
    }

    private static final SortOrder<ProductEntity> BY_SLUG = SortOrder.byUniqueText("slug", e -> e.slug);

    @Transactional
    public ProductConnection listProducts(PageRequest page) {
        KeysetQuery<ProductEntity> query = KeysetQuery.of(ProductEntity.class, "product x");
        return page.toConnection(query.page(BY_SLUG, page), BY_SLUG::cursor, ProductQueries::toApi, query.count(),
                ProductConnection.ProductEdge::new, ProductConnection::new);
    }

    public Map<Long, Product> productsByIds(Collection<Long> ids) {
        return Sql.index(Sql.rows(ProductEntity.class, "SELECT * FROM product WHERE id = ANY(CAST(:ids AS bigint[]))",
                "ids", Sql.ids(ids)), e -> e.id, ProductQueries::toApi);
    }

    public Map<Long, List<Product>> productsOfCompanies(Collection<Long> companyIds, Integer first) {
        return Sql.group(products("owner_company_id", companyIds, first), e -> e.ownerCompanyId, ProductQueries::toApi);
    }

    public Map<Long, List<Product>> productsOfAlliances(Collection<Long> allianceIds, Integer first) {
        return Sql.group(products("owner_alliance_id", allianceIds, first), e -> e.ownerAllianceId, ProductQueries::toApi);
    }

    private static List<ProductEntity> products(String ownerColumn, Collection<Long> ids, int first) {
        return Sql.rows(ProductEntity.class, """
                SELECT x.* FROM unnest(CAST(:ids AS bigint[])) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM product x WHERE x.%s = p.id ORDER BY x.slug LIMIT :first) x
                """.formatted(ownerColumn), "ids", Sql.ids(ids), "first", first);
    }

    static Product toApi(ProductEntity e) {
        return new Product(GlobalId.of(Product.TYPE, e.slug), e.slug, e.name, e.nameKo, e.kind, e.status,
                e.statusDetail, e.description, e.version, e.createdAt, e.updatedAt, e.updatedBy, e.id, e.ownerCompanyId, e.ownerAllianceId);
    }
}
