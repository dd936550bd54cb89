package dev.valuenetwork.dataset;

import dev.valuenetwork.common.persistence.AuditedEntity;
import dev.valuenetwork.common.persistence.Sql;
import dev.valuenetwork.dataset.Dataset.CitationRecord;
import dev.valuenetwork.source.CitationEntity;
import dev.valuenetwork.source.CitedKind;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Upserts the records of one list in chunks: one statement finds the chunk's stored rows, one
 * finds their citations, then new rows are inserted and changed rows updated in JDBC batches.
 * Facts of a chunk are written before their citations, so each batch holds one kind of row.
 *
 * <p>The lookups probe the key index once per key (a LATERAL with LIMIT keeps the planner from
 * turning them into scans). Within one big import the planner's statistics still describe the
 * tables as they were before it, often empty, and a scan per chunk made imports quadratic.
 */
@ApplicationScoped
public class RecordWriter {

    static final int CHUNK = 1000;
    /** More citations than any fact has; it only makes each lookup an index probe. */
    private static final int MAX_CITATIONS = 1000;

    <R, E extends AuditedEntity> ImportResult.ListCount write(Codec<R, E> codec, List<R> records, Refs refs, String actor,
            Consumer<String> progress) {
        return write(codec, records, refs, actor, progress, null);
    }

    /**
     * Upserts the records; with an {@code audit} type name, also writes one audit row per created or
     * updated record (action IMPORT), a chunk at a time in one statement.
     */
    <R, E extends AuditedEntity> ImportResult.ListCount write(Codec<R, E> codec, List<R> records, Refs refs, String actor,
            Consumer<String> progress, String audit) {
        EntityManager em = Panache.getEntityManager();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int start = 0; start < records.size(); start += CHUNK) {
            List<R> chunk = records.subList(start, Math.min(records.size(), start + CHUNK));
            Map<String, E> stored = stored(codec, chunk);
            Map<Long, List<CitationRecord>> storedCitations = CitationIo.read(codec.cited(), stored.values(), codec);
            List<Long> replaced = new ArrayList<>();
            AuditRows auditRows = new AuditRows(audit, actor);
            Map<Long, List<CitationRecord>> toCite = new HashMap<>();
            for (R record : chunk) {
                E entity = stored.get(codec.key(record));
                if (entity == null) {
                    entity = codec.create();
                    codec.apply(record, entity, refs);
                    entity.updatedBy = actor;
                    em.persist(entity);
                    if (codec.referredAs() != null) {
                        refs.register(codec.referredAs(), codec.key(entity), codec.id(entity));
                    }
                    toCite.put(codec.id(entity), codec.citations(record));
                    auditRows.add(codec.key(record), null, record);
                    created++;
                    continue;
                }
                List<CitationRecord> cited = storedCitations.getOrDefault(codec.id(entity), List.of());
                R before = codec.export(entity, refs, cited);
                if (before.equals(record)) {
                    unchanged++;
                    continue;
                }
                auditRows.add(codec.key(record), before, record);
                codec.apply(record, entity, refs);
                entity.updatedBy = actor;
                entity.updatedAt = OffsetDateTime.now(); // a change of citations alone still bumps the version
                if (!cited.equals(codec.citations(record))) {
                    replaced.add(codec.id(entity));
                    toCite.put(codec.id(entity), codec.citations(record));
                }
                updated++;
            }
            em.flush();
            CitationIo.replace(codec.cited(), replaced, toCite, refs);
            auditRows.write();
            em.flush();
            em.clear();
            if (records.size() > CHUNK) {
                progress.accept(codec.list() + ": " + Math.min(records.size(), start + CHUNK) + " of " + records.size());
            }
        }
        return new ImportResult.ListCount(codec.list(), created, updated, unchanged);
    }

    private static <R, E extends AuditedEntity> Map<String, E> stored(Codec<R, E> codec, List<R> chunk) {
        List<String> keys = chunk.stream().map(codec::key).toList();
        Map<String, E> stored = new HashMap<>();
        for (E entity : Sql.managedRows(codec.entity(), "SELECT t.* FROM unnest(CAST(:keys AS text[])) k(key)"
                + " CROSS JOIN LATERAL (SELECT * FROM " + codec.table() + " WHERE " + codec.keyColumn() + " = k.key LIMIT 1) t",
                "keys", Sql.texts(keys))) {
            stored.put(codec.key(entity), entity);
        }
        return stored;
    }

    /** Reading and writing the citations of a chunk of facts. */
    static final class CitationIo {

        private CitationIo() {
        }

        static <E extends AuditedEntity> Map<Long, List<CitationRecord>> read(CitedKind kind, Iterable<E> facts,
                Codec<?, E> codec) {
            Map<Long, List<CitationRecord>> byFact = new HashMap<>();
            if (kind == null) {
                return byFact;
            }
            List<Long> ids = new ArrayList<>();
            facts.forEach(f -> ids.add(codec.id(f)));
            if (ids.isEmpty()) {
                return byFact;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = Panache.getEntityManager().createNativeQuery("SELECT c." + kind.column()
                    + ", s.key, c.excerpt FROM unnest(CAST(:ids AS bigint[])) f(id) CROSS JOIN LATERAL (SELECT * FROM citation"
                    + " WHERE " + kind.column() + " = f.id ORDER BY id LIMIT " + MAX_CITATIONS + ") c"
                    + " JOIN source s ON s.id = c.source_id ORDER BY c.id").setParameter("ids", Sql.ids(ids)).getResultList();
            for (Object[] row : rows) {
                byFact.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                        .add(new CitationRecord((String) row[1], (String) row[2]));
            }
            return byFact;
        }

        static void replace(CitedKind kind, List<Long> replaced, Map<Long, List<CitationRecord>> citations, Refs refs) {
            if (kind == null) {
                return;
            }
            EntityManager em = Panache.getEntityManager();
            if (!replaced.isEmpty()) {
                em.createNativeQuery("DELETE FROM citation WHERE " + kind.column() + " = ANY(CAST(:ids AS bigint[]))")
                        .setParameter("ids", Sql.ids(replaced)).executeUpdate();
            }
            citations.forEach((factId, list) -> list.forEach(c -> {
                CitationEntity citation = new CitationEntity();
                citation.sourceId = refs.require(Refs.Kind.SOURCE, c.source());
                citation.excerpt = c.excerpt();
                citation.cite(kind, factId);
                em.persist(citation);
            }));
        }
    }
}
