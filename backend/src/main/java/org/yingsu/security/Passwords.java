package org.yingsu.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** bcrypt through Elytron, which writes and reads the {@code $2a$} form, at the configured cost. */
@Singleton
class Passwords {

    /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused instead. */
    static final int MAX_BYTES = 72;

    private final int cost;

    /** Checked against when the username is unknown, so that the answer takes as long as for a known one. */
    private final String unknownUserHash;

    @Inject
    Passwords(SecurityConfig config) {
        cost = config.bcryptCost();
        unknownUserHash = BcryptUtil.bcryptHash("no such user", cost);
    }

    String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    boolean matches(String password, String hash) {
        return BcryptUtil.matches(password, hash == null ? unknownUserHash : hash);
    }

    /** What is wrong with a new password, if anything. */
    static Optional<String> weakness(String password, String username, int minLength) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            return Optional.of("must be at least " + minLength + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("must be at most " + MAX_BYTES + " bytes in UTF-8 (about 24 Chinese characters)");
        }
        if (password.isBlank()) {
            return Optional.of("must not be only spaces");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the username");
        }
        return Optional.empty();
    }
}
