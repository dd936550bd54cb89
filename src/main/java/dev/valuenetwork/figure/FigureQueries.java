package dev.valuenetwork.figure;

import dev.valuenetwork.common.graphql.Decimal;
import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.persistence.Reads;
import dev.valuenetwork.common.persistence.Columns;
import dev.valuenetwork.common.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of reported figures, newest first (undated ones last). */
@ApplicationScoped
public class FigureQueries {

    /** The columns {@link #read(ResultSet)} reads, in its order. */
    static final Columns COLUMNS = Columns.of("id", "key", "metric", "value", "unit", "qualifier", "as_of", "note", "version",
            "created_at", "updated_at", "updated_by", "company_id", "alliance_id", "product_id");

    public Optional<ReportedFigure> findFigureByKey(String key) {
        return Reads.first(FigureQueries::read, "SELECT " + COLUMNS.select("x") + " FROM reported_figure x WHERE x.key = :key",
                "key", key);
    }

    public List<Metric> listMetrics() {
        return Reads.list(row -> new Metric(row.getString("code"), row.getString("description")),
                "SELECT code, description FROM metric ORDER BY code");
    }

    public Map<Long, List<ReportedFigure>> figuresOfCompanies(Collection<Long> ids, Integer first) {
        return Sql.group(figures("company_id", ids, first), ReportedFigure::companyId);
    }

    public Map<Long, List<ReportedFigure>> figuresOfAlliances(Collection<Long> ids, Integer first) {
        return Sql.group(figures("alliance_id", ids, first), ReportedFigure::allianceId);
    }

    public Map<Long, List<ReportedFigure>> figuresOfProducts(Collection<Long> ids, Integer first) {
        return Sql.group(figures("product_id", ids, first), ReportedFigure::productId);
    }

    /** Reported investment totals of many companies, within a year when one is given. */
    public Map<Long, List<ReportedFigure>> reportedInvestmentTotals(Collection<Long> companyIds, Integer year) {
        return Sql.group(Reads.list(FigureQueries::read, "SELECT " + COLUMNS.select("f") + """
                 FROM reported_figure f
                WHERE f.company_id = ANY(CAST(:ids AS bigint[])) AND f.metric = 'ai_investment_total'
                  AND (CAST(:year AS integer) IS NULL OR (f.as_of IS NOT NULL
                       AND extract(year FROM pd_start(f.as_of)) <= CAST(:year AS integer)
                       AND extract(year FROM pd_end(f.as_of)) >= CAST(:year AS integer)))
                ORDER BY f.company_id, pd_sort(f.as_of) DESC, f.id DESC
                """, "ids", Sql.ids(companyIds), "year", year), ReportedFigure::companyId);
    }

    /** For many alliances: their own subscriber figures and the sum of their current members' latest ones. */
    public Map<Long, SubscriberTotals> subscriberTotals(Collection<Long> allianceIds) {
        Map<Long, List<ReportedFigure>> reported = Sql.group(Reads.list(FigureQueries::read, "SELECT " + COLUMNS.select("f") + """
                 FROM reported_figure f WHERE f.alliance_id = ANY(CAST(:ids AS bigint[])) AND f.metric = 'subscribers'
                ORDER BY f.alliance_id, pd_sort(f.as_of) DESC, f.id DESC
                """, "ids", Sql.ids(allianceIds)), ReportedFigure::allianceId);
        List<MemberSum> sums = Reads.list(row -> new MemberSum(row.getLong(1), row.getBigDecimal(2), row.getInt(3), row.getInt(4)), """
                SELECT members.alliance_id, sum(latest.value), count(latest.value), count(*) - count(latest.value)
                FROM (SELECT DISTINCT m.alliance_id, m.company_id FROM membership m
                      WHERE m.alliance_id = ANY(CAST(:ids AS bigint[])) AND m.until IS NULL) members
                LEFT JOIN LATERAL (SELECT f.value FROM reported_figure f
                                   WHERE f.company_id = members.company_id AND f.metric = 'subscribers'
                                   ORDER BY pd_sort(f.as_of) DESC, f.id DESC LIMIT 1) latest ON true
                GROUP BY members.alliance_id
                """, "ids", Sql.ids(allianceIds));
        Map<Long, SubscriberTotals> totals = new java.util.HashMap<>();
        for (Long id : allianceIds) {
            totals.put(id, new SubscriberTotals(reported.getOrDefault(id, List.of()), null, 0, 0));
        }
        for (MemberSum sum : sums) {
            totals.put(sum.allianceId(), new SubscriberTotals(reported.getOrDefault(sum.allianceId(), List.of()),
                    Decimal.of(sum.total()), sum.known(), sum.unknown()));
        }
        return totals;
    }

    /** The latest subscriber figures of an alliance's current members, summed. */
    private record MemberSum(long allianceId, java.math.BigDecimal total, int known, int unknown) {
    }

    private static List<ReportedFigure> figures(String subjectColumn, Collection<Long> ids, int first) {
        return Reads.list(FigureQueries::read, "SELECT " + COLUMNS.select("f") + """
                 FROM unnest((SELECT CAST(:ids AS bigint[]))) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM reported_figure f WHERE f.%s = p.id
                                    ORDER BY pd_sort(f.as_of) DESC, f.id DESC LIMIT :first) f
                """.formatted(subjectColumn), "ids", Sql.ids(ids), "first", first);
    }

    static ReportedFigure read(ResultSet row) throws SQLException {
        return new ReportedFigure(GlobalId.of(ReportedFigure.TYPE, row.getString(2)), row.getString(3),
                Decimal.of(row.getBigDecimal(4)), row.getString(5), Qualifier.valueOf(row.getString(6)),
                PartialDate.parse(row.getString(7)), row.getString(8), row.getInt(9), Reads.timestamp(row, 10),
                Reads.timestamp(row, 11), row.getString(12), row.getLong(1), Reads.nullableLong(row, 13),
                Reads.nullableLong(row, 14), Reads.nullableLong(row, 15));
    }
}
