package org.yingsu.litigation.bulk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.litigation.vocabulary.AppearanceSource;
import org.yingsu.litigation.vocabulary.CourtFinding;
import org.yingsu.litigation.vocabulary.DelegationStatus;
import org.yingsu.litigation.vocabulary.DesignationBasis;
import org.yingsu.litigation.vocabulary.HearingStatus;
import org.yingsu.litigation.vocabulary.IdentityStatus;
import org.yingsu.litigation.vocabulary.MandatoryCategory;
import org.yingsu.litigation.vocabulary.OutcomeResult;
import org.yingsu.litigation.vocabulary.ReasonCategory;
import org.yingsu.litigation.vocabulary.TrialLevel;

/**
 * A case with everything that happened in it, as court intake pushes it and a ledger (台账) lists it. Values stay as
 * sent (a code none of its enum's values is read as null and reported by the validator): checking them is the
 * validator's job, so that every error is reported with its exact place rather than the first one a parser meets. Where a document leaves an optional value out, an update keeps what is stored and a new
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
            @Schema(required = true) TrialLevel trialLevel,
            LocalDate filedOn,
            @Schema(example = "行政处罚") String causeOfAction,
            List<String> plaintiffs,
            @Schema(required = true, description = "Codes of the defendant agencies; existing defendants are kept")
            List<String> defendants,
            List<MandatoryCategory> mandatoryCategories,
            List<HearingDocument> hearings,
            OutcomeDocument outcome,
            @Schema(description = "art. 3: only these defendants' heads must appear; kept when left out")
            AppearanceDesignation appearanceDesignation,
            @Schema(description = "The department that handled the contested act, for a government defendant (R4); "
                    + "kept when left out", example = "YB-SFJ") String handlingAgencyCode) {
    }

    /** The co-defendants whose heads appear, by their agreement or the court's decision (法释〔2020〕3号 art. 3). */
    @Schema(name = "AppearanceDesignation")
    public record AppearanceDesignation(
            @Schema(required = true, description = "Codes of the designated defendants") List<String> defendants,
            @Schema(required = true) DesignationBasis basis) {
    }

    /** A hearing is identified by its scheduled time within its case. */
    @Schema(name = "HearingDocument")
    public record HearingDocument(
            @Schema(required = true, example = "2022-03-01T09:30:00+08:00") OffsetDateTime scheduledAt,
            @Schema(required = true) HearingStatus status,
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
            @Schema(description = "The defendant the official appeared for; the official's own agency when left out. "
                    + "An official of a lower-level or entrusted body, or for a government of the bureau or the "
                    + "handling department, stands for it as corresponding staff (R4), never as its head")
            String agencyCode,
            @Schema(required = true, example = "YB-GOV-002") String officialCode,
            @Schema(required = true) Boolean spoke,
            @Schema(description = "false when left out") Boolean leftEarly,
            @Schema(description = "VERIFIED when left out") IdentityStatus identityStatus,
            @Schema(description = "AGENCY when left out in a ledger; court intake always records COURT")
            AppearanceSource source) {
    }

    /** Identified by hearing, agency and filing date. */
    @Schema(name = "DelegationDocument")
    public record DelegationDocument(
            @Schema(required = true) String agencyCode,
            @Schema(required = true) ReasonCategory reasonCategory,
            @Schema(required = true, description = "The specific written reason, at least 10 characters")
            String reason,
            @Schema(required = true, description = "Corresponding staff of the agency (R4): its own staff member, or "
                    + "anyone but a lawyer of a body under it") String delegateOfficialCode,
            @Schema(required = true) LocalDate filedOn,
            @Schema(description = "SUBMITTED when left out") DelegationStatus status,
            @Schema(description = "The court's finding on the explanation (art. 9); kept when left out")
            CourtFinding courtFinding) {
    }

    @Schema(name = "OutcomeDocument")
    public record OutcomeDocument(
            @Schema(required = true) OutcomeResult result,
            @Schema(required = true) LocalDate concludedOn,
            @Schema(description = "false when left out") Boolean coordinated) {
    }
}
