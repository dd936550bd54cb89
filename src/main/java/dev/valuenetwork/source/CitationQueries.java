package dev.valuenetwork.source;

import dev.valuenetwork.common.batch.BatchLoaders.ManyQuery;
import dev.valuenetwork.common.persistence.Sql;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.jpa.HibernateHints;

/** Citations of many facts of one kind, with their sources, in one statement. */
@ApplicationScoped
public class CitationQueries {

    /** The batch query behind the {@code citations} and {@code sources} fields of one kind of fact. */
    public ManyQuery<Integer, Citation> citationsOf(CitedKind kind) {
        return (factIds, first) -> {
            @SuppressWarnings("unchecked")
            List<Tuple> rows = Panache.getEntityManager().createNativeQuery("""
                    SELECT p.id AS fact_id, c.excerpt, s.id AS source_id, s.key, s.title, s.title_en, s.publisher,
                           s.author, s.url, s.published_on, s.language, s.note,
                           s.version, s.created_at, s.updated_at, s.updated_by
                    FROM unnest(CAST(:ids AS bigint[])) AS p(id)
                    CROSS JOIN LATERAL (SELECT * FROM citation c WHERE c.%s = p.id ORDER BY c.id LIMIT :first) c
                    JOIN source s ON s.id = c.source_id
                    ORDER BY p.id, c.id
                    """.formatted(kind.column()), Tuple.class)
                    .setHint(HibernateHints.HINT_READ_ONLY, true)
                    .setParameter("ids", Sql.ids(factIds))
                    .setParameter("first", first)
                    .getResultList();
            Map<Long, List<Citation>> byFact = new LinkedHashMap<>();
            for (Tuple row : rows) {
                long factId = row.get("fact_id", Number.class).longValue();
                byFact.computeIfAbsent(factId, id -> new ArrayList<>())
                        .add(new Citation(SourceMapper.fromRow(row), row.get("excerpt", String.class)));
            }
            return byFact;
        };
    }
}
