package org.yingsu.accountability;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import org.yingsu.accountability.ReferralDtos.ReferralAnswer;
import org.yingsu.accountability.ReferralDtos.ReferralInput;
import org.yingsu.accountability.ReferralDtos.ReferralResponse;
import org.yingsu.accountability.ReferralDtos.ReferralSend;
import org.yingsu.accountability.ReferralDtos.ReferralWithdrawal;
import org.yingsu.attachments.DocumentOwner;
import org.yingsu.attachments.DocumentService;
import org.yingsu.common.http.Downloads;
import org.yingsu.common.http.Listing;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.http.Responses;
import org.yingsu.common.pdf.OfficialPdf;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.security.Role;

@Path("/api/referrals")
@Tag(name = "Accountability referrals", description = "追责: the bureau refers an agency's officials to the competent "
        + "body; drafted, sent, answered with the decision, or withdrawn. Agencies see their own once sent")
public class ReferralResource {

    private static final String PATH = "/api/referrals";

    @Inject
    ReferralService service;

    @Inject
    DocumentService documents;

    @Inject
    AccountabilityConfig config;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "listReferrals", summary = "List referrals by agency, status, ground and year")
    @Parameter(name = Listing.SORT, in = ParameterIn.QUERY, description = Listing.SORT_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"draftedOn", "-draftedOn", "updatedAt",
            "-updatedAt", "id", "-id"}))
    public PageResult<ReferralResponse> list(@QueryParam("agencyCode") String agencyCode,
            @QueryParam("status") ReferralStatus status, @QueryParam("ground") ReferralGround ground,
            @QueryParam("year") @Min(1990) @Max(2100) Integer year, @BeanParam Listing listing,
            @Valid @BeanParam Paging paging) {
        return service.list(agencyCode, status, ground, year, listing, paging);
    }

    @GET
    @Path("/prefill")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "prefillReferral", summary = "A draft filled in from the record it refers from: a "
            + "recommendation, a silent or left-early appearance, a hearing no one attended, an unjustified absence")
    public ReferralInput prefill(@QueryParam("ground") ReferralGround ground,
            @QueryParam("recommendationId") Long recommendationId, @QueryParam("appearanceId") Long appearanceId,
            @QueryParam("hearingId") Long hearingId, @QueryParam("caseId") Long caseId,
            @QueryParam("agencyCode") String agencyCode) {
        return service.prefill(ground, recommendationId, appearanceId, hearingId, caseId, agencyCode);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "getReferral", summary = "Get a referral")
    public RestResponse<ReferralResponse> get(@PathParam("id") long id) {
        return Responses.found(service.find(id), ReferralResponse::version, "Referral", id);
    }

    @GET
    @Path("/{id}/letter")
    @Produces(OfficialPdf.MEDIA_TYPE)
    @RolesAllowed({Role.ADMIN_NAME, Role.AGENCY_NAME})
    @Operation(operationId = "getReferralLetter", summary = "The referral letter on the bureau's letterhead, as PDF")
    @APIResponse(responseCode = "200", description = "The letter", content = @Content(
            mediaType = OfficialPdf.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "A4, Chinese text in an embedded font")))
    public Response letter(@PathParam("id") long id) {
        ReferralResponse referral = service.find(id).orElseThrow(() -> ProblemException.notFound("Referral", id));
        var attached = documents.list(DocumentOwner.REFERRAL, id);
        String name = "追责函-" + (referral.number() == null ? "草稿-" + referral.id() : referral.number()) + ".pdf";
        return Downloads.attachment(out -> ReferralLetter.write(referral, attached, config.issuer(), out),
                OfficialPdf.MEDIA_TYPE, name);
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "createReferral", summary = "Draft a referral")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ReferralResponse.class)))
    public RestResponse<ReferralResponse> create(@Valid @NotNull ReferralInput body) {
        ReferralResponse created = service.create(body);
        return Responses.created(PATH, created.id(), created, ReferralResponse::version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "updateReferral", summary = "Change a draft referral")
    public RestResponse<ReferralResponse> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReferralInput body) {
        return Responses.ok(service.update(id, body, ifMatch), ReferralResponse::version);
    }

    @POST
    @Path("/{id}/send")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "sendReferral", summary = "Record that the referral was sent, with its number and date")
    public RestResponse<ReferralResponse> send(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReferralSend body) {
        return Responses.ok(service.send(id, body, ifMatch), ReferralResponse::version);
    }

    @POST
    @Path("/{id}/answer")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "answerReferral", summary = "Record the competent body's decision")
    public RestResponse<ReferralResponse> answer(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReferralAnswer body) {
        return Responses.ok(service.answer(id, body, ifMatch), ReferralResponse::version);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "withdrawReferral", summary = "Withdraw a drafted or sent referral, saying why")
    public RestResponse<ReferralResponse> withdraw(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReferralWithdrawal body) {
        return Responses.ok(service.withdraw(id, body, ifMatch), ReferralResponse::version);
    }
}
