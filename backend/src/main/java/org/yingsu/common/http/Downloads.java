package org.yingsu.common.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Answers that are files: one resource offering JSON and downloads of the same thing, chosen by {@code Accept}. */
public final class Downloads {

    private Downloads() {
    }

    /** A download under a Chinese file name ({@code filename*=UTF-8''…}). */
    public static Response attachment(StreamingOutput body, String type, String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .build();
    }

    /**
     * JSON or the first of {@code files} the client accepts, in the client's order of preference; a wildcard means
     * JSON, so that only a client that names a file type gets one.
     */
    public static MediaType preferred(HttpHeaders headers, String... files) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
            for (String file : files) {
                if (!accepted.isWildcardType() && accepted.isCompatible(MediaType.valueOf(file))) {
                    return MediaType.valueOf(file);
                }
            }
        }
        return MediaType.APPLICATION_JSON_TYPE;
    }
}
