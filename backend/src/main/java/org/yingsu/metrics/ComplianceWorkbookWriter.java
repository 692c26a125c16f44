package org.yingsu.metrics;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.yingsu.common.export.Workbooks;

/**
 * The report as an Excel workbook for people: one sheet of agencies, one of groups, Chinese headers, rates shown to
 * one decimal (94.1%) but stored unrounded.
 */
public final class ComplianceWorkbookWriter {

    public static final String MEDIA_TYPE = Workbooks.MEDIA_TYPE;
    static final String AGENCIES_SHEET = "各单位出庭应诉情况";
    static final String GROUPS_SHEET = "汇总";

    private ComplianceWorkbookWriter() {
    }

    public static void write(ComplianceReport report, OutputStream out) throws IOException {
        Workbooks.write(out, workbook -> {
            WorkbookCells cells = new WorkbookCells(workbook);
            fill(workbook.createSheet(AGENCIES_SHEET), report.agencies(), cells);
            fill(workbook.createSheet(GROUPS_SHEET), report.groups(), cells);
        });
    }

    private static void fill(Sheet sheet, List<ComplianceFigures> rows, WorkbookCells cells) {
        List<ComplianceColumns.Column> columns = ComplianceColumns.ALL;
        Workbooks.header(sheet, columns.stream().map(ComplianceColumns.Column::header).toList(),
                IntStream.range(0, columns.size()).mapToObj(i -> i == 1 ? 40 : 16).toList(), cells.header(), 2);
        int r = 1;
        for (ComplianceFigures figures : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < columns.size(); i++) {
                ComplianceColumns.Column column = columns.get(i);
                Object value = column.value().apply(figures);
                if (value == null) {
                    continue;
                }
                cells.write(row.createCell(i), column.type(), value);
            }
        }
    }
}
