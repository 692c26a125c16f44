package org.yingsu.common.export;

import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;

/**
 * Text that a spreadsheet would run as a formula is neutralised as OWASP advises for CSV injection: a cell starting
 * with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so that Excel and LibreOffice show it as
 * the text it is (an agency named {@code =HYPERLINK(...)} stays a name). Every CSV and workbook cell holding text
 * passes here. Plain numbers ({@code -0.5}) are left alone: they cannot be formulas, and scripts read them as numbers.
 */
public final class Cells {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?%?");

    private Cells() {
    }

    public static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula && !NUMBER.matcher(text).matches() ? "'" + text : text;
    }

    /** Writes {@code text} into a workbook cell as text, neutralised. */
    public static void text(Cell cell, String text) {
        cell.setCellValue(neutralised(text));
    }
}
