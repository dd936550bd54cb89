package dev.valuenetwork.statement;

import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.paging.Keyset;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.common.persistence.Sql;
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
    public StatementConnection listStatements(PageRequest page) {
        List<Statement> rows = Keyset.newestFirst(StatementEntity.class, "statement", "said_on", page).stream()
                .map(StatementQueries::toApi).toList();
        return page.toConnection(rows, s -> Keyset.newestFirstCursor(s.saidOn(), s.dbId()), StatementEntity.count(),
                StatementConnection.StatementEdge::new, StatementConnection::new);
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
                e.speakerDescription, e.speakerTitle, PartialDate.parse(e.saidOn), e.place, List.of(e.topics), e.id,
                e.speakerId, e.companyId);
    }
}
