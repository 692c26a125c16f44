package org.yingsu.common.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;

/**
 * Request bodies the database could not store are refused while they are read, with the path of the bad value: a
 * key given twice (which value would count?), text PostgreSQL refuses (see {@link Text}), and dates outside the
 * years a court record can have (PostgreSQL's own range ends far earlier than Java's). Values of another JSON type
 * than their field's are refused too, not converted ({@code 1} for a name, {@code "5"} or {@code 1.5} for a count, a
 * number for a code), and so is anything after the body's value.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;

    /** A value that parses but cannot be accepted; its path is filled in as Jackson unwinds. */
    public static class UnacceptableValue extends JsonMappingException {
        public UnacceptableValue(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    /** After Quarkus has registered the java.time module: the later module's deserializers win. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        SimpleModule module = new SimpleModule("yingsu-strict");
        module.addDeserializer(String.class, new StrictString());
        module.addDeserializer(OffsetDateTime.class, new InRange<>(OffsetDateTime.class,
                InstantDeserializer.OFFSET_DATE_TIME));
        module.addDeserializer(LocalDate.class, new InRange<>(LocalDate.class, LocalDateDeserializer.INSTANCE));
        mapper.registerModule(module);
    }

    /** A year of a court record: anything else is a typo or an attack, and PostgreSQL could not store all of them. */
    public static boolean yearInRange(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    static final class StrictString extends StdScalarDeserializer<String> {
        StrictString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null) {
                var problem = Text.problem(value);
                if (problem.isPresent()) {
                    throw new UnacceptableValue(p, problem.get());
                }
            }
            return value;
        }
    }

    static final class InRange<T extends TemporalAccessor> extends StdScalarDeserializer<T> {
        private final com.fasterxml.jackson.databind.JsonDeserializer<T> parse;

        InRange(Class<T> type, com.fasterxml.jackson.databind.JsonDeserializer<T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            T value = parse.deserialize(p, ctxt);
            if (value != null) {
                int year = value.get(java.time.temporal.ChronoField.YEAR);
                if (!yearInRange(year)) {
                    throw new UnacceptableValue(p, "must be a date between the years " + FIRST_YEAR + " and "
                            + LAST_YEAR);
                }
            }
            return value;
        }
    }
}
