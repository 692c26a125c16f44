package org.yingsu.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.agencies.AgencyRepository;
import org.yingsu.security.Role;
import org.yingsu.security.UserService;

/**
 * Demo mode's accounts: one per role with a known, published password, made through the accounts' own service. They
 * are made by the demo load, for the demo district it has just loaded, and at no other time: a database that holds
 * real data never gets an account with a published password, even when demo mode is on or an account was deleted.
 */
@ApplicationScoped
public class DemoAccounts {

    /** Printed at start-up and listed in the README; demo mode only. */
    public static final String DEMO_PASSWORD = "yingsu-demo";
    /** 区公安分局 of the demo district: a department with many cases. */
    static final String DEMO_DEPARTMENT = "YB-GA";
    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

    @Inject
    UserService users;

    @Inject
    AgencyRepository agencies;

    /** After the demo agencies are loaded. */
    @Transactional
    void create() {
        List<String> lines = new ArrayList<>();
        demoAccount(lines, "admin", "司法局 (演示)", Role.ADMIN, null);
        demoAccount(lines, "court", "区人民法院书记员 (演示)", Role.COURT, null);
        demoAccount(lines, "reader", "统计脚本 (演示)", Role.READER, null);
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
        users.createWithPublishedPasswordIfAbsent(username, displayName, role, agency, DEMO_PASSWORD);
        lines.add(String.format("    %-12s %-7s %s", username, role, agency == null ? "" : agency));
    }
}
