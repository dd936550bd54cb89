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

    private static List<FigureEntity> figures(String subjectColumn, Collection<Long> ids, int first) {
        return Sql.rows(FigureEntity.class, """
                SELECT f.* FROM unnest(CAST(:ids AS bigint[])) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM reported_figure f WHERE f.%s = p.id
                                    ORDER BY pd_sort(f.as_of) DESC, f.id DESC LIMIT :first) f
                """.formatted(subjectColumn), "ids", Sql.ids(ids), "first", first);
    }

    static ReportedFigure toApi(FigureEntity e) {
        return new ReportedFigure(GlobalId.of(ReportedFigure.TYPE, e.key), e.metric, Decimal.of(e.value), e.unit, e.qualifier,
                PartialDate.parse(e.asOf), e.note, e.id, e.companyId, e.allianceId, e.productId);
    }
}
