package dev.valuenetwork.live;

import dev.valuenetwork.common.graphql.Node;
import dev.valuenetwork.node.NodeLookup;
import dev.valuenetwork.source.SourceDocument;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class LiveGraphQLApi {

    @Inject
    ChangeListener listener;
    @Inject
    NodeLookup nodes;
    @Inject
    SocketLimits limits;
    @Inject
    CurrentVertxRequest currentRequest;

    @Subscription("networkChanged")
    @Description("Committed changes as they happen, over WebSocket at /graphql (graphql-transport-ws or graphql-ws),"
            + " through any instance on the same database. With a slug, only changes that involve that node.")
    public Multi<NetworkEvent> networkChanged(
            @Description("Only changes involving the company, person, alliance or product with this slug.") String slug) {
        SocketLimits.Socket socket = socket();
        Multi<NetworkEvent> events = Multi.createFrom().deferred(() -> {
            Runnable release = limits.acquire(socket); // refuses past the socket's and the client's caps
            return listener.stream().filter(event -> event.involves(slug)).onTermination().invoke(release);
        });
        // Each subscriber's events are resolved on its own connection's context, so the listener
        // thread only hands them over and one subscriber's lookups never hold up another's.
        Context context = Vertx.currentContext();
        return context == null ? events : events.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    /** The socket the subscription came on, as its upgrade request recorded it (SocketLimits). */
    private SocketLimits.Socket socket() {
        try {
            RoutingContext upgrade = currentRequest.getCurrent();
            return upgrade == null ? null : upgrade.get(SocketLimits.SOCKET);
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    @Description("The record as it is now; null when it was deleted.")
    public Node node(@Source NetworkEvent event) {
        return event.type() == null ? null
                : event.resolved().get("node", () -> nodes.find(event.type(), event.key()).orElse(null));
    }

    @NonNull
    @Description("The companies, people, alliances and products the change involves.")
    public List<@NonNull Node> nodes(@Source NetworkEvent event) {
        return event.resolved().get("nodes", () -> event.involved().stream().map(n -> nodes.find(n.get(0), n.get(1)))
                .flatMap(Optional::stream).map(Node.class::cast).toList());
    }

    @NonNull
    @Description("The sources the changed record cites.")
    public List<@NonNull SourceDocument> sources(@Source NetworkEvent event) {
        return event.resolved().get("sources", () -> event.sourceKeys().stream()
                .map(key -> nodes.find(SourceDocument.TYPE, key)).flatMap(Optional::stream)
                .map(SourceDocument.class::cast).toList());
    }
}
