package org.yingsu.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers that make the browser refuse what the web app never needs: scripts from elsewhere, being framed,
 * sniffing content types, leaking the address in Referer. Set on every response, the SPA's files included.
 */
@ApplicationScoped
public class SecurityHeaders {

    /**
     * The SPA loads only its own files. antd writes its styles at run time into style elements, hence
     * 'unsafe-inline' for styles (never for scripts); charts and icons use data: and blob: images.
     */
    static final String APP_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI's page starts itself with an inline script. */
    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; frame-ancestors 'none'";

    void register(@Observes Filters filters) {
        filters.register(this::addHeaders, 10);
    }

    private void addHeaders(RoutingContext context) {
        String path = context.normalizedPath();
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Cross-Origin-Opener-Policy", "same-origin");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
            headers.set("Content-Security-Policy", path.startsWith("/q/swagger-ui") ? SWAGGER_POLICY : APP_POLICY);
            if (path.startsWith("/api/") && !headers.contains("Cache-Control")) {
                // Case files and accounts must not linger in shared or browser caches.
                headers.set("Cache-Control", "no-store");
            }
            if (context.request().isSSL() || "https".equalsIgnoreCase(context.request().getHeader("X-Forwarded-Proto"))) {
                headers.set("Strict-Transport-Security", "max-age=31536000");
            }
        });
        context.next();
    }
}
