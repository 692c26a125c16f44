package org.yingsu.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.agencies.OfficialRole;
import org.yingsu.common.text.Glossary;
import org.yingsu.common.text.Labelled;
import org.yingsu.litigation.vocabulary.DelegationStatus;
import org.yingsu.litigation.vocabulary.HearingStatus;
import org.yingsu.litigation.vocabulary.IdentityStatus;
import org.yingsu.litigation.vocabulary.MandatoryCategory;
import org.yingsu.litigation.vocabulary.OutcomeResult;
import org.yingsu.litigation.vocabulary.ReasonCategory;
import org.yingsu.litigation.vocabulary.TrialLevel;

/** The server's Chinese names come from glossary.json, the file the web app reads (docs/domain.md §2). */
class GlossaryTests {

    @Test
    void everyLabelledValueHasItsChineseName() {
        for (Class<? extends Enum<?>> type : List.of(AgencyKind.class, OfficialRole.class, DelegationStatus.class,
                HearingStatus.class, IdentityStatus.class, MandatoryCategory.class, OutcomeResult.class,
                ReasonCategory.class, TrialLevel.class, ComplianceFlag.class, MetricsGroup.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                String label = ((Labelled) value).label();
                assertFalse(label.isBlank(), value.toString());
                assertFalse(label.matches(".*[A-Za-z].*"), value + " reads " + label);
            }
        }
    }

    @Test
    void theLawsWordsAreTheOnesPrinted() {
        assertEquals("中途退庭", ComplianceFlag.LEFT_EARLY.label());
        assertEquals("中途退庭", Glossary.term("leftEarly"));
        assertEquals("通知送达不足三日", ComplianceFlag.LATE_NOTICE.label());
        assertEquals("机关编码", Glossary.term("agencyCode"));
        assertEquals("全区合计", MetricsGroup.ALL.label());
    }

    @Test
    void anEarlierNameIsStillUnderstood() {
        assertEquals(HearingStatus.SCHEDULED, Labelled.parse(HearingStatus.class, "已排期").orElseThrow());
        assertEquals(HearingStatus.SCHEDULED, Labelled.parse(HearingStatus.class, "待开庭").orElseThrow());
        assertEquals(HearingStatus.SCHEDULED, Labelled.parse(HearingStatus.class, "SCHEDULED").orElseThrow());
        assertEquals(ComplianceFlag.LEFT_EARLY, Labelled.parse(ComplianceFlag.class, "擅自退庭").orElseThrow());
        assertFalse(Labelled.parse(HearingStatus.class, "开过了").isPresent());
    }

    @Test
    void anUnknownTermIsAnErrorNotAnEmptyHeader() {
        assertThrows(IllegalArgumentException.class, () -> Glossary.term("noSuchTerm"));
    }
}
