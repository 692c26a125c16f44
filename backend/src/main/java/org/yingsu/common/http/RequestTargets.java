package org.yingsu.common.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.yingsu.common.problem.Problem;
import org.yingsu.common.problem.RouteProblems;
import org.yingsu.common.text.Text;

/**
 * Refuses request targets that would be read differently by different layers, before anything else runs: matrix
 * parameters (the REST layer drops {@code ;x}, so {@code DELETE /api/tokens/1;x} would revoke token 1), encoded or
 * doubled slashes and dot segments, bytes that are not UTF-8, and text the database cannot store. Also refuses, as
 * problems, request targets and header sections above the product's limits (414, 431): the transport's own limits
 * are set well above these (application.properties), because the transport answers them without a body.
 */
@ApplicationScoped
public class RequestTargets {

    /** The longest request target accepted; a browser's or a script's longest real one is far shorter. */
    static final int MAX_TARGET = 8192;
    /** The largest header section accepted (names and values): a session cookie and a token fit many times over. */
    static final int MAX_HEADERS = 16384;

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) {
        // Before everything, the web app's routing included: it would serve index.html for "/api;x=1/…".
        router.route().order(-20).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String target = ctx.request().uri();
        if (target.length() > MAX_TARGET) {
            RouteProblems.send(ctx, mapper, new Problem("urn:yingsu:problem:uri-too-long", "URI too long", 414,
                    "The request target has " + target.length() + " characters; at most " + MAX_TARGET
                            + " are accepted. Send long filters in a body instead.", null,
                    List.of(new Problem.FieldError("path", "must be at most " + MAX_TARGET + " characters"))));
            return;
        }
        int headers = 0;
        for (var header : ctx.request().headers()) {
            headers += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headers > MAX_HEADERS) {
            RouteProblems.send(ctx, mapper, new Problem("urn:yingsu:problem:headers-too-large",
                    "Request header fields too large", 431, "The headers have " + headers + " bytes; at most "
                            + MAX_HEADERS + " are accepted.", null,
                    List.of(new Problem.FieldError("headers", "must be at most " + MAX_HEADERS + " bytes"))));
            return;
        }
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        String query = question < 0 ? "" : target.substring(question + 1);
        Optional<Problem.FieldError> problem = pathProblem(path).or(() -> queryProblem(query));
        if (problem.isPresent()) {
            RouteProblems.send(ctx, mapper, new Problem("urn:yingsu:problem:validation", "Invalid request", 400,
                    problem.get().field() + ": " + problem.get().message(), null, List.of(problem.get())));
            return;
        }
        ctx.next();
    }

    static Optional<Problem.FieldError> pathProblem(String rawPath) {
        if (rawPath.indexOf(';') >= 0) {
            return error("path", "matrix parameters (;) are not accepted");
        }
        String lower = rawPath.toLowerCase();
        if (lower.contains("%2f") || lower.contains("%5c") || rawPath.contains("\\") || rawPath.contains("//")
                || rawPath.contains("/./") || rawPath.contains("/../") || rawPath.endsWith("/.")
                || rawPath.endsWith("/..")) {
            return error("path", "must not contain encoded slashes, empty or dot segments");
        }
        return decoded(rawPath, false).map(message -> new Problem.FieldError("path", message));
    }

    static Optional<Problem.FieldError> queryProblem(String rawQuery) {
        if (rawQuery.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            Optional<String> nameProblem = decoded(rawName, true);
            if (nameProblem.isPresent()) {
                return error("query", nameProblem.get());
            }
            String name = decode(rawName, true).orElse("query");
            if (equals >= 0) {
                Optional<String> valueProblem = decoded(pair.substring(equals + 1), true);
                if (valueProblem.isPresent()) {
                    return error(name, valueProblem.get());
                }
            }
        }
        return Optional.empty();
    }

    /** Why the percent-encoded text cannot be taken, or empty. */
    private static Optional<String> decoded(String raw, boolean plusIsSpace) {
        Optional<String> text = decode(raw, plusIsSpace);
        if (text.isEmpty()) {
            return Optional.of("is not valid percent-encoded UTF-8");
        }
        return Text.problem(text.get());
    }

    private static Optional<String> decode(String raw, boolean plusIsSpace) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else if (c > 0x7f) {
                // Netty hands over raw non-ASCII bytes as ISO-8859-1 characters: treat them as the bytes they were.
                if (c > 0xff) {
                    return Optional.empty();
                }
                bytes.put((byte) c);
            } else {
                bytes.put((byte) (plusIsSpace && c == '+' ? ' ' : c));
            }
        }
        bytes.flip();
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Optional<Problem.FieldError> error(String field, String message) {
        return Optional.of(new Problem.FieldError(field, message));
    }
}
