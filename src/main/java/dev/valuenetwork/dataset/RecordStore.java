package dev.valuenetwork.dataset;

import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.error.ErrorCode;
import dev.valuenetwork.common.persistence.AuditedEntity;
import dev.valuenetwork.common.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Single-record edits on top of the import machinery, so a mutation obeys exactly the rules an
 * import does: the record is checked by its slice (problems named as the mutation's input
 * fields), written by key, audited with its state before and after, and announced to subscribers
 * when the transaction commits. The record's class names its kind.
 */
@ApplicationScoped
public class RecordStore {

    @Inject
    RecordWriter writer;

    @Inject
    ChangeLog changes;

    @Inject
    Slices slices;

    /** Creates a record; new sources it cites inline come first. Fails with CONFLICT when the key is taken. */
    @Transactional
    @SuppressWarnings("unchecked")
    public <R> void create(R record, List<?> newSources, String actor) {
        RecordSlice<R, AuditedEntity> slice = slice((Class<R>) record.getClass());
        RecordSlice<Object, AuditedEntity> sources = sources();
        Refs refs = Refs.lazy();
        String key = slice.key(record);
        if (key != null && (find(slice, key) != null || (slice.keyColumn().equals("slug") && refs.slugKind(key) != null))) {
            throw new ApiException(ErrorCode.CONFLICT, "'" + key + "' is already taken; slugs and keys are unique.")
                    .with("argument", "input." + slice.keyColumn());
        }
        for (Object source : newSources) {
            if (find(sources, sources.key(source)) != null) {
                throw new ApiException(ErrorCode.CONFLICT, "A source with key '" + sources.key(source)
                        + "' already exists; cite it by id.").with("argument", "input.sources");
            }
        }
        validate(slice, record, newSources, refs);
        writeSources(sources, newSources, refs, actor);
        writer.write(slice, List.of(record), refs, actor, m -> { });
        changes.record(slice, null, record, actor);
    }

    /** Updates the record with this key if it is still at {@code version}; the patch maps its current state to the new one. */
    @Transactional
    public <R> void update(Class<R> type, String key, int version, UnaryOperator<R> patch, List<?> newSources, String actor) {
        RecordSlice<R, AuditedEntity> slice = slice(type);
        AuditedEntity entity = existing(slice, key);
        checkVersion(entity, version);
        Refs refs = Refs.lazy();
        R before = slice.export(entity, refs, attached(slice, entity));
        R after = patch.apply(before);
        validate(slice, after, newSources, refs);
        writeSources(sources(), newSources, refs, actor);
        writer.write(slice, List.of(after), refs, actor, m -> { });
        changes.record(slice, before, after, actor);
    }

    /**
     * Deletes the record with this key (at {@code version}, when given). Rows that still refer to
     * it are named in a CONFLICT rather than deleted along with it.
     */
    @Transactional
    public <R> void delete(Class<R> type, String key, Integer version, String actor) {
        RecordSlice<R, AuditedEntity> slice = slice(type);
        AuditedEntity entity = existing(slice, key);
        if (version != null) {
            checkVersion(entity, version);
        }
        List<String> references = References.of(slice, slice.id(entity));
        if (!references.isEmpty()) {
            throw new ApiException(ErrorCode.CONFLICT, slice.graphqlType() + " '" + key + "' is still referenced by "
                    + String.join(", ", references) + "; delete or change those first.").with("references", references);
        }
        R before = slice.export(entity, Refs.lazy(), attached(slice, entity));
        entity.delete();
        entity.flush();
        changes.record(slice, before, null, actor);
    }

    /** The current version of a stored record, or null when there is none. */
    @Transactional
    public Integer versionOf(Class<?> type, String key) {
        AuditedEntity entity = find(slice(type), key);
        return entity == null ? null : entity.version;
    }

    private void writeSources(RecordSlice<Object, AuditedEntity> sources, List<?> newSources, Refs refs, String actor) {
        writer.write(sources, List.copyOf(newSources), refs, actor, m -> { });
        newSources.forEach(s -> changes.record(sources, null, s, actor));
    }

    private <R> void validate(RecordSlice<R, AuditedEntity> slice, R record, List<?> newSources, Refs refs) {
        List<DatasetProblem> problems = DatasetValidator.validateInput(slice, record, sources(), newSources, refs);
        if (!problems.isEmpty()) {
            throw InputProblems.toException(problems);
        }
    }

    private static void checkVersion(AuditedEntity entity, int version) {
        if (entity.version != version) {
            throw new ApiException(ErrorCode.CONFLICT, "The record changed since version " + version + " was read; it is now at"
                    + " version " + entity.version + ". Refetch it and apply the change again.")
                    .with("currentVersion", entity.version).with("argument", "input.version");
        }
    }

    private static <R> AuditedEntity existing(RecordSlice<R, AuditedEntity> slice, String key) {
        AuditedEntity entity = find(slice, key);
        if (entity == null) {
            throw ApiException.notFound("No " + slice.graphqlType() + " has that id.").with("argument", "id");
        }
        return entity;
    }

    private static <E extends AuditedEntity> E find(RecordSlice<?, E> slice, String key) {
        List<E> found = Sql.managedRows(slice.entity(), "SELECT * FROM " + slice.table() + " WHERE " + slice.keyColumn()
                + " = :key", "key", key);
        return found.isEmpty() ? null : found.get(0);
    }

    private static <R> Attached attached(RecordSlice<R, AuditedEntity> slice, AuditedEntity entity) {
        return Attached.of(Attached.read(slice, List.of(entity)), slice.id(entity));
    }

    @SuppressWarnings("unchecked")
    private <R> RecordSlice<R, AuditedEntity> slice(Class<R> type) {
        return (RecordSlice<R, AuditedEntity>) (RecordSlice<?, ?>) slices.of(type);
    }

    @SuppressWarnings("unchecked")
    private RecordSlice<Object, AuditedEntity> sources() {
        return (RecordSlice<Object, AuditedEntity>) (RecordSlice<?, ?>) slices.byList("sources");
    }
}
