package org.yingsu.common.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one glossary of what people read (docs/domain.md §2), {@code glossary.json}: the web app builds its labels
 * from the same file, so a workbook, a CSV header, a PDF and the screen say the same word for the same thing.
 */
public final class Glossary {

    private static final JsonNode ROOT = load();

    private Glossary() {
    }

    private static JsonNode load() {
        try (InputStream in = Glossary.class.getResourceAsStream("/glossary.json")) {
            if (in == null) {
                throw new IllegalStateException("glossary.json is missing from the classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Chinese name of a coded value; a value the glossary lacks fails at once, never shows its code. */
    public static String label(Enum<?> value) {
        return entry(value).path("zh").asText();
    }

    /** Earlier names of a coded value, still understood when a clerk types or imports them. */
    static List<String> earlierNames(Enum<?> value) {
        List<String> names = new ArrayList<>();
        entry(value).path("also").forEach(name -> names.add(name.asText()));
        return names;
    }

    /** A word that is not a coded value (a column's), e.g. {@code term("leftEarly")} 中途退庭. */
    public static String term(String name) {
        JsonNode node = ROOT.path("terms").path(name).path("zh");
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("the glossary has no term " + name);
        }
        return node.asText();
    }

    private static JsonNode entry(Enum<?> value) {
        JsonNode node = ROOT.path("enums").path(value.getDeclaringClass().getSimpleName()).path(value.name());
        if (node.isMissingNode()) {
            throw new IllegalStateException("the glossary has no " + value.getDeclaringClass().getSimpleName() + "."
                    + value.name());
        }
        return node;
    }
}
