package org.yingsu.litigation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yingsu.agencies.OfficialRole;

/** R1, R5 and R6 as the single-record API, court intake and the ledger apply them to one appearance. */
class AppearanceRulesTests {

    private static final LocalDate DATE = LocalDate.of(2022, 3, 1);
    private static final Post HEAD = new Post(1, 10, null, OfficialRole.DEPUTY, LocalDate.of(2020, 1, 1), null);

    @Test
    void r1OnlyAHeadOfTheAgencyItselfInPostOnTheDateWithAProofNotRejectedCounts() {
        assertTrue(AppearanceRules.countsAsHead(HEAD, Standing.OWN_AGENCY, false, DATE));
        assertFalse(AppearanceRules.countsAsHead(HEAD, Standing.OWN_AGENCY, true, DATE));
        assertFalse(AppearanceRules.countsAsHead(HEAD, Standing.LOWER_LEVEL_BODY, false, DATE));
        assertFalse(AppearanceRules.countsAsHead(HEAD, Standing.OWN_AGENCY, false, LocalDate.of(2019, 12, 31)));
        Post staff = new Post(2, 10, null, OfficialRole.STAFF, LocalDate.of(2020, 1, 1), null);
        assertFalse(AppearanceRules.countsAsHead(staff, Standing.OWN_AGENCY, false, DATE));
    }

    @Test
    void r5AnAppearanceAtAHearingNotHeldOrByAnUnrelatedOfficialIsRefused() {
        assertEquals("appearance.hearing-not-held", AppearanceRules.hearingProblem(false).orElseThrow().code());
        assertTrue(AppearanceRules.hearingProblem(true).isEmpty());
        assertEquals("appearance.unrelated-official",
                AppearanceRules.officialProblem(Standing.UNRELATED).orElseThrow().code());
        assertTrue(AppearanceRules.officialProblem(Standing.OWN_AGENCY).isEmpty());
        assertEquals("appearance.hearing-not-held",
                AppearanceRules.problem(Standing.UNRELATED, false).orElseThrow().code());
    }

    @Test
    void r6AHeadWhoDidNotSpeakOrLeftEarlyIsFlaggedAndNobodyElseIs() {
        assertTrue(AppearanceRules.silent(true, false));
        assertFalse(AppearanceRules.silent(true, true));
        assertFalse(AppearanceRules.silent(false, false));
        assertTrue(AppearanceRules.leftEarly(true, true));
        assertFalse(AppearanceRules.leftEarly(false, true));
    }
}
