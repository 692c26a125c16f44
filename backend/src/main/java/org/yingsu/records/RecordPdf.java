package org.yingsu.records;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.yingsu.common.pdf.OfficialPdf;
import org.yingsu.common.text.Glossary;
import org.yingsu.common.time.Shanghai;
import org.yingsu.metrics.AbsenceClass;
import org.yingsu.records.RecordDtos.OfficialRecord;

/**
 * The 述法 record on paper: what the head attended, the agency's unmet duties while they were in post, the
 * delegations and observations, as a principal head attaches it to the annual report.
 */
final class RecordPdf {

    private static final float SIZE = OfficialPdf.BODY_SIZE;
    private static final String NONE = "—";

    private RecordPdf() {
    }

    static String title(OfficialRecord r) {
        return r.name() + r.year() + "年度出庭应诉情况";
    }

    static void write(OfficialRecord r, LocalDate today, OutputStream out) throws IOException {
        try (OfficialPdf pdf = OfficialPdf.create()) {
            pdf.gap(10);
            pdf.title(title(r), List.of(String.valueOf(r.year())));
            pdf.centered("（述法材料）", SIZE, false, Color.BLACK, OfficialPdf.BODY_LEADING);
            pdf.gap(8);
            pdf.paragraph("单位：" + r.agencyName() + "　　职务：" + (r.title() == null ? NONE : r.title()) + "（"
                    + r.role().label() + "）", SIZE, false, 0);
            pdf.paragraph("任职期间：" + OfficialPdf.date(r.validFrom()) + "至"
                    + (r.validTo() == null ? "今" : OfficialPdf.date(r.validTo())), SIZE, false, 0);
            var s = r.summary();
            pdf.paragraph("本年度出庭应诉" + s.hearingsAttended() + "次，其中出庭不出声" + s.silent() + "次、"
                    + Glossary.term("leftEarly") + s.leftEarly() + "次；任职期间本单位负责人未出庭应诉" + s.unmetDuties() + "件（有正当理由"
                    + s.justifiedAbsences() + "件、待审核" + s.pendingAbsences() + "件、无正当理由"
                    + s.unjustifiedAbsences() + "件）；委托出庭" + s.delegations() + "次；旁听庭审" + s.observations()
                    + "次；参加出庭应诉培训" + s.trainings() + "次。", SIZE, false, 2);

            section(pdf, "一、出庭应诉情况");
            pdf.table(new OfficialPdf.Table(List.of(new OfficialPdf.Column("开庭日期", 2.2f, false),
                    new OfficialPdf.Column("案号", 3.4f, true), new OfficialPdf.Column("审理法院", 3, true),
                    new OfficialPdf.Column("出声", 1, false), new OfficialPdf.Column("退庭", 1, false),
                    new OfficialPdf.Column("身份证明", 1.6f, false)), rows(r.hearings().stream().map(h -> List.of(
                            OfficialPdf.date(Shanghai.dateOf(h.scheduledAt())), h.caseNumber(), h.court(),
                            h.spoke() ? "是" : "否", h.leftEarly() ? "是" : "否", h.identityStatus().label()))
                            .toList(), 6)));

            section(pdf, "二、任职期间本单位负责人未出庭应诉的案件");
            pdf.table(new OfficialPdf.Table(List.of(new OfficialPdf.Column("开庭日期", 2.2f, false),
                    new OfficialPdf.Column("案号", 3.4f, true), new OfficialPdf.Column("审理法院", 3, true),
                    new OfficialPdf.Column("认定", 2, false)), rows(r.unmetDuties().stream().map(u -> List.of(
                            OfficialPdf.date(u.dutyDate()), u.caseNumber(), u.court(), absence(u.absenceClass())))
                            .toList(), 4)));

            section(pdf, "三、委托出庭情况");
            pdf.table(new OfficialPdf.Table(List.of(new OfficialPdf.Column("开庭日期", 2.2f, false),
                    new OfficialPdf.Column("案号", 3.4f, true), new OfficialPdf.Column("事由", 3, true),
                    new OfficialPdf.Column("受委托人", 1.6f, false), new OfficialPdf.Column("审核", 1.4f, false)),
                    rows(r.delegations().stream().map(d -> List.of(
                            OfficialPdf.date(Shanghai.dateOf(d.scheduledAt())), d.caseNumber(),
                            d.reasonCategory().label() + "：" + d.reason(), d.delegateName(), d.status().label()))
                            .toList(), 5)));

            section(pdf, "四、旁听庭审情况");
            pdf.table(new OfficialPdf.Table(List.of(new OfficialPdf.Column("开庭日期", 2.2f, false),
                    new OfficialPdf.Column("旁听主题", 3.4f, true), new OfficialPdf.Column("案号", 3.4f, true)),
                    rows(r.observations().stream().map(x -> List.of(
                            OfficialPdf.date(Shanghai.dateOf(x.scheduledAt())), x.title(), x.caseNumber()))
                            .toList(), 3)));

            section(pdf, "五、参加出庭应诉培训情况");
            pdf.table(new OfficialPdf.Table(List.of(new OfficialPdf.Column("培训日期", 2.2f, false),
                    new OfficialPdf.Column("培训主题", 4, true), new OfficialPdf.Column("主讲人", 3, true)),
                    rows(r.trainings().stream().map(x -> List.of(
                            OfficialPdf.date(Shanghai.dateOf(x.startsAt())), x.topic(),
                            x.speaker() + "（" + x.speakerCourt() + "）"))
                            .toList(), 3)));

            pdf.gap(OfficialPdf.BODY_LEADING);
            pdf.paragraph("说明：委托出庭记录未载明签发人，所列为任职期间本单位全部委托；以上情况依据法院推送及本单位填报"
                    + "的记录生成，统计至" + OfficialPdf.date(today) + "。", 11, false, 0);
            pdf.info(title(r), "述法材料", r.agencyName(),
                    today.atTime(LocalTime.NOON).atZone(Shanghai.ZONE).toOffsetDateTime(),
                    (r.officialCode() + r.year()).hashCode());
            pdf.save(out);
        }
    }

    private static void section(OfficialPdf pdf, String heading) throws IOException {
        pdf.gap(8);
        pdf.keepWithNext(OfficialPdf.BODY_LEADING * 3);
        pdf.paragraph(heading, SIZE, true, 0);
        pdf.gap(4);
    }

    /** An empty table still shows its header and one line saying there is nothing. */
    private static List<List<String>> rows(List<List<String>> rows, int columns) {
        if (!rows.isEmpty()) {
            return rows;
        }
        List<String> none = new ArrayList<>(List.of("无"));
        while (none.size() < columns) {
            none.add("");
        }
        return List.of(none);
    }

    private static String absence(AbsenceClass c) {
        return switch (c) {
            case JUSTIFIED -> "有正当理由";
            case PENDING -> "委托待审核";
            case UNJUSTIFIED -> "无正当理由";
        };
    }

}
