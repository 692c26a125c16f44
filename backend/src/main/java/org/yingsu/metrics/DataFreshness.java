package org.yingsu.metrics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What a request's figures were read from, said in its answer: {@code Yingsu-Data-Source} (primary, reporting, or
 * both when one request read twice) and {@code Yingsu-Data-Lag}, the most seconds the reporting replica was behind.
 * Duties are written in the transaction of the change they follow, so figures from the primary are current and
 * figures from a replica are as old as its lag.
 */
@RequestScoped
public class DataFreshness {

    public static final String SOURCE_HEADER = "Yingsu-Data-Source";
    public static final String LAG_HEADER = "Yingsu-Data-Lag";
    static final String PRIMARY = "primary";
    static final String REPORTING = "reporting";

    private final TreeSet<String> sources = new TreeSet<>();
    private double lagSeconds;

    void read(String source, double lag) {
        sources.add(source);
        lagSeconds = Math.max(lagSeconds, lag);
    }

    boolean anyRead() {
        return !sources.isEmpty();
    }

    String sources() {
        return String.join(",", sources);
    }

    double lagSeconds() {
        return lagSeconds;
    }

    /** Adds the headers to answers whose request read figures (through methods: the bean is a client proxy). */
    @Provider
    public static class Headers implements ContainerResponseFilter {

        @jakarta.inject.Inject
        DataFreshness freshness;

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (freshness.anyRead()) {
                response.getHeaders().putSingle(SOURCE_HEADER, freshness.sources());
                response.getHeaders().putSingle(LAG_HEADER, String.format(Locale.ROOT, "%.1f",
                        freshness.lagSeconds()));
            }
        }
    }
}
