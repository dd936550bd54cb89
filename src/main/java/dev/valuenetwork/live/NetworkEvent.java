package dev.valuenetwork.live;

import dev.valuenetwork.dataset.NetworkEventKind;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("NetworkEvent")
@Description("A committed change to the network, as it happens.")
public record NetworkEvent(
        @NonNull @Description("What changed.") NetworkEventKind kind,
        @Id @Description("The global id of the record that changed; null for an import.") String nodeId,
        @Description("For an import, the counts of created, updated and unchanged rows.") String summary,
        @Description("Who made the change.") String actor,
        @NonNull @Description("When the change was committed.") OffsetDateTime at,
        @Ignore String type,
        @Ignore String key,
        @Ignore List<List<String>> involved,
        @Ignore List<String> sourceKeys,
        @Ignore Resolved resolved) {

    NetworkEvent(NetworkEventKind kind, String nodeId, String summary, String actor, OffsetDateTime at, String type,
            String key, List<List<String>> involved, List<String> sourceKeys) {
        this(kind, nodeId, summary, actor, at, type, key, involved, sourceKeys, new Resolved());
    }

    /**
     * What the event's {@code node}, {@code nodes} and {@code sources} resolve to, looked up once
     * for every subscriber: the same event instance reaches all of them, and with hundreds of
     * subscribers a lookup per subscriber made them fall behind a burst of writes.
     */
    static final class Resolved {
        private final Map<String, Object> values = new ConcurrentHashMap<>();

        @SuppressWarnings("unchecked")
        <T> T get(String field, Supplier<T> lookup) {
            Object value = values.computeIfAbsent(field, f -> Optional.ofNullable(lookup.get()));
            return ((Optional<T>) value).orElse(null);
        }
    }

    /** Whether a subscriber filtering on this slug should see the event. */
    boolean involves(String slug) {
        return slug == null || involved.stream().anyMatch(node -> node.get(1).equals(slug));
    }
}
