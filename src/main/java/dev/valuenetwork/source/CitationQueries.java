package dev.valuenetwork.source;

import dev.valuenetwork.common.batch.BatchLoaders.ManyQuery;
import dev.valuenetwork.common.persistence.Reads;
import dev.valuenetwork.common.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;

/** Citations of many facts of one kind, with their sources, in one statement. */
@ApplicationScoped
public class CitationQueries {

    /** The batch query behind the {@code citations} and {@code sources} fields of one kind of fact. */
    public ManyQuery<Integer, Citation> citationsOf(CitedKind kind) {
        return (factIds, first) -> Sql.group(Reads.list(row -> new Fact(row.getLong(1),
                new Citation(SourceQueries.read(row, 3), row.getString(2))), "SELECT p.id, c.excerpt, "
                + SourceQueries.COLUMNS.select("s") + """
                 FROM unnest((SELECT CAST(:ids AS bigint[]))) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM citation c WHERE c.%s = p.id ORDER BY c.id LIMIT :first) c
                JOIN source s ON s.id = c.source_id
                ORDER BY p.id, c.id
                """.formatted(kind.column()), "ids", Sql.ids(factIds), "first", first), Fact::id, Fact::citation);
    }

    /** A citation with the fact it supports. */
    private record Fact(long id, Citation citation) {
    }
}
