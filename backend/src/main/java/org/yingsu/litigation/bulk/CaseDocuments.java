package org.yingsu.litigation.bulk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A case with everything that happened in it, as court intake pushes it and a ledger (台账) lists it. Values stay as
 * sent: checking them is the validator's job, so that every error is reported with its exact place rather than the
 * first one a parser meets. Where a document leaves an optional value out, an update keeps what is stored and a new
 * record gets the default.
 */
public final class CaseDocuments {

    private CaseDocuments() {
    }

    /** A case, identified by court and case number, with its hearings and outcome. */
    @Schema(name = "CaseDocument")
    public record CaseDocument(
            @Schema(required = true, example = "重庆市渝北区人民法院") String court,
            @Schema(required = true, example = "（2022）渝0112行初1号") String caseNumber,
            @Schema(required = true, enumeration = {"FIRST_INSTANCE", "SECOND_INSTANCE", "RETRIAL"}) String trialLevel,
            LocalDate filedOn,
            @Schema(example = "行政处罚") String causeOfAction,
            List<String> plaintiffs,
            @Schema(required = true, description = "Codes of the defendant agencies; existing defendants are kept")
            List<String> defendants,
            @Schema(enumeration = {"MAJOR_PUBLIC_INTEREST", "HIGH_SOCIAL_CONCERN", "MASS_INCIDENT_RISK",
                    "PROCURATORIAL_PUBLIC_INTEREST"})
            List<String> mandatoryCategories,
            List<HearingDocument> hearings,
            OutcomeDocument outcome) {
    }

    /** A hearing is identified by its scheduled time within its case. */
    @Schema(name = "HearingDocument")
    public record HearingDocument(
            @Schema(required = true, example = "2022-03-01T09:30:00+08:00") OffsetDateTime scheduledAt,
            @Schema(required = true, enumeration = {"SCHEDULED", "HELD", "POSTPONED", "CANCELLED"}) String status,
            List<NoticeDocument> notices,
            List<AppearanceDocument> appearances,
            List<DelegationDocument> delegations) {
    }

    @Schema(name = "NoticeDocument")
    public record NoticeDocument(
            @Schema(description = "The issuing court; the case's court when left out") String court,
            @Schema(required = true, example = "（2022）渝0112行初1号之一") String number,
            @Schema(required = true, example = "YB-GOV") String agencyCode,
            @Schema(required = true) LocalDate servedOn) {
    }

    /** Who of a defendant agency was present at a held hearing; identified by hearing, official and source. */
    @Schema(name = "AppearanceDocument")
    public record AppearanceDocument(
            @Schema(description = "The official's agency; checked when given") String agencyCode,
            @Schema(required = true, example = "YB-GOV-002") String officialCode,
            @Schema(required = true) Boolean spoke,
            @Schema(description = "false when left out") Boolean leftEarly,
            @Schema(enumeration = {"VERIFIED", "PENDING", "REJECTED"}, description = "VERIFIED when left out")
            String identityStatus,
            @Schema(enumeration = {"COURT", "AGENCY"},
                    description = "AGENCY when left out in a ledger; court intake always records COURT")
            String source) {
    }

    /** Identified by hearing, agency and filing date. */
    @Schema(name = "DelegationDocument")
    public record DelegationDocument(
            @Schema(required = true) String agencyCode,
            @Schema(required = true, enumeration = {"FORCE_MAJEURE", "ACCIDENT", "NON_DELEGABLE_DUTY",
                    "OTHER_JUSTIFIED"}) String reasonCategory,
            @Schema(required = true, description = "The specific written reason, at least 10 characters")
            String reason,
            @Schema(required = true, description = "A STAFF member of the same agency") String delegateOfficialCode,
            @Schema(required = true) LocalDate filedOn,
            @Schema(enumeration = {"SUBMITTED", "APPROVED", "REJECTED"}, description = "SUBMITTED when left out")
            String status) {
    }

    @Schema(name = "OutcomeDocument")
    public record OutcomeDocument(
            @Schema(required = true, enumeration = {"CLAIMS_DISMISSED", "SUIT_DISMISSED", "WITHDRAWN", "MEDIATED",
                    "REVOKED", "ORDERED_TO_PERFORM", "CONFIRMED_ILLEGAL", "CONFIRMED_INVALID", "MODIFIED", "OTHER"})
            String result,
            @Schema(required = true) LocalDate concludedOn,
            @Schema(description = "false when left out") Boolean coordinated) {
    }
}
