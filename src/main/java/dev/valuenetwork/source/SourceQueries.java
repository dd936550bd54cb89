package dev.valuenetwork.source;

import dev.valuenetwork.common.paging.KeysetQuery;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.common.paging.SortOrder;
import dev.valuenetwork.common.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import dev.valuenetwork.common.graphql.GlobalId;
import dev.valuenetwork.common.graphql.PartialDate;
import dev.valuenetwork.common.persistence.Reads;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class SourceQueries {

    private static final SortOrder<SourceDocument> BY_KEY = SortOrder.byUniqueText("key", SourceDocument::key);

    public Optional<SourceDocument> findSourceByKey(String key) {
        return Reads.first(SourceQueries::read, "SELECT * FROM source WHERE key = :key", "key", key);
    }

    /** Sources ordered by key. */
    public SourceConnection listSources(PageRequest page) {
        KeysetQuery<SourceDocument> query = KeysetQuery.of(SourceQueries::read, "source x");
        return page.toConnection(query.page(BY_KEY, page), BY_KEY::cursor, query::count,
                SourceConnection.SourceEdge::new, SourceConnection::new);
    }

    public Map<Long, SourceDocument> sourcesByIds(Collection<Long> ids) {
        return Sql.index(Reads.list(SourceQueries::read, "SELECT * FROM source WHERE id = ANY(CAST(:ids AS bigint[]))",
                "ids", Sql.ids(ids)), SourceDocument::dbId);
    }

    /** A source row; {@code idColumn} names its id, which differs where the row also holds a citation. */
    static SourceDocument read(ResultSet row, String idColumn) throws SQLException {
        String key = row.getString("key");
        return new SourceDocument(GlobalId.of(SourceDocument.TYPE, key), key, row.getString("title"), row.getString("title_en"),
                row.getString("publisher"), row.getString("author"), row.getString("url"),
                PartialDate.parse(row.getString("published_on")), row.getString("language"), row.getString("note"),
                row.getInt("version"), Reads.timestamp(row, "created_at"), Reads.timestamp(row, "updated_at"),
                row.getString("updated_by"), row.getLong(idColumn));
    }

    private static SourceDocument read(ResultSet row) throws SQLException {
        return read(row, "id");
    }
}
