package dev.valuenetwork.common.error;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The only error shape that reaches clients: message, locations, path and extensions with a
 * code. Errors of every origin are rewritten into this by {@link ErrorMapper}.
 */
public final class ApiError implements GraphQLError {

    private static final long serialVersionUID = 1L;

    private final String message;
    private final List<SourceLocation> locations;
    private final List<Object> path;
    private final Map<String, Object> extensions;

    public ApiError(ErrorCode code, String message, List<SourceLocation> locations, List<Object> path,
            Map<String, Object> details) {
        this.message = message;
        this.locations = locations;
        this.path = path;
        this.extensions = new LinkedHashMap<>();
        this.extensions.put("code", code.name());
        if (details != null) {
            details.forEach(this.extensions::putIfAbsent);
        }
    }

    public String code() {
        return (String) extensions.get("code");
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return locations;
    }

    @Override
    public List<Object> getPath() {
        return path;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    /** Exactly the spec's members: no "classification", which would only repeat the code. */
    @Override
    public Map<String, Object> toSpecification() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("message", message);
        if (locations != null && !locations.isEmpty()) {
            spec.put("locations", locations.stream()
                    .map(l -> Map.of("line", l.getLine(), "column", l.getColumn())).toList());
        }
        if (path != null && !path.isEmpty()) {
            spec.put("path", path);
        }
        spec.put("extensions", extensions);
        return spec;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorType.DataFetchingException;
    }
}
