package org.yingsu.common.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * Serves the single-page app's {@code index.html} for its client-side routes ({@code /cases/12}), so that a reload
 * or a shared link opens the page instead of a 404. The API, Quarkus' own endpoints and real files are left alone.
 */
@ApplicationScoped
class SpaRouting {

    private static final String RESOURCES = "META-INF/resources";
    private static final Set<String> FILE_EXTENSIONS = Set.of("js", "mjs", "css", "map", "html", "json", "txt", "svg",
            "png", "jpg", "jpeg", "gif", "webp", "ico", "woff", "woff2", "ttf", "webmanifest", "xml", "pdf");

    void install(@Observes Router router) {
        // Runs before the static-resource handler, which would otherwise answer 404 for a client-side route.
        router.get("/*").order(-10).handler(this::route);
    }

    private void route(RoutingContext context) {
        String path = context.normalizedPath();
        if (isSpaRoute(path) && !isPackagedFile(path)) {
            context.reroute("/index.html");
        } else {
            context.next();
        }
    }

    static boolean isSpaRoute(String path) {
        if (path.equals("/") || isUnder(path, "/api") || isUnder(path, "/q")) {
            return false;
        }
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        int dot = lastSegment.lastIndexOf('.');
        // A missing asset must stay a 404: a browser asking for a script must not receive HTML.
        return dot < 0 || !FILE_EXTENSIONS.contains(lastSegment.substring(dot + 1).toLowerCase());
    }

    private static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private static boolean isPackagedFile(String path) {
        return Thread.currentThread().getContextClassLoader().getResource(RESOURCES + path) != null;
    }
}
