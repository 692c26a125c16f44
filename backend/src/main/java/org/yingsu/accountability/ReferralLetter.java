package org.yingsu.accountability;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.yingsu.accountability.ReferralDtos.HearingLine;
import org.yingsu.accountability.ReferralDtos.ReferralResponse;
import org.yingsu.attachments.DocumentDtos.DocumentResponse;
import org.yingsu.common.pdf.OfficialPdf;
import org.yingsu.common.time.Shanghai;

/**
 * The referral letter (提请追责函) on the bureau's letterhead: addressed to the competent body, the facts, the cases and
 * hearings, the officials, the request, the attachments, the signature. A draft prints as such, without a number.
 */
final class ReferralLetter {

    private static final float SIZE = OfficialPdf.BODY_SIZE;

    private ReferralLetter() {
    }

    static String title(ReferralResponse r) {
        return "关于提请对" + r.agencyName() + "有关人员依法依规予以追责的函";
    }

    static void write(ReferralResponse r, List<DocumentResponse> attachments, String issuer, OutputStream out)
            throws IOException {
        boolean draft = r.status() == ReferralStatus.DRAFTED;
        try (OfficialPdf pdf = OfficialPdf.create()) {
            pdf.letterhead(issuer, draft ? "（草稿）" : r.number());
            pdf.gap(14);
            pdf.title(title(r), List.of("有关人员"));
            pdf.gap(10);
            pdf.paragraph(r.referredTo() + "：", SIZE, false, 0);
            pdf.paragraph("根据《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》和本区行政机关负责人出庭应诉工作要求，"
                    + "对负责人无正当理由不按规定出庭应诉、在出庭应诉活动中存在失职行为等造成不良影响或严重后果的，"
                    + "应当提请有关机关依法依规予以追责。经核查，" + r.agencyName() + "存在" + r.ground().label()
                    + "的情形，现将有关情况函告如下。", SIZE, false, 2);
            pdf.paragraph("一、基本情况", SIZE, true, 2);
            pdf.paragraph(r.facts(), SIZE, false, 2);
            if (!r.cases().isEmpty()) {
                pdf.keepWithNext(OfficialPdf.BODY_LEADING * 3);
                pdf.paragraph("二、涉及案件及庭审", SIZE, true, 2);
                pdf.gap(4);
                pdf.table(new OfficialPdf.Table(List.of(new OfficialPdf.Column("案号", 3, true),
                        new OfficialPdf.Column("审理法院", 3, true), new OfficialPdf.Column("案由", 2, true),
                        new OfficialPdf.Column("开庭日期", 2.4f, false)), caseRows(r)));
                pdf.gap(10);
            }
            pdf.keepWithNext(OfficialPdf.BODY_LEADING * 3);
            pdf.paragraph((r.cases().isEmpty() ? "二" : "三") + "、有关人员", SIZE, true, 2);
            pdf.gap(4);
            pdf.table(new OfficialPdf.Table(List.of(new OfficialPdf.Column("姓名", 2, true),
                    new OfficialPdf.Column("职务", 3, true), new OfficialPdf.Column("类别", 2, false)),
                    r.officials().stream().map(o -> List.of(o.name(), o.title() == null ? "—" : o.title(),
                            o.role().label())).toList()));
            pdf.gap(10);
            pdf.paragraph("请贵机关依法依规调查处理，并将处理结果函告我局。", SIZE, false, 2);
            if (!attachments.isEmpty()) {
                pdf.gap(6);
                List<String> names = new ArrayList<>();
                for (int i = 0; i < attachments.size(); i++) {
                    names.add((i + 1) + ". " + attachments.get(i).fileName());
                }
                pdf.paragraph("附件：" + String.join("；", names), SIZE, false, 2);
            }
            var dated = draft ? r.draftedOn() : r.sentOn();
            pdf.signature(issuer, dated);
            pdf.info(title(r), draft ? "草稿" : r.number(), issuer,
                    dated.atTime(LocalTime.NOON).atZone(Shanghai.ZONE).toOffsetDateTime(), r.id());
            pdf.save(out);
        }
    }

    private static List<List<String>> caseRows(ReferralResponse r) {
        return r.cases().stream().map(c -> List.of(c.caseNumber(), c.court(),
                c.causeOfAction() == null ? "—" : c.causeOfAction(),
                r.hearings().stream().filter(h -> h.caseId() == c.id()).map(HearingLine::scheduledAt)
                        .map(at -> OfficialPdf.date(Shanghai.dateOf(at))).distinct()
                        .collect(Collectors.collectingAndThen(Collectors.joining("、"), s -> s.isEmpty() ? "—" : s))))
                .toList();
    }

}
