package org.yingsu.bulletins;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.yingsu.bulletins.BulletinDtos.BulletinResponse;
import org.yingsu.bulletins.BulletinDtos.BulletinSummary;
import org.yingsu.bulletins.BulletinDtos.Draft;
import org.yingsu.bulletins.BulletinDtos.Publish;
import org.yingsu.common.export.Workbooks;
import org.yingsu.common.http.Downloads;
import org.yingsu.security.Role;

/**
 * Published bulletins are read by the bureau, by every agency (a bulletin is sent to all agencies of the district,
 * each sees the whole of it) and by readers; drafts and publishing are the bureau's.
 */
@Path("/api/bulletins")
@Tag(name = "Bulletins", description = "季度通报: a quarter's figures, ranking, flags and named absences, published "
        + "as a numbered snapshot that never changes")
public class BulletinResource {

    private static final String PATH = "/api/bulletins";
    private static final MediaType PDF_TYPE = MediaType.valueOf(BulletinPdfWriter.MEDIA_TYPE);

    @Inject
    BulletinService service;

    @GET
    @Path("/preview")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "previewBulletin",
            summary = "A quarter's bulletin as it would be published now, computed from the live figures")
    public Draft preview(@QueryParam("year") @NotNull @Min(1990) @Max(2100) Integer year,
            @QueryParam("quarter") @NotNull @Min(1) @Max(4) Integer quarter) {
        return service.preview(year, quarter);
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "publishBulletin", summary = "Publish a quarter's bulletin, or a correction that "
            + "supersedes the one in force; a quarter already published without `supersedes` is a 409")
    @APIResponse(responseCode = "201", description = "Published", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulletinResponse.class)))
    public RestResponse<BulletinResponse> publish(@Valid @NotNull Publish body) {
        BulletinResponse published = service.publish(body);
        return RestResponse.ResponseBuilder.<BulletinResponse>created(
                jakarta.ws.rs.core.UriBuilder.fromPath(PATH).path("{id}").build(published.summary().id()))
                .entity(published).build();
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.READER_NAME})
    @Operation(operationId = "listBulletins", summary = "Published bulletins, newest quarter first")
    public List<BulletinSummary> list(@QueryParam("year") @Min(1990) @Max(2100) Integer year) {
        return service.list(year);
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, BulletinPdfWriter.MEDIA_TYPE, Workbooks.MEDIA_TYPE})
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.READER_NAME})
    @Operation(operationId = "getBulletin",
            summary = "A published bulletin exactly as published, as JSON, PDF or Excel (by the Accept header)")
    @APIResponse(responseCode = "200", description = "The bulletin; the format follows the Accept header", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulletinResponse.class)),
            @Content(mediaType = BulletinPdfWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    format = "binary", description = "A4, Chinese text in an embedded font")),
            @Content(mediaType = Workbooks.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    format = "binary"))})
    public Response get(@PathParam("id") long id, @Context HttpHeaders headers) {
        BulletinResponse bulletin = service.get(id);
        MediaType type = Downloads.preferred(headers, PDF_TYPE, Downloads.WORKBOOK_TYPE);
        String fileName = "季度通报-" + bulletin.summary().period() + "-" + bulletin.summary().number();
        if (type.equals(PDF_TYPE)) {
            return Downloads.attachment(out -> BulletinPdfWriter.write(bulletin, out), BulletinPdfWriter.MEDIA_TYPE,
                    fileName + ".pdf");
        }
        if (type.equals(Downloads.WORKBOOK_TYPE)) {
            return Downloads.attachment(out -> BulletinWorkbookWriter.write(bulletin, out),
                    Workbooks.MEDIA_TYPE, fileName + ".xlsx");
        }
        return Response.ok(bulletin, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
