package org.yingsu;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.yingsu.common.database.EmbeddedDatabase;

/** Starts the embedded PostgreSQL (unless an external one is configured) before Quarkus reads its datasource. */
@QuarkusMain
public class YingsuMain {

    public static void main(String... args) {
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
