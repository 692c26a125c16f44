package org.yingsu.common.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.yingsu.common.export.Workbooks;

/** Records that can be pulled as JSON or as files (CSV, an Excel workbook, a PDF), as the Accept header prefers. */
public final class Downloads {

    public static final String CSV = "text/csv";
    public static final MediaType CSV_TYPE = MediaType.valueOf(CSV);
    public static final MediaType WORKBOOK_TYPE = MediaType.valueOf(Workbooks.MEDIA_TYPE);

    private Downloads() {
    }

    /** The first of JSON, CSV and Excel the client accepts, in its order of preference; JSON when it says nothing. */
    public static MediaType preferred(HttpHeaders headers) {
        return preferred(headers, CSV_TYPE, WORKBOOK_TYPE);
    }

    /**
     * JSON or the first of {@code files} the client accepts, in its order of preference; JSON when it says nothing,
     * so that only a client that names a file type gets a file.
     */
    public static MediaType preferred(HttpHeaders headers, MediaType... files) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
            for (MediaType file : files) {
                if (!accepted.isWildcardType() && accepted.isCompatible(file)) {
                    return file;
                }
            }
        }
        return MediaType.APPLICATION_JSON_TYPE;
    }

    /**
     * The body in the preferred format: {@code csv} or {@code workbook} as a download named {@code baseName} with
     * its extension, else {@code json} as it is.
     */
    public static Response respond(HttpHeaders headers, String baseName, Object json, StreamingOutput csv,
            StreamingOutput workbook) {
        MediaType type = preferred(headers);
        if (type.equals(CSV_TYPE)) {
            return attachment(csv, CSV + ";charset=UTF-8", baseName + ".csv");
        }
        if (type.equals(WORKBOOK_TYPE)) {
            return attachment(workbook, Workbooks.MEDIA_TYPE, baseName + ".xlsx");
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }

    public static Response attachment(StreamingOutput body, String type, String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .build();
    }
}
