package org.yingsu.common.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lets a client send back what it read: while a {@link ReadBack} body is read, a property of its GET representation
 * that the body does not take is skipped instead of refused. One rule for every resource, here once.
 */
@Singleton
public class ReadBackJson implements ObjectMapperCustomizer {

    private static final Map<Class<?>, Set<String>> READ_ONLY = new ConcurrentHashMap<>();

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addHandler(new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                    JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
                Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
                if (!readOnly(type).contains(propertyName)) {
                    return false;
                }
                p.skipChildren();
                return true;
            }
        });
    }

    /** The properties of the GET representation of {@code body} that the body itself does not take. */
    static Set<String> readOnly(Class<?> body) {
        return READ_ONLY.computeIfAbsent(body, type -> {
            ReadBack readBack = type.getAnnotation(ReadBack.class);
            if (readBack == null) {
                return Set.of();
            }
            Set<String> own = components(type);
            return components(readBack.value()).stream().filter(name -> !own.contains(name))
                    .collect(Collectors.toUnmodifiableSet());
        });
    }

    private static Set<String> components(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        return components == null ? Set.of() : Stream.of(components).map(RecordComponent::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * A reference to another record by its code, given as the code itself or as the object a GET shows for it (one
     * with a {@code code}, whose other properties, the name and kind, are read-only).
     */
    public static final class Code extends StdDeserializer<String> {

        public Code() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return p.getText();
            }
            if (p.currentToken() == JsonToken.START_OBJECT) {
                JsonNode node = ctxt.readTree(p);
                JsonNode code = node.get("code");
                if (code != null && code.isTextual()) {
                    return code.asText();
                }
                return (String) ctxt.handleUnexpectedToken(String.class, JsonToken.START_OBJECT, p,
                        "a reference must be a code or an object with a code");
            }
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
    }
}
