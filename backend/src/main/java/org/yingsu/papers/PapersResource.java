package org.yingsu.papers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yingsu.common.http.Paging;
import org.yingsu.papers.PapersDtos.PapersCheckPage;
import org.yingsu.security.Role;

@Path("/api/papers-check")
@Tag(name = "Papers check", description = "定期检查身份资格及委托手续: identity proofs still pending after the hearing, "
        + "delegations without their letter or evidence, delegations the court did not accept")
public class PapersResource {

    @Inject
    PapersService service;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "listPapersCheck", summary = "The papers check's items, oldest hearing first, by kind, "
            + "agency and age")
    public PapersCheckPage list(@QueryParam("kind") PapersCheckKind kind,
            @QueryParam("agencyCode") String agencyCode,
            @QueryParam("minAgeDays") @Min(0) @Max(36500)
            @Parameter(description = "Only items whose hearing is at least this many days ago (Asia/Shanghai)")
            Integer minAgeDays,
            @Valid @BeanParam Paging paging) {
        return service.list(kind, agencyCode, minAgeDays, paging);
    }
}
