package dev.valuenetwork.common.http;

import dev.valuenetwork.common.error.ApiError;
import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.error.ErrorCode;
import dev.valuenetwork.common.error.ErrorMapper;
import dev.valuenetwork.common.error.LimitExceededException;
import dev.valuenetwork.common.graphql.GraphQLSettings;
import dev.valuenetwork.common.graphql.QueryLimits;
import dev.valuenetwork.common.graphql.engine.ExecutionThreads;
import dev.valuenetwork.common.graphql.engine.GraphQLEngine;
import dev.valuenetwork.common.persistence.RequestStats;
import dev.valuenetwork.common.security.ReadAccess;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The GraphQL endpoint over HTTP, GET and POST at {@code /graphql}. It answers every request
 * itself, in front of SmallRye's route (which keeps WebSocket upgrades): the document is parsed,
 * validated and measured once (cached by its text), request errors get the GraphQL-over-HTTP
 * status codes with coded errors (400 for {@code application/graphql-response+json}, 200 for
 * legacy {@code application/json}), a bad token gets a GraphQL-shaped 401, and a valid request
 * runs on an execution thread ({@link ExecutionThreads}) through {@link GraphQLEngine}, its result written
 * as JSON in one pass.
 */
@ApplicationScoped
public class GraphQLEndpoint {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @Inject
    GraphQLSettings settings;

    @Inject
    GraphQLSchema schema;

    @Inject
    GraphQLEngine engine;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    ExecutionThreads threads;

    @Inject
    ReadAccess reads;

    private final DocumentCache documents = new DocumentCache();
    private final JsonResponse json = new JsonResponse();

    void register(@Observes Filters filters) {
        BodyHandler body = BodyHandler.create().setBodyLimit(1024 * 1024).setHandleFileUploads(false);
        filters.register(rc -> {
            if (applies(rc)) {
                body.handle(rc);
            } else {
                rc.next();
            }
        }, 50);
        filters.register(rc -> {
            if (applies(rc)) {
                handle(rc);
            } else {
                rc.next();
            }
        }, 49);
    }

    private static boolean applies(RoutingContext rc) {
        String path = rc.normalizedPath();
        String method = rc.request().method().name();
        return ("/graphql".equals(path) || "/graphql/".equals(path))
                && ("POST".equals(method) || ("GET".equals(method) && !MediaTypes.isWebSocketUpgrade(rc)));
    }

    private void handle(RoutingContext rc) {
        String mediaType = MediaTypes.negotiate(rc);
        if (mediaType == null) {
            rc.response().setStatusCode(406).end();
            return;
        }
        GraphQLRequest request;
        DocumentCache.Checked checked;
        QueryLimits.Measure measure;
        try {
            request = GraphQLRequest.from(rc);
            if (request.query() == null || request.query().isBlank()) {
                throw new ApiException(ErrorCode.BAD_REQUEST, "The request has no query.");
            }
            checked = documents.check(request.query(), schema);
            if (!checked.errors().isEmpty()) {
                respondWithErrors(rc, mediaType, requestErrorStatus(mediaType), ErrorMapper.mapAll(checked.errors()));
                return;
            }
            OperationDefinition operation = checked.operation(request.operationName());
            if (operation != null && operation.getOperation() == OperationDefinition.Operation.MUTATION
                    && "GET".equals(rc.request().method().name())) {
                rc.response().putHeader("Allow", "POST");
                respondWithErrors(rc, mediaType, 405, List.of(new ApiError(ErrorCode.BAD_REQUEST,
                        "Mutations are sent with POST; GET is for reads only.", null, null, null)));
                return;
            }
            if (operation != null && operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
                throw new ApiException(ErrorCode.BAD_REQUEST, "Subscriptions run over WebSocket at /graphql"
                        + " (graphql-transport-ws or graphql-ws), not over plain HTTP.");
            }
            measure = operation == null ? null : checked.measure(schema, request.operationName(), request.variables());
            if (measure != null) {
                QueryLimits.enforce(measure, settings);
            }
        } catch (ApiException e) {
            respondWithErrors(rc, mediaType, 400, List.of(new ApiError(e.code(), e.getMessage(), null, null, e.extensions())));
            return;
        } catch (LimitExceededException e) {
            respondWithErrors(rc, mediaType, requestErrorStatus(mediaType), List.of(e.error()));
            return;
        } catch (RuntimeException e) {
            if (e instanceof GraphQLError error) { // variables that do not fit their types
                respondWithErrors(rc, mediaType, requestErrorStatus(mediaType), List.of(ErrorMapper.map(error)));
                return;
            }
            throw e;
        }
        authenticate(rc, mediaType, identity -> threads.execute(() -> execute(rc, mediaType, request, checked, measure, identity)));
    }

