package org.yingsu.bulletins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.bulletins.BulletinContent.RankingLine;
import org.yingsu.litigation.vocabulary.OutcomeResult;
import org.yingsu.metrics.ComplianceCalculator.AgencyCounts;
import org.yingsu.metrics.ComplianceCalculator;
import org.yingsu.metrics.ComplianceCounts;
import org.yingsu.metrics.ComplianceFigures;
import org.yingsu.metrics.ComplianceReport;
import org.yingsu.metrics.TrialLevelFilter;

/** The bulletin's ranking, rounding and sentences, with no database. */
class BulletinComposerTests {

    private final ComplianceCalculator calculator = new ComplianceCalculator(0.9, BigDecimal.valueOf(2));
    private final BulletinComposer composer = new BulletinComposer("重庆市渝北区司法局", "各单位",
            BigDecimal.valueOf(2), Set.of(OutcomeResult.REVOKED, OutcomeResult.ORDERED_TO_PERFORM,
                    OutcomeResult.CONFIRMED_ILLEGAL));

    private static ComplianceCounts counts(long notices, long noticesHead, long cases, long casesHead,
            long concluded, long changed) {
        return new ComplianceCounts(notices, noticesHead, cases, casesHead, 0, 0, concluded, changed, 0, 0, 0,
                cases - casesHead, 0, 0, 0, 0, 0, 0);
    }

    private AgencyCounts agency(String code, AgencyKind kind, long cases, long withHead) {
        return new AgencyCounts(code, "单位" + code, kind, counts(0, 0, cases, withHead, 0, 0), ComplianceCounts.ZERO);
    }

    private ComplianceReport report(List<AgencyCounts> agencies) {
        List<ComplianceFigures> figures = new ArrayList<>();
        agencies.forEach(a -> figures.add(calculator.agency(a)));
        return new ComplianceReport(2022, "2022-Q4", LocalDate.of(2022, 10, 1), LocalDate.of(2022, 12, 31),
                TrialLevelFilter.FIRST_INSTANCE, 0.9, figures, calculator.groups(agencies));
    }

    @Test
    void ratesThatPrintAlikeShareARankAndTheNextRankSkips() {
        // 16/17 and 32/34 are 94.12%, 95/101 is 94.06%: all print 94.1%. 79/84 is 94.05%, printed 94.0%.
        List<RankingLine> ranking = BulletinComposer.ranking(report(List.of(
                agency("A", AgencyKind.DEPARTMENT, 17, 16),
                agency("B", AgencyKind.SUBDISTRICT, 101, 95),
                agency("C", AgencyKind.DEPARTMENT, 34, 32),
                agency("D", AgencyKind.DEPARTMENT, 84, 79),
                agency("E", AgencyKind.DEPARTMENT, 2, 2),
                agency("G", AgencyKind.DISTRICT_GOVERNMENT, 5, 1),
                agency("Z", AgencyKind.DEPARTMENT, 0, 0))).agencies());
        assertEquals(List.of("E", "B", "C", "A", "D"), ranking.stream().map(RankingLine::agencyCode).toList(),
                "94.06%, 94.12% and 94.12% all print 94.1%; more cases first; the government and the unheard "
                        + "are not ranked");
        assertEquals(List.of(1, 2, 2, 2, 5), ranking.stream().map(RankingLine::rank).toList());
    }

    @Test
    void ratesPrintToOneDecimalRoundedHalfUpAsTheWebAppDoes() {
        assertEquals("94.1%", BulletinFormat.rate(333 / 354.0));
        assertEquals("12.5%", BulletinFormat.rate(0.125));
        assertEquals("0.1%", BulletinFormat.rate(0.0005));
        assertEquals("100.0%", BulletinFormat.rate(1.0));
        assertEquals("—", BulletinFormat.rate(null));
        assertEquals("+19.6", BulletinFormat.change(19.6386));
        assertEquals("0.0", BulletinFormat.change(-0.04));
        assertEquals("，较上年同期增加19.6个百分点", BulletinFormat.changeClause(19.6386));
        assertEquals("，较上年同期下降3.0个百分点", BulletinFormat.changeClause(-2.96));
        assertEquals("，与上年同期持平", BulletinFormat.changeClause(0.01));
        assertEquals("", BulletinFormat.changeClause(null));
        assertEquals("90%", BulletinFormat.threshold(0.9));
        assertEquals("2023年1月9日", BulletinFormat.date(LocalDate.of(2023, 1, 9)));
    }

    @Test
    void theOverviewReportsTheGroupsInTheSeedsWords() {
        AgencyCounts government = new AgencyCounts("G", "区政府", AgencyKind.DISTRICT_GOVERNMENT,
                counts(26, 26, 20, 20, 3, 0), counts(21, 13, 10, 5, 0, 0));
        AgencyCounts departments = new AgencyCounts("D", "各部门", AgencyKind.DEPARTMENT,
                counts(0, 0, 354, 333, 370, 27), counts(0, 0, 306, 228, 0, 0));
        BulletinContent content = composer.compose(4, report(List.of(government, departments)), List.of(), List.of());
        List<String> overview = content.sections().get(0).paragraphs();
        assertEquals("关于2022年第四季度全区行政机关负责人出庭应诉情况的通报", content.title());
        assertTrue(overview.get(1).startsWith("以区政府为被告的行政诉讼案件，人民法院发出负责人出庭应诉通知26件，"
                + "区政府负责人出庭应诉26次，区政府负责人出庭应诉率100.0%，较上年同期增加38.1个百分点。"
                + "本季度审结的一审案件中改变行政机关决定（撤销、履行法定职责、确认违法）0件，败诉率0.0%。"),
                overview.get(1));
        assertEquals("以区政府部门、镇街为被告的一审行政诉讼案件共开庭354件，有333件案件行政机关负责人出庭应诉，"
                + "行政机关负责人出庭应诉率为94.1%，较上年同期增加19.6个百分点。已审结的案件中改变行政机关决定"
                + "（撤销、履行法定职责、确认违法）27件，败诉率7.3%。", overview.get(2));
        assertEquals(List.of("本季度区政府部门、镇街无开庭案件，不作排名。"),
                composer.compose(4, report(List.of(government)), List.of(), List.of()).sections().get(1).paragraphs());
        assertEquals(List.of("本季度未发现行政机关负责人无正当理由不出庭应诉的案件。"), content.sections().get(4).paragraphs());
    }
}
