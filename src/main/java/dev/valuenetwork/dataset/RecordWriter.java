package dev.valuenetwork.dataset;

import dev.valuenetwork.common.persistence.AuditedEntity;
import dev.valuenetwork.common.persistence.Sql;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Objects;
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

    @Inject
    Slices slices;

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
            List<Long> redated = new ArrayList<>();
            for (R record : chunk) {
                E entity = stored.get(codec.key(record));
                R applied = resolved(codec, record, refs);
                if (entity == null) {
                    entity = codec.create();
                    codec.apply(applied, entity, refs);
                    entity.updatedBy = actor;
                    em.persist(entity);
                    if (codec.referredAs() != null) {
                        refs.register(codec.referredAs(), codec.key(entity), codec.id(entity));
                    }
                    wanted.put(codec.id(entity), codec.attached(applied));
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
                String dateBefore = codec.referredAs() == Refs.Kind.SOURCE ? refs.sourceDate(codec.key(record)) : null;
                codec.apply(applied, entity, refs);
                if (codec.referredAs() == Refs.Kind.SOURCE && !Objects.equals(dateBefore, refs.sourceDate(codec.key(record)))) {
                    redated.add(codec.id(entity));
                }
                entity.updatedBy = actor;
                entity.updatedAt = OffsetDateTime.now(); // a change of citations alone still bumps the version
                wanted.put(codec.id(entity), codec.attached(applied));
                updated++;
            }
            em.flush();
            Attached.replace(codec, storedAttached, wanted, refs);
            rederive(redated, refs);
            auditRows.write();
            em.flush();
            em.clear();
            if (records.size() > CHUNK) {
                progress.accept(codec.list() + ": " + Math.min(records.size(), start + CHUNK) + " of " + records.size());
            }
        }
        return new ImportResult.ListCount(codec.list(), created, updated, unchanged);
    }

    /** The record with the dates of its relative claims derived from their sources' dates. */
    private static <R> R resolved(RecordSlice<R, ?> slice, R record, Refs refs) {
        if (slice.claimed() == null) {
            return record;
        }
        List<ClaimRecord> claims = slice.claims(record);
        List<ClaimRecord> resolved = RelativeDates.resolve(claims, refs);
        return resolved == claims ? record : slice.withClaims(record, resolved);
    }

    /**
     * A source's date changed: every record with a claim that counts from it gets its dates derived
     * again, and its own fields re-decided from the claims.
     */
    private void rederive(List<Long> sourceIds, Refs refs) {
        if (sourceIds.isEmpty()) {
            return;
        }
        for (RecordSlice<?, ?> slice : slices.all()) {
            if (slice.claimed() != null) {
                rederive(slice, sourceIds, refs);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <R, E extends AuditedEntity> void rederive(RecordSlice<R, E> slice, List<Long> sourceIds, Refs refs) {
        String column = slice.claimed().column();
        List<Object> ids = Panache.getEntityManager().createNativeQuery("SELECT DISTINCT " + column + " FROM claim WHERE"
                + " relative_source_id = ANY(CAST(:ids AS bigint[])) AND " + column + " IS NOT NULL")
                .setParameter("ids", Sql.ids(sourceIds)).getResultList();
        if (ids.isEmpty()) {
            return;
        }
        List<E> entities = Sql.managedRows(slice.entity(), "SELECT * FROM " + slice.table() + " WHERE id = ANY(CAST(:ids AS bigint[]))",
                "ids", Sql.ids(ids.stream().map(id -> ((Number) id).longValue()).toList()));
        Map<Long, Attached> stored = Attached.read(slice, entities);
        Map<Long, Attached> wanted = new HashMap<>();
        for (E entity : entities) {
            R applied = resolved(slice, slice.export(entity, refs, Attached.of(stored, slice.id(entity))), refs);
            slice.apply(applied, entity, refs);
            entity.updatedAt = OffsetDateTime.now();
            wanted.put(slice.id(entity), slice.attached(applied));
        }
        Panache.getEntityManager().flush();
        Attached.replace(slice, stored, wanted, refs);
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
