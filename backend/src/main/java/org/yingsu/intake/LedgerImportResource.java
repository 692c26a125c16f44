package org.yingsu.intake;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.yingsu.intake.LedgerDtos.LedgerDocument;
import org.yingsu.intake.LedgerDtos.LedgerImportResult;
import org.yingsu.security.Role;

/**
 * The import's transaction timeout is stated here as well as on the service: a request with an Idempotency-Key runs
 * in a transaction begun before the service's (IdempotencyFilter), which takes the resource method's timeout.
 */
@Path("/api/imports/ledger")
@Tag(name = "Ledger import", description = "台账导入: a whole history as yingsu-ledger/1 JSON or as an Excel workbook")
public class LedgerImportResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    LedgerImportService service;

    @Inject
    LedgerWorkbook workbook;

    @Inject
    LedgerJson.InvalidCodes invalidCodes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionConfiguration(timeout = LedgerImportService.LARGEST_LEDGER_SECONDS)
    @Operation(operationId = "importLedger", summary = "Import a yingsu-ledger/1 document (all or nothing; importing "
            + "it again changes nothing)")
    @APIResponse(responseCode = "200", description = "How many records of each collection were created, updated or "
            + "already as sent")
    public LedgerImportResult importJson(LedgerDocument document) {
        return service.importLedger(document, invalidCodes.values());
    }

    @POST
    @Consumes(XLSX)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionConfiguration(timeout = LedgerImportService.LARGEST_LEDGER_SECONDS)
    @Operation(operationId = "importLedgerWorkbook", summary = "Import a ledger workbook filled in from the template; "
            + "errors name the sheet, row and column (案件!C14)")
    @RequestBody(content = @Content(mediaType = XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi
            .annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "How many records of each collection were created, updated or "
            + "already as sent")
    public LedgerImportResult importWorkbook(byte[] body) {
        return workbook.importWorkbook(body);
    }

    @GET
    @Path("/template")
    @Produces(XLSX)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "getLedgerTemplate", summary = "Download the ledger workbook template (one sheet per "
            + "collection, Chinese headers, a 说明 sheet describing every column)")
    @APIResponse(responseCode = "200", description = "The template", content = @Content(mediaType = XLSX,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary")))
    public RestResponse<byte[]> template() {
        return RestResponse.ResponseBuilder.ok(workbook.template(), XLSX)
                .header("Content-Disposition", "attachment; filename=\"yingsu-ledger-template.xlsx\"; "
                        + "filename*=UTF-8''%E5%8F%B0%E8%B4%A6%E6%A8%A1%E6%9D%BF.xlsx")
                .build();
    }
}
