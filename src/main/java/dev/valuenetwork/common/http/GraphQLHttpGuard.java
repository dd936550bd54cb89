package dev.valuenetwork.common.http;

import dev.valuenetwork.common.error.ApiError;
import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.error.ErrorCode;
import dev.valuenetwork.common.error.ErrorMapper;
import dev.valuenetwork.common.error.LimitExceededException;
import dev.valuenetwork.common.graphql.GraphQLSettings;
import dev.valuenetwork.common.graphql.QueryLimits;
import graphql.GraphQLError;
import graphql.analysis.QueryTraverser;
import graphql.schema.GraphQLSchema;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks GraphQL requests over HTTP before SmallRye runs them, because SmallRye answers every
 * request error with HTTP 200 and an uncoded message. Following the GraphQL-over-HTTP spec, a
 * response of media type application/graphql-response+json gets HTTP 400 when the document
 * cannot be parsed or validated, or breaks the depth or cost limit; legacy application/json
 * responses keep HTTP 200. Either way the errors carry codes. Valid requests pass through.
 */
@ApplicationScoped
public class GraphQLHttpGuard {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String JSON = "application/json";

    @Inject
    GraphQLSettings settings;

    @Inject
    Instance<GraphQLSchema> schema;

    @ConfigProperty(name = "valuenetwork.security.reads-require-token", defaultValue = "false")
    boolean readsRequireToken;

    private final DocumentCache documents = new DocumentCache();

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
                check(rc);
            } else {
                rc.next();
            }
        }, 49);
    }

    private static boolean applies(RoutingContext rc) {
        String method = rc.request().method().name();
        return "/graphql".equals(rc.normalizedPath())
                && ("POST".equals(method) || ("GET".equals(method) && rc.request().getHeader("Upgrade") == null));
    }

    private void check(RoutingContext rc) {
        String mediaType = negotiate(rc);
        if (mediaType == null) {
            rc.next(); // SmallRye answers 406 Not Acceptable
            return;
        }
        List<GraphQLError> errors;
        try {
            errors = problems(GraphQLRequest.from(rc));
        } catch (ApiException e) {
            respond(rc, mediaType, 400, List.of(new ApiError(e.code(), e.getMessage(), null, null, e.extensions())));
            return;
        }
        if (!errors.isEmpty()) {
            respond(rc, mediaType, GRAPHQL_RESPONSE.equals(mediaType) ? 400 : 200, errors);
            return;
        }
        authenticate(rc, mediaType);
    }

    /**
     * A token that fails verification is a request error whatever the operation (GitHub answers
     * it the same way): 401 with a coded GraphQL error, rather than Quarkus' bare challenge. With
     * no token the request goes on anonymously, unless reads need a token.
     */
    private void authenticate(RoutingContext rc, String mediaType) {
        if (rc.request().getHeader("Authorization") == null) {
            if (readsRequireToken) {
                unauthenticated(rc, mediaType, "This service needs a bearer token for every request.");
            } else {
                rc.next();
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
                rc.next();
            }
        }, failure -> {
            if (!rc.response().ended()) {
                onFailure.accept(rc, failure);
            }
        });
    }

    private static void unauthenticated(RoutingContext rc, String mediaType, String message) {
        if (rc.response().ended()) {
            return;
        }
        rc.response().putHeader("WWW-Authenticate", "Bearer");
        respond(rc, mediaType, 401, List.of(new ApiError(ErrorCode.UNAUTHENTICATED, message, null, null, null)));
    }

    private List<GraphQLError> problems(GraphQLRequest request) {
        if (request.query() == null || request.query().isBlank()) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "The request has no query.");
        }
        GraphQLSchema graphQLSchema = schema.get();
        DocumentCache.Checked checked = documents.check(request.query(), graphQLSchema);
        if (!checked.errors().isEmpty()) {
            return ErrorMapper.mapAll(checked.errors());
        }
        try {
            QueryTraverser traverser = QueryTraverser.newQueryTraverser()
                    .schema(graphQLSchema)
                    .document(checked.document())
                    .operationName(request.operationName())
                    .variables(request.variables())
                    .build();
            QueryLimits.enforce(QueryLimits.measure(traverser), settings);
            return List.of();
        } catch (LimitExceededException e) {
            return List.of(e.error());
        } catch (RuntimeException e) {
            if (e instanceof GraphQLError error) {
                return List.of(ErrorMapper.map(error)); // variables that do not fit their types
            }
            // Anything else (an unknown operation name, say) is left to the engine to report.
            return List.of();
        }
    }

    /** The response media type SmallRye will choose, or null when the client accepts none. */
    private static String negotiate(RoutingContext rc) {
        List<MIMEHeader> accepted = rc.parsedHeaders().accept();
        if (accepted == null || accepted.isEmpty()) {
            return GRAPHQL_RESPONSE;
        }
        for (MIMEHeader header : accepted) {
            String value = header.rawValue();
            if (value.startsWith(JSON)) {
                return JSON;
            }
            if (value.startsWith(GRAPHQL_RESPONSE) || value.startsWith("application/graphql+json")) {
                return GRAPHQL_RESPONSE;
            }
            if (value.startsWith("*/*")) {
                return GRAPHQL_RESPONSE;
            }
        }
        return null;
    }

    private static void respond(RoutingContext rc, String mediaType, int status, List<GraphQLError> errors) {
        List<Map<String, Object>> specs = errors.stream().map(GraphQLError::toSpecification).toList();
        rc.response().setStatusCode(status)
                .putHeader("Content-Type", mediaType + "; charset=UTF-8")
                .end(new JsonObject(Map.of("errors", specs)).encode());
    }
}
