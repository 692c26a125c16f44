package org.yingsu.litigation.outcomes;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.common.http.ReadBack;
import org.yingsu.litigation.vocabulary.OutcomeResult;

public final class OutcomeDtos {

    private OutcomeDtos() {
    }

    @ReadBack(OutcomeResponse.class)
    @Schema(name = "OutcomeUpdate")
    public record OutcomeUpdate(@NotNull OutcomeResult result, @NotNull LocalDate concludedOn,
            @Schema(description = "Resolved with the help of the coordination centre; false when omitted")
            Boolean coordinated) {
    }

    @Schema(name = "Outcome")
    public record OutcomeResponse(long caseId, OutcomeResult result, LocalDate concludedOn, boolean coordinated,
            long version) {

        public static OutcomeResponse of(Outcome o) {
            return new OutcomeResponse(o.caseId, o.result, o.concludedOn, o.coordinated, o.version);
        }
    }
}
