package dev.valuenetwork.dataset;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One company's neighbourhood as a self-contained dataset: its memberships, investments made and
 * received, roles, statements, products and figures, plus every node and source those records
 * name (with their parents), so the document imports into an empty database on its own.
 */
final class Neighbourhood {

    private Neighbourhood() {
    }

    /** The ids to export of each list, by list name. */
    static Map<String, Set<Long>> of(String slug, Refs refs) {
        Long company = refs.id(Refs.Kind.COMPANY, slug);
        if (company == null) {
            throw DatasetExporter.unknownCompany(slug);
        }
        Set<Long> memberships = ids("SELECT id FROM membership WHERE company_id = :c", company);
        Set<Long> investments = ids("SELECT id FROM investment WHERE investor_id = :c OR investee_id = :c", company);
        Set<Long> executives = ids("SELECT id FROM executive WHERE company_id = :c", company);
        Set<Long> statements = ids("SELECT id FROM statement WHERE company_id = :c", company);
        Set<Long> activities = ids("SELECT id FROM activity WHERE company_id = :c", company);
        Set<Long> products = ids("SELECT id FROM product WHERE owner_company_id = :c", company);
        Set<Long> figures = ids("SELECT id FROM reported_figure WHERE company_id = :c OR product_id IN"
                + " (SELECT id FROM product WHERE owner_company_id = :c)", company);
        Set<Long> alliances = closure("alliance", ids("SELECT alliance_id FROM membership WHERE company_id = :c", company));
        Set<Long> companies = new LinkedHashSet<>(List.of(company));
        companies.addAll(ids("SELECT investor_id FROM investment WHERE investee_id = :c UNION SELECT investee_id FROM investment"
                + " WHERE investor_id = :c", company));
        companies.addAll(ids("SELECT x.company_id FROM investment_co_investor x WHERE x.investment_id = ANY(CAST(:i AS bigint[]))",
                null, "i", investments));
        companies = closure("company", companies);
        Set<Long> people = ids("SELECT person_id FROM executive WHERE company_id = :c UNION SELECT speaker_id FROM statement"
                + " WHERE company_id = :c AND speaker_id IS NOT NULL UNION SELECT person_id FROM activity"
                + " WHERE company_id = :c AND person_id IS NOT NULL", company);
        Set<Long> sources = ids("SELECT DISTINCT source_id FROM citation WHERE company_id IN (SELECT unnest(CAST(:all AS bigint[])))"
                + " OR membership_id = ANY(CAST(:m AS bigint[])) OR investment_id = ANY(CAST(:i AS bigint[]))"
                + " OR executive_id = ANY(CAST(:e AS bigint[])) OR statement_id = ANY(CAST(:s AS bigint[]))"
                + " OR product_id = ANY(CAST(:p AS bigint[])) OR figure_id = ANY(CAST(:f AS bigint[]))"
                + " OR alliance_id = ANY(CAST(:a AS bigint[])) OR person_id = ANY(CAST(:x AS bigint[]))"
                + " OR activity_id = ANY(CAST(:v AS bigint[]))",
                null, "all", companies, "m", memberships, "i", investments, "e", executives, "s", statements, "p", products,
                "f", figures, "a", alliances, "x", people, "v", activities);
        // The sources cited by the claims of those records, and by the exported sources' own claims.
        sources.addAll(ids("SELECT DISTINCT c.source_id FROM citation c JOIN claim k ON k.id = c.claim_id"
                + " WHERE k.membership_id = ANY(CAST(:m AS bigint[])) OR k.investment_id = ANY(CAST(:i AS bigint[]))"
                + " OR k.product_id = ANY(CAST(:p AS bigint[])) OR k.alliance_id = ANY(CAST(:a AS bigint[]))",
                null, "m", memberships, "i", investments, "p", products, "a", alliances));
        sources.addAll(ids("SELECT DISTINCT c.source_id FROM citation c JOIN claim k ON k.id = c.claim_id"
                + " WHERE k.source_id = ANY(CAST(:s AS bigint[]))", null, "s", sources));
        Map<String, Set<Long>> lists = new LinkedHashMap<>();
        lists.put("sources", sources);
        lists.put("companies", companies);
        lists.put("people", people);
        lists.put("executives", executives);
        lists.put("alliances", alliances);
        lists.put("memberships", memberships);
        lists.put("investments", investments);
        lists.put("statements", statements);
        lists.put("products", products);
        lists.put("figures", figures);
        lists.put("activities", activities);
        return lists;
    }

    /** The rows and all their ancestors through parent_id, so every parent a record names is exported too. */
    private static Set<Long> closure(String table, Set<Long> start) {
        if (start.isEmpty()) {
            return start;
        }
        return ids("WITH RECURSIVE up(id) AS (SELECT unnest(CAST(:ids AS bigint[])) UNION SELECT t.parent_id FROM " + table
                + " t JOIN up ON t.id = up.id WHERE t.parent_id IS NOT NULL) SELECT id FROM up", null, "ids", start);
    }

    private static Set<Long> ids(String sql, Long company) {
        return ids(sql, company, new Object[0]);
    }

    @SuppressWarnings("unchecked")
    private static Set<Long> ids(String sql, Long company, Object... sets) {
        var query = Panache.getEntityManager().createNativeQuery(sql);
        if (company != null) {
            query.setParameter("c", company);
        }
        for (int i = 0; i < sets.length; i += 2) {
            query.setParameter((String) sets[i], dev.valuenetwork.common.persistence.Sql.ids((Collection<Long>) sets[i + 1]));
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (Object id : (List<Object>) query.getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }
}
