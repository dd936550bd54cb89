package dev.valuenetwork.live;

import java.time.OffsetDateTime;
import java.util.List;
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
        @Ignore List<String> sourceKeys) {

    /** Whether a subscriber filtering on this slug should see the event. */
    boolean involves(String slug) {
        return slug == null || involved.stream().anyMatch(node -> node.get(1).equals(slug));
    }
}
