package dev.valuenetwork.statement;

import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.graphql.DateRange;
import dev.valuenetwork.common.graphql.OrderDirection;
import dev.valuenetwork.common.paging.DateOrder;
import dev.valuenetwork.common.paging.KeysetQuery;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.common.paging.SortOrder;
import dev.valuenetwork.common.persistence.Columns;
import dev.valuenetwork.common.persistence.Reads;
import dev.valuenetwork.common.persistence.Sql;
import dev.valuenetwork.common.persistence.TextMatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of statements, newest first (undated ones last). */
@ApplicationScoped
public class StatementQueries {

    /** The columns {@link #read(ResultSet)} reads, in its order. */
    static final Columns COLUMNS = Columns.of("id", "key", "text", "language", "translation", "speaker_description",
            "speaker_title", "said_on", "place", "topics", "version", "created_at", "updated_at", "updated_by", "speaker_id",
            "company_id", "occasion");

    public Optional<Statement> findStatementByKey(String key) {
        return Reads.first(StatementQueries::read, "SELECT " + COLUMNS.select("x") + " FROM statement x WHERE x.key = :key",
                "key", key);
    }

    public StatementConnection listStatements(StatementFilter filter, StatementOrder order, PageRequest page) {
        KeysetQuery<Statement> query = KeysetQuery.of(StatementQueries::read, COLUMNS, "statement x");
        if (filter != null) {
            apply(filter, query);
        }
        SortOrder<Statement> sort = DateOrder.of("said_on", order == null || order.direction() != OrderDirection.ASC,
                s -> s.saidOn() == null ? null : s.saidOn().toString(), Statement::dbId);
        return page.toConnection(query.page(sort, page), sort::cursor, query::count,
                StatementConnection.StatementEdge::new, StatementConnection::new);
    }

    private static void apply(StatementFilter filter, KeysetQuery<Statement> query) {
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
            TextMatch.prepare(text, query);
            query.where(TextMatch.condition("STATEMENT", "'text', 'translation'", text), TextMatch.parameters(text));
        }
    }

    public Map<Long, Statement> statementsByIds(Collection<Long> ids) {
        return Sql.index(Reads.list(StatementQueries::read, "SELECT " + COLUMNS.select("x")
                + " FROM statement x WHERE x.id = ANY(CAST(:ids AS bigint[]))",
                "ids", Sql.ids(ids)), Statement::dbId);
    }

    public Map<Long, List<Statement>> statementsBySpeakers(Collection<Long> personIds, Integer first) {
        return Sql.group(statements("speaker_id", personIds, first), Statement::speakerId);
    }

    public Map<Long, List<Statement>> statementsForCompanies(Collection<Long> companyIds, Integer first) {
        return Sql.group(statements("company_id", companyIds, first), Statement::companyId);
    }

    private static List<Statement> statements(String parentColumn, Collection<Long> ids, int first) {
        return Reads.list(StatementQueries::read, "SELECT " + COLUMNS.select("s") + """
                 FROM unnest((SELECT CAST(:ids AS bigint[]))) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM statement s WHERE s.%s = p.id
                                    ORDER BY pd_sort(s.said_on) DESC, s.id DESC LIMIT :first) s
                """.formatted(parentColumn), "ids", Sql.ids(ids), "first", first);
    }

    static Statement read(ResultSet row) throws SQLException {
        return new Statement(GlobalId.of(Statement.TYPE, row.getString(2)), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), PartialDate.parse(row.getString(8)), row.getString(9),
                row.getString(17), Reads.texts(row, 10), row.getInt(11), Reads.timestamp(row, 12), Reads.timestamp(row, 13), row.getString(14),
                row.getLong(1), Reads.nullableLong(row, 15), Reads.nullableLong(row, 16));
    }
}
