package dev.valuenetwork.figure;

import dev.valuenetwork.common.graphql.Decimal;
import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of reported figures, newest first (undated ones last). */
@ApplicationScoped
public class FigureQueries {

    @Transactional
    public Optional<ReportedFigure> findFigureByKey(String key) {
        return FigureEntity.<FigureEntity>find("key", key).firstResultOptional().map(FigureQueries::toApi);
    }

    @Transactional
    public List<Metric> listMetrics() {
        return MetricEntity.<MetricEntity>listAll(io.quarkus.panache.common.Sort.by("code")).stream()
                .map(m -> new Metric(m.code, m.description)).toList();
    }

    public Map<Long, List<ReportedFigure>> figuresOfCompanies(Collection<Long> ids, Integer first) {
        return Sql.group(figures("company_id", ids, first), e -> e.companyId, FigureQueries::toApi);
    }

    public Map<Long, List<ReportedFigure>> figuresOfAlliances(Collection<Long> ids, Integer first) {
        return Sql.group(figures("alliance_id", ids, first), e -> e.allianceId, FigureQueries::toApi);
    }

    public Map<Long, List<ReportedFigure>> figuresOfProducts(Collection<Long> ids, Integer first) {
        return Sql.group(figures("product_id", ids, first), e -> e.productId, FigureQueries::toApi);
    }

    /** Reported investment totals of many companies, within a year when one is given. */
    public Map<Long, List<ReportedFigure>> reportedInvestmentTotals(Collection<Long> companyIds, Integer year) {
        return Sql.group(Sql.rows(FigureEntity.class, """
                SELECT * FROM reported_figure f
                WHERE f.company_id = ANY(CAST(:ids AS bigint[])) AND f.metric = 'ai_investment_total'
                  AND (CAST(:year AS integer) IS NULL OR (f.as_of IS NOT NULL
                       AND extract(year FROM pd_start(f.as_of)) <= CAST(:year AS integer)
                       AND extract(year FROM pd_end(f.as_of)) >= CAST(:year AS integer)))
                ORDER BY f.company_id, pd_sort(f.as_of) DESC, f.id DESC
                """, "ids", Sql.ids(companyIds), "year", year), e -> e.companyId, FigureQueries::toApi);
    }

    /** For many alliances: their own subscriber figures and the sum of their current members' latest ones. */
    public Map<Long, SubscriberTotals> subscriberTotals(Collection<Long> allianceIds) {
        Map<Long, List<ReportedFigure>> reported = Sql.group(Sql.rows(FigureEntity.class, """
                SELECT * FROM reported_figure f WHERE f.alliance_id = ANY(CAST(:ids AS bigint[])) AND f.metric = 'subscribers'
                ORDER BY f.alliance_id, pd_sort(f.as_of) DESC, f.id DESC
                """, "ids", Sql.ids(allianceIds)), e -> e.allianceId, FigureQueries::toApi);
        @SuppressWarnings("unchecked")
        List<Object[]> sums = io.quarkus.hibernate.orm.panache.Panache.getEntityManager().createNativeQuery("""
                SELECT members.alliance_id, sum(latest.value), count(latest.value), count(*) - count(latest.value)
                FROM (SELECT DISTINCT m.alliance_id, m.company_id FROM membership m
                      WHERE m.alliance_id = ANY(CAST(:ids AS bigint[])) AND m.until IS NULL) members
                LEFT JOIN LATERAL (SELECT f.value FROM reported_figure f
                                   WHERE f.company_id = members.company_id AND f.metric = 'subscribers'
                                   ORDER BY pd_sort(f.as_of) DESC, f.id DESC LIMIT 1) latest ON true
                GROUP BY members.alliance_id
                """).setParameter("ids", Sql.ids(allianceIds)).getResultList();
        Map<Long, SubscriberTotals> totals = new java.util.HashMap<>();
        for (Long id : allianceIds) {
            totals.put(id, new SubscriberTotals(reported.getOrDefault(id, List.of()), null, 0, 0));
        }
        for (Object[] row : sums) {
            long id = ((Number) row[0]).longValue();
            totals.put(id, new SubscriberTotals(reported.getOrDefault(id, List.of()),
                    Decimal.of((java.math.BigDecimal) row[1]), ((Number) row[2]).intValue(), ((Number) row[3]).intValue()));
        }
        return totals;
    }

    private static List<FigureEntity> figures(String subjectColumn, Collection<Long> ids, int first) {
        return Sql.rows(FigureEntity.class, """
                SELECT f.* FROM unnest(CAST(:ids AS bigint[])) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM reported_figure f WHERE f.%s = p.id
                                    ORDER BY pd_sort(f.as_of) DESC, f.id DESC LIMIT :first) f
                """.formatted(subjectColumn), "ids", Sql.ids(ids), "first", first);
    }

    static ReportedFigure toApi(FigureEntity e) {
        return new ReportedFigure(GlobalId.of(ReportedFigure.TYPE, e.key), e.metric, Decimal.of(e.value), e.unit, e.qualifier,
                PartialDate.parse(e.asOf), e.note, e.version, e.createdAt, e.updatedAt, e.updatedBy, e.id, e.companyId, e.allianceId, e.productId);
    }
}
