package dev.valuenetwork.common.http;

import dev.valuenetwork.common.error.ApiError;
import dev.valuenetwork.common.error.ErrorCode;
import dev.valuenetwork.common.error.ErrorMapper;
import dev.valuenetwork.common.graphql.GraphQLSettings;
import dev.valuenetwork.common.graphql.engine.Deadline;
import dev.valuenetwork.common.graphql.engine.GraphQLEngine;
import dev.valuenetwork.common.metrics.ServiceMetrics;
import dev.valuenetwork.common.ratelimit.ClientBudgets;
import dev.valuenetwork.common.persistence.RequestStats;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a checked request on an execution thread, inside a request context of its own (SmallRye's
 * fetchers of mutations use it, and the caller's identity lives there), and writes the response:
 * coded errors, data, and the cost and statement count in {@code extensions}.
 */
@ApplicationScoped
class HttpExecution {

    @Inject
    GraphQLEngine engine;

    @Inject
    GraphQLSettings settings;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    ServiceMetrics metrics;

    @Inject
    HttpCaching caching;

    private final JsonResponse json = new JsonResponse();

    void execute(RoutingContext rc, String mediaType, RequestCheck.Ready ready, SecurityIdentity identity,
            Deadline deadline, ClientBudgets.ThrottleStatus throttle) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        var state = requestContext.getState();
        String outcome = "INTERNAL_ERROR";
        RequestStats stats = new RequestStats();
        try {
            if (identity != null) {
                identities.setIdentity(identity);
            } else {
                identities.setIdentity(QuarkusHttpUser.getSecurityIdentity(rc, null));
            }
            currentRequest.setCurrent(rc);
            GraphQLRequest request = ready.request();
            boolean withToken = identity != null && !identity.isAnonymous();
            String etag = "GET".equals(rc.request().method().name()) && ready.isQuery() ? caching.etag(request) : null;
            if (HttpCaching.matches(rc.request().getHeader("If-None-Match"), etag)) {
                caching.cacheable(rc, etag, withToken);
                rc.response().setStatusCode(304).end();
                outcome = "not_modified";
                return;
            }
            ExecutionResult result = engine.execute(new GraphQLEngine.Request(request.query(), request.operationName(),
                    request.variables(), ready.document().entry(), state, stats, deadline));
            Map<Object, Object> extensions = extensions(result, ready, stats, throttle);
            if (deadline.passed() && ready.isQuery()) {
                // One error for the request, not one per field that found the budget spent.
                respond(rc, mediaType, 200, json.write(List.of(timeout(deadline)), null,
                        true, extensions));
                outcome = "TIMEOUT";
                return;
            }
            List<GraphQLError> errors = ErrorMapper.mapAll(result.getErrors());
            GraphQLError outage = errors.stream().filter(e -> "SERVICE_UNAVAILABLE".equals(code(e))).findFirst().orElse(null);
            if (outage != null && (ready.isQuery() || nothingCommitted(result))) {
                // The database is away: one coded answer a client can retry on, not a field error per field.
                rc.response().putHeader("Retry-After", String.valueOf(outage.getExtensions().get("retryAfterSeconds")));
                int outageStatus = GraphQLEndpoint.GRAPHQL_RESPONSE.equals(mediaType) ? 503 : 200;
                respond(rc, mediaType, outageStatus, json.write(List.of(outage), null, true, extensions));
                outcome = "SERVICE_UNAVAILABLE";
                return;
            }
            int status = !result.isDataPresent() && !errors.isEmpty() ? RequestCheck.requestErrorStatus(mediaType) : 200;
            if (etag != null && errors.isEmpty()) {
                caching.cacheable(rc, etag, withToken);
            } else if (etag != null) {
                HttpCaching.notCacheable(rc);
            }
            respond(rc, mediaType, status, json.write(errors, result.getData(), result.isDataPresent(), extensions));
            outcome = errors.isEmpty() ? "ok" : String.valueOf(code(errors.get(0)));
        } catch (RuntimeException e) {
            respond(rc, mediaType, 500, json.write(List.of(ErrorMapper.unexpected(e)), null, false, null));
        } finally {
            metrics.operation(ready.operationName(), ready.type(), outcome,
                    deadline.elapsedNanos(), ready.cost(), stats.sqlStatements());
            ready.document().ran(ready.request().operationName(), stats.rows());
            if (!requestContext.isActive()) {
                requestContext.activate(state); // SmallRye's fetchers deactivate it after each call
            }
            requestContext.terminate();
        }
    }

    private static Object code(GraphQLError error) {
        return error.getExtensions() == null ? null : error.getExtensions().get("code");
    }

    /** A mutation whose every root field came back null: none of them committed. */
    private static boolean nothingCommitted(ExecutionResult result) {
        Object data = result.getData();
        return !(data instanceof Map<?, ?> fields) || fields.values().stream().allMatch(java.util.Objects::isNull);
    }

    private static GraphQLError timeout(Deadline deadline) {
        var e = Deadline.timeout(deadline.budget());
        return new ApiError(e.code(), e.getMessage(), null, null, e.extensions());
    }

    void refuse(RoutingContext rc, String mediaType, int status, List<GraphQLError> errors) {
        respond(rc, mediaType, status, json.write(errors, null, false, null));
    }

    /** 429 for a client whose budget or running requests are used up, with when to retry. */
    void throttled(RoutingContext rc, String mediaType, long cost, ClientBudgets.Refused refused) {
        metrics.rateLimited(refused.concurrent() ? "concurrent" : "cost");
        rc.response().putHeader("Retry-After", Long.toString(refused.retryAfterSeconds()));
        String message = refused.concurrent()
                ? "Too many of this client's requests are running at once; retry when one has ended."
                : "This request costs " + cost + " and the client's budget holds " + refused.status().currentlyAvailable()
                        + " (it refills by " + refused.status().restoreRate() + " a second); retry after "
                        + refused.retryAfterSeconds() + " s.";
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("retryAfterSeconds", refused.retryAfterSeconds());
        details.put("requestedQueryCost", cost);
        details.put("throttleStatus", throttleStatus(refused.status()));
        refuse(rc, mediaType, 429, List.of(new ApiError(ErrorCode.RATE_LIMITED, message, null, null, details)));
    }

    /** GitHub's headers: the bucket's size, what is left, and when it will be full (epoch seconds). */
    static void rateLimitHeaders(RoutingContext rc, ClientBudgets.ThrottleStatus status) {
        rc.response().putHeader("X-RateLimit-Limit", Long.toString(status.maximumAvailable()))
                .putHeader("X-RateLimit-Remaining", Long.toString(status.currentlyAvailable()))
                .putHeader("X-RateLimit-Reset", Long.toString(System.currentTimeMillis() / 1000 + status.secondsToFull()));
    }

    /** Shopify's shape: {@code cost { requestedQueryCost throttleStatus { ... } }}. */
    private Map<Object, Object> extensions(ExecutionResult result, RequestCheck.Ready ready, RequestStats stats,
            ClientBudgets.ThrottleStatus throttle) {
        Map<Object, Object> extensions = new LinkedHashMap<>();
        if (result.getExtensions() != null) {
            extensions.putAll(result.getExtensions());
        }
        if (ready.measure() != null) {
            Map<String, Object> cost = new LinkedHashMap<>();
            cost.put("requestedQueryCost", ready.measure().cost());
            if (throttle != null) {
                cost.put("throttleStatus", throttleStatus(throttle));
            }
            extensions.put("cost", cost);
        }
        if (settings.reportSqlStatements()) {
            extensions.put("sqlStatements", stats.sqlStatements());
        }
        return extensions;
    }

    private static Map<String, Object> throttleStatus(ClientBudgets.ThrottleStatus status) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("maximumAvailable", status.maximumAvailable());
        map.put("currentlyAvailable", status.currentlyAvailable());
        map.put("restoreRate", status.restoreRate());
        return map;
    }

    private static void respond(RoutingContext rc, String mediaType, int status, io.vertx.core.buffer.Buffer body) {
        if (!rc.response().ended()) {
            rc.response().setStatusCode(status).putHeader("Content-Type", mediaType + "; charset=UTF-8").end(body);
        }
    }
}
