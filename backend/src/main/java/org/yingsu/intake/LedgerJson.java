package org.yingsu.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yingsu.intake.LedgerDtos.LedgerDocument;
import org.yingsu.litigation.bulk.CaseDocuments.CaseDocument;

/**
 * Reads the documents of court intake and the ledger import with their coded values typed as the enums they are,
 * without stopping at the first code that is none of them: such a value is read as null and kept, by its path, for
 * the validator, which reports it beside every other error of the document so that a clerk fixes the file in one go.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class LedgerJson implements MessageBodyReader<Object> {

    @Inject
    ObjectMapper mapper;

    @Inject
    InvalidCodes invalidCodes;

    /** The coded values of this request's document that are none of their enum's values, by path. */
    @RequestScoped
    public static class InvalidCodes {

        private final Map<String, String> values = new HashMap<>();

        public Map<String, String> values() {
            return values;
        }
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == LedgerDocument.class || (List.class.isAssignableFrom(type)
                && genericType instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] == CaseDocument.class);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        PushbackInputStream body = new PushbackInputStream(entity);
        int first = body.read();
        if (first < 0) {
            return null;
        }
        body.unread(first);
        Map<String, String> invalid = invalidCodes.values();
        return mapper.readerFor(mapper.constructType(genericType)).with(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withHandler(new DeserializationProblemHandler() {
                    @Override
                    public Object handleWeirdStringValue(DeserializationContext context, Class<?> target,
                            String value, String failure) {
                        return keep(context, target, value);
                    }

                    @Override
                    public Object handleWeirdNumberValue(DeserializationContext context, Class<?> target,
                            Number value, String failure) {
                        return keep(context, target, String.valueOf(value));
                    }

                    private Object keep(DeserializationContext context, Class<?> target, String value) {
                        if (!target.isEnum()) {
                            return NOT_HANDLED;
                        }
                        // Spaces a spreadsheet left around a code do not make it another code.
                        for (Object constant : target.getEnumConstants()) {
                            if (((Enum<?>) constant).name().equals(value.strip())) {
                                return constant;
                            }
                        }
                        invalid.put(path(context.getParser()), value);
                        return null;
                    }
                }).readValue(body);
    }

    /** {@code /cases/12/trialLevel} → {@code cases[12].trialLevel}, the paths the validator names. */
    static String path(JsonParser parser) {
        StringBuilder path = new StringBuilder();
        for (String segment : parser.getParsingContext().pathAsPointer().toString().substring(1).split("/")) {
            if (segment.chars().allMatch(Character::isDigit) && !segment.isEmpty()) {
                path.append('[').append(segment).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(segment);
            }
        }
        return path.toString();
    }
}
