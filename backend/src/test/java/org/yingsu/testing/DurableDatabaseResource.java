package org.yingsu.testing;

/**
 * A throwaway embedded PostgreSQL that syncs every commit to disk ({@code fsync} and {@code synchronous_commit} on),
 * as the product's own embedded server does: for benchmarks of the configuration the product really runs.
 */
public class DurableDatabaseResource extends PrivateDatabaseResource {

    @Override
    protected boolean syncs() {
        return true;
    }
}
