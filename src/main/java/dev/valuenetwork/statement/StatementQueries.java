package dev.valuenetwork.statement;

import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.graphql.DateRange;
import dev.valuenetwork.common.graphql.OrderDirection;
import dev.valuenetwork.common.paging.DateOrder;
import dev.valuenetwork.common.paging.KeysetQuery;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.common.paging.SortOrder;
import dev.valuenetwork.common.persistence.Sql;
import dev.valuenetwork.common.persistence.TextMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of statements, newest first (undated ones last). */
@ApplicationScoped
public class StatementQueries {

    @Transactional
    public Optional<Statement> findStatementByKey(String key) {
        return StatementEntity.<StatementEntity>find("key", key).firstResultOptional().map(StatementQueries::toApi);
    }

    @Transactional
    public StatementConnection listStatements(StatementFilter filter, StatementOrder order, PageRequest page) {
        KeysetQuery<StatementEntity> query = KeysetQuery.of(StatementEntity.class, "statement x");
        if (filter != null) {
            apply(filter, query);
        }
        SortOrder<StatementEntity> sort = DateOrder.of("said_on", order == null || order.direction() != OrderDirection.ASC,
                e -> e.saidOn, e -> e.id);
        return page.toConnection(query.page(sort, page), sort::cursor, StatementQueries::toApi, query.count(),
                StatementConnection.StatementEdge::new, StatementConnection::new);
    }

    private static void apply(StatementFilter filter, KeysetQuery<StatementEntity> query) {
        if (filter.speaker() != null) {
            query.where("x.speaker_id = (SELECT p.id FROM person p WHERE p.slug = :speaker)", "speaker", filter.speaker());
        }
        if (filter.company() != null) {
            query.where("x.company_id = (SELECT c.id FROM company c WHERE c.slug = :company)", "company", filter.company());
        }
        if (filter.topic() != null) {
            query.where("x.topics @> CAST(:topics AS text[])", "topics", Sql.texts(List.of(filter.topic())));
        }
        DateRange range = DateRange.of(filter.from(), filter.to());
        if (!range.isOpen()) {
            query.where(DateRange.overlaps("x.said_on"), "rangeStart", range.start(), "rangeEnd", range.end());
        }
        if (filter.textContains() != null) {
            String text = TextMatch.normalise(filter.textContains(), "filter.textContains");
            TextMatch.prepare(text);
            query.where(TextMatch.condition("STATEMENT", "'text', 'translation'", text), TextMatch.parameters(text));
        }
    }

    public Map<Long, Statement> statementsByIds(Collection<Long> ids) {
        return Sql.index(Sql.rows(StatementEntity.class, "SELECT * FROM statement WHERE id = ANY(CAST(:ids AS bigint[]))",
                "ids", Sql.ids(ids)), e -> e.id, StatementQueries::toApi);
    }

    public Map<Long, List<Statement>> statementsBySpeakers(Collection<Long> personIds, Integer first) {
        return Sql.group(statements("speaker_id", personIds, first), e -> e.speakerId, StatementQueries::toApi);
    }

    public Map<Long, List<Statement>> statementsForCompanies(Collection<Long> companyIds, Integer first) {
        return Sql.group(statements("company_id", companyIds, first), e -> e.companyId, StatementQueries::toApi);
    }

    private static List<StatementEntity> statements(String parentColumn, Collection<Long> ids, int first) {
        return Sql.rows(StatementEntity.class, """
                SELECT s.* FROM unnest(CAST(:ids AS bigint[])) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM statement s WHERE s.%s = p.id
                                    ORDER BY pd_sort(s.said_on) DESC, s.id DESC LIMIT :first) s
                """.formatted(parentColumn), "ids", Sql.ids(ids), "first", first);
    }

    static Statement toApi(StatementEntity e) {
        return new Statement(GlobalId.of(Statement.TYPE, e.key), e.text, e.language, e.translation,
                e.speakerDescription, e.speakerTitle, PartialDate.parse(e.saidOn), e.place, List.of(e.topics), e.version, e.createdAt, e.updatedAt, e.updatedBy, e.id,
                e.speakerId, e.companyId);
    }
}
