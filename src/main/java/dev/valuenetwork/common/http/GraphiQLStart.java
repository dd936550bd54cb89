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
 * person exploring the service should see an example of this network at once and run it.
 */
@ApplicationScoped
public class GraphiQLStart {

    private volatile Buffer script;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            if ("GET".equals(rc.request().method().name()) && "/q/graphql-ui/render.js".equals(rc.normalizedPath())) {
                rc.response().putHeader("Content-Type", "application/javascript; charset=UTF-8")
                        .putHeader("Cache-Control", "no-cache").end(script());
            } else {
                rc.next();
            }
        }, 200);
    }

    private Buffer script() {
        Buffer found = script;
        if (found == null) {
            try (InputStream in = GraphiQLStart.class.getClassLoader().getResourceAsStream("graphiql/render.js")) {
                found = Buffer.buffer(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            script = found;
        }
        return found;
    }
}
