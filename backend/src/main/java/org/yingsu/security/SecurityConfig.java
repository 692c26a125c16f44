package org.yingsu.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "yingsu.security")
public interface SecurityConfig {

    Session session();

    Login login();

    /** People choose passwords; a long minimum matters more than composition rules (NIST SP 800-63B). */
    @WithDefault("10")
    int minPasswordLength();

    /**
     * bcrypt's work factor (log2 of its rounds). Stored hashes keep the cost they were made with, so raising it
     * applies to passwords set from then on; tests lower it, which only makes their hashing cheap.
     */
    @WithDefault("10")
    int bcryptCost();

    interface Session {

        /** How long a session lives at most, however active. */
        @WithDefault("PT12H")
        Duration lifetime();

        /** A session unused this long ends. */
        @WithDefault("PT2H")
        Duration idleTimeout();

        /** Off only for plain-HTTP development setups on hosts other than localhost. */
        @WithDefault("true")
        boolean secureCookie();
    }

    /** Login throttling (LoginThrottle): growing delays, never a lock-out. */
    interface Login {

        /** Failed logins of an account (or of an account from one address) before the next one must wait. */
        @WithDefault("3")
        int freeFailures();

        /** Failed logins from one address, whatever the accounts, before the next one from there must wait. */
        @WithDefault("10")
        int freeFailuresPerSource();

        /** The first wait; each further failure doubles it. */
        @WithDefault("PT2S")
        Duration firstDelay();

        /** The longest wait: after it, one more attempt is always possible. */
        @WithDefault("PT5M")
        Duration maxDelay();

        /** Failures are forgotten once none followed for this long. */
        @WithDefault("PT1H")
        Duration forgetAfter();

        /**
         * An address an account logged in from within this period is its own: from there the account's and the
         * address's failure counts do not apply, only those of the account from that address.
         */
        @WithDefault("P30D")
        Duration knownSourceFor();
    }
}
