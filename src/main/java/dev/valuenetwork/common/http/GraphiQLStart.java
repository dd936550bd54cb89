package dev.valuenetwork.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * GraphiQL's start-up script, ours instead of the bundled one, which opens on an empty editor: a
 * person exploring the service should see an example of this network at once and run it. Also
 * serves the custom scalars' specifications, which their {@code @specifiedBy} URLs name.
 */
@ApplicationScoped
public class GraphiQLStart {

    /** The specifications the custom scalars' @specifiedBy points at (src/main/resources/scalars/, listed in docs/scalars/). */
    private static final java.util.Set<String> SCALAR_SPECS = java.util.Set.of(
            "/graphql/scalars/PartialDate.md", "/graphql/scalars/Decimal.md");

    private volatile Buffer script;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String path = rc.normalizedPath();
            if ("GET".equals(rc.request().method().name()) && "/q/graphql-ui/render.js".equals(path)) {
                rc.response().putHeader("Content-Type", "application/javascript; charset=UTF-8")
                        .putHeader("Cache-Control", "no-cache").end(script());
            } else if ("GET".equals(rc.request().method().name()) && SCALAR_SPECS.contains(path)) {
                rc.response().putHeader("Content-Type", "text/markdown; charset=UTF-8").end(resource(path.substring("/graphql/".length())));
            } else {
                rc.next();
            }
        }, 200);
    }

    private Buffer script() {
        Buffer found = script;
        if (found == null) {
            found = resource("graphiql/render.js");
            script = found;
        }
        return found;
    }

    private static Buffer resource(String name) {
        try (InputStream in = GraphiQLStart.class.getClassLoader().getResourceAsStream(name)) {
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
