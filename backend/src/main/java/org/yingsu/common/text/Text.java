package org.yingsu.common.text;

import java.util.Optional;

/**
 * What text the product stores: PostgreSQL refuses U+0000 in text, and a lone UTF-16 surrogate is not a character (it
 * would be stored as "?"). Such input is refused with a problem naming where it was, never half-stored.
 */
public final class Text {

    private Text() {
    }

    /** Why {@code value} cannot be stored, or empty when it can. */
    public static Optional<String> problem(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return Optional.of("must not contain the NUL character (U+0000)");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("contains a lone surrogate (U+" + Integer.toHexString(c).toUpperCase()
                        + "), which is not valid Unicode");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("contains a lone surrogate (U+" + Integer.toHexString(c).toUpperCase()
                        + "), which is not valid Unicode");
            }
        }
        return Optional.empty();
    }
}
