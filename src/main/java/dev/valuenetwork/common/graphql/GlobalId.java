package dev.valuenetwork.common.graphql;

import dev.valuenetwork.common.error.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Global ids are the node's type and stable key ("Company:sk-telecom"), base64url-encoded.
 * Keys never change, so an id survives restarts, exports and imports into another database.
 * Clients must treat ids as opaque; the encoding may change without notice.
 */
public final class GlobalId {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private GlobalId() {
    }

    /** A decoded id: the GraphQL type name and the key within that type. */
    public record Parts(String type, String key) {
    }

    public static String of(String type, String key) {
        return ENCODER.encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes an id, or fails with INVALID_ARGUMENT naming the argument it came from. */
    public static Parts decode(String id, String argument) {
        String text;
        try {
            text = new String(DECODER.decode(id), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed(id, argument);
        }
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw malformed(id, argument);
        }
        return new Parts(text.substring(0, colon), text.substring(colon + 1));
    }

    private static ApiException malformed(String id, String argument) {
        String shown = id.length() > 60 ? id.substring(0, 60) + "…" : id;
        return ApiException.invalidArgument(argument, "'" + shown + "' is not a global id of this service.");
    }
}
