package dev.valuenetwork.common.http;

import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.error.ErrorCode;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/** The query, operation name and variables of an HTTP request, read as SmallRye reads them. */
record GraphQLRequest(String query, String operationName, Map<String, Object> variables, Map<String, Object> extensions) {

    static GraphQLRequest from(RoutingContext rc) {
        if ("GET".equals(rc.request().method().name())) {
            return new GraphQLRequest(rc.queryParams().get("query"), rc.queryParams().get("operationName"),
                    variables(parseObject(rc.queryParams().get("variables"))),
                    extensions(parseObject(rc.queryParams().get("extensions"))));
        }
        String contentType = rc.request().getHeader("Content-Type");
        // Only JSON (or a bare GraphQL document): a form or text/plain POST is what a cross-site
        // page can send without a CORS preflight, so refusing it also closes that door.
        if (contentType == null || !(contentType.startsWith("application/json") || contentType.startsWith("application/graphql"))) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "A POST needs Content-Type: application/json.");
        }
        String body = rc.body() == null ? null : rc.body().asString();
        if (contentType != null && contentType.startsWith("application/graphql")) {
            return new GraphQLRequest(body, null, Map.of(), Map.of());
        }
        if (body != null && body.stripLeading().startsWith("[")) {
            // Decided against batching: each operation keeps its own status, cost, budget, cache
            // entry and trace, and HTTP/2 or persisted queries over GET make separate requests cheap.
            throw new ApiException(ErrorCode.BAD_REQUEST, "Batched requests (a JSON array of operations) are not"
                    + " supported: send one operation per request; over HTTP/2 they share one connection.");
        }
        JsonObject json = parseObject(body);
        if (json == null) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "The request has no body; send {\"query\": \"...\"} as JSON.");
        }
        return new GraphQLRequest(text(json, "query"), text(json, "operationName"), variables(json.getValue("variables")),
                extensions(json.getValue("extensions")));
    }

    /** The same request with its document text, found by a persisted-query hash. */
    GraphQLRequest withQuery(String text) {
        return new GraphQLRequest(text, operationName, variables, extensions);
    }

    private static Map<String, Object> extensions(Object value) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof JsonObject object) {
            return object.getMap();
        }
        throw new ApiException(ErrorCode.BAD_REQUEST, "'extensions' must be a JSON object.");
    }

    /** A member that must be a string when present. */
    private static String text(JsonObject json, String member) {
        Object value = json.getValue(member);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new ApiException(ErrorCode.BAD_REQUEST, "'" + member + "' must be a string.");
    }

    private static JsonObject parseObject(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new JsonObject(text);
        } catch (DecodeException | ClassCastException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "The request body is not a JSON object.");
        }
    }

    private static Map<String, Object> variables(Object value) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof JsonObject object) {
            return object.getMap();
        }
        if (value instanceof String text) {
            return variables(parseObject(text));
        }
        throw new ApiException(ErrorCode.BAD_REQUEST, "'variables' must be a JSON object.");
    }
}
