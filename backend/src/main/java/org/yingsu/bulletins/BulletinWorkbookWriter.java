package org.yingsu.bulletins;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.yingsu.bulletins.BulletinContent.Section;
import org.yingsu.bulletins.BulletinDtos.BulletinResponse;
import org.yingsu.bulletins.BulletinTables.Column;
import org.yingsu.bulletins.BulletinTables.Table;
import org.yingsu.common.export.Cells;
import org.yingsu.common.export.Workbooks;
import org.yingsu.metrics.WorkbookCells;

/**
 * A published bulletin as a workbook: the text on the first sheet, then one sheet per table with its figures as
 * numbers (rates stored unrounded, shown as 94.1%), for the clerk who sorts and sums.
 */
final class BulletinWorkbookWriter {

    static final String TEXT_SHEET = "通报";

    private BulletinWorkbookWriter() {
    }

    static void write(BulletinResponse bulletin, OutputStream out) throws IOException {
        Workbooks.write(out, workbook -> {
            Styles styles = new Styles(workbook);
            WorkbookCells cells = new WorkbookCells(workbook);
            BulletinContent content = bulletin.content();
            Sheet text = workbook.createSheet(TEXT_SHEET);
            text.setColumnWidth(0, 100 * 256);
            int r = 0;
            r = textRow(text, r, content.title(), styles.title);
            r = textRow(text, r, bulletin.summary().number() + "　　" + content.issuer() + "　"
                    + BulletinFormat.date(bulletin.summary().publishedOn()), styles.paragraph);
            if (bulletin.summary().supersedesNumber() != null) {
                r = textRow(text, r, "（更正版，代替" + bulletin.summary().supersedesNumber() + "）更正说明："
                        + bulletin.summary().correctionReason(), styles.paragraph);
            }
            r = textRow(text, r, content.addressees() + "：", styles.paragraph);
            for (Section section : content.sections()) {
                r = textRow(text, r, section.heading(), styles.heading);
                for (String paragraph : section.paragraphs()) {
                    r = textRow(text, r, "　　" + paragraph, styles.paragraph);
                }
                Optional<Table> table = BulletinTables.of(section.key(), content);
                if (table.isPresent()) {
                    r = textRow(text, r, "（见工作表“" + table.get().sheetName() + "”）", styles.paragraph);
                    fill(workbook.createSheet(table.get().sheetName()), table.get(), cells);
                }
            }
        });
    }

    private static int textRow(Sheet sheet, int index, String value, CellStyle style) {
        Row row = sheet.createRow(index);
        Cell cell = row.createCell(0);
        Cells.text(cell, value);
        cell.setCellStyle(style);
        // Excel does not grow a wrapped row by itself; about 50 Chinese characters fit a line of this column.
        row.setHeightInPoints(Math.max(1, (value.length() + 49) / 50) * sheet.getDefaultRowHeightInPoints() * 1.3f);
        return index + 1;
    }

    private static void fill(Sheet sheet, Table table, WorkbookCells cells) {
        List<Column> columns = table.columns();
        Workbooks.header(sheet, columns.stream().map(Column::header).toList(),
                columns.stream().map(c -> Math.round(Math.max(8, c.width() * 7))).toList(), cells.header(), 0);
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < columns.size(); i++) {
                Object value = values.get(i);
                if (value == null) {
                    continue;
                }
                cells.write(row.createCell(i), columns.get(i).kind(), value);
            }
        }
    }

    /** The text sheet's styles; the tables' cells are {@link WorkbookCells}'. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle heading;
        final CellStyle paragraph;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setWrapText(true);
            heading = workbook.createCellStyle();
            heading.setFont(bold);
            paragraph = workbook.createCellStyle();
            paragraph.setWrapText(true);
            paragraph.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }
}
