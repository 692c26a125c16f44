package org.yingsu.common.text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A coded value (an enum constant: the code programs send) with the Chinese name people read in workbooks, exports,
 * bulletins and problems. The enum is the one list of its values; the database checks the same list; the name
 * comes from the {@link Glossary}, which the web app reads too.
 */
public interface Labelled {

    default String label() {
        return Glossary.label((Enum<?>) this);
    }

    /** The constant of a labelled enum whose code or Chinese name is {@code text} (a clerk may write either). */
    static Optional<Enum<?>> parse(Class<? extends Enum<?>> type, String text) {
        String value = text.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value) || ((Labelled) constant).label().equals(value)
                        || Glossary.earlierNames(constant).contains(value))
                .<Enum<?>>map(constant -> constant).findFirst();
    }

    /** The Chinese names of a labelled enum's values, in their order. */
    static List<String> labels(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(constant -> ((Labelled) constant).label()).toList();
    }

    /** "one of A, B, C", for a problem that names the allowed codes. */
    static String oneOf(Class<? extends Enum<?>> type) {
        return "one of " + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
