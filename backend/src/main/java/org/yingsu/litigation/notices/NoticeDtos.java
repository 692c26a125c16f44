package org.yingsu.litigation.notices;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.common.http.ReadBack;

public final class NoticeDtos {

    private NoticeDtos() {
    }

    @Schema(name = "NoticeCreate")
    public record NoticeCreate(
            @NotNull Long hearingId,
            @NotBlank @Size(max = 64) String agencyCode,
            @Size(max = 200) @Schema(description = "Issuing court; the case's court when omitted") String court,
            @NotBlank @Size(max = 100) @Schema(example = "（2022）渝0112行初1号之一") String number,
            @NotNull LocalDate servedOn) {
    }

    @ReadBack(NoticeResponse.class)
    @Schema(name = "NoticeUpdate")
    public record NoticeUpdate(@NotNull LocalDate servedOn) {
    }

    @Schema(name = "Notice")
    public record NoticeResponse(long id, long hearingId, long caseId, String caseNumber, String agencyCode,
            String court, String number, LocalDate servedOn, LocalDate hearingDate,
            @Schema(description = "Days between service and the hearing's date") long leadDays,
            @Schema(description = "R3: served fewer than 3 days before the hearing (LATE_NOTICE)") boolean late,
            long version) {

        public static NoticeResponse of(Notice notice) {
            return new NoticeResponse(notice.id, notice.hearing.id, notice.hearing.litigationCase.id,
                    notice.hearing.litigationCase.caseNumber, notice.agency.code, notice.court, notice.number,
                    notice.servedOn, notice.hearing.date(), notice.leadDays(), notice.isLate(), notice.version);
        }
    }
}
