package dev.valuenetwork.source;

import dev.valuenetwork.common.paging.KeysetQuery;
import dev.valuenetwork.common.paging.PageRequest;
import dev.valuenetwork.common.paging.SortOrder;
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

    private static final SortOrder<SourceEntity> BY_KEY = SortOrder.byUniqueText("key", e -> e.key);

    /** Sources ordered by key. */
    @Transactional
    public SourceConnection listSources(PageRequest page) {
        KeysetQuery<SourceEntity> query = KeysetQuery.of(SourceEntity.class, "source x");
        return page.toConnection(query.page(BY_KEY, page), BY_KEY::cursor, SourceMapper::toApi, query.count(),
                SourceConnection.SourceEdge::new, SourceConnection::new);
    }

    public Map<Long, SourceDocument> sourcesByIds(Collection<Long> ids) {
        return Sql.index(Sql.rows(SourceEntity.class, "SELECT * FROM source WHERE id = ANY(CAST(:ids AS bigint[]))",
                "ids", Sql.ids(ids)), e -> e.id, SourceMapper::toApi);
    }
}
