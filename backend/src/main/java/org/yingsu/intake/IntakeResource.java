package org.yingsu.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yingsu.intake.LedgerDtos.IntakeResult;
import org.yingsu.litigation.bulk.CaseDocuments.CaseDocument;
import org.yingsu.security.Role;

@Path("/api/intake/cases")
@Tag(name = "Court intake", description = "法院推送: cases, hearings, notices, appearances and judgments from a court's system")
public class IntakeResource {

    @Inject
    CaseIntakeService service;

    @Inject
    LedgerJson.InvalidCodes invalidCodes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COURT_NAME})
    @Operation(operationId = "intakeCases", summary = "Push 1 to 1,000 case documents (all or nothing, upserted by "
            + "natural keys; appearances are recorded with source COURT)")
    @APIResponse(responseCode = "200", description = "Each case, in request order, as created, updated or unchanged")
    public IntakeResult intake(List<CaseDocument> cases) {
        return service.intake(cases, invalidCodes.values());
    }
}
