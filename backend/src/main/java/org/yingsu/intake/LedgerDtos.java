package org.yingsu.intake;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.agencies.bulk.AgencyEntries.AgencyEntry;
import org.yingsu.agencies.bulk.AgencyEntries.OfficialEntry;
import org.yingsu.common.persistence.ChangeCounts;
import org.yingsu.litigation.bulk.CaseDocuments.CaseDocument;

/**
 * The {@code yingsu-ledger/1} format of docs/domain.md §5, shared by the ledger import (JSON and Excel), court intake (its
 * {@code cases} shape) and Java callers such as the demo-data generator: agencies and officials as
 * {@link org.yingsu.agencies.bulk.AgencyEntries} lists them, cases as {@link org.yingsu.litigation.bulk.CaseDocuments}.
 */
public final class LedgerDtos {

    public static final String FORMAT = "yingsu-ledger/1";

    private LedgerDtos() {
    }

    /** A whole ledger (台账): agencies, their officials and cases with everything that happened in them. */
    @Schema(name = "LedgerDocument")
    public record LedgerDocument(
            @Schema(required = true, example = FORMAT, enumeration = FORMAT) String format,
            List<AgencyEntry> agencies,
            List<OfficialEntry> officials,
            List<CaseDocument> cases) {
    }

    @Schema(name = "LedgerImportResult")
    public record LedgerImportResult(ChangeCounts agencies, ChangeCounts officials, ChangeCounts cases,
            ChangeCounts hearings, ChangeCounts notices, ChangeCounts appearances, ChangeCounts delegations,
            ChangeCounts outcomes) {
    }

    @Schema(name = "IntakeCaseResult")
    public record CaseResult(
            @Schema(description = "Position of the case in the request") int index,
            String court,
            String caseNumber,
            @Schema(enumeration = {"created", "updated", "unchanged"},
                    description = "unchanged: every value sent was already stored; nothing was written")
            String status) {
    }

    @Schema(name = "IntakeResult")
    public record IntakeResult(List<CaseResult> cases, int created, int updated, int unchanged) {
    }
}
