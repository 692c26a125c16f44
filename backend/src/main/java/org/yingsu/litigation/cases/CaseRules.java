package org.yingsu.litigation.cases;

import org.yingsu.agencies.Agency;
import org.yingsu.agencies.Official;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.litigation.rules.Post;
import org.yingsu.litigation.rules.Standing;

/** Rules shared by everything recorded at a case's hearings. */
public final class CaseRules {

    private CaseRules() {
    }

    /** An official's post as the rules see it (R1, R4). */
    public static Post post(Official official) {
        Agency agency = official.agency;
        return new Post(official.id, agency.id, agency.parent == null ? null : agency.parent.id, official.role,
                official.validFrom, official.validTo);
    }

    /**
     * How an official stands to a defendant without the bureau or handling department: enough to tell a head (only
     * the defendant's own officials can be one, R1); corresponding staff are judged by {@link CorrespondingStaff}.
     */
    public static Standing standing(Official official, Agency defendant) {
        return Standing.of(post(official), defendant.id, defendant.kind, null, null);
    }

    /** Notices, appearances and delegations concern a defendant of the case, never a stranger to it. */
    public static void requireDefendant(LitigationCase litigationCase, Agency agency, String field) {
        if (!litigationCase.isDefendant(agency)) {
            throw ProblemException.ruleBroken(field, agency.code + " (" + agency.name + ") is not a defendant of case "
                    + litigationCase.caseNumber);
        }
    }
}
