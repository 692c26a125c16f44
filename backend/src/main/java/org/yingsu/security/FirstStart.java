package org.yingsu.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.agencies.AgencyRepository;
import org.yingsu.demo.DemoDistrict;

/**
 * Accounts at start-up. Demo mode creates one account per role with a known password. Otherwise there is no
 * default password: the first admin gets {@code YINGSU_ADMIN_PASSWORD}, or a random password printed once.
 * Runs after the other start-up observers, so that the demo agencies exist when their accounts are made.
 */
@ApplicationScoped
public class FirstStart {

    /** Printed at start-up and listed in the README; demo mode only. */
    public static final String DEMO_PASSWORD = "yingsu-demo";
    /** 区公安分局 of the demo district: a department with many cases. */
    static final String DEMO_DEPARTMENT = "YB-GA";
    private static final int MIN_BOOTSTRAP_TOKEN_LENGTH = 20;
    private static final Logger LOG = Logger.getLogger(FirstStart.class);

    @ConfigProperty(name = "yingsu.bootstrap-admin-token")
    Optional<String> bootstrapAdminToken;

    @ConfigProperty(name = "yingsu.admin-password")
    Optional<String> adminPassword;

    @ConfigProperty(name = "yingsu.demo", defaultValue = "false")
    boolean demo;

    @Inject
    TokenService tokens;

    @Inject
    UserService users;

    @Inject
    AgencyRepository agencies;

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        bootstrapAdminToken.map(String::trim).filter(token -> !token.isEmpty()).ifPresent(token -> {
            if (token.length() < MIN_BOOTSTRAP_TOKEN_LENGTH) {
                throw new IllegalStateException("YINGSU_BOOTSTRAP_ADMIN_TOKEN must be at least "
                        + MIN_BOOTSTRAP_TOKEN_LENGTH + " characters of random text (e.g. openssl rand -hex 32)");
            }
            tokens.ensureBootstrapToken(token);
            LOG.info("YINGSU_BOOTSTRAP_ADMIN_TOKEN is accepted as an ADMIN API token");
        });
        if (demo) {
            demoAccounts();
        } else if (!users.anyEnabledAdmin()) {
            firstAdmin();
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

    private void demoAccounts() {
        List<String> lines = new ArrayList<>();
        demoAccount(lines, "admin", "司法局 (演示)", Role.ADMIN, null);
        demoAccount(lines, "court", "区人民法院书记员 (演示)", Role.COURT, null);
        demoAccount(lines, "reader", "统计脚本 (演示)", Role.READER, null);
        // The demo agencies come from the demo loader, which runs before this; a database that already held other
        // data may lack them, and then their accounts are left out.
        if (agencies.findByCode(DemoDistrict.GOVERNMENT).isPresent()) {
            demoAccount(lines, "yb-gov", "区政府 (演示)", Role.AGENCY, DemoDistrict.GOVERNMENT);
        }
        agencies.findByCode(DEMO_DEPARTMENT).or(() -> agencies.find("kind = ?1 order by code", AgencyKind.DEPARTMENT)
                        .firstResultOptional())
                .ifPresent(department -> demoAccount(lines, "department", department.name + " (演示)",
                        Role.AGENCY, department.code));
        LOG.infof("%n%s%n  Demo accounts (password '%s' unless changed since):%n%s%n%s", "=".repeat(78),
                DEMO_PASSWORD, String.join("%n".formatted(), lines), "=".repeat(78));
    }

    private void demoAccount(List<String> lines, String username, String displayName, Role role, String agency) {
        users.createIfAbsent(username, displayName, role, agency, DEMO_PASSWORD);
        lines.add(String.format("    %-12s %-7s %s", username, role, agency == null ? "" : agency));
    }
}
