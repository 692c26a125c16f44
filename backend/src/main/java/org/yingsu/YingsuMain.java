package org.yingsu;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.yingsu.common.database.EmbeddedDatabase;

/** Starts the embedded PostgreSQL (unless an external one is configured) before Quarkus reads its datasource. */
@QuarkusMain
public class YingsuMain {

    /**
     * Quarkus refuses a request target java.net.URI cannot parse (a bad percent escape such as {@code ?kind=%zz})
     * with a bare 400 before any route runs; {@code RequestTargets} checks request targets itself and answers such
     * requests with a problem naming the parameter. Read by Quarkus when its HTTP server starts; the test runs set
     * it in the build (backend/pom.xml).
     */
    static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";

    public static void main(String... args) {
        System.setProperty(URI_VALIDATION_OFF, "true");
        try {
            EmbeddedDatabase.startUnlessExternalConfigured();
        } catch (EmbeddedDatabase.NoDatabaseConfigured e) {
            // Before Quarkus runs there is no logging set up worth a stack trace: say what to do, and stop.
            System.err.println("Yingsu cannot start: " + e.getMessage());
            System.exit(1);
        }
        Quarkus.run(args);
    }
}
