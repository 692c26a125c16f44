package org.yingsu.litigation.cases;

import java.util.regex.Pattern;

/**
 * 案号 as the courts print them: the year in full-width parentheses and no spaces, "（2022）渝0112行初116号". Clerks
 * type half-width brackets, the 〔〕 of document numbers, full-width digits or stray spaces; these all name the same
 * case, so a search compares normal forms. The web app applies the same rule before it asks.
 */
public final class CaseNumbers {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern OPENING = Pattern.compile("[(（〔［\\[【]");
    private static final Pattern CLOSING = Pattern.compile("[)）〕］\\]】]");

    /**
     * The same normal form computed by the database over a stored number (HQL), for numbers stored as they came
     * from a ledger or a court; full-width digits are left out because no source stores them.
     */
    public static final String NORMALISED_COLUMN = "replace(replace(replace(replace(replace(replace(lower(%s), ' ', ''),"
            + " '(', '（'), ')', '）'), '〔', '（'), '〕', '）'), '　', '')";

    private CaseNumbers() {
    }

    public static String normalise(String text) {
        String spaced = CLOSING.matcher(OPENING.matcher(SPACES.matcher(text).replaceAll("")).replaceAll("（"))
                .replaceAll("）");
        StringBuilder digits = new StringBuilder(spaced.length());
        spaced.codePoints().forEach(c -> digits.appendCodePoint(c >= '０' && c <= '９' ? c - '０' + '0' : c));
        return digits.toString();
    }
}
