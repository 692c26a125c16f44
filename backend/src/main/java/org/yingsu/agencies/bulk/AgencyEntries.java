package org.yingsu.agencies.bulk;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.agencies.OfficialRole;

/**
 * Agencies and officials as a ledger (台账, {@code yingsu-ledger/1}) lists them. Values stay as sent (a code none of
 * its enum's values is read as null and reported by the ledger validator): checking them is the validator's job, so
 * that every error is reported with its exact place.
 */
public final class AgencyEntries {

    private AgencyEntries() {
    }

    @Schema(name = "LedgerAgency")
    public record AgencyEntry(
            @Schema(required = true, example = "YB-GOV") String code,
            @Schema(required = true, example = "重庆市渝北区人民政府") String name,
            @Schema(required = true) AgencyKind kind,
            String parentCode) {
    }

    /** One post of a person; a change of post is a new official with a new code. */
    @Schema(name = "LedgerOfficial")
    public record OfficialEntry(
            @Schema(required = true, example = "YB-GOV-002") String code,
            @Schema(required = true, example = "YB-GOV") String agencyCode,
            @Schema(required = true, example = "张某") String name,
            @Schema(required = true) OfficialRole role,
            @Schema(example = "副区长") String title,
            @Schema(required = true) LocalDate validFrom,
            LocalDate validTo) {
    }

    /** A stored agency as a document may refer to it; the id is null for one the document itself brings. */
    public record AgencyRef(Long id, String code, String parentCode, AgencyKind kind) {
    }

    /** A stored official; the id and agency id are null for one the document itself brings. */
    public record OfficialRef(Long id, String code, String agencyCode, Long agencyId, OfficialRole role,
            LocalDate validFrom, LocalDate validTo) {
    }
}
