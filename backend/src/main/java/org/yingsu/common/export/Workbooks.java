package org.yingsu.common.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Excel workbooks for people: streaming, so thousands of rows do not build a tree in memory, with bold wrapped
 * Chinese headers and the first columns frozen.
 */
public final class Workbooks {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Workbooks() {
    }

    @FunctionalInterface
    public interface Filler {
        void fill(SXSSFWorkbook workbook);
    }

    /** Builds a workbook with {@code filler}, writes it to {@code out} and frees its temporary files. */
    public static void write(OutputStream out, Filler filler) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            filler.fill(workbook);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    public static CellStyle headerStyle(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        return header;
    }

    /**
     * Writes the header row, sets each column's width (in characters) and freezes the header and the first
     * {@code frozenColumns} columns.
     */
    public static void header(Sheet sheet, List<String> headers, List<Integer> widths, CellStyle style,
            int frozenColumns) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(style);
            sheet.setColumnWidth(i, widths.get(i) * 256);
        }
        sheet.createFreezePane(frozenColumns, 1);
    }
}
