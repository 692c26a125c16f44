package org.yingsu.litigation.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yingsu.agencies.Agency;
import org.yingsu.agencies.AgencyRepository;
import org.yingsu.agencies.Official;
import org.yingsu.litigation.duties.DutyConfig;
import org.yingsu.litigation.rules.Standing;

/**
 * How an official stands to a defendant of a case (R4, 法释〔2020〕3号 art. 10; 《行诉解释》art. 130(2)) for the
 * single-record API, with the same inputs the ledger, intake and the stored duties give the rule: the configured
 * bureau and the case's handling department.
 */
@ApplicationScoped
public class CorrespondingStaff {

    @Inject
    DutyConfig config;

    @Inject
    AgencyRepository agencies;

    public Standing of(Official official, Agency defendant, LitigationCase litigationCase) {
        Long bureau = config.agencyCode().flatMap(agencies::findByCode).map(a -> a.id).orElse(null);
        Long handling = litigationCase.handlingAgency == null ? null : litigationCase.handlingAgency.id;
        return Standing.of(CaseRules.post(official), defendant.id, defendant.kind, bureau, handling);
    }
}
