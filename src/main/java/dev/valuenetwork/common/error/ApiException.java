package dev.valuenetwork.common.error;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure the client caused or can act on, with a stable code. Its message goes to the client
 * verbatim, so it names arguments and values, never classes, SQL or stack frames.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ApiException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public static ApiException invalidArgument(String argument, String message) {
        return new ApiException(ErrorCode.INVALID_ARGUMENT, message).with("argument", argument);
    }

    public static ApiException notFound(String message) {
        return new ApiException(ErrorCode.NOT_FOUND, message);
    }

    /** Adds a machine-readable detail to {@code extensions}. */
    public ApiException with(String key, Object value) {
        extensions.put(key, value);
        return this;
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
