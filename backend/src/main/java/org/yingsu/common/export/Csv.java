package org.yingsu.common.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV for people and scripts. Starts with a UTF-8 byte order mark because Excel otherwise reads the file in
 * the local code page and garbles the Chinese. Cells that a spreadsheet would run as formulas are neutralised
 * ({@link Cells}).
 */
public final class Csv {

    private Csv() {
    }

    /** A UTF-8 writer over {@code out} that has already written the byte order mark. */
    public static Writer open(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        return writer;
    }

    public static void row(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(escape(Cells.neutralised(cells.get(i))));
        }
        writer.write("\r\n");
    }

    static String escape(String cell) {
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
