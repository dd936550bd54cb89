package dev.valuenetwork.dataset;

import dev.valuenetwork.common.persistence.AuditedEntity;
import dev.valuenetwork.claim.ClaimSubject;
import dev.valuenetwork.dataset.Dataset.CitationRecord;
import dev.valuenetwork.dataset.Dataset.ClaimRecord;
import dev.valuenetwork.source.CitedKind;
import java.util.List;

/**
 * How one kind of dataset record maps to its entity, in both directions. Import applies records
 * to entities; export turns entities back into records, and an import counts a row unchanged
 * when its export equals the incoming record.
 */
interface Codec<R, E extends AuditedEntity> {

    /** The list's name in a dataset document, such as "companies". */
    String list();

    String table();

    /** "slug" for named nodes, "key" for facts and sources. */
    String keyColumn();

    Class<E> entity();

    /** The citation column of this kind, or null for sources, which cite nothing. */
    CitedKind cited();

    /** The kind other records refer to this one by, or null when nothing refers to it. */
    Refs.Kind referredAs();

    String key(R record);

    String key(E entity);

    long id(E entity);

    E create();

    void apply(R record, E entity, Refs refs);

    R export(E entity, Refs refs, Attached attached);

    List<CitationRecord> citations(R record);

    /** The claim column of this kind, or null when it claims nothing. */
    default ClaimSubject claimed() {
        return null;
    }

    default List<ClaimRecord> claims(R record) {
        return List.of();
    }

    /** Whether records of this kind name co-investors (investments only). */
    default boolean ownsCoInvestors() {
        return false;
    }

    default List<String> coInvestors(R record) {
        return List.of();
    }

    /** What the record owns beyond its row, as the writer compares and stores it. */
    default Attached attached(R record) {
        return new Attached(citations(record), claims(record), coInvestors(record));
    }
}
