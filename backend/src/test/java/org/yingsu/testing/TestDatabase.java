package org.yingsu.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the throwaway database for every {@code @QuarkusTest} of the module. */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
public final class TestDatabase {

    private TestDatabase() {
    }
}
