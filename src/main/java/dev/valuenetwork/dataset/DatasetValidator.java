package dev.valuenetwork.dataset;

import static dev.valuenetwork.common.validation.Rules.MAX_KEY;
import static dev.valuenetwork.common.validation.Rules.MAX_SLUG;

import dev.valuenetwork.common.validation.Rules;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a whole dataset before anything is written and reports every problem with its place.
 * The engine checks what every kind shares (keys, the slug namespace, references, parents); each
 * slice checks its own records' rules. References may name records of the same dataset or rows
 * already stored.
 */
final class DatasetValidator {

    /** How the message of a reference to a record that does not exist ends. */

    final Problems problems = new Problems();
    final Refs refs;
    private final Map<Refs.Kind, Set<String>> declared = new HashMap<>();

    private DatasetValidator(Refs refs) {
        this.refs = refs;
        for (Refs.Kind kind : Refs.Kind.values()) {
            declared.put(kind, new HashSet<>());
        }
    }

    /** Every problem of a document, each at its list, index and key. */
    static List<DatasetProblem> validate(Dataset dataset, Refs refs, Slices slices) {
        DatasetValidator validator = new DatasetValidator(refs);
        for (RecordSlice<?, ?> slice : slices.all()) {
            validator.declare(slice, dataset.records(slice.recordType()), null);
        }
        validator.checkNamespace();
        for (RecordSlice<?, ?> slice : slices.all()) {
            validator.checkAll(slice, dataset.records(slice.recordType()));
        }
        return validator.problems.all();
    }

    /**
     * The problems of one edited record and the sources it creates inline, in the mutation's terms:
     * "input.country", "input.sources[0].source.title".
     */
    static <R> List<DatasetProblem> validateInput(RecordSlice<R, ?> slice, R record, RecordSlice<Object, ?> sources,
            List<?> newSources, Refs refs) {
        DatasetValidator validator = new DatasetValidator(refs);
        validator.declare(sources, newSources, i -> "input.sources[" + i + "].source");
        validator.declare(slice, List.of(record), i -> "input");
        validator.checkNamespace();
        for (int i = 0; i < newSources.size(); i++) {
            sources.check(newSources.get(i), new RecordCheck(validator, sources, "input.sources[" + i + "].source", true));
        }
        slice.check(record, new RecordCheck(validator, slice, "input", true));
        return validator.problems.all();
    }

    /** Collects the keys a list declares, reporting bad and repeated ones. */
    private <R> void declare(RecordSlice<R, ?> slice, List<?> records, java.util.function.IntFunction<String> inputPlace) {
        Set<String> keys = new HashSet<>();
        boolean slug = "slug".equals(slice.keyColumn());
        for (int i = 0; i < records.size(); i++) {
            @SuppressWarnings("unchecked")
            String key = slice.key((R) records.get(i));
            String at = inputPlace == null ? Problems.at(slice.list(), i, key) : inputPlace.apply(i);
            problems.check(at, slice.keyColumn(), Rules.slug(key, slug ? MAX_SLUG : MAX_KEY));
            if (key != null && !keys.add(key)) {
                problems.add(at, "'" + key + "' appears more than once in " + slice.list());
            }
        }
        if (slice.referredAs() != null) {
            declared.get(slice.referredAs()).addAll(keys);
        }
    }

    @SuppressWarnings("unchecked")
    private <R> void checkAll(RecordSlice<R, ?> slice, List<?> records) {
        for (int i = 0; i < records.size(); i++) {
            R record = (R) records.get(i);
            slice.check(record, new RecordCheck(this, slice, Problems.at(slice.list(), i, slice.key(record)), false));
            String parent = slice.parent(record);
            if (parent != null && parent.equals(slice.key(record))) {
                problems.add(Problems.at(slice.list(), i, slice.key(record)) + ".parent", "a record cannot be its own parent");
            }
        }
        if (ParentOrder.sort((List<R>) records, slice::key, slice::parent) == null) {
            problems.add(slice.list(), "parents form a cycle");
        }
    }

    /** Companies, people, alliances and products share one slug namespace. */
    private void checkNamespace() {
        Map<String, Refs.Kind> owner = new HashMap<>();
        for (Refs.Kind kind : Refs.Kind.values()) {
            if (!kind.sharesSlugs()) {
                continue;
            }
            for (String slug : declared.get(kind)) {
                Refs.Kind other = owner.putIfAbsent(slug, kind);
                String stored = refs.slugKind(slug);
                if (other != null) {
                    problems.add(kind.table + " " + slug, "slug '" + slug + "' is also a " + other.table + " in this dataset");
                } else if (stored != null && !stored.equalsIgnoreCase(kind.name())) {
                    problems.add(kind.table + " " + slug, "slug '" + slug + "' already names a stored " + stored.toLowerCase());
                }
            }
        }
    }

    /** Whether a reference names a record of this dataset or a stored row. */
    boolean knows(Refs.Kind kind, String key) {
        return declared.get(kind).contains(key) || refs.has(kind, key);
    }

    static String unknown(Refs.Kind kind, String key) {
        return "'" + key + "' is not a " + kind.table + " of this dataset or of the database";
    }
}
