package dev.valuenetwork.source;

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

@ApplicationScoped
public class SourceQueries {

    @Transactional
    public Optional<SourceDocument> findSourceByKey(String key) {
        return SourceEntity.<SourceEntity>find("key", key).firstResultOptional().map(SourceMapper::toApi);
    }

    /** Sources ordered by key. */
    @Transactional
    public SourceConnection listSources(PageRequest page) {
        List<SourceDocument> rows = Keyset.byUniqueText(SourceEntity.class, "source", "key", page).stream()
                .map(SourceMapper::toApi).toList();
        return page.toConnection(rows, s -> Cursor.encode(s.key()), SourceEntity.count(),
                SourceConnection.SourceEdge::new, SourceConnection::new);
    }

    public Map<Long, SourceDocument> sourcesByIds(Collection<Long> ids) {
        return Sql.index(Sql.rows(SourceEntity.class, "SELECT * FROM source WHERE id = ANY(CAST(:ids AS bigint[]))",
                "ids", Sql.ids(ids)), e -> e.id, SourceMapper::toApi);
    }
}
