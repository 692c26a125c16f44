package org.yingsu.litigation.hearings;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.common.http.ReadBack;
import org.yingsu.common.time.Shanghai;
import org.yingsu.litigation.vocabulary.HearingStatus;

public final class HearingDtos {

    private HearingDtos() {
    }

    @Schema(name = "HearingCreate")
    public record HearingCreate(
            @NotNull Long caseId,
            @NotNull @Schema(example = "2022-03-01T09:30:00+08:00") OffsetDateTime scheduledAt,
            @NotNull HearingStatus status) {
    }

    @ReadBack(HearingResponse.class)
    @Schema(name = "HearingUpdate")
    public record HearingUpdate(@NotNull OffsetDateTime scheduledAt, @NotNull HearingStatus status) {
    }

    @Schema(name = "Hearing")
    public record HearingResponse(long id, long caseId, String court, String caseNumber,
            @Schema(description = "In Asia/Shanghai time") OffsetDateTime scheduledAt,
            @Schema(description = "The hearing's calendar date in Asia/Shanghai") LocalDate date,
            HearingStatus status, long version) {

        public static HearingResponse of(Hearing hearing) {
            return new HearingResponse(hearing.id, hearing.litigationCase.id, hearing.litigationCase.court,
                    hearing.litigationCase.caseNumber, Shanghai.local(hearing.scheduledAt), hearing.date(),
                    hearing.status, hearing.version);
        }
    }
}
