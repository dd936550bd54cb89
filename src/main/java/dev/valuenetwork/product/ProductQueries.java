package dev.valuenetwork.product;

import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.paging.KeysetQuery;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.common.paging.SortOrder;
import dev.valuenetwork.common.persistence.Columns;
import dev.valuenetwork.common.persistence.IdentityBasis;
import dev.valuenetwork.common.persistence.Reads;
import dev.valuenetwork.common.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of products. */
@ApplicationScoped
public class ProductQueries {

    /** The columns {@link #read(ResultSet)} reads, in its order. */
    static final Columns COLUMNS = Columns.of("id", "slug", "name", "name_ko", "kind", "status", "status_detail",
            "description", "version", "created_at", "updated_at", "updated_by", "owner_company_id", "owner_alliance_id", "name_basis",
            "description_ko");

    private static final SortOrder<Product> BY_SLUG = SortOrder.byUniqueText("slug", Product::slug);

    public Optional<Product> findProductBySlug(String slug) {
        return Reads.first(ProductQueries::read, "SELECT " + COLUMNS.select("x") + " FROM product x WHERE x.slug = :slug",
                "slug", slug);
    }

    public ProductConnection listProducts(PageRequest page) {
        KeysetQuery<Product> query = KeysetQuery.of(ProductQueries::read, COLUMNS, "product x");
        return page.toConnection(query.page(BY_SLUG, page), BY_SLUG::cursor, query::count,
                ProductConnection.ProductEdge::new, ProductConnection::new);
    }

    public Map<Long, Product> productsByIds(Collection<Long> ids) {
        return Sql.index(Reads.list(ProductQueries::read, "SELECT " + COLUMNS.select("x")
                + " FROM product x WHERE x.id = ANY(CAST(:ids AS bigint[]))",
                "ids", Sql.ids(ids)), Product::dbId);
    }

    public Map<Long, List<Product>> productsOfCompanies(Collection<Long> companyIds, Integer first) {
        return Sql.group(products("owner_company_id", companyIds, first), Product::ownerCompanyId);
    }

    public Map<Long, List<Product>> productsOfAlliances(Collection<Long> allianceIds, Integer first) {
        return Sql.group(products("owner_alliance_id", allianceIds, first), Product::ownerAllianceId);
    }

    private static List<Product> products(String ownerColumn, Collection<Long> ids, int first) {
        return Reads.list(ProductQueries::read, "SELECT " + COLUMNS.select("x") + """
                 FROM unnest((SELECT CAST(:ids AS bigint[]))) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM product x WHERE x.%s = p.id ORDER BY x.slug LIMIT :first) x
                """.formatted(ownerColumn), "ids", Sql.ids(ids), "first", first);
    }

    static Product read(ResultSet row) throws SQLException {
        String slug = row.getString(2);
        return new Product(GlobalId.of(Product.TYPE, slug), slug, row.getString(3), row.getString(4),
                IdentityBasis.valueOf(row.getString(15)), ProductKind.valueOf(row.getString(5)),
                ProductStatus.valueOf(row.getString(6)), row.getString(7), row.getString(8), row.getString(16), row.getInt(9), Reads.timestamp(row, 10), Reads.timestamp(row, 11), row.getString(12),
                row.getLong(1), Reads.nullableLong(row, 13), Reads.nullableLong(row, 14));
    }
}
