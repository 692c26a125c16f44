package org.yingsu.litigation.cases;

import org.yingsu.agencies.Agency;
import org.yingsu.common.problem.ProblemException;

/** Rules shared by everything recorded at a case's hearings. */
public final class CaseRules {

    private CaseRules() {
    }

    /** Notices, appearances and delegations concern a defendant of the case, never a stranger to it. */
    public static void requireDefendant(LitigationCase litigationCase, Agency agency, String field) {
        if (!litigationCase.isDefendant(agency)) {
            throw ProblemException.ruleBroken(field, agency.code + " (" + agency.name + ") is not a defendant of case "
                    + litigationCase.caseNumber);
        }
    }
}
