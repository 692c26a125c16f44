package org.yingsu.recommendations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class RecommendationDtos {

    private RecommendationDtos() {
    }

    @Schema(name = "RecommendationCreate", description = "A recommendation as the court sends it")
    public record RecommendationCreate(
            @NotBlank @Size(max = 200) String court,
            @NotBlank @Size(max = 100) @Schema(example = "（2022）渝0112司建1号") String number,
            @Schema(description = "The case it arose from, if known") Long caseId,
            @NotBlank @Size(max = 64) String agencyCode,
            @NotNull LocalDate receivedOn,
            @NotBlank @Size(max = 20000) String content,
            @Schema(description = "Answer due by (usually two months)") LocalDate dueOn) {
    }

    @Schema(name = "RecommendationAnswer")
    public record RecommendationAnswer(@NotBlank @Size(max = 20000) String response) {
    }

    @Schema(name = "RecommendationClose")
    public record RecommendationClose(@Size(max = 2000) String comment) {
    }

    @Schema(name = "JudicialRecommendation")
    public record RecommendationResponse(long id, String court, String number, @Schema(nullable = true) Long caseId,
            String caseNumber,
            String agencyCode, String agencyName, LocalDate receivedOn, String content,
            @Schema(nullable = true) LocalDate dueOn,
            RecommendationStatus status, @Schema(description = "Unanswered after its due date") boolean overdue,
            @Schema(nullable = true) String response, @Schema(nullable = true) LocalDate respondedOn,
            @Schema(nullable = true) LocalDate closedOn, @Schema(nullable = true) String bureauComment, long version) {

        static RecommendationResponse of(JudicialRecommendation r, LocalDate today) {
            return new RecommendationResponse(r.id, r.court, r.number,
                    r.litigationCase == null ? null : r.litigationCase.id,
                    r.litigationCase == null ? null : r.litigationCase.caseNumber, r.agency.code, r.agency.name,
                    r.receivedOn, r.content, r.dueOn, r.status, r.isOverdue(today), r.response, r.respondedOn,
                    r.closedOn, r.bureauComment, r.version);
        }
    }
}
