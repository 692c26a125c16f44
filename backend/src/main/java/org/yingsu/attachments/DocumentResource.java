package org.yingsu.attachments;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import org.yingsu.attachments.DocumentDtos.DocumentResponse;
import org.yingsu.security.Role;

@Path("/api/documents")
@Tag(name = "Documents", description = "Attachments: delegation letters, identity proofs, judgments, responses")
public class DocumentResource {

    @Inject
    DocumentService service;

    @POST
    @ResponseStatus(201)
    @Consumes("*/*")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME})
    @Operation(operationId = "uploadDocument", summary = "Attach a document (PDF, PNG, JPEG or .docx) to a record; "
            + "the Content-Type must be what the bytes are")
    @RequestBody(required = true, description = "The file's bytes as the raw body, its Content-Type one of these",
            content = {@Content(mediaType = ContentTypes.PDF, schema = @Schema(type = SchemaType.STRING,
                    format = "binary")),
                    @Content(mediaType = ContentTypes.PNG, schema = @Schema(type = SchemaType.STRING,
                            format = "binary")),
                    @Content(mediaType = ContentTypes.JPEG, schema = @Schema(type = SchemaType.STRING,
                            format = "binary")),
                    @Content(mediaType = ContentTypes.DOCX, schema = @Schema(type = SchemaType.STRING,
                            format = "binary"))})
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = DocumentResponse.class)))
    @APIResponse(responseCode = "415", description = "Not an accepted type, or not the type declared")
    public RestResponse<DocumentResponse> upload(@QueryParam("ownerType") @NotNull DocumentOwner ownerType,
            @QueryParam("ownerId") @NotNull Long ownerId, @QueryParam("kind") @NotNull DocumentKind kind,
            @QueryParam("fileName") @NotBlank @Size(max = 255) String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        DocumentResponse stored = service.upload(ownerType, ownerId, kind, fileName, contentType,
                body == null ? new byte[0] : body);
        return RestResponse.ResponseBuilder.<DocumentResponse>created(
                UriBuilder.fromPath("/api/documents/{id}").build(stored.id())).entity(stored).build();
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME})
    @Operation(operationId = "listDocuments", summary = "List the documents attached to a record")
    public List<DocumentResponse> list(@QueryParam("ownerType") @NotNull DocumentOwner ownerType,
            @QueryParam("ownerId") @NotNull Long ownerId) {
        return service.list(ownerType, ownerId);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME})
    @Operation(operationId = "getDocument", summary = "Get what is known of a document")
    public DocumentResponse get(@PathParam("id") long id) {
        return service.metadata(id);
    }

    @GET
    @Path("/{id}/content")
    @Produces("*/*")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME})
    @Operation(operationId = "downloadDocument", summary = "Download a document's bytes")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = "application/octet-stream",
                    schema = @Schema(type = SchemaType.STRING,
                            format = "binary")))
    public Response download(@PathParam("id") long id) {
        DocumentService.Download download = service.download(id);
        String encoded = URLEncoder.encode(download.document().fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(download.bytes(), download.document().contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("ETag", "\"" + download.document().sha256() + "\"")
                .build();
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME, Role.COURT_NAME})
    @Operation(operationId = "deleteDocument", summary = "Remove a document attached in error")
    public void delete(@PathParam("id") long id) {
        service.delete(id);
    }
}
