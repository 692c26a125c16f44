package org.yingsu.bulletins;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

final class BulletinDtos {

    private BulletinDtos() {
    }

    @Schema(name = "BulletinPublish", description = "Publish a quarter's bulletin as it now stands. A quarter that has "
            + "one already gets a 409 unless this is a correction: `supersedes` names the bulletin in force and "
            + "`correctionReason` says what was wrong")
    public record Publish(
            @NotNull @Min(1990) @Max(2100) Integer year,
            @NotNull @Min(1) @Max(4) Integer quarter,
            @Schema(description = "The id of the bulletin this one corrects and replaces") Long supersedes,
            @Size(max = 2000) String correctionReason) {
    }

    @Schema(name = "BulletinSummary")
    public record BulletinSummary(
            long id,
            @Schema(example = "渝北司法应诉通〔2023〕1号") String number,
            int year,
            int quarter,
            @Schema(example = "2022-Q4") String period,
            @Schema(description = "1, or higher for a correction") int revision,
            String title,
            LocalDate publishedOn,
            OffsetDateTime publishedAt,
            @Schema(description = "Who published it") String publishedBy,
            @Schema(nullable = true) Long supersedesId,
            @Schema(nullable = true) String supersedesNumber,
            @Schema(nullable = true) String correctionReason,
            @Schema(description = "The correction that replaced this one, if any", nullable = true)
            Long supersededById,
            @Schema(nullable = true) String supersededByNumber) {
    }

    @Schema(name = "Bulletin", description = "A published bulletin with its content exactly as published")
    public record BulletinResponse(BulletinSummary summary, BulletinContent content) {
    }

    @Schema(name = "BulletinDraft", description = "A quarter's bulletin as it would be published now")
    public record Draft(
            BulletinContent content,
            @Schema(description = "The quarter's bulletin in force, if one was published", nullable = true)
            BulletinSummary current) {
    }
}
