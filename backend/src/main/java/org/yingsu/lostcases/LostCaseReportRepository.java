package org.yingsu.lostcases;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class LostCaseReportRepository implements PanacheRepository<LostCaseReport> {
}
