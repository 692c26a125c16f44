package org.yingsu.metrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.yingsu.common.export.Cells;
import org.yingsu.common.export.Workbooks;

/**
 * Figures as workbook cells, the same in every workbook the product writes: numbers stay numbers, rates are stored
 * unrounded and shown as 94.1%, changes in points with their sign, flags by their Chinese names.
 */
public final class WorkbookCells {

    /** What a column holds, and so how its cells are written. */
    public enum Type { TEXT, COUNT, RATE, CHANGE, POINTS, FLAGS }

    private final CellStyle header;
    private final CellStyle rate;
    private final CellStyle change;

    public WorkbookCells(Workbook workbook) {
        header = Workbooks.headerStyle(workbook);
        rate = workbook.createCellStyle();
        rate.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        change = workbook.createCellStyle();
        change.setDataFormat(workbook.createDataFormat().getFormat("+0.0;-0.0;0.0"));
    }

    /** Bold and wrapped, for a header row. */
    public CellStyle header() {
        return header;
    }

    /**
     * {@code value} is a String (TEXT), a Number (COUNT), a Double (RATE, CHANGE), a BigDecimal (POINTS) or a list
     * of {@link ComplianceFlag} (FLAGS).
     */
    public void write(Cell cell, Type type, Object value) {
        switch (type) {
            case TEXT -> Cells.text(cell, (String) value);
            case COUNT -> cell.setCellValue(((Number) value).doubleValue());
            case RATE -> {
                cell.setCellValue((Double) value);
                cell.setCellStyle(rate);
            }
            case CHANGE -> {
                cell.setCellValue((Double) value);
                cell.setCellStyle(change);
            }
            case POINTS -> cell.setCellValue(((BigDecimal) value).doubleValue());
            case FLAGS -> Cells.text(cell, ((List<?>) value).stream()
                    .map(f -> ((ComplianceFlag) f).label()).collect(Collectors.joining("、")));
        }
    }
}
