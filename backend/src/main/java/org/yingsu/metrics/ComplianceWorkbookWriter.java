package org.yingsu.metrics;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The report as an Excel workbook for people: one sheet of agencies, one of groups, Chinese headers, rates shown to
 * one decimal (94.1%) but stored unrounded. Streaming, so thousands of agencies do not build a tree in memory.
 */
public final class ComplianceWorkbookWriter {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String AGENCIES_SHEET = "各单位出庭应诉情况";
    static final String GROUPS_SHEET = "汇总";

    private ComplianceWorkbookWriter() {
    }

    public static void write(ComplianceReport report, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            WorkbookCells cells = new WorkbookCells(workbook);
            fill(workbook.createSheet(AGENCIES_SHEET), report.agencies(), cells);
            fill(workbook.createSheet(GROUPS_SHEET), report.groups(), cells);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void fill(Sheet sheet, List<ComplianceFigures> rows, WorkbookCells cells) {
        List<ComplianceColumns.Column> columns = ComplianceColumns.ALL;
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(cells.header());
            sheet.setColumnWidth(i, i == 1 ? 40 * 256 : 16 * 256);
        }
        sheet.createFreezePane(2, 1);
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