    private static int requestErrorStatus(String mediaType) {
        return GRAPHQL_RESPONSE.equals(mediaType) ? 400 : 200;
    }

    /**
     * A token that fails verification is a request error whatever the operation (GitHub answers
     * it the same way): 401 with a coded GraphQL error, rather than Quarkus' bare challenge. With
     * no token the request goes on anonymously, unless reads need a token.
     */
    private void authenticate(RoutingContext rc, String mediaType, java.util.function.Consumer<SecurityIdentity> then) {
        if (rc.request().getHeader("Authorization") == null) {
            if (reads.allows(null)) {
                then.accept(null);
            } else {
                unauthenticated(rc, mediaType, ReadAccess.NEEDS_TOKEN_OVER_HTTP);
            }
            return;
        }
        // Quarkus answers a failed authentication with a bare 401 challenge unless the request
        // carries its own failure handler; this one answers in GraphQL.
        BiConsumer<RoutingContext, Throwable> onFailure = (ctx, failure) -> unauthenticated(ctx, mediaType,
                "The bearer token is not valid here: expired, badly signed or from another issuer.");
        rc.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, onFailure);
        QuarkusHttpUser.getSecurityIdentity(rc, null).subscribe().with(identity -> {
            if (identity.isAnonymous()) {
                unauthenticated(rc, mediaType, "The bearer token is not valid here: expired, badly signed or from another issuer.");
            } else {
                then.accept(identity);
            }
        }, failure -> {
            if (!rc.response().ended()) {
                onFailure.accept(rc, failure);
            }
        });
    }

    /** Runs on an execution thread, inside a request context of its own (SmallRye's root fetchers use it). */
    private void execute(RoutingContext rc, String mediaType, GraphQLRequest request, DocumentCache.Checked checked,
            QueryLimits.Measure measure, SecurityIdentity identity) {
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
            ExecutionResult result = engine.execute(new GraphQLEngine.Request(request.query(), request.operationName(),
                    request.variables(), checked.entry(), state, stats));
            Map<Object, Object> extensions = new LinkedHashMap<>();
            if (result.getExtensions() != null) {
                extensions.putAll(result.getExtensions());
            }
            if (measure != null) {
                extensions.put("cost", measure.cost());
            }
            if (settings.reportSqlStatements()) {
                extensions.put("sqlStatements", stats.sqlStatements());
            }
            List<GraphQLError> errors = ErrorMapper.mapAll(result.getErrors());
            int status = !result.isDataPresent() && !errors.isEmpty() ? requestErrorStatus(mediaType) : 200;
            rc.response().setStatusCode(status)
                    .putHeader("Content-Type", mediaType + "; charset=UTF-8")
                    .end(json.write(errors, result.getData(), result.isDataPresent(), extensions));
        } catch (RuntimeException e) {
            rc.fail(e);
        } finally {
            if (!requestContext.isActive()) {
                requestContext.activate(state);
            }
            requestContext.terminate();
        }
    }

    private void unauthenticated(RoutingContext rc, String mediaType, String message) {
        if (rc.response().ended()) {
            return;
        }
        rc.response().putHeader("WWW-Authenticate", "Bearer");
        respondWithErrors(rc, mediaType, 401, List.of(new ApiError(ErrorCode.UNAUTHENTICATED, message, null, null, null)));
    }

    private void respondWithErrors(RoutingContext rc, String mediaType, int status, List<GraphQLError> errors) {
        rc.response().setStatusCode(status)
                .putHeader("Content-Type", mediaType + "; charset=UTF-8")
                .end(json.write(errors, null, false, null));
    }
}
