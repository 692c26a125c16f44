package org.yingsu.common.demo;

/**
 * Fired once the demo district's agencies, officials and cases are loaded, before the load is marked complete. The
 * supervision features observe it to add their own demo records (trainings, disputes, referrals) to the tables they
 * own; each observer checks that its records are not there yet, because a load after a crash fires it again.
 */
public record DemoDistrictLoaded() {
}
