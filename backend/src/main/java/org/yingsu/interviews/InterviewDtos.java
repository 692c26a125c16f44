package org.yingsu.interviews;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.agencies.OfficialRole;

final class InterviewDtos {

    private InterviewDtos() {
    }

    @Schema(name = "InterviewParticipantInput", description = "Someone at the interview: an official of the agency "
            + "(officialCode; name and title then come from the record) or a name with a title")
    public record ParticipantInput(
            @NotNull ParticipantSide side,
            @Size(max = 64) String officialCode,
            @Size(max = 100) @Schema(example = "张某") String name,
            @Size(max = 100) @Schema(example = "局长") String title) {
    }

    @Schema(name = "InterviewRecord", description = "What is recorded of an interview. Completing it needs heldOn, "
            + "at least one participant of each side, and the outcome")
    public record InterviewRecord(
            @Schema(description = "The day it was held (Asia/Shanghai); not in the future") LocalDate heldOn,
            @Size(max = 200) String location,
            @Size(max = 30) List<@Valid @NotNull ParticipantInput> participants,
            @Size(max = 20000) String notes,
            @Size(max = 20000) @Schema(description = "What was agreed, e.g. a rectification commitment (整改承诺)")
            String outcome) {
    }

    @Schema(name = "InterviewCancel")
    public record InterviewCancel(@NotBlank @Size(min = 4, max = 2000) String reason) {
    }

    @Schema(name = "InterviewParticipant")
    public record ParticipantResponse(ParticipantSide side, String name, @Schema(nullable = true) String title,
            @Schema(nullable = true) String officialCode,
            OfficialRole officialRole) {

        static ParticipantResponse of(InterviewParticipant p) {
            return new ParticipantResponse(p.side, p.name, p.title, p.official == null ? null : p.official.code,
                    p.official == null ? null : p.official.role);
        }
    }

    @Schema(name = "Interview", description = "约谈: an agency at 0% in a quarter, tracked to done")
    public record InterviewResponse(long id, String agencyCode, String agencyName, AgencyKind agencyKind, int year,
            int quarter, @Schema(example = "2022-Q1") String period, InterviewStatus status,
            @Schema(description = "Open after its due date") boolean overdue,
            @Schema(description = "Whether the last refresh still saw the agency at zero in the quarter; false once "
                    + "corrected figures show a head appeared") boolean atZero,
            @Schema(description = "Cases heard in the quarter when last seen at zero") int casesHeard,
            LocalDate openedOn, LocalDate dueOn, @Schema(nullable = true) LocalDate heldOn,
            @Schema(nullable = true) String location,
            List<ParticipantResponse> participants, @Schema(nullable = true) String notes,
            @Schema(nullable = true) String outcome, @Schema(nullable = true) LocalDate completedOn,
            @Schema(nullable = true) LocalDate cancelledOn, @Schema(nullable = true) String cancelReason,
            @Schema(description = "Cancelled by the refresh: never worked on, and no longer at zero")
            boolean cancelledByRefresh, long version) {

        static InterviewResponse of(Interview i, LocalDate today) {
            return new InterviewResponse(i.id, i.agency.code, i.agency.name, i.agency.kind, i.year, i.quarter,
                    i.period().label(), i.status, i.isOverdue(today), i.atZero, i.casesHeard, i.openedOn, i.dueOn,
                    i.heldOn, i.location, i.participants.stream().map(ParticipantResponse::of).toList(), i.notes,
                    i.outcome, i.completedOn, i.cancelledOn, i.cancelReason, i.cancelledByRefresh, i.version);
        }
    }

    @Schema(name = "InterviewRefreshRequest", description = "A year's ended quarters, or one quarter")
    public record RefreshRequest(
            @NotNull @Min(1990) @Max(2100) Integer year,
            @Min(1) @Max(4) Integer quarter) {
    }

    @Schema(name = "InterviewRefresh")
    public record RefreshResult(
            @Schema(description = "false when another instance was refreshing at the same moment") boolean ran,
            @Schema(description = "The quarters looked at", example = "[\"2022-Q1\"]") List<String> periods,
            int created,
            @Schema(description = "Cancelled by an earlier refresh, at zero again") int reopened,
            @Schema(description = "Never worked on and no longer at zero") int cancelled,
            @Schema(description = "Worked on or done, no longer at zero: kept for the bureau to decide")
            int noLongerAtZero,
            @Schema(description = "Open tasks in all periods after the refresh") long open) {
    }
}
