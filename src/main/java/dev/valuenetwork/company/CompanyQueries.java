package dev.valuenetwork.company;

import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.paging.KeysetQuery;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.common.paging.SortOrder;
import dev.valuenetwork.common.persistence.Sql;
import dev.valuenetwork.common.persistence.TextMatch;
import dev.valuenetwork.common.validation.Rules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of companies; the batch methods answer for many parents in one statement. */
@ApplicationScoped
public class CompanyQueries {

    /** Slugs are unique, lowercase and stable: a natural keyset. */
    private static final SortOrder<CompanyEntity> BY_SLUG = SortOrder.byUniqueText("slug", e -> e.slug);

    @Transactional
    public Optional<Company> findCompanyBySlug(String slug) {
        return CompanyEntity.<CompanyEntity>find("slug", slug).firstResultOptional().map(CompanyMapper::toApi);
    }

    @Transactional
    public CompanyConnection listCompanies(CompanyFilter filter, PageRequest page) {
        KeysetQuery<CompanyEntity> query = KeysetQuery.of(CompanyEntity.class, "company x");
        if (filter != null) {
            apply(filter, query);
        }
        return page.toConnection(query.page(BY_SLUG, page), BY_SLUG::cursor, CompanyMapper::toApi, query.count(),
                CompanyConnection.CompanyEdge::new, CompanyConnection::new);
    }

    private static void apply(CompanyFilter filter, KeysetQuery<CompanyEntity> query) {
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
            TextMatch.prepare(text);
            query.where(TextMatch.condition("COMPANY", "'name', 'nameKo', 'alias'", text), TextMatch.parameters(text));
        }
        if (filter.memberOf() != null) {
            query.where("EXISTS (SELECT 1 FROM membership m JOIN alliance a ON a.id = m.alliance_id"
                    + " WHERE m.company_id = x.id AND a.slug = :memberOf)", "memberOf", filter.memberOf());
        }
    }

    public Map<Long, Company> companiesByIds(Collection<Long> ids) {
        return Sql.index(Sql.rows(CompanyEntity.class,
                "SELECT * FROM company WHERE id = ANY(CAST(:ids AS bigint[]))", "ids", Sql.ids(ids)),
                e -> e.id, CompanyMapper::toApi);
    }

    public Map<Long, List<Company>> subsidiariesOf(Collection<Long> parentIds, Integer first) {
        return Sql.group(Sql.rows(CompanyEntity.class, """
                SELECT c.* FROM unnest(CAST(:ids AS bigint[])) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM company c WHERE c.parent_id = p.id ORDER BY c.slug LIMIT :first) c
                """, "ids", Sql.ids(parentIds), "first", first), e -> e.parentId, CompanyMapper::toApi);
    }
}
