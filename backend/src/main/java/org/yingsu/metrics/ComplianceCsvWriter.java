package org.yingsu.metrics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.yingsu.common.export.Csv;

/**
 * CSV of a report: agencies, then groups. Rates stay unrounded fractions for scripts; flags are their codes.
 */
public final class ComplianceCsvWriter {

    private ComplianceCsvWriter() {
    }

    public static void write(ComplianceReport report, OutputStream out) throws IOException {
        Writer writer = Csv.open(out);
        Csv.row(writer, ComplianceColumns.ALL.stream().map(ComplianceColumns.Column::header).toList());
        for (List<ComplianceFigures> rows : List.of(report.agencies(), report.groups())) {
            for (ComplianceFigures figures : rows) {
                Csv.row(writer, ComplianceColumns.ALL.stream().map(c -> format(c.value().apply(figures))).toList());
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
}
