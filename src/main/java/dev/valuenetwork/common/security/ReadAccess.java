package dev.valuenetwork.common.security;

import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.error.ErrorCode;
import graphql.schema.DataFetcher;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one rule for reading: with {@code valuenetwork.security.reads-require-token} every operation
 * (query, mutation or subscription) needs a verified token, whatever way its document arrives.
 * Over HTTP the endpoint applies it before a document runs ({@link #allows}); over WebSocket,
 * where the token comes in {@code connection_init}, every root field of every operation is
 * guarded ({@link #guard}) with the identity of its connection.
 */
@ApplicationScoped
public class ReadAccess {

    public static final String NEEDS_TOKEN_OVER_HTTP = "This service needs a bearer token for every request.";
    static final String NEEDS_TOKEN_OVER_WEBSOCKET = "This service needs a bearer token for every operation:"
            + " send it as Authorization in the connection_init payload.";

    @ConfigProperty(name = "valuenetwork.security.reads-require-token", defaultValue = "false")
    boolean readsRequireToken;

    public boolean readsRequireToken() {
        return readsRequireToken;
    }

    /** Whether a caller with this identity (null: none was presented) may run an operation. */
    public boolean allows(SecurityIdentity identity) {
        return !readsRequireToken || (identity != null && !identity.isAnonymous());
    }

    /**
     * A root field of an operation that arrived over WebSocket, run only for a connection whose
     * identity {@link #allows} it. The identity is the connection's (the request context saved at
     * the upgrade, under "state"); it was settled by connection_init, so it is normally at hand.
     */
    public DataFetcher<?> guard(DataFetcher<?> root) {
        if (!readsRequireToken) {
            return root;
        }
        return env -> {
            CompletableFuture<SecurityIdentity> identity = identityOf(env.getGraphQlContext().get("state"));
            if (identity.isDone()) {
                check(identity.join());
                return root.get(env);
            }
            return identity.thenCompose(found -> {
                check(found);
                try {
                    Object value = root.get(env);
                    return value instanceof CompletableFuture<?> future ? future.thenApply(v -> (Object) v)
                            : CompletableFuture.completedFuture(value);
                } catch (Exception e) {
                    return CompletableFuture.failedFuture(e);
                }
            });
        };
    }

    private void check(SecurityIdentity identity) {
        if (!allows(identity)) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, NEEDS_TOKEN_OVER_WEBSOCKET);
        }
    }

    private static CompletableFuture<SecurityIdentity> identityOf(InjectableContext.ContextState state) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive() && state != null;
        if (activated) {
            requestContext.activate(state);
        }
        try {
            return Arc.container().instance(CurrentIdentityAssociation.class).get().getDeferredIdentity()
                    .subscribeAsCompletionStage();
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }
}
