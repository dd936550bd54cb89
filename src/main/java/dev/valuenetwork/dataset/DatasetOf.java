package dev.valuenetwork.dataset;

import java.util.List;

/** Dataset documents of one record, for validating single edits with the import's rules. */
final class DatasetOf {

    private DatasetOf() {
    }

    static Dataset single(RecordKind kind, Object record) {
        List<Object> one = List.of(record);
        return switch (kind) {
            case SOURCE -> new Dataset(cast(one), null, null, null, null, null, null, null, null, null, null);
            case COMPANY -> new Dataset(null, cast(one), null, null, null, null, null, null, null, null, null);
            case PERSON -> new Dataset(null, null, cast(one), null, null, null, null, null, null, null, null);
            case EXECUTIVE -> new Dataset(null, null, null, cast(one), null, null, null, null, null, null, null);
            case ALLIANCE -> new Dataset(null, null, null, null, cast(one), null, null, null, null, null, null);
            case MEMBERSHIP -> new Dataset(null, null, null, null, null, cast(one), null, null, null, null, null);
            case INVESTMENT -> new Dataset(null, null, null, null, null, null, cast(one), null, null, null, null);
            case STATEMENT -> new Dataset(null, null, null, null, null, null, null, cast(one), null, null, null);
            case PRODUCT -> new Dataset(null, null, null, null, null, null, null, null, cast(one), null, null);
            case FIGURE -> new Dataset(null, null, null, null, null, null, null, null, null, cast(one), null);
            case EXCHANGE_RATE -> new Dataset(null, null, null, null, null, null, null, null, null, null, cast(one));
        };
    }

    static Dataset sources(List<Dataset.SourceRecord> sources) {
        return new Dataset(sources, null, null, null, null, null, null, null, null, null, null);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<Object> records) {
        return (List<T>) (List<?>) records;
    }
}
