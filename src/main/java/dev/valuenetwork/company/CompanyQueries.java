package dev.valuenetwork.company;

import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.paging.KeysetQuery;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.common.paging.SortOrder;
import dev.valuenetwork.common.graphql.GlobalId;
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

    /** Slugs are unique, lowercase and stable: a natural keyset. */
    private static final SortOrder<Company> BY_SLUG = SortOrder.byUniqueText("slug", Company::slug);

    public Optional<Company> findCompanyBySlug(String slug) {
        return Reads.first(CompanyQueries::read, "SELECT * FROM company WHERE slug = :slug", "slug", slug);
    }

    public CompanyConnection listCompanies(CompanyFilter filter, PageRequest page) {
        KeysetQuery<Company> query = KeysetQuery.of(CompanyQueries::read, "company x");
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
        return Sql.index(Reads.list(CompanyQueries::read,
                "SELECT * FROM company WHERE id = ANY(CAST(:ids AS bigint[]))", "ids", Sql.ids(ids)), Company::dbId);
    }

    public Map<Long, List<Company>> subsidiariesOf(Collection<Long> parentIds, Integer first) {
        return Sql.group(Reads.list(CompanyQueries::read, """
                SELECT c.* FROM unnest(CAST(:ids AS bigint[])) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM company c WHERE c.parent_id = p.id ORDER BY c.slug LIMIT :first) c
                """, "ids", Sql.ids(parentIds), "first", first), Company::parentId);
    }

    static Company read(ResultSet row) throws SQLException {
        String slug = row.getString("slug");
        return new Company(GlobalId.of(Company.TYPE, slug), slug, row.getString("name"), row.getString("name_ko"),
                Reads.texts(row, "aliases"), CompanyKind.valueOf(row.getString("kind")), row.getString("country"),
                row.getString("description"), IdentityBasis.valueOf(row.getString("identity_basis")), row.getInt("version"),
                Reads.timestamp(row, "created_at"), Reads.timestamp(row, "updated_at"), row.getString("updated_by"),
                row.getLong("id"), Reads.nullableLong(row, "parent_id"));
    }
}
