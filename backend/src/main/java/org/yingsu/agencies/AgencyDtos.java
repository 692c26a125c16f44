package org.yingsu.agencies;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.common.http.ReadBack;

/** Request and response bodies of agencies and officials; each request holds only what a client may set. */
final class AgencyDtos {

    static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.-]*";
    static final String CODE_MESSAGE = "must be letters, digits, '-', '_' or '.'";

    private AgencyDtos() {
    }

    @Schema(name = "AgencyCreate")
    public record AgencyCreate(
            @NotBlank @Size(max = 64) @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE)
            @Schema(example = "YB-GOV") String code,
            @NotBlank @Size(max = 200) @Schema(example = "重庆市渝北区人民政府") String name,
            @NotNull AgencyKind kind,
            @Size(max = 64) String parentCode,
            @Email @Size(max = 200) @Schema(description = "Receives pre-hearing warnings") String email) {
    }

    @ReadBack(AgencyResponse.class)
    @Schema(name = "AgencyUpdate")
    public record AgencyUpdate(
            @NotBlank @Size(max = 200) String name,
            @NotNull AgencyKind kind,
            @Size(max = 64) String parentCode,
            @Email @Size(max = 200) String email) {
    }

    @Schema(name = "Agency")
    public record AgencyResponse(String code, String name, AgencyKind kind,
            @Schema(nullable = true) String parentCode, @Schema(nullable = true) String email,
            long version) {

        static AgencyResponse of(Agency agency) {
            return new AgencyResponse(agency.code, agency.name, agency.kind,
                    agency.parent == null ? null : agency.parent.code, agency.email, agency.version);
        }
    }

    @Schema(name = "OfficialCreate")
    public record OfficialCreate(
            @NotBlank @Size(max = 64) @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE)
            @Schema(example = "YB-GOV-002") String code,
            @NotBlank @Size(max = 64) String agencyCode,
            @NotBlank @Size(max = 100) @Schema(example = "张某") String name,
            @NotNull OfficialRole role,
            @Size(max = 100) @Schema(example = "副区长") String title,
            @NotNull LocalDate validFrom,
            LocalDate validTo) {
    }

    @ReadBack(OfficialResponse.class)
    @Schema(name = "OfficialUpdate")
    public record OfficialUpdate(
            @NotBlank @Size(max = 100) String name,
            @NotNull OfficialRole role,
            @Size(max = 100) String title,
            @NotNull LocalDate validFrom,
            LocalDate validTo) {
    }

    @Schema(name = "Official")
    public record OfficialResponse(String code, String agencyCode, String name, OfficialRole role,
            @Schema(nullable = true) String title,
            LocalDate validFrom, @Schema(nullable = true) LocalDate validTo,
            @Schema(description = "Whether the role is a head role (负责人); a head counts only on dates in the range")
            boolean head,
            long version) {

        static OfficialResponse of(Official official) {
            return new OfficialResponse(official.code, official.agency.code, official.name, official.role,
                    official.title, official.validFrom, official.validTo, official.role.isHead(), official.version);
        }
    }
}
