package org.yingsu.metrics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.yingsu.common.export.Cells;
import org.yingsu.common.export.Csv;
import org.yingsu.common.export.Workbooks;
import org.yingsu.common.text.Glossary;

/** The duties behind a figure for people: one row per duty, its result in words, as CSV or one sheet. */
final class DutyExport {

    static final String SHEET = "应诉案件明细";
    static final List<String> HEADERS = List.of(Glossary.term("agencyCode"), Glossary.term("agencyName"),
            Glossary.term("agencyKind"), "案号", "法院", "案由", "应出庭案件", "义务", "开庭日期", "出庭结果", "涉及开庭");
    private static final List<Integer> WIDTHS = List.of(14, 36, 12, 28, 28, 18, 10, 12, 12, 18, 30);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DutyExport() {
    }

    static void csv(List<HeardDuty> duties, OutputStream out) throws IOException {
        Writer writer = Csv.open(out);
        Csv.row(writer, HEADERS);
        for (HeardDuty duty : duties) {
            Csv.row(writer, cells(duty));
        }
        writer.flush();
    }

    static void workbook(List<HeardDuty> duties, OutputStream out) throws IOException {
        Workbooks.write(out, workbook -> {
            CellStyle header = Workbooks.headerStyle(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            Workbooks.header(sheet, HEADERS, WIDTHS, header, 2);
            int r = 1;
            for (HeardDuty duty : duties) {
                Row row = sheet.createRow(r++);
                List<String> cells = cells(duty);
                for (int i = 0; i < cells.size(); i++) {
                    Cells.text(row.createCell(i), cells.get(i));
                }
            }
        });
    }

    private static List<String> cells(HeardDuty duty) {
        return List.of(duty.agencyCode(), duty.agencyName(), duty.agencyKind().label(), duty.caseNumber(),
                duty.court(), duty.causeOfAction() == null ? "" : duty.causeOfAction(), duty.mandatory() ? "是" : "否",
                "RENEWED".equals(duty.kind()) ? "再次通知出庭" : "本审级出庭", duty.dutyDate().toString(),
                duty.result().label(),
                duty.hearings().stream().map(h -> MINUTE.format(h.scheduledAt())).collect(Collectors.joining("；")));
    }
}
