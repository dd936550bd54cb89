package dev.valuenetwork.common.http;

import io.agroal.api.AgroalDataSource;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HTTP caching of reads sent with GET. The entity tag is derived from the data's version (the
 * newest audit entry, which every committed change and every import writes in its own
 * transaction, read from the database so that every instance agrees) and from the request (its
 * document, operation and variables): a repeated GET with {@code If-None-Match} gets 304 without
 * running, until a change commits anywhere. Anonymous answers are {@code public}, answers to a
 * request with a token {@code private}; errors and mutations are never cached.
 */
@ApplicationScoped
class HttpCaching {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "valuenetwork.graphql.http-cache.max-age", defaultValue = "5s")
    Duration maxAge;

    /** The entity tag of a read, or null when the data's version cannot be read (the answer is then not cached). */
    String etag(GraphQLRequest request) {
        Long version = version();
        if (version == null) {
            return null;
        }
        String identity = version + "\u0000" + request.query() + "\u0000" + request.operationName() + "\u0000"
                + new java.util.TreeMap<>(request.variables());
        return "W/\"" + version + "-" + PersistedDocuments.sha256(identity).substring(0, 24) + "\"";
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || ("W/" + tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    void cacheable(RoutingContext rc, String etag, boolean withToken) {
        rc.response().putHeader("ETag", etag)
                .putHeader("Cache-Control", (withToken ? "private" : "public") + ", max-age=" + maxAge.toSeconds())
                .putHeader("Vary", "Accept, Authorization");
    }

    static void notCacheable(RoutingContext rc) {
        rc.response().putHeader("Cache-Control", "no-store");
    }

    private Long version() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT coalesce((SELECT max(id) FROM audit_log), 0)")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            return null;
        }
    }
}
