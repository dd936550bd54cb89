package dev.valuenetwork.source;

import dev.valuenetwork.common.paging.KeysetQuery;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.common.paging.SortOrder;
import dev.valuenetwork.common.persistence.Columns;
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

    /** The columns {@link #read(ResultSet, int)} reads, in its order. */
    public static final Columns COLUMNS = Columns.of("id", "key", "title", "title_en", "publisher", "author", "url", "published_on",
            "language", "note", "version", "created_at", "updated_at", "updated_by");

    private static final SortOrder<SourceDocument> BY_KEY = SortOrder.byUniqueText("key", SourceDocument::key);

    public Optional<SourceDocument> findSourceByKey(String key) {
        return Reads.first(SourceQueries::read, "SELECT " + COLUMNS.select("x") + " FROM source x WHERE x.key = :key",
                "key", key);
    }

    /** Sources ordered by key. */
    public SourceConnection listSources(PageRequest page) {
        KeysetQuery<SourceDocument> query = KeysetQuery.of(SourceQueries::read, COLUMNS, "source x");
        return page.toConnection(query.page(BY_KEY, page), BY_KEY::cursor, query::count,
                SourceConnection.SourceEdge::new, SourceConnection::new);
    }

    public Map<Long, SourceDocument> sourcesByIds(Collection<Long> ids) {
        return Sql.index(Reads.list(SourceQueries::read, "SELECT " + COLUMNS.select("x")
                + " FROM source x WHERE x.id = ANY(CAST(:ids AS bigint[]))",
                "ids", Sql.ids(ids)), SourceDocument::dbId);
    }

    private static SourceDocument read(ResultSet row) throws SQLException {
        return read(row, 1);
    }

    /** Reads {@link #COLUMNS} from position {@code at} on. */
    public static SourceDocument read(ResultSet row, int at) throws SQLException {
        String key = row.getString(at + 1);
        return new SourceDocument(GlobalId.of(SourceDocument.TYPE, key), key, row.getString(at + 2), row.getString(at + 3),
                row.getString(at + 4), row.getString(at + 5), row.getString(at + 6), PartialDate.parse(row.getString(at + 7)),
                row.getString(at + 8), row.getString(at + 9), row.getInt(at + 10), Reads.timestamp(row, at + 11),
                Reads.timestamp(row, at + 12), row.getString(at + 13), row.getLong(at));
    }
}
