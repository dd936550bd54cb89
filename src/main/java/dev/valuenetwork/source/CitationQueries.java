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
        return (factIds, first) -> Sql.group(Reads.list(row -> new Fact(row.getLong("fact_id"),
                new Citation(SourceQueries.read(row, "source_id"), row.getString("excerpt"))), """
                SELECT p.id AS fact_id, c.excerpt, s.id AS source_id, s.key, s.title, s.title_en, s.publisher,
                       s.author, s.url, s.published_on, s.language, s.note,
                       s.version, s.created_at, s.updated_at, s.updated_by
                FROM unnest(CAST(:ids AS bigint[])) AS p(id)
                CROSS JOIN LATERAL (SELECT * FROM citation c WHERE c.%s = p.id ORDER BY c.id LIMIT :first) c
                JOIN source s ON s.id = c.source_id
                ORDER BY p.id, c.id
                """.formatted(kind.column()), "ids", Sql.ids(factIds), "first", first), Fact::id, Fact::citation);
    }

    /** A citation with the fact it supports. */
    private record Fact(long id, Citation citation) {
    }
}
