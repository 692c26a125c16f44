package org.yingsu.coordination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

final class DisputeDtos {

    private DisputeDtos() {
    }

    @Schema(name = "MediatingBodyInput", description = "A body of the list the centre assigns disputes to")
    public record BodyInput(
            @NotBlank @Size(max = 40) @Schema(example = "LX-TJW") String code,
            @NotBlank @Size(max = 200) @Schema(example = "龙溪街道人民调解委员会") String name,
            @NotNull MediatingBodyKind kind,
            @Schema(description = "An inactive body keeps its disputes but takes no new ones; default true")
            Boolean active) {
    }

    @Schema(name = "MediatingBody")
    public record BodyResponse(String code, String name, MediatingBodyKind kind, boolean active, long version) {

        static BodyResponse of(MediatingBody b) {
            return new BodyResponse(b.code, b.name, b.kind, b.active, b.version);
        }
    }

    @Schema(name = "DisputeInput", description = "A dispute as received; an entrusted one names the court, its "
            + "reference and the time limit it set")
    public record DisputeInput(
            @NotBlank @Size(max = 100) @Schema(description = "The centre's register number",
                    example = "渝北协调〔2022〕15号") String number,
            @NotNull DisputeSource source,
            @Size(max = 200) @Schema(example = "重庆市渝北区人民法院") String court,
            @Size(max = 100) @Schema(description = "The court's reference of the entrustment",
                    example = "（2022）渝0112诉前调1234号") String courtReference,
            @Schema(description = "The last day the court allows (Asia/Shanghai); for a direct dispute the centre's "
                    + "own, optional") LocalDate timeLimit,
            @Schema(description = "The litigation case, when filed (required for 委托)") Long caseId,
            @NotNull LocalDate receivedOn,
            @NotBlank @Size(max = 4000) @Schema(description = "What the dispute is about") String subject,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> applicants,
            @NotEmpty @Size(max = 20) @Schema(description = "The agencies whose acts are disputed")
            List<@NotBlank String> agencyCodes,
            @Size(max = 40) @Schema(description = "The mediating body, when already chosen") String mediatingBodyCode) {
    }

    @Schema(name = "DisputeStart", description = "The mediating body takes the dispute up")
    public record DisputeStart(@NotBlank String mediatingBodyCode, @NotNull LocalDate startedOn) {
    }

    @Schema(name = "DisputeMeetingInput")
    public record MeetingInput(
            @NotNull LocalDate heldOn,
            @Size(max = 200) String place,
            @NotBlank @Size(max = 2000) @Schema(example = "申请人李某，区市场监管局副局长王某，街道调解员张某")
            String participants,
            @Size(max = 4000) String notes) {
    }

    @Schema(name = "DisputeResolve", description = "How the dispute was resolved; a settlement or a mediation "
            + "agreement must be attached first (document kind AGREEMENT)")
    public record DisputeResolve(@NotNull DisputeResolution resolution, @NotNull LocalDate resolvedOn,
            @NotBlank @Size(max = 4000) String summary) {
    }

    @Schema(name = "DisputeReturn", description = "Not resolved: returned to the court (or closed, if direct)")
    public record DisputeReturn(@NotNull LocalDate returnedOn, @NotBlank @Size(max = 4000) String reason) {
    }

    @Schema(name = "DisputeMeeting")
    public record MeetingResponse(long id, LocalDate heldOn, String place, String participants, String notes) {

        static MeetingResponse of(DisputeMeeting m) {
            return new MeetingResponse(m.id, m.heldOn, m.place, m.participants, m.notes);
        }
    }

    @Schema(name = "DisputeAgency")
    public record AgencyRef(String code, String name) {
    }

    @Schema(name = "Dispute")
    public record DisputeResponse(long id, String number, DisputeSource source, String court, String courtReference,
            LocalDate timeLimit,
            @Schema(description = "Kept, overdue, running or none, on Asia/Shanghai dates") TimeLimitStatus timeLimitStatus,
            @Schema(nullable = true) Long caseId, @Schema(nullable = true) String caseNumber, LocalDate receivedOn,
            String subject, List<String> applicants, List<AgencyRef> agencies,
            @Schema(nullable = true) BodyResponse mediatingBody, DisputeStatus status,
            @Schema(nullable = true) LocalDate startedOn, @Schema(nullable = true) DisputeResolution resolution,
            @Schema(nullable = true) LocalDate closedOn,
            @Schema(description = "The resolution's summary, or why it was returned", nullable = true)
            String outcomeSummary,
            @Schema(description = "Whether the linked case's outcome is marked coordinated", nullable = true)
            Boolean caseCoordinated,
            List<MeetingResponse> meetings, long version) {
    }

    @Schema(name = "CoordinationCount", description = "The centre's counts for one mediating body or agency")
    public record Count(String code, String name, int received, int resolved, int returned,
            @Schema(nullable = true) Double resolutionRate, int overdue) {
    }

    @Schema(name = "CoordinationFigures", description = "The centre's figures for a period (Asia/Shanghai calendar "
            + "dates): received in it; resolved and returned in it; the rate of those closed in it; overdue — time "
            + "limits falling in the period not kept (closed later, or open once the day passed)")
    public record Figures(int year, @Schema(nullable = true) Integer quarter, @Schema(nullable = true) Integer month,
            LocalDate from, LocalDate to, int received, int resolved, int returned,
            @Schema(description = "resolved / (resolved + returned), unrounded", nullable = true)
            Double resolutionRate,
            int withdrawals, int settlements, int mediationAgreements,
            @Schema(description = "Time limits falling in the period") int timeLimits, int kept, int overdue,
            @Schema(description = "Open now (whenever received)") int open,
            List<Count> byMediatingBody, List<Count> byAgency) {
    }
}
