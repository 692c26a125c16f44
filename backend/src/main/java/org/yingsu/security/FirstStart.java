package org.yingsu.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Accounts at start-up. There is no default password: the first admin gets {@code YINGSU_ADMIN_PASSWORD}, or a
 * random password printed once. The bootstrap token, when configured, is an ADMIN token from start-up on.
 */
@ApplicationScoped
public class FirstStart {

    /** Of the bootstrap and the metrics token, which are configured secrets, not generated ones. */
    static final int MIN_CONFIGURED_TOKEN_LENGTH = 20;
    private static final Logger LOG = Logger.getLogger(FirstStart.class);

    @ConfigProperty(name = "yingsu.bootstrap-admin-token")
    Optional<String> bootstrapAdminToken;

    @ConfigProperty(name = "yingsu.metrics-token")
    Optional<String> metricsToken;

    @ConfigProperty(name = "yingsu.admin-password")
    Optional<String> adminPassword;

    @Inject
    TokenService tokens;

    @Inject
    UserService users;

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        bootstrapAdminToken.map(String::trim).filter(token -> !token.isEmpty()).ifPresent(token -> {
            requireLongEnough("YINGSU_BOOTSTRAP_ADMIN_TOKEN", token);
            tokens.ensureBootstrapToken(token);
            LOG.info("YINGSU_BOOTSTRAP_ADMIN_TOKEN is accepted as an ADMIN API token");
        });
        metricsToken.map(String::trim).filter(token -> !token.isEmpty())
                .ifPresent(token -> requireLongEnough("YINGSU_METRICS_TOKEN", token));
        // A demo load, which runs before this, has made its own accounts (demo.DemoAccounts); a database that holds
        // real data gets its first admin the same way in demo mode as outside it.
        if (!users.anyEnabledAdmin()) {
            firstAdmin();
        }
    }

    private static void requireLongEnough(String variable, String token) {
        if (token.length() < MIN_CONFIGURED_TOKEN_LENGTH) {
            throw new IllegalStateException(variable + " must be at least " + MIN_CONFIGURED_TOKEN_LENGTH
                    + " characters of random text (e.g. openssl rand -hex 32)");
        }
    }

    private void firstAdmin() {
        Optional<String> configured = adminPassword.filter(p -> !p.isBlank());
        String password = configured.orElseGet(() -> Secrets.readablePassword(16));
        users.createIfAbsent("admin", "司法局管理员", Role.ADMIN, null, password);
        if (configured.isPresent()) {
            LOG.info("Created the first ADMIN account 'admin' with the password from YINGSU_ADMIN_PASSWORD");
        } else {
            LOG.warnf("%n%s%n  First start: created the ADMIN account 'admin' with the password  %s%n"
                    + "  It is shown only this once: log in and change it (PUT /api/auth/password).%n%s",
                    "=".repeat(78), password, "=".repeat(78));
        }
    }
}
