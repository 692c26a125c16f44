package org.yingsu.metrics;

import java.util.List;
import java.util.function.Function;
import org.yingsu.common.text.Glossary;
import org.yingsu.metrics.WorkbookCells.Type;

/** The columns of the CSV and the workbook, with the Chinese headers people read. */
final class ComplianceColumns {

    record Column(String header, Type type, Function<ComplianceFigures, Object> value) {
    }

    static final List<Column> ALL = List.of(
            // Scripts read a group's row by its code (the CSV's contract); the workbook's summary still shows it.
            new Column(Glossary.term("agencyCode"), Type.TEXT,
                    f -> f.group() != null ? f.group().name() : f.agencyCode()),
            new Column(Glossary.term("agencyName"), Type.TEXT,
                    f -> f.group() != null ? f.group().label() : f.agencyName()),
            new Column(Glossary.term("agencyKind"), Type.TEXT,
                    f -> f.group() != null ? "汇总" : f.agencyKind().label()),
            new Column("出庭通知数", Type.COUNT, ComplianceFigures::noticesReceived),
            new Column("负责人按通知出庭数", Type.COUNT, ComplianceFigures::noticesAttendedByHead),
            new Column("通知出庭率", Type.RATE, ComplianceFigures::noticeAppearanceRate),
            new Column("上年同期通知出庭率", Type.RATE, ComplianceFigures::previousNoticeAppearanceRate),
            new Column("通知出庭率同比增减(百分点)", Type.CHANGE, ComplianceFigures::noticeAppearanceRateChangePp),
            new Column("开庭案件数", Type.COUNT, ComplianceFigures::casesHeard),
            new Column("负责人出庭案件数", Type.COUNT, ComplianceFigures::casesHeardWithHead),
            new Column("出庭应诉率", Type.RATE, ComplianceFigures::appearanceRate),
            new Column("上年同期出庭应诉率", Type.RATE, ComplianceFigures::previousAppearanceRate),
            new Column("出庭应诉率同比增减(百分点)", Type.CHANGE, ComplianceFigures::appearanceRateChangePp),
            new Column("应出庭案件数", Type.COUNT, ComplianceFigures::mandatoryCasesHeard),
            new Column("应出庭案件负责人出庭数", Type.COUNT, ComplianceFigures::mandatoryCasesHeardWithHead),
            new Column("应出庭案件出庭率", Type.RATE, ComplianceFigures::mandatoryAppearanceRate),
            new Column("审结案件数", Type.COUNT, ComplianceFigures::casesConcluded),
            new Column("改变行政机关决定数", Type.COUNT, ComplianceFigures::decisionsChanged),
            new Column("败诉率", Type.RATE, ComplianceFigures::lossRate),
            new Column("协调化解数", Type.COUNT, ComplianceFigures::resolvedByCoordination),
            new Column("有正当理由未出庭数", Type.COUNT, ComplianceFigures::justifiedAbsences),
            new Column("委托待审核未出庭数", Type.COUNT, ComplianceFigures::pendingAbsences),
            new Column("无正当理由未出庭数", Type.COUNT, ComplianceFigures::unjustifiedAbsences),
            new Column("出庭不出声次数", Type.COUNT, ComplianceFigures::silentAppearances),
            new Column(Glossary.term("leftEarly") + "次数", Type.COUNT, ComplianceFigures::leftEarlyAppearances),
            new Column("无人出庭次数", Type.COUNT, ComplianceFigures::noOneAppeared),
            new Column(Glossary.term("lateNotice") + "数", Type.COUNT, ComplianceFigures::lateNotices),
            new Column("司法建议数", Type.COUNT, ComplianceFigures::judicialRecommendations),
            new Column("身份证明逾期未核验数", Type.COUNT, ComplianceFigures::pendingIdentityProofs),
            new Column("考核扣分", Type.POINTS, ComplianceFigures::assessmentDeduction),
            new Column("预警标记", Type.FLAGS, ComplianceFigures::flags));

    private ComplianceColumns() {
    }
}
