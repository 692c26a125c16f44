package org.yingsu.coordination;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.yingsu.common.export.Cells;
import org.yingsu.common.export.Csv;
import org.yingsu.common.export.Workbooks;
import org.yingsu.coordination.DisputeDtos.Count;
import org.yingsu.coordination.DisputeDtos.Figures;

/** The centre's figures for people: one row per mediating body and per agency, after the centre's own total. */
final class CoordinationExport {

    static final List<String> HEADERS = List.of("分组", "编码", "名称", "受理数", "化解成功数", "退回数", "化解成功率",
            "逾期数");

    private CoordinationExport() {
    }

    static void csv(Figures figures, OutputStream out) throws IOException {
        Writer writer = Csv.open(out);
        Csv.row(writer, HEADERS);
        for (Line line : lines(figures)) {
            Csv.row(writer, List.of(line.group(), line.count().code() == null ? "" : line.count().code(),
                    line.count().name(), Integer.toString(line.count().received()),
                    Integer.toString(line.count().resolved()), Integer.toString(line.count().returned()),
                    line.count().resolutionRate() == null ? ""
                            : String.format("%.1f%%", line.count().resolutionRate() * 100),
                    Integer.toString(line.count().overdue())));
        }
        writer.flush();
    }

    static void workbook(Figures figures, OutputStream out) throws IOException {
        Workbooks.write(out, workbook -> {
            CellStyle header = Workbooks.headerStyle(workbook);
            Sheet sheet = workbook.createSheet("协调化解中心");
            Workbooks.header(sheet, HEADERS, List.of(10, 16, 36, 10, 12, 10, 12, 10), header, 3);
            int r = 1;
            for (Line line : lines(figures)) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.group());
                if (line.count().code() != null) {
                    Cells.text(row.createCell(1), line.count().code());
                }
                Cells.text(row.createCell(2), line.count().name());
                row.createCell(3).setCellValue(line.count().received());
                row.createCell(4).setCellValue(line.count().resolved());
                row.createCell(5).setCellValue(line.count().returned());
                if (line.count().resolutionRate() != null) {
                    row.createCell(6).setCellValue(line.count().resolutionRate());
                }
                row.createCell(7).setCellValue(line.count().overdue());
            }
        });
    }

    private record Line(String group, Count count) {
    }

    private static List<Line> lines(Figures f) {
        List<Line> lines = new java.util.ArrayList<>();
        lines.add(new Line("合计", new Count(null, "全部", f.received(), f.resolved(), f.returned(),
                f.resolutionRate(), f.overdue())));
        f.byMediatingBody().forEach(c -> lines.add(new Line("调解组织", c)));
        f.byAgency().forEach(c -> lines.add(new Line("行政机关", c)));
        return lines;
    }
}
