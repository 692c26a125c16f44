package org.yingsu.supervision.lostcases;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class LostCaseReportRepository implements PanacheRepository<LostCaseReport> {
}
