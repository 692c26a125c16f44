package org.yingsu.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.agencies.bulk.AgencyEntries.OfficialEntry;
import org.yingsu.intake.LedgerDtos;
import org.yingsu.litigation.bulk.CaseDocuments.NoticeDocument;
import org.yingsu.litigation.vocabulary.HearingStatus;
import org.yingsu.litigation.vocabulary.TrialLevel;

/** The generator on its own: deterministic, and shaped like a real district's ledger. */
class DemoDistrictTests {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void theSameSeedGivesTheSameLedger() throws Exception {
        String first = JSON.writeValueAsString(DemoDistrict.generate());
        String second = JSON.writeValueAsString(DemoDistrict.generate());
        assertEquals(first, second);
        assertTrue(first.startsWith("{\"format\":\"yingsu-ledger/1\""));
        assertTrue(first.contains("\"scheduledAt\":\"2022-"));
        assertTrue(first.contains("+08:00\""), "hearing times carry the China offset");
    }

    @Test
    void theDistrictHasAGovernmentThirtyDepartmentsAndTwelveSubdistrictsWithTitledOfficials() {
        LedgerDtos.LedgerDocument ledger = DemoDistrict.generate();
        assertEquals(1, ledger.agencies().stream().filter(a -> a.kind() == AgencyKind.DISTRICT_GOVERNMENT).count());
        assertEquals(30, ledger.agencies().stream().filter(a -> a.kind() == AgencyKind.DEPARTMENT).count());
        assertEquals(12, ledger.agencies().stream().filter(a -> a.kind() == AgencyKind.SUBDISTRICT).count());
        assertTrue(ledger.agencies().stream().anyMatch(a -> a.name().equals("重庆市渝北区统景镇人民政府")));
        Set<String> titles = ledger.officials().stream().map(OfficialEntry::title).collect(Collectors.toSet());
        assertTrue(titles.containsAll(List.of("区长", "副区长", "局长", "副局长", "镇长", "街道办事处主任",
                "工作人员", "法律顾问（律师）")), titles.toString());
        Set<String> codes = ledger.officials().stream().map(OfficialEntry::code).collect(Collectors.toSet());
        assertEquals(ledger.officials().size(), codes.size());
    }

    @Test
    void casesSpanTheThreeYearsWithCoDefendantsMandatoryCasesAndAppeals() {
        LedgerDtos.LedgerDocument ledger = DemoDistrict.generate();
        Set<String> numbers = ledger.cases().stream().map(c -> c.court() + c.caseNumber())
                .collect(Collectors.toSet());
        assertEquals(ledger.cases().size(), numbers.size(), "case numbers are unique per court");
        Set<String> notices = ledger.cases().stream().flatMap(c -> c.hearings().stream())
                .flatMap(h -> h.notices().stream()).map(NoticeDocument::number).collect(Collectors.toSet());
        long noticeCount = ledger.cases().stream().flatMap(c -> c.hearings().stream())
                .mapToLong(h -> h.notices().size()).sum();
        assertEquals(noticeCount, notices.size(), "notice numbers are unique");
        assertTrue(ledger.cases().stream().anyMatch(c -> c.defendants().size() > 1));
        assertTrue(ledger.cases().stream().anyMatch(c -> !c.mandatoryCategories().isEmpty()));
        assertTrue(ledger.cases().stream().anyMatch(c -> c.trialLevel() == TrialLevel.SECOND_INSTANCE));
        assertTrue(ledger.cases().stream().anyMatch(c -> c.hearings().isEmpty() && c.outcome() != null));
        assertTrue(ledger.cases().stream().flatMap(c -> c.hearings().stream())
                .anyMatch(h -> h.status() == HearingStatus.POSTPONED));
        Set<Integer> years = ledger.cases().stream().flatMap(c -> c.hearings().stream())
                .map(h -> h.scheduledAt().getYear()).collect(Collectors.toSet());
        assertTrue(years.containsAll(List.of(2021, 2022, 2023)), years.toString());
        ledger.cases().stream().flatMap(c -> c.hearings().stream()).flatMap(h -> h.delegations().stream())
                .forEach(d -> assertTrue(d.reason().strip().length() >= 10, d.reason()));
    }
}
