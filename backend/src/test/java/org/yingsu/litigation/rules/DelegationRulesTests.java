package org.yingsu.litigation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** R4's written reason and R5's filing in time, as every door applies them. */
class DelegationRulesTests {

    @Test
    void r4AReasonIsSpecificAtLeastTenCharactersAndPaddingDoesNotMakeItSo() {
        assertTrue(DelegationRules.reasonProblem("区长于当日出席市政府常务会议").isEmpty());
        assertEquals("delegation.reason-too-short", DelegationRules.reasonProblem("工作忙").orElseThrow().code());
        assertEquals("delegation.reason-too-short",
                DelegationRules.reasonProblem("　工作忙　　　　　　　　").orElseThrow().code());
        assertTrue(DelegationRules.reasonProblem(null).isPresent());
    }

    @Test
    void art9ApprovalNeedsTheDelegationLetterOrEvidenceAndNothingElseCounts() {
        assertEquals("delegation.approval-without-papers",
                DelegationRules.approvalProblem(false).orElseThrow().code());
        assertTrue(DelegationRules.approvalProblem(true).isEmpty());
        assertEquals(java.util.Set.of(org.yingsu.attachments.DocumentKind.DELEGATION_LETTER,
                org.yingsu.attachments.DocumentKind.EVIDENCE), DelegationRules.PAPERS);
    }

    @Test
    void r5ADelegationFiledAfterTheHearingsDateIsNotInTime() {
        LocalDate hearing = LocalDate.of(2022, 3, 1);
        assertTrue(DelegationRules.inTime(hearing, hearing));
        assertTrue(DelegationRules.inTime(hearing.minusDays(3), hearing));
        assertFalse(DelegationRules.inTime(hearing.plusDays(1), hearing));
    }
}
