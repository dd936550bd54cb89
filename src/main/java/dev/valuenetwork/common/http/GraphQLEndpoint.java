package dev.valuenetwork.common.http;

import dev.valuenetwork.common.error.ApiError;
import dev.valuenetwork.common.error.ErrorCode;
import dev.valuenetwork.common.graphql.GraphQLSettings;
import dev.valuenetwork.common.graphql.engine.Deadline;
import dev.valuenetwork.common.graphql.engine.ExecutionThreads;
import dev.valuenetwork.common.ratelimit.ClientBudgets;
import dev.valuenetwork.common.security.ReadAccess;
import graphql.schema.GraphQLSchema;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The GraphQL endpoint over HTTP: GET and POST at {@code /graphql} and {@code /graphql/}, any
 * request that is not a WebSocket handshake, whatever other headers it carries. It answers every
 * such request itself, in front of SmallRye's route, which keeps only WebSocket upgrades. A
 * request is checked ({@link RequestCheck}), its token verified (a bad token gets a GraphQL-shaped
 * 401), the read rule applied ({@link ReadAccess}), and then it runs on an execution thread
 * ({@link ExecutionThreads}, {@link HttpExecution}).
 */
@ApplicationScoped
public class GraphQLEndpoint {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String BAD_TOKEN = "The bearer token is not valid here: expired, badly signed or from another issuer.";
    /** Rows read, as a share of the heavy cost, from which a request's last run shows it heavy in fact. */
    private static final long HEAVY_ROWS_SHARE = 100;

    @Inject
    GraphQLSettings settings;

    @Inject
    GraphQLSchema schema;

    @Inject
    ReadAccess reads;

    @Inject
    ExecutionThreads threads;

    @Inject
    HttpExecution execution;

    @Inject
    ClientBudgets budgets;

    @Inject
    PersistedDocuments persisted;

    private final RequestCheck requests = new RequestCheck();

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
        Deadline deadline = Deadline.after(settings.requestTimeout());
        String mediaType = MediaTypes.negotiate(rc);
        if (mediaType == null) {
            rc.response().setStatusCode(406).end();
            return;
        }
        RequestCheck.Outcome checked = requests.check(rc, mediaType, schema, settings, persisted);
        if (checked instanceof RequestCheck.Refused refused) {
            if (refused.postOnly()) {
                rc.response().putHeader("Allow", "POST");
            }
            execution.refuse(rc, mediaType, refused.status(), refused.errors());
            return;
        }
        RequestCheck.Ready ready = (RequestCheck.Ready) checked;
        authenticate(rc, mediaType, identity -> admit(rc, mediaType, ready, identity, deadline));
    }

    /**
     * Takes the request's cost from its client's budget ({@link ClientBudgets}) and runs it in the
     * lane its cost calls for, or answers 429.
     */
    private void admit(RoutingContext rc, String mediaType, RequestCheck.Ready ready, SecurityIdentity identity,
            Deadline deadline) {
        ClientBudgets.Admitted admitted = null;
        if (budgets.enabled()) {
            ClientBudgets.Admission admission = budgets.admit(client(rc, identity), ready.cost());
            HttpExecution.rateLimitHeaders(rc, admission.status());
            if (admission instanceof ClientBudgets.Refused refused) {
                execution.throttled(rc, mediaType, ready.cost(), refused);
                return;
            }
            admitted = (ClientBudgets.Admitted) admission;
        }
        ClientBudgets.Admitted running = admitted;
        threads.execute(() -> {
            try {
                execution.execute(rc, mediaType, ready, identity, deadline, running == null ? null : running.status());
            } finally {
                if (running != null) {
                    running.release();
                }
            }
        }, heavy(ready));
    }

    /**
     * Whether a request runs in the heavy lane: its cost, the worst case, says it may be, and the
     * last run of the same document (no variables) did not show it small. On a small database most
     * large documents are small in fact, and the heavy lane's one thread per core left a core idle
     * whenever both waited on the database (the peer benchmark's Q6 on the seed, 32 connections:
     * 2,670 req/s in the heavy lane, 3,160 in the other; its 404,060 by the cost rule were 46 values).
     * Rows, not values, and a hundredth: Q1 on the scale data reads 6,100 rows for 30,806 values,
     * and on the execution threads it fell from 19 to 10 req/s.
     */
    private boolean heavy(RequestCheck.Ready ready) {
        return heavy(ready.cost(), settings.heavyCost(), ready.document().rowsLastRun(ready.request().operationName()));
    }

    /** @param rowsLastRun what the same operation read the last time, or -1 when that says nothing */
    static boolean heavy(long cost, long heavyCost, long rowsLastRun) {
        return cost >= heavyCost && (rowsLastRun < 0 || rowsLastRun >= heavyCost / HEAVY_ROWS_SHARE);
    }

    /** A token's subject, else the address the request came from (behind a proxy: see docs/limits.md). */
    private static String client(RoutingContext rc, SecurityIdentity identity) {
        if (identity != null && !identity.isAnonymous()) {
            return "subject:" + identity.getPrincipal().getName();
        }
        return "address:" + rc.request().remoteAddress().hostAddress();
    }

    /**
     * A token that fails verification is a request error whatever the operation (GitHub answers
     * it the same way): 401 with a coded GraphQL error, rather than Quarkus' bare challenge. With
     * no token the request goes on anonymously, unless reads need a token.
     */
    private void authenticate(RoutingContext rc, String mediaType, Consumer<SecurityIdentity> then) {
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
        BiConsumer<RoutingContext, Throwable> onFailure = (ctx, failure) -> unauthenticated(ctx, mediaType, BAD_TOKEN);
        rc.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, onFailure);
        QuarkusHttpUser.getSecurityIdentity(rc, null).subscribe().with(identity -> {
            if (identity.isAnonymous()) {
                unauthenticated(rc, mediaType, BAD_TOKEN);
            } else {
                then.accept(identity);
            }
        }, failure -> {
            if (!rc.response().ended()) {
                onFailure.accept(rc, failure);
            }
        });
    }

    private void unauthenticated(RoutingContext rc, String mediaType, String message) {
        if (rc.response().ended()) {
            return;
        }
        rc.response().putHeader("WWW-Authenticate", "Bearer");
        execution.refuse(rc, mediaType, 401, List.of(new ApiError(ErrorCode.UNAUTHENTICATED, message, null, null, null)));
    }
}
