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

    interface Login {

        /** Failed attempts per username within the window before further attempts get 429. */
        @WithDefault("5")
        int maxFailuresPerUser();

        /** Failed attempts per client address within the window (password spraying across usernames). */
        @WithDefault("20")
        int maxFailuresPerAddress();

        @WithDefault("PT15M")
        Duration window();
    }
}
