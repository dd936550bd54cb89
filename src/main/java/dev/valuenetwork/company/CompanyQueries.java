package dev.valuenetwork.company;

import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.paging.KeysetQuery;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.common.paging.SortOrder;
import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.persistence.Columns;
import dev.valuenetwork.common.persistence.IdentityBasis;
import dev.valuenetwork.common.persistence.Reads;
import dev.valuenetwork.common.persistence.Sql;
import dev.valuenetwork.common.persistence.TextMatch;
import dev.valuenetwork.common.validation.Rules;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of companies; the batch methods answer for many parents in one statement. */
@ApplicationScoped
public class CompanyQueries {

    /** The columns {@link #read(ResultSet, int)} reads, in its order. */
    public static final Columns COLUMNS = Columns.of("id", "slug", "name", "name_ko", "aliases", "kind", "country",
            "description", "identity_basis", "version", "created_at", "updated_at", "updated_by", "parent_id", "description_ko",
            "description_basis");

    /** Slugs are unique, lowercase and stable: a natural keyset. */
    private static final SortOrder<Company> BY_SLUG = SortOrder.byUniqueText("slug", Company::slug);

    public Optional<Company> findCompanyBySlug(String slug) {
        return Reads.first(CompanyQueries::read, "SELECT " + COLUMNS.select("x") + " FROM company x WHERE x.slug = :slug",
                "slug", slug);
    }

    public CompanyConnection listCompanies(CompanyFilter filter, PageRequest page) {
        KeysetQuery<Company> query = KeysetQuery.of(CompanyQueries::read, COLUMNS, "company x");
        if (filter != null) {
            apply(filter, query);
        }
        return page.toConnection(query.page(BY_SLUG, page), BY_SLUG::cursor, query::count,
                CompanyConnection.CompanyEdge::new, CompanyConnection::new);
    }

    private static void apply(CompanyFilter filter, KeysetQuery<Company> query) {
        if (filter.kind() != null) {
            query.where("x.kind = :kind", "kind", filter.kind().name());
        }
        if (filter.country() != null) {
            String problem = Rules.country(filter.country());
            if (problem != null) {
                throw ApiException.invalidArgument("filter.country", problem + ".");
            }
            query.where("x.country = :country", "country", filter.country());
        }
        if (filter.nameContains() != null) {
            String text = TextMatch.normalise(filter.nameContains(), "filter.nameContains");
            TextMatch.prepare(text, query);
            query.where(TextMatch.condition("COMPANY", "'name', 'nameKo', 'alias'", text), TextMatch.parameters(text));
        }
        if (filter.memberOf() != null) {
            query.where("EXISTS (SELECT 1 FROM membership m JOIN alliance a ON a.id = m.alliance_id"
                    + " WHERE m.company_id = x.id AND a.slug = :memberOf)", "memberOf", filter.memberOf());
        }
    }

    public Map<Long, Company> companiesByIds(Collection<Long> ids) {
        return Sql.index(Reads.list(CompanyQueries::read, "SELECT " + COLUMNS.select("x")
                + " FROM company x WHERE x.id = ANY(CAST(:ids AS bigint[]))", "ids", Sql.ids(ids)), Company::dbId);
    }

    public Map<Long, List<Company>> subsidiariesOf(Collection<Long> parentIds, Integer first) {
        return Sql.group(Reads.list(CompanyQueries::read, "SELECT " + COLUMNS.select("c") + """
                 FROM unnest((SELECT CAST(:ids AS bigint[]))) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM company c WHERE c.parent_id = p.id ORDER BY c.slug LIMIT :first) c
                """, "ids", Sql.ids(parentIds), "first", first), Company::parentId);
    }

    static Company read(ResultSet row) throws SQLException {
        return read(row, 1);
    }

    private static IdentityBasis basis(String value) {
        return value == null ? null : IdentityBasis.valueOf(value);
    }

    /** Reads {@link #COLUMNS} from position {@code at} on. */
    public static Company read(ResultSet row, int at) throws SQLException {
        long id = row.getLong(at);
        String slug = row.getString(at + 1);
        return new Company(GlobalId.of(Company.TYPE, slug), slug, row.getString(at + 2), row.getString(at + 3),
                Reads.texts(row, at + 4), CompanyKind.valueOf(row.getString(at + 5)), row.getString(at + 6),
                row.getString(at + 7), row.getString(at + 14), basis(row.getString(at + 15)),
                IdentityBasis.valueOf(row.getString(at + 8)), row.getInt(at + 9),
                Reads.timestamp(row, at + 10), Reads.timestamp(row, at + 11), row.getString(at + 12), id,
                Reads.nullableLong(row, at + 13));
    }
}
