package org.yingsu;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.yingsu.common.database.EmbeddedDatabase;

/** Starts the embedded PostgreSQL (unless an external one is configured) before Quarkus reads its datasource. */
@QuarkusMain
public class YingsuMain {

    public static void main(String... args) {
        EmbeddedDatabase.startUnlessExternalConfigured();
        Quarkus.run(args);
    }
}
