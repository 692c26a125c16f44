package org.yingsu.records;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.agencies.OfficialRole;
import org.yingsu.litigation.vocabulary.AppearanceSource;
import org.yingsu.litigation.vocabulary.CourtFinding;
import org.yingsu.litigation.vocabulary.DelegationStatus;
import org.yingsu.litigation.vocabulary.IdentityStatus;
import org.yingsu.litigation.vocabulary.ReasonCategory;
import org.yingsu.metrics.AbsenceClass;

final class RecordDtos {

    private RecordDtos() {
    }

    @Schema(name = "OfficialRecord", description = "述法: an official's personal record of appearing in court for a "
            + "year, as principal heads present it in their annual report. Delegations do not record who signed them, "
            + "so those listed are all of the agency's delegations for hearings while the official was a head")
    public record OfficialRecord(
            int year,
            String officialCode,
            String name,
            @Schema(nullable = true) String title,
            OfficialRole role,
            boolean head,
            String agencyCode,
            String agencyName,
            LocalDate validFrom,
            @Schema(nullable = true) LocalDate validTo,
            @Schema(description = "The first day of the year in this post; null when not in post that year",
                    nullable = true) LocalDate inPostFrom,
            @Schema(description = "The last day of the year in this post", nullable = true) LocalDate inPostTo,
            RecordSummary summary,
            @Schema(description = "Held hearings the official attended for the agency (the court's record where "
                    + "both reported, R10)") List<HearingAttended> hearings,
            @Schema(description = "The agency's duties of the year not met, whose date falls while the official "
                    + "was a head (the trial levels the sanctions count)") List<UnmetDuty> unmetDuties,
            @Schema(description = "The agency's delegations for held hearings while the official was a head")
            List<DelegationLine> delegations,
            @Schema(description = "Hearing observations (旁听庭审) the official attended") List<ObservationLine> observations,
            @Schema(description = "Training sessions (出庭应诉培训) the official attended") List<TrainingLine> trainings) {
    }

    @Schema(name = "OfficialRecordSummary")
    public record RecordSummary(int hearingsAttended, int spoke, int silent, int leftEarly, int unmetDuties,
            int justifiedAbsences, int pendingAbsences, int unjustifiedAbsences, int delegations,
            int observations, int trainings) {
    }

    @Schema(name = "RecordHearing")
    public record HearingAttended(long hearingId, long caseId, String court, String caseNumber,
            @Schema(nullable = true) String causeOfAction,
            OffsetDateTime scheduledAt, boolean spoke, boolean leftEarly, IdentityStatus identityStatus,
            AppearanceSource source,
            @Schema(description = "R1: a head on the hearing's date, proof not rejected") boolean countsAsHead) {
    }

    @Schema(name = "RecordUnmetDuty")
    public record UnmetDuty(long caseId, String court, String caseNumber,
            @Schema(nullable = true) String causeOfAction, boolean mandatory,
            AbsenceClass absenceClass,
            @Schema(description = "The duty's date: its first held hearing (Asia/Shanghai)") LocalDate dutyDate,
            List<OffsetDateTime> hearings) {
    }

    @Schema(name = "RecordDelegation")
    public record DelegationLine(long delegationId, long caseId, String caseNumber, OffsetDateTime scheduledAt,
            ReasonCategory reasonCategory, String reason, String delegateName, String delegateTitle,
            LocalDate filedOn, boolean late, DelegationStatus status,
            @Schema(nullable = true) CourtFinding courtFinding) {
    }

    @Schema(name = "RecordObservation")
    public record ObservationLine(long sessionId, String title, @Schema(nullable = true) String place, long caseId,
            String court,
            String caseNumber, OffsetDateTime scheduledAt) {
    }

    @Schema(name = "RecordTraining")
    public record TrainingLine(long sessionId, String topic, String speaker, String speakerCourt,
            OffsetDateTime startsAt, String place) {
    }
}
