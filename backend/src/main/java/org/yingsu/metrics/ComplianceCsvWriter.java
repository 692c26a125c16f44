package org.yingsu.metrics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV of a report: agencies, then groups. Starts with a UTF-8 byte order mark because Excel otherwise
 * reads the file in the local code page and garbles the Chinese. Rates stay unrounded fractions for scripts;
 * flags are their codes.
 */
public final class ComplianceCsvWriter {

    private ComplianceCsvWriter() {
    }

    public static void write(ComplianceReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writeRow(writer, ComplianceColumns.ALL.stream().map(ComplianceColumns.Column::header).toList());
        for (List<ComplianceFigures> rows : List.of(report.agencies(), report.groups())) {
            for (ComplianceFigures figures : rows) {
                writeRow(writer, ComplianceColumns.ALL.stream().map(c -> format(c.value().apply(figures))).toList());
            }
        }
        writer.flush();
    }

    private static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> flags) {
            return flags.stream().map(f -> ((ComplianceFlag) f).name()).collect(Collectors.joining(";"));
        }
        if (value instanceof java.math.BigDecimal points) {
            return points.toPlainString();
        }
        return value.toString();
    }

    private static void writeRow(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(escape(cells.get(i)));
        }
        writer.write("\r\n");
    }

    static String escape(String cell) {
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
