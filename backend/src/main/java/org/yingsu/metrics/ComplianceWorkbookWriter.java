package org.yingsu.metrics;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
            Styles styles = new Styles(workbook);
            fill(workbook.createSheet(AGENCIES_SHEET), report.agencies(), styles);
            fill(workbook.createSheet(GROUPS_SHEET), report.groups(), styles);
        });
    }

    private static void fill(Sheet sheet, List<ComplianceFigures> rows, Styles styles) {
        List<ComplianceColumns.Column> columns = ComplianceColumns.ALL;
        Workbooks.header(sheet, columns.stream().map(ComplianceColumns.Column::header).toList(),
                IntStream.range(0, columns.size()).mapToObj(i -> i == 1 ? 40 : 16).toList(), styles.header, 2);
        int r = 1;
        for (ComplianceFigures figures : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < columns.size(); i++) {
                ComplianceColumns.Column column = columns.get(i);
                Object value = column.value().apply(figures);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                switch (column.type()) {
                    case TEXT -> cell.setCellValue((String) value);
                    case COUNT -> cell.setCellValue(((Number) value).doubleValue());
                    case RATE -> {
                        cell.setCellValue((Double) value);
                        cell.setCellStyle(styles.rate);
                    }
                    case CHANGE -> {
                        cell.setCellValue((Double) value);
                        cell.setCellStyle(styles.change);
                    }
                    case POINTS -> cell.setCellValue(((BigDecimal) value).doubleValue());
                    case FLAGS -> cell.setCellValue(((List<?>) value).stream()
                            .map(f -> ((ComplianceFlag) f).label()).collect(Collectors.joining("、")));
                }
            }
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle rate;
        final CellStyle change;

        Styles(SXSSFWorkbook workbook) {
            header = Workbooks.headerStyle(workbook);
            rate = workbook.createCellStyle();
            rate.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            change = workbook.createCellStyle();
            change.setDataFormat(workbook.createDataFormat().getFormat("+0.0;-0.0;0.0"));
        }
    }
}
