package org.yingsu.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail; {@code errors} lists what is wrong where, for validation problems. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "URI identifying the kind of problem", example = "urn:yingsu:problem:validation")
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One wrong value: {@code field} is its path in the request (a JSON path, a query parameter or a header). */
    public record FieldError(
            @Schema(example = "cases[12].hearings[0].appearances[0].officialCode") String field,
            String message) {
    }
}
