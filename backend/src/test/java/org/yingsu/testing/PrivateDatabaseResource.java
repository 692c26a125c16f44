package org.yingsu.testing;

/**
 * A throwaway embedded PostgreSQL for one test profile alone, even when the suite runs against an external database:
 * for tests whose totals other test classes' data would change.
 */
public class PrivateDatabaseResource extends EmbeddedPostgresResource {

    @Override
    protected boolean useExternal() {
        return false;
    }
}
