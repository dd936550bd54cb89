package dev.valuenetwork.dataset;

import dev.valuenetwork.common.persistence.AuditedEntity;
import dev.valuenetwork.common.persistence.Sql;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Upserts the records of one list in chunks: one statement finds the chunk's stored rows, a few
 * find what they own (citations, claims, co-investors; see {@link Attached}), then new rows are inserted and changed rows updated in JDBC batches.
 * Facts of a chunk are written before their citations, so each batch holds one kind of row.
 *
 * <p>The lookups probe the key index once per key (a LATERAL with LIMIT keeps the planner from
 * turning them into scans). Within one big import the planner's statistics still describe the
 * tables as they were before it, often empty, and a scan per chunk made imports quadratic.
 */
@ApplicationScoped
public class RecordWriter {

    static final int CHUNK = 1000;

    <R, E extends AuditedEntity> ImportResult.ListCount write(RecordSlice<R, E> codec, List<R> records, Refs refs, String actor,
            Consumer<String> progress) {
        return write(codec, records, refs, actor, progress, null);
    }

    /**
     * Upserts the records; with an {@code audit} type name, also writes one audit row per created or
     * updated record (action IMPORT), a chunk at a time in one statement.
     */
    <R, E extends AuditedEntity> ImportResult.ListCount write(RecordSlice<R, E> codec, List<R> records, Refs refs, String actor,
            Consumer<String> progress, String audit) {
        EntityManager em = Panache.getEntityManager();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int start = 0; start < records.size(); start += CHUNK) {
            List<R> chunk = records.subList(start, Math.min(records.size(), start + CHUNK));
            Map<String, E> stored = stored(codec, chunk);
            Map<Long, Attached> storedAttached = Attached.read(codec, stored.values());
            AuditRows auditRows = new AuditRows(audit, actor);
            Map<Long, Attached> wanted = new HashMap<>();
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
                    wanted.put(codec.id(entity), codec.attached(record));
                    auditRows.add(codec.key(record), null, record);
                    created++;
                    continue;
                }
                R before = codec.export(entity, refs, Attached.of(storedAttached, codec.id(entity)));
                if (before.equals(record)) {
                    unchanged++;
                    continue;
                }
                auditRows.add(codec.key(record), before, record);
                codec.apply(record, entity, refs);
                entity.updatedBy = actor;
                entity.updatedAt = OffsetDateTime.now(); // a change of citations alone still bumps the version
                wanted.put(codec.id(entity), codec.attached(record));
                updated++;
            }
            em.flush();
            Attached.replace(codec, storedAttached, wanted, refs);
            auditRows.write();
            em.flush();
            em.clear();
            if (records.size() > CHUNK) {
                progress.accept(codec.list() + ": " + Math.min(records.size(), start + CHUNK) + " of " + records.size());
            }
        }
        return new ImportResult.ListCount(codec.list(), created, updated, unchanged);
    }

    private static <R, E extends AuditedEntity> Map<String, E> stored(RecordSlice<R, E> codec, List<R> chunk) {
        List<String> keys = chunk.stream().map(codec::key).toList();
        Map<String, E> stored = new HashMap<>();
        for (E entity : Sql.managedRows(codec.entity(), "SELECT t.* FROM unnest(CAST(:keys AS text[])) k(key)"
                + " CROSS JOIN LATERAL (SELECT * FROM " + codec.table() + " WHERE " + codec.keyColumn() + " = k.key LIMIT 1) t",
                "keys", Sql.texts(keys))) {
            stored.put(codec.key(entity), entity);
        }
        return stored;
    }
}
