package dev.valuenetwork.explore;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The explorer lives at /explore/: its page, script and style sheet are static resources the
 * build bundles from npm packages (src/main/explorer, META-INF/resources/explore in the jar). A
 * link to /explore, without the slash, is sent there, so the page's relative links resolve.
 */
@ApplicationScoped
public class ExplorerPage {

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            if ("/explore".equals(rc.normalizedPath()) && "GET".equals(rc.request().method().name())) {
                String query = rc.request().query();
                rc.response().setStatusCode(302).putHeader("Location", "/explore/" + (query == null ? "" : "?" + query)).end();
            } else {
                rc.next();
            }
        }, 200);
    }
}
