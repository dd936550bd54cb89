package dev.valuenetwork.common.http;

import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/** Content negotiation and request kinds of the GraphQL endpoint. */
final class MediaTypes {

    private static final String JSON = "application/json";

    private MediaTypes() {
    }

    /**
     * The response media type for the request's Accept header, or null when it accepts neither.
     * A request that names neither (no Accept, or a wildcard) gets {@code application/json}, as the
     * GraphQL-over-HTTP spec says a server should for clients written before its media type.
     */
    static String negotiate(RoutingContext rc) {
        List<MIMEHeader> accepted = rc.parsedHeaders().accept();
        if (accepted == null || accepted.isEmpty()) {
            return JSON;
        }
        for (MIMEHeader header : accepted) {
            String value = header.rawValue();
            if (value.startsWith(JSON)) {
                return JSON;
            }
            if (value.startsWith(GraphQLEndpoint.GRAPHQL_RESPONSE) || value.startsWith("application/graphql+json")) {
                return GraphQLEndpoint.GRAPHQL_RESPONSE;
            }
            if (value.startsWith("*/*") || value.startsWith("application/*")) {
                return JSON;
            }
        }
        return null;
    }

    /**
     * A WebSocket handshake, which SmallRye's route takes over. Any other GET, whatever headers it
     * carries, is an ordinary GraphQL request and answered here.
     */
    static boolean isWebSocketUpgrade(RoutingContext rc) {
        String upgrade = rc.request().getHeader("Upgrade");
        String connection = rc.request().getHeader("Connection");
        return upgrade != null && "websocket".equalsIgnoreCase(upgrade.trim())
                && connection != null && connection.toLowerCase().contains("upgrade");
    }
}
