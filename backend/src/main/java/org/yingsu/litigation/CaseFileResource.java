package org.yingsu.litigation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yingsu.litigation.cases.CaseResource;
import org.yingsu.security.Role;

@Path("/api/cases/{id}/file")
@Tag(name = CaseResource.TAG, description = CaseResource.TAG_DESCRIPTION)
public class CaseFileResource {

    @Inject
    CaseFile caseFile;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME})
    @Operation(operationId = "getCaseFile",
            summary = "Get a case with its hearings, notices, appearances, delegations and outcome")
    public CaseFile.CaseDetail file(@PathParam("id") long id) {
        return caseFile.of(id);
    }
}
