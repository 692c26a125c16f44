package org.yingsu.demo;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The {@code yingsu-ledger/1} document of SPEC §5 as the demo generator writes it: the same field names, so it goes
 * through the ledger import unchanged.
 */
public final class DemoLedger {

    public static final String FORMAT = "yingsu-ledger/1";

    private DemoLedger() {
    }

    public record Document(String format, List<Agency> agencies, List<Official> officials, List<Case> cases) {
    }

    public record Agency(String code, String name, String kind, String parentCode) {
    }

    public record Official(String code, String agencyCode, String name, String role, String title,
            LocalDate validFrom, LocalDate validTo) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Case(String court, String caseNumber, String trialLevel, LocalDate filedOn, String causeOfAction,
            List<String> plaintiffs, List<String> defendants, List<String> mandatoryCategories,
            List<Hearing> hearings, Outcome outcome) {
    }

    public record Hearing(OffsetDateTime scheduledAt, String status, List<Notice> notices,
            List<Appearance> appearances, List<Delegation> delegations) {
    }

    public record Notice(String number, String agencyCode, LocalDate servedOn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Appearance(String agencyCode, String officialCode, Boolean spoke, Boolean leftEarly,
            String identityStatus, String source) {
    }

    public record Delegation(String agencyCode, String reasonCategory, String reason, String delegateOfficialCode,
            LocalDate filedOn, String status) {
    }

    public record Outcome(String result, LocalDate concludedOn, Boolean coordinated) {
    }
}
