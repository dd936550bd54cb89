package dev.valuenetwork.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * One change, as the audit trail records it and live updates announce it: the same record is
 * written to the audit log's row and sent as the NOTIFY payload, and every instance reads it
 * back ({@link #parse}) to tell its subscribers.
 *
 * @param kind the live-update event kind, such as MEMBER_JOINED or DATASET_IMPORTED
 * @param type the GraphQL type of the record that changed; null for an import
 * @param key its slug or key; null for an import
 * @param summary for an import, its counts
 * @param involved the nodes the record connects, as [type, key] pairs
 * @param sources the keys of the sources it cites
 * @param at when it was committed, ISO-8601
 */
@RegisterForReflection
public record ChangeNotice(NetworkEventKind kind, String type, String key, String summary, List<List<String>> involved,
        List<String> sources, String actor, String at) {

    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ChangeNotice {
        involved = involved == null ? List.of() : involved;
        sources = sources == null ? List.of() : sources;
    }

    public String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ChangeNotice parse(String payload) throws JsonProcessingException {
        return JSON.readValue(payload, ChangeNotice.class);
    }
}
