package org.yingsu.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.agencies.AgencyRepository;
import org.yingsu.security.Role;
import org.yingsu.security.UserService;

/**
 * Demo mode's accounts: one per role with a known password, made through the accounts' own service. Runs after the
 * other start-up observers, so that the demo agencies exist when their accounts are made.
 */
@ApplicationScoped
public class DemoAccounts {

    /** Printed at start-up and listed in the README; demo mode only. */
    public static final String DEMO_PASSWORD = "yingsu-demo";
    /** 区公安分局 of the demo district: a department with many cases. */
    static final String DEMO_DEPARTMENT = "YB-GA";
    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

    @ConfigProperty(name = "yingsu.demo", defaultValue = "false")
    boolean demo;

    @Inject
    UserService users;

    @Inject
    AgencyRepository agencies;

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        if (!demo) {
            return;
        }
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
