package org.yingsu.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.agencies.OfficialRole;
import org.yingsu.common.time.Shanghai;

final class TrainingDtos {

    private TrainingDtos() {
    }

    @Schema(name = "TrainingCreate", description = "A training session the bureau organises with a judge")
    public record TrainingCreate(
            @NotBlank @Size(max = 200) @Schema(example = "行政机关负责人出庭应诉实务") String topic,
            @NotBlank @Size(max = 100) @Schema(example = "王建国") String speaker,
            @NotBlank @Size(max = 200) @Schema(description = "The speaker's court", example = "重庆市渝北区人民法院")
            String speakerCourt,
            @NotNull @Schema(example = "2022-06-16T14:30:00+08:00") OffsetDateTime startsAt,
            @NotBlank @Size(max = 200) @Schema(example = "区政府第二会议室") String place,
            @Size(max = 2000) String notes) {
    }

    @Schema(name = "TrainingInvite", description = "Whom to invite: the heads in post on the session's date of each "
            + "agency named, and the officials named (heads or staff); those already invited stay")
    public record TrainingInvite(
            @Size(max = 200) List<@NotBlank String> agencyCodes,
            @Size(max = 200) List<@NotBlank String> officialCodes) {
    }

    @Schema(name = "TrainingAttendanceEntry")
    public record AttendanceEntry(@NotBlank String officialCode, @NotNull Boolean attended) {
    }

    @Schema(name = "TrainingAttendanceUpdate", description = "Who attended; invitees not named keep what they had")
    public record TrainingAttendanceBody(@NotEmpty @Size(max = 500) List<@Valid @NotNull AttendanceEntry> attendance) {
    }

    @Schema(name = "TrainingInvitation")
    public record InvitationResponse(String officialCode, String officialName, String officialTitle,
            OfficialRole role, boolean head, String agencyCode, String agencyName, TrainingAttendance attendance,
            @Schema(description = "When the agency was reminded of the session", nullable = true)
            OffsetDateTime remindedAt) {

        static InvitationResponse of(TrainingInvitation i) {
            return new InvitationResponse(i.official.code, i.official.name, i.official.title, i.official.role,
                    i.official.role.isHead(), i.agency.code, i.agency.name, i.attendance,
                    i.remindedAt == null ? null : Shanghai.local(i.remindedAt));
        }
    }

    @Schema(name = "TrainingSession")
    public record TrainingResponse(long id, String topic, String speaker, String speakerCourt,
            OffsetDateTime startsAt, String place, String notes,
            @Schema(description = "Invitees shown (an agency sees its own)") int invited, int attended, int absent,
            List<InvitationResponse> invitations, long version) {

        /** {@code shown}: which invitations the caller may see (R9). */
        static TrainingResponse of(TrainingSession s, Predicate<TrainingInvitation> shown) {
            List<InvitationResponse> invitations = s.invitations.stream().filter(shown)
                    .map(InvitationResponse::of).toList();
            return new TrainingResponse(s.id, s.topic, s.speaker, s.speakerCourt, Shanghai.local(s.startsAt),
                    s.place, s.notes, invitations.size(), count(invitations, TrainingAttendance.ATTENDED),
                    count(invitations, TrainingAttendance.ABSENT), invitations, s.version);
        }

        private static int count(List<InvitationResponse> invitations, TrainingAttendance attendance) {
            return (int) invitations.stream().filter(i -> i.attendance() == attendance).count();
        }
    }

    @Schema(name = "TrainingCoverageRow", description = "An agency's heads in a year and how many were trained")
    public record CoverageRow(String agencyCode, String agencyName, AgencyKind kind,
            @Schema(description = "Heads in post on some day of the year") int heads,
            @Schema(description = "Of those, invited to a session of the year") int headsInvited,
            @Schema(description = "Of those, attended a session of the year") int headsTrained,
            @Schema(description = "headsTrained / heads, unrounded", nullable = true) Double share,
            @Schema(description = "Names of the heads not trained in the year") List<String> untrained) {
    }

    @Schema(name = "TrainingCoverage", description = "Per agency the share of its heads trained in the year")
    public record CoverageResponse(int year, int sessions, int heads, int headsTrained,
            @Schema(nullable = true) Double share, List<CoverageRow> agencies) {
    }

    @Schema(name = "TrainingReminder", description = "A coming session and the invitees of one agency whose "
            + "attendance is open: what the agency is reminded of")
    public record ReminderResponse(long sessionId, String topic, String speaker, OffsetDateTime startsAt,
            String place, String agencyCode, String agencyName, List<String> officials,
            @Schema(description = "When the agency was reminded by e-mail; null until the reminder job ran",
                    nullable = true) OffsetDateTime remindedAt) {
    }

    @Schema(name = "TrainingRemindResult")
    public record RemindResult(@Schema(description = "Agencies reminded by this run") int agenciesReminded,
            @Schema(description = "Invitations marked reminded") int invitationsReminded) {
    }
}
