package dev.valuenetwork.dataset;

import dev.valuenetwork.claim.ClaimSubject;
import dev.valuenetwork.common.persistence.AuditedEntity;
import dev.valuenetwork.source.CitedKind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One kind of dataset record, as its feature package defines it: how its records map to rows in
 * both directions, the rules they obey, and what a change of one announces. Each feature
 * implements it as a CDI bean next to its reads and mutations; the engine ({@link Slices},
 * the importer, exporter, validator and store) finds them all and knows no kind by name.
 *
 * <p>Import applies records to entities; export turns entities back into records, and an import
 * counts a row unchanged when its export equals the incoming record.
 */
public interface RecordSlice<R, E extends AuditedEntity> {

    /** The list's name in a dataset document, such as "investments". */
    String list();

    Class<R> recordType();

    /** The GraphQL type whose global ids name records of this kind. */
    String graphqlType();

    /** Where the list is written in an import: lower first, so that records come after what they name. */
    int order();

    String table();

    /** "slug" for named nodes, "key" for facts and sources. */
    String keyColumn();

    Class<E> entity();

    String key(R record);

    String key(E entity);

    long id(E entity);

    E create();

    void apply(R record, E entity, Refs refs);

    R export(E entity, Refs refs, Attached attached);

    /** The rules of one record, reported through {@code check} in the record's own place. */
    void check(R record, RecordCheck check);

    /** The citation column of this kind, or null for sources, which cite nothing. */
    default CitedKind cited() {
        return null;
    }

    default List<CitationRecord> citations(R record) {
        return List.of();
    }

    /** The claim column of this kind, or null when it claims nothing. */
    default ClaimSubject claimed() {
        return null;
    }

    default List<ClaimRecord> claims(R record) {
        return List.of();
    }

    /** The record with these claims instead of its own (kinds that claim nothing never get here). */
    default R withClaims(R record, List<ClaimRecord> claims) {
        throw new UnsupportedOperationException(list() + " records carry no claims");
    }

    /** The fields its claims may be about. */
    default Set<String> claimable() {
        return Set.of();
    }

    /** What is wrong with a claimed value of a field that is not a date, or null; dates are checked by the engine. */
    default String claimValueProblem(String attribute, String value) {
        return null;
    }

    /** The kind other records refer to this one by, or null when nothing refers to it. */
    default Refs.Kind referredAs() {
        return null;
    }

    /** The key of the record's parent of its own kind, for records written parents first; null when none. */
    default String parent(R record) {
        return null;
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

    /** The nodes a record connects, as [GraphQL type, key] pairs (itself first for a node), for change notices. */
    default List<List<String>> involved(R record) {
        return List.of();
    }

    /** The live-update event a creation announces. */
    default NetworkEventKind createdEvent() {
        return NetworkEventKind.ENTITY_CREATED;
    }

    /** The live-update event an update announces. */
    default NetworkEventKind updatedEvent(R before, R after) {
        return NetworkEventKind.ENTITY_UPDATED;
    }

    /** What may still refer to a row of this kind: a description of each referrer and SQL counting its rows (:id). */
    default Map<String, String> referrers() {
        return Map.of();
    }

    /** The mutation input field that carries a record field, where the two differ (record "investor", input "investorId"). */
    default String inputField(String field) {
        return field;
    }
}
