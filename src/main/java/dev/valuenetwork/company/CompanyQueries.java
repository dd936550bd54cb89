package dev.valuenetwork.company;

import dev.valuenetwork.common.paging.Cursor;
import dev.valuenetwork.common.paging.Keyset;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.common.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of companies; the batch methods answer for many parents in one statement. */
@ApplicationScoped
public class CompanyQueries {

    @Transactional
    public Optional<Company> findCompanyBySlug(String slug) {
        return CompanyEntity.<CompanyEntity>find("slug", slug).firstResultOptional().map(CompanyMapper::toApi);
    }

    /** Companies ordered by slug, which is unique, lowercase and stable: a natural keyset. */
    @Transactional
    public CompanyConnection listCompanies(PageRequest page) {
        List<Company> rows = Keyset.byUniqueText(CompanyEntity.class, "company", "slug", page).stream()
                .map(CompanyMapper::toApi).toList();
        return page.toConnection(rows, c -> Cursor.encode(c.slug()), CompanyEntity.count(),
                CompanyConnection.CompanyEdge::new, CompanyConnection::new);
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
