package dev.valuenetwork.common.http;

import dev.valuenetwork.common.error.ErrorMapper;
import dev.valuenetwork.common.graphql.GraphQLSettings;
import dev.valuenetwork.common.graphql.engine.GraphQLEngine;
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

    private final JsonResponse json = new JsonResponse();

    void execute(RoutingContext rc, String mediaType, RequestCheck.Ready ready, SecurityIdentity identity) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        var state = requestContext.getState();
        try {
            if (identity != null) {
                identities.setIdentity(identity);
            } else {
                identities.setIdentity(QuarkusHttpUser.getSecurityIdentity(rc, null));
            }
            currentRequest.setCurrent(rc);
            RequestStats stats = new RequestStats();
            GraphQLRequest request = ready.request();
            ExecutionResult result = engine.execute(new GraphQLEngine.Request(request.query(), request.operationName(),
                    request.variables(), ready.document().entry(), state, stats));
            List<GraphQLError> errors = ErrorMapper.mapAll(result.getErrors());
            int status = !result.isDataPresent() && !errors.isEmpty() ? RequestCheck.requestErrorStatus(mediaType) : 200;
            respond(rc, mediaType, status, json.write(errors, result.getData(), result.isDataPresent(),
                    extensions(result, ready, stats)));
        } catch (RuntimeException e) {
            respond(rc, mediaType, 500, json.write(List.of(ErrorMapper.unexpected(e)), null, false, null));
        } finally {
            if (!requestContext.isActive()) {
                requestContext.activate(state); // SmallRye's fetchers deactivate it after each call
            }
            requestContext.terminate();
        }
    }

    void refuse(RoutingContext rc, String mediaType, int status, List<GraphQLError> errors) {
        respond(rc, mediaType, status, json.write(errors, null, false, null));
    }

    private Map<Object, Object> extensions(ExecutionResult result, RequestCheck.Ready ready, RequestStats stats) {
        Map<Object, Object> extensions = new LinkedHashMap<>();
        if (result.getExtensions() != null) {
            extensions.putAll(result.getExtensions());
        }
        if (ready.measure() != null) {
            extensions.put("cost", ready.measure().cost());
        }
        if (settings.reportSqlStatements()) {
            extensions.put("sqlStatements", stats.sqlStatements());
        }
        return extensions;
    }

    private static void respond(RoutingContext rc, String mediaType, int status, io.vertx.core.buffer.Buffer body) {
        if (!rc.response().ended()) {
            rc.response().setStatusCode(status).putHeader("Content-Type", mediaType + "; charset=UTF-8").end(body);
        }
    }
}
