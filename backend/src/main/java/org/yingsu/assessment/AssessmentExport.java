package org.yingsu.assessment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.yingsu.assessment.AssessmentDtos.AgencyAssessment;
import org.yingsu.assessment.AssessmentDtos.Assessment;
import org.yingsu.assessment.AssessmentDtos.Cause;
import org.yingsu.common.export.Cells;
import org.yingsu.common.export.Csv;
import org.yingsu.common.export.Workbooks;
import org.yingsu.common.text.Glossary;
import org.yingsu.metrics.Absence.AbsentHearing;

/**
 * The assessment for people: CSV with one row per agency and its causes in one cell; a workbook with the agencies
 * (and a total) on one sheet and one row per cause on another.
 */
final class AssessmentExport {

    static final String AGENCIES_SHEET = "考核扣分";
    static final String CAUSES_SHEET = "扣分明细";
    static final List<String> AGENCY_HEADERS = List.of(Glossary.term("agencyCode"), Glossary.term("agencyName"),
            Glossary.term("agencyKind"), "无正当理由未出庭数",
            "每次扣分", "扣分合计", "扣分事由");
    static final List<String> CAUSE_HEADERS = List.of(Glossary.term("agencyCode"), Glossary.term("agencyName"), "案号", "法院", "案由",
            "应出庭案件",
            "开庭日期", "扣分");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private AssessmentExport() {
    }

    public static void csv(Assessment assessment, OutputStream out) throws IOException {
        Writer writer = Csv.open(out);
        Csv.row(writer, AGENCY_HEADERS);
        for (AgencyAssessment agency : assessment.agencies()) {
            Csv.row(writer, List.of(agency.agencyCode(), agency.agencyName(), agency.agencyKind().label(),
                    Long.toString(agency.unjustifiedAbsences()),
                    assessment.pointsPerUnjustifiedAbsence().toPlainString(), agency.deduction().toPlainString(),
                    agency.causes().stream().map(AssessmentExport::describe).collect(Collectors.joining("；"))));
        }
        writer.flush();
    }

    public static void workbook(Assessment assessment, OutputStream out) throws IOException {
        Workbooks.write(out, workbook -> {
            CellStyle header = Workbooks.headerStyle(workbook);
            Sheet agencies = workbook.createSheet(AGENCIES_SHEET);
            Workbooks.header(agencies, AGENCY_HEADERS.subList(0, 6), List.of(16, 40, 12, 12, 10, 10), header, 2);
            int r = 1;
            for (AgencyAssessment agency : assessment.agencies()) {
                Row row = agencies.createRow(r++);
                Cells.text(row.createCell(0), agency.agencyCode());
                Cells.text(row.createCell(1), agency.agencyName());
                row.createCell(2).setCellValue(agency.agencyKind().label());
                row.createCell(3).setCellValue(agency.unjustifiedAbsences());
                row.createCell(4).setCellValue(assessment.pointsPerUnjustifiedAbsence().doubleValue());
                row.createCell(5).setCellValue(agency.deduction().doubleValue());
            }
            Row total = agencies.createRow(r);
            total.createCell(1).setCellValue("合计");
            total.createCell(3).setCellValue(assessment.unjustifiedAbsences());
            total.createCell(5).setCellValue(assessment.totalDeduction().doubleValue());

            Sheet causes = workbook.createSheet(CAUSES_SHEET);
            Workbooks.header(causes, CAUSE_HEADERS, List.of(16, 40, 28, 28, 20, 10, 24, 8), header, 3);
            int c = 1;
            for (AgencyAssessment agency : assessment.agencies()) {
                for (Cause cause : agency.causes()) {
                    Row row = causes.createRow(c++);
                    Cells.text(row.createCell(0), agency.agencyCode());
                    Cells.text(row.createCell(1), agency.agencyName());
                    Cells.text(row.createCell(2), cause.caseNumber());
                    Cells.text(row.createCell(3), cause.court());
                    if (cause.causeOfAction() != null) {
                        Cells.text(row.createCell(4), cause.causeOfAction());
                    }
                    row.createCell(5).setCellValue(cause.mandatory() ? "是" : "否");
                    row.createCell(6).setCellValue(days(cause.hearings()));
                    row.createCell(7).setCellValue(cause.points().doubleValue());
                }
            }
        });
    }

    /** {@code （2022）渝0112行初1号（重庆市渝北区人民法院，开庭 2022-03-01）}. */
    private static String describe(Cause cause) {
        return cause.caseNumber() + "（" + cause.court() + "，开庭 " + days(cause.hearings()) + "）";
    }

    private static String days(List<AbsentHearing> hearings) {
        return hearings.stream().map(h -> h.scheduledAt().toLocalDate().format(DAY)).distinct()
                .collect(Collectors.joining("、"));
    }
}
