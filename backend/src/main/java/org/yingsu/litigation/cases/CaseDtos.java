package org.yingsu.litigation.cases;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.agencies.Agency;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.common.http.ReadBack;
import org.yingsu.common.http.ReadBackJson;
import org.yingsu.litigation.bulk.CaseDocuments.AppearanceDesignation;
import org.yingsu.litigation.vocabulary.MandatoryCategory;
import org.yingsu.litigation.vocabulary.TrialLevel;

public final class CaseDtos {

    private CaseDtos() {
    }

    @Schema(name = "CaseCreate")
    public record CaseCreate(
            @NotBlank @Size(max = 200) @Schema(example = "重庆市渝北区人民法院") String court,
            @NotBlank @Size(max = 100) @Schema(example = "（2022）渝0112行初1号") String caseNumber,
            @NotNull TrialLevel trialLevel,
            LocalDate filedOn,
            @Size(max = 200) @Schema(example = "行政处罚") String causeOfAction,
            List<@NotBlank @Size(max = 200) String> plaintiffs,
            @NotEmpty @Schema(description = "Codes of the defendant agencies (共同被告 when several)")
            List<@NotBlank String> defendants,
            List<@NotNull MandatoryCategory> mandatoryCategories,
            @Schema(description = "art. 3: only these defendants' heads must appear") @Valid
            AppearanceDesignation appearanceDesignation,
            @Schema(description = "The department that handled the contested act, for a government defendant (R4)")
            String handlingAgencyCode) {
    }

    @ReadBack(CaseResponse.class)
    @Schema(name = "CaseUpdate", description = "The court and case number identify the case and do not change")
    public record CaseUpdate(
            @NotNull TrialLevel trialLevel,
            LocalDate filedOn,
            @Size(max = 200) String causeOfAction,
            List<@NotBlank @Size(max = 200) String> plaintiffs,
            @Schema(description = "The defendants' codes; the Defendant objects a GET shows are taken too")
            @JsonDeserialize(contentUsing = ReadBackJson.Code.class) @NotEmpty List<@NotBlank String> defendants,
            List<@NotNull MandatoryCategory> mandatoryCategories,
            @Schema(description = "art. 3: only these defendants' heads must appear; null: every defendant's")
            @Valid AppearanceDesignation appearanceDesignation,
            String handlingAgencyCode) {
    }

    @Schema(name = "Defendant")
    public record Defendant(String code, String name, AgencyKind kind) {

        static Defendant of(Agency agency) {
            return new Defendant(agency.code, agency.name, agency.kind);
        }
    }

    @Schema(name = "Case")
    public record CaseResponse(long id, String court, String caseNumber, TrialLevel trialLevel,
            @Schema(nullable = true) LocalDate filedOn,
            @Schema(nullable = true) String causeOfAction, List<String> plaintiffs, List<Defendant> defendants,
            List<MandatoryCategory> mandatoryCategories,
            @Schema(description = "R2: the head must appear") boolean mandatory,
            @Schema(nullable = true) AppearanceDesignation appearanceDesignation,
            @Schema(nullable = true) String handlingAgencyCode,
            long version) {

        public static CaseResponse of(LitigationCase c) {
            return new CaseResponse(c.id, c.court, c.caseNumber, c.trialLevel, c.filedOn, c.causeOfAction,
                    List.copyOf(c.plaintiffs),
                    c.defendants.stream().map(Defendant::of).sorted(java.util.Comparator.comparing(Defendant::code))
                            .toList(),
                    c.mandatoryCategories.stream().map(MandatoryCategory::valueOf).toList(), c.isMandatory(),
                    designation(c), c.handlingAgency == null ? null : c.handlingAgency.code, c.version);
        }

        private static AppearanceDesignation designation(LitigationCase c) {
            if (c.designationBasis == null) {
                return null;
            }
            return new AppearanceDesignation(c.defendants.stream().filter(a -> c.designatedAgencyIds.contains(a.id))
                    .map(a -> a.code).sorted().toList(), c.designationBasis);
        }
    }
}
