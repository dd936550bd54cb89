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
 * import does: the record is validated as a one-record dataset, written by key, audited with its
 * state before and after, and announced to subscribers when the transaction commits.
 */
@ApplicationScoped
public class RecordStore {

    @Inject
    RecordWriter writer;

    @Inject
    ChangeLog changes;

    /** Creates a record; new sources it cites inline come first. Fails with CONFLICT when the key is taken. */
    @Transactional
    public <R> void create(RecordKind kind, R record, List<Dataset.SourceRecord> newSources, String actor) {
        Codec<R, AuditedEntity> codec = codec(kind);
        Refs refs = Refs.lazy();
        String key = codec.key(record);
        if (key != null && (find(codec, key) != null || (codec.keyColumn().equals("slug") && refs.slugKind(key) != null))) {
            throw new ApiException(ErrorCode.CONFLICT, "'" + key + "' is already taken; slugs and keys are unique.")
                    .with("argument", "input." + codec.keyColumn());
        }
        for (Dataset.SourceRecord source : newSources) {
            if (find(NodeCodecs.SOURCES, source.key()) != null) {
                throw new ApiException(ErrorCode.CONFLICT, "A source with key '" + source.key() + "' already exists; cite it by id.")
                        .with("argument", "input.sources");
            }
        }
        validate(kind, record, newSources, refs);
        writer.write(NodeCodecs.SOURCES, newSources, refs, actor, m -> { });
        newSources.forEach(s -> changes.record(RecordKind.SOURCE, null, s, actor));
        writer.write(codec, List.of(record), refs, actor, m -> { });
        changes.record(kind, null, record, actor);
    }

    /** Updates the record with this key if it is still at {@code version}; the patch maps its current state to the new one. */
    @Transactional
    public <R> void update(RecordKind kind, String key, int version, UnaryOperator<R> patch,
            List<Dataset.SourceRecord> newSources, String actor) {
        Codec<R, AuditedEntity> codec = codec(kind);
        AuditedEntity entity = existing(codec, kind, key);
        checkVersion(entity, version);
        Refs refs = Refs.lazy();
        R before = codec.export(entity, refs, attached(codec, entity));
        R after = patch.apply(before);
        validate(kind, after, newSources, refs);
        writer.write(NodeCodecs.SOURCES, newSources, refs, actor, m -> { });
        newSources.forEach(s -> changes.record(RecordKind.SOURCE, null, s, actor));
        writer.write(codec, List.of(after), refs, actor, m -> { });
        changes.record(kind, before, after, actor);
    }

    /**
     * Deletes the record with this key (at {@code version}, when given). Rows that still refer to
     * it are named in a CONFLICT rather than deleted along with it.
     */
    @Transactional
    public <R> void delete(RecordKind kind, String key, Integer version, String actor) {
        Codec<R, AuditedEntity> codec = codec(kind);
        AuditedEntity entity = existing(codec, kind, key);
        if (version != null) {
            checkVersion(entity, version);
        }
        List<String> references = References.of(kind, codec.id(entity));
        if (!references.isEmpty()) {
            throw new ApiException(ErrorCode.CONFLICT, kind.graphqlType() + " '" + key + "' is still referenced by "
                    + String.join(", ", references) + "; delete or change those first.").with("references", references);
        }
        R before = codec.export(entity, Refs.lazy(), attached(codec, entity));
        entity.delete();
        entity.flush();
        changes.record(kind, before, null, actor);
    }

    /** The current version of a stored record, or null when there is none. */
    @Transactional
    public Integer versionOf(RecordKind kind, String key) {
        AuditedEntity entity = find(codec(kind), key);
        return entity == null ? null : entity.version;
    }

    private <R> void validate(RecordKind kind, R record, List<Dataset.SourceRecord> newSources, Refs refs) {
        Dataset dataset = Dataset.empty().plus(DatasetOf.single(kind, record)).plus(DatasetOf.sources(newSources));
        List<DatasetProblem> problems = DatasetValidator.validate(dataset, refs);
        if (!problems.isEmpty()) {
            throw InputProblems.toException(kind, problems);
        }
    }

    private static void checkVersion(AuditedEntity entity, int version) {
        if (entity.version != version) {
            throw new ApiException(ErrorCode.CONFLICT, "The record changed since version " + version + " was read; it is now at"
                    + " version " + entity.version + ". Refetch it and apply the change again.")
                    .with("currentVersion", entity.version).with("argument", "input.version");
        }
    }

    private static <R> AuditedEntity existing(Codec<R, AuditedEntity> codec, RecordKind kind, String key) {
        AuditedEntity entity = find(codec, key);
        if (entity == null) {
            throw ApiException.notFound("No " + kind.graphqlType() + " has that id.").with("argument", "id");
        }
        return entity;
    }

    private static <E extends AuditedEntity> E find(Codec<?, E> codec, String key) {
        List<E> found = Sql.managedRows(codec.entity(), "SELECT * FROM " + codec.table() + " WHERE " + codec.keyColumn()
                + " = :key", "key", key);
        return found.isEmpty() ? null : found.get(0);
    }

    private static <R> Attached attached(Codec<R, AuditedEntity> codec, AuditedEntity entity) {
        return Attached.of(Attached.read(codec, List.of(entity)), codec.id(entity));
    }

    @SuppressWarnings("unchecked")
    private static <R> Codec<R, AuditedEntity> codec(RecordKind kind) {
        return (Codec<R, AuditedEntity>) kind.codec;
    }
}
