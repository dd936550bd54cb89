package dev.valuenetwork.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The one table of record kinds: every {@link RecordSlice} bean, in write order. The dataset
 * engine asks it instead of listing kinds itself, so a new kind is a new slice in its own package.
 */
@ApplicationScoped
public class Slices {

    private final List<RecordSlice<?, ?>> all;

    @Inject
    public Slices(@Any Instance<RecordSlice<?, ?>> found) {
        this.all = found.stream().<RecordSlice<?, ?>>map(s -> s).sorted(Comparator.comparingInt(RecordSlice::order)).toList();
    }

    /** Every kind, sources first, in the order an import writes them. */
    public List<RecordSlice<?, ?>> all() {
        return all;
    }

    public RecordSlice<?, ?> byList(String list) {
        return all.stream().filter(s -> s.list().equals(list)).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    public <R> RecordSlice<R, ?> of(Class<R> recordType) {
        return (RecordSlice<R, ?>) all.stream().filter(s -> s.recordType() == recordType).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no slice for " + recordType.getSimpleName()));
    }

    public RecordSlice<?, ?> byGraphqlType(String type) {
        return all.stream().filter(s -> s.graphqlType().equals(type)).findFirst().orElse(null);
    }

    /** The list names, for messages. */
    public List<String> lists() {
        return all.stream().map(RecordSlice::list).toList();
    }
}
