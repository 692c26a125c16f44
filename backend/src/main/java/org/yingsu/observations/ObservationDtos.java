package org.yingsu.observations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.agencies.OfficialRole;
import org.yingsu.common.http.ReadBack;
import org.yingsu.common.time.Shanghai;
import org.yingsu.litigation.vocabulary.HearingStatus;

final class ObservationDtos {

    private ObservationDtos() {
    }

    @Schema(name = "ObservationCreate", description = "Marks a public hearing as an observation session")
    public record ObservationCreate(
            @NotNull Long hearingId,
            @NotBlank @Size(max = 200) @Schema(example = "行政处罚类案件旁听") String title,
            @NotBlank @Size(max = 2000) @Schema(description = "Why this hearing is typical") String typicalReason,
            @Size(max = 200) @Schema(example = "区法院第三审判庭") String place,
            @Size(max = 2000) String notes) {
    }

    @ReadBack(ObservationResponse.class)
    @Schema(name = "ObservationUpdate")
    public record ObservationUpdate(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 2000) String typicalReason,
            @Size(max = 200) String place,
            @Size(max = 2000) String notes) {
    }

    @Schema(name = "ObservationInvite", description = "Heads to invite, by official code; ones already invited stay")
    public record ObservationInvite(@NotEmpty @Size(max = 200) List<@NotBlank String> officialCodes) {
    }

    @Schema(name = "ObservationAttendanceEntry")
    public record AttendanceEntry(@NotBlank String officialCode, @NotNull Boolean attended) {
    }

    @Schema(name = "ObservationAttendance", description = "Who attended; invitees not named keep what they had")
    public record ObservationAttendance(@NotEmpty @Size(max = 200) List<@Valid @NotNull AttendanceEntry> attendance) {
    }

    @Schema(name = "ObservationInvitation")
    public record InvitationResponse(String officialCode, String officialName, String officialTitle,
            OfficialRole role, String agencyCode, String agencyName, Attendance attendance) {

        static InvitationResponse of(ObservationInvitation i) {
            return new InvitationResponse(i.official.code, i.official.name, i.official.title, i.official.role,
                    i.agency.code, i.agency.name, i.attendance);
        }
    }

    @Schema(name = "ObservationSession")
    public record ObservationResponse(long id, long hearingId, long caseId, String court, String caseNumber,
            @Schema(nullable = true) String causeOfAction, OffsetDateTime scheduledAt, HearingStatus hearingStatus,
            String title,
            String typicalReason, @Schema(nullable = true) String place, @Schema(nullable = true) String notes,
            @Schema(description = "Invitees shown (an agency sees its own)") int invited, int attended, int absent,
            List<InvitationResponse> invitations, long version) {

        /** {@code shown}: which invitations the caller may see (R9). */
        static ObservationResponse of(ObservationSession s, Predicate<ObservationInvitation> shown) {
            List<InvitationResponse> invitations = s.invitations.stream().filter(shown)
                    .map(InvitationResponse::of).toList();
            var c = s.hearing.litigationCase;
            return new ObservationResponse(s.id, s.hearing.id, c.id, c.court, c.caseNumber, c.causeOfAction,
                    Shanghai.local(s.hearing.scheduledAt), s.hearing.status, s.title, s.typicalReason, s.place,
                    s.notes, invitations.size(), count(invitations, Attendance.ATTENDED),
                    count(invitations, Attendance.ABSENT), invitations, s.version);
        }

        private static int count(List<InvitationResponse> invitations, Attendance attendance) {
            return (int) invitations.stream().filter(i -> i.attendance() == attendance).count();
        }
    }
}
