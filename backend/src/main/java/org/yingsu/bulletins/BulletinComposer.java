package org.yingsu.bulletins;

import static org.yingsu.bulletins.BulletinFormat.changeClause;
import static org.yingsu.bulletins.BulletinFormat.rate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yingsu.accountability.ReferralDtos.SentReferral;
import org.yingsu.agencies.AgencyKind;
import org.yingsu.bulletins.BulletinContent.AbsenceLine;
import org.yingsu.bulletins.BulletinContent.AgencyRate;
import org.yingsu.bulletins.BulletinContent.FlagLine;
import org.yingsu.bulletins.BulletinContent.GroupLine;
import org.yingsu.bulletins.BulletinContent.RankingLine;
import org.yingsu.bulletins.BulletinContent.ReferralLine;
import org.yingsu.bulletins.BulletinContent.Section;
import org.yingsu.bulletins.BulletinContent.SectionKey;
import org.yingsu.common.text.Glossary;
import org.yingsu.common.time.Shanghai;
import org.yingsu.litigation.vocabulary.OutcomeResult;
import org.yingsu.metrics.Absence;
import org.yingsu.metrics.AbsenceClass;
import org.yingsu.metrics.ComplianceFigures;
import org.yingsu.metrics.ComplianceFlag;
import org.yingsu.metrics.ComplianceReport;
import org.yingsu.metrics.MetricsGroup;

/**
 * Writes a quarter's bulletin from its figures and its absences: the tables, the ranking and the prose, in the
 * register of the bureau's own documents. Plain Java, so that every sentence can be tested without a database.
 */
final class BulletinComposer {

    /** Gravest first, as the web app orders flags. */
    private static final List<ComplianceFlag> GRAVITY = List.of(ComplianceFlag.ZERO_RATE_INTERVIEW,
            ComplianceFlag.NO_ONE_APPEARED, ComplianceFlag.MANDATORY_MISSED, ComplianceFlag.UNJUSTIFIED_ABSENCE,
            ComplianceFlag.BELOW_THRESHOLD, ComplianceFlag.LEFT_EARLY, ComplianceFlag.SILENT_APPEARANCE,
            ComplianceFlag.LATE_NOTICE, ComplianceFlag.PENDING_IDENTITY);

    private final String issuer;
    private final String addressees;
    private final BigDecimal points;
    private final Set<OutcomeResult> decisionChangedResults;

    BulletinComposer(String issuer, String addressees, BigDecimal pointsPerUnjustifiedAbsence,
            Set<OutcomeResult> decisionChangedResults) {
        this.issuer = issuer;
        this.addressees = addressees;
        this.points = pointsPerUnjustifiedAbsence;
        this.decisionChangedResults = decisionChangedResults;
    }

    /**
     * @param report the quarter's first-instance figures of every agency
     * @param absences the quarter's absences; only the unjustified are named
     */
    BulletinContent compose(int quarter, ComplianceReport report, List<Absence> absences,
            List<SentReferral> sentReferrals) {
        Map<MetricsGroup, ComplianceFigures> groups = report.groups().stream()
                .collect(Collectors.toMap(ComplianceFigures::group, Function.identity()));
        List<GroupLine> groupLines = report.groups().stream().map(BulletinComposer::groupLine).toList();
        List<RankingLine> ranking = ranking(report.agencies());
        List<AgencyRate> below = report.agencies().stream()
                .filter(f -> f.flags().contains(ComplianceFlag.BELOW_THRESHOLD))
                .sorted(Comparator.comparing(ComplianceFigures::appearanceRate)
                        .thenComparing(ComplianceFigures::casesHeard, Comparator.reverseOrder())
                        .thenComparing(ComplianceFigures::agencyCode))
                .map(BulletinComposer::agencyRate).toList();
        List<AgencyRate> zero = report.agencies().stream()
                .filter(f -> f.flags().contains(ComplianceFlag.ZERO_RATE_INTERVIEW))
                .sorted(Comparator.comparing(ComplianceFigures::casesHeard, Comparator.reverseOrder())
                        .thenComparing(ComplianceFigures::agencyCode))
                .map(BulletinComposer::agencyRate).toList();
        List<AbsenceLine> unjustified = absences.stream()
                .filter(a -> a.absenceClass() == AbsenceClass.UNJUSTIFIED)
                .map(a -> new AbsenceLine(a.agencyCode(), a.agencyName(), a.court(), a.caseNumber(),
                        a.causeOfAction(), a.mandatory(), a.hearings().stream()
                                .map(h -> Shanghai.dateOf(h.scheduledAt())).distinct().sorted().toList(), points))
                .toList();
        List<FlagLine> flagged = report.agencies().stream().filter(f -> !f.flags().isEmpty())
                .sorted(Comparator.comparing((ComplianceFigures f) -> gravest(f.flags()))
                        .thenComparing(ComplianceFigures::agencyCode))
                .map(f -> new FlagLine(f.agencyCode(), f.agencyName(), byGravity(f.flags()),
                        byGravity(f.flags()).stream().map(ComplianceFlag::label).collect(Collectors.joining("、")),
                        details(f)))
                .toList();

        List<ReferralLine> referrals = sentReferrals.stream().map(r -> new ReferralLine(r.agencyCode(),
                r.agencyName(), r.officials(), r.ground().label(), r.caseNumbers(), r.number(), r.sentOn(),
                r.decision() == null ? "待反馈" : r.decision().label())).toList();
        String title = "关于" + report.year() + "年" + BulletinFormat.quarter(quarter)
                + "全区行政机关负责人出庭应诉情况的通报";
        List<Section> sections = List.of(
                new Section(SectionKey.OVERVIEW, "一、总体情况", overview(report, quarter, groups)),
                new Section(SectionKey.RANKING, "二、各单位出庭应诉率排名", rankingText(ranking)),
                new Section(SectionKey.BELOW_THRESHOLD, "三、出庭应诉率未达到" + threshold(report) + "的单位",
                        belowText(below, report)),
                new Section(SectionKey.ZERO_RATE, "四、出庭应诉率为零的单位", zeroText(zero)),
                new Section(SectionKey.UNJUSTIFIED_ABSENCES, "五、无正当理由未出庭应诉的案件",
                        unjustifiedText(unjustified)),
                new Section(SectionKey.FLAGS, "六、预警情况", flagsText(flagged)),
                new Section(SectionKey.REFERRALS, "七、追责情况", referralsText(referrals)),
                new Section(SectionKey.REQUIREMENTS, "八、工作要求", requirements(report)));
        return new BulletinContent(BulletinContent.FORMAT, report.year(), quarter, report.period(),
                report.periodStart(), report.periodEnd(), issuer, title, addressees, report.threshold(), points,
                sections, groupLines, ranking, below, zero, unjustified, flagged, referrals);
    }

    /**
     * Agencies with cases heard, the district government excepted (the seed reports it on its own), by the rate as
     * printed; equal printed rates share a rank (1, 2, 2, 4), and within a tie more cases heard come first.
     */
    static List<RankingLine> ranking(List<ComplianceFigures> agencies) {
        List<ComplianceFigures> ranked = agencies.stream()
                .filter(f -> f.casesHeard() > 0 && f.agencyKind() != AgencyKind.DISTRICT_GOVERNMENT)
                .sorted(Comparator.comparing((ComplianceFigures f) -> BulletinFormat.permille(f.appearanceRate()))
                        .reversed()
                        .thenComparing(ComplianceFigures::casesHeard, Comparator.reverseOrder())
                        .thenComparing(ComplianceFigures::agencyCode))
                .toList();
        List<RankingLine> lines = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            ComplianceFigures f = ranked.get(i);
            boolean tied = i > 0 && BulletinFormat.permille(ranked.get(i - 1).appearanceRate())
                    == BulletinFormat.permille(f.appearanceRate());
            int rank = tied ? lines.get(i - 1).rank() : i + 1;
            lines.add(new RankingLine(rank, f.agencyCode(), f.agencyName(), f.agencyKind(), f.casesHeard(),
                    f.casesHeardWithHead(), f.appearanceRate(), f.appearanceRateChangePp(), byGravity(f.flags())));
        }
        return lines;
    }

    private List<String> overview(ComplianceReport report, int quarter, Map<MetricsGroup, ComplianceFigures> groups) {
        ComplianceFigures all = groups.get(MetricsGroup.ALL);
        ComplianceFigures government = groups.get(MetricsGroup.DISTRICT_GOVERNMENT);
        ComplianceFigures departments = groups.get(MetricsGroup.DEPARTMENTS_AND_SUBDISTRICTS);
        String period = report.year() + "年" + BulletinFormat.quarter(quarter) + "（"
                + BulletinFormat.date(report.periodStart()) + "至" + report.periodEnd().getMonthValue() + "月"
                + report.periodEnd().getDayOfMonth() + "日）";
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(all.casesHeard() == 0
                ? period + "，全区行政机关作为被告的一审行政诉讼案件无开庭。"
                : period + "，全区行政机关作为被告的一审行政诉讼案件共开庭" + all.casesHeard() + "件，有"
                        + all.casesHeardWithHead() + "件案件行政机关负责人出庭应诉，出庭应诉率为"
                        + rate(all.appearanceRate()) + changeClause(all.appearanceRateChangePp()) + "。");
        StringBuilder text = new StringBuilder();
        if (government.noticesReceived() == 0) {
            text.append("本季度人民法院未向区政府发出负责人出庭应诉通知。");
        } else {
            text.append("以区政府为被告的行政诉讼案件，人民法院发出负责人出庭应诉通知")
                    .append(government.noticesReceived()).append("件，区政府负责人出庭应诉")
                    .append(government.noticesAttendedByHead()).append("次，区政府负责人出庭应诉率")
                    .append(rate(government.noticeAppearanceRate()))
                    .append(changeClause(government.noticeAppearanceRateChangePp())).append("。");
        }
        text.append(concluded(government, "本季度审结的一审案件中", "本季度以区政府为被告的一审案件无审结。"));
        paragraphs.add(text.toString());
        paragraphs.add((departments.casesHeard() == 0
                ? "本季度以区政府部门、镇街为被告的一审行政诉讼案件无开庭。"
                : "以区政府部门、镇街为被告的一审行政诉讼案件共开庭" + departments.casesHeard() + "件，有"
                        + departments.casesHeardWithHead() + "件案件行政机关负责人出庭应诉，行政机关负责人出庭应诉率为"
                        + rate(departments.appearanceRate()) + changeClause(departments.appearanceRateChangePp())
                        + "。")
                + concluded(departments, "已审结的案件中", "本季度以区政府部门、镇街为被告的一审案件无审结。"));
        if (all.mandatoryCasesHeard() > 0) {
            boolean met = all.mandatoryCasesHeardWithHead() == all.mandatoryCasesHeard();
            paragraphs.add("涉及重大公共利益、社会高度关注、可能引发群体性事件的案件以及检察机关提起的行政公益诉讼案件等"
                    + "依规定负责人必须出庭应诉的案件共开庭" + all.mandatoryCasesHeard() + "件，负责人出庭"
                    + all.mandatoryCasesHeardWithHead() + "件，出庭应诉率" + rate(all.mandatoryAppearanceRate())
                    + (met ? "，达到100%的要求。" : "，未达到100%的要求。"));
        }
        return paragraphs;
    }

    /** 改变行政机关决定（撤销、履行法定职责、确认违法）27件，败诉率7.3%. */
    private String concluded(ComplianceFigures f, String lead, String none) {
        if (f.casesConcluded() == 0) {
            return none;
        }
        String results = java.util.Arrays.stream(OutcomeResult.values()).filter(decisionChangedResults::contains)
                .map(OutcomeResult::label).collect(Collectors.joining("、"));
        return lead + "改变行政机关决定（" + results + "）" + f.decisionsChanged() + "件，败诉率" + rate(f.lossRate())
                + "。";
    }

    private static List<String> rankingText(List<RankingLine> ranking) {
        if (ranking.isEmpty()) {
            return List.of("本季度区政府部门、镇街无开庭案件，不作排名。");
        }
        return List.of("对本季度有开庭案件的区政府部门、镇街，按行政机关负责人出庭应诉率由高到低排名如下（区政府出庭应诉"
                + "情况见第一部分，不参与排名）。出庭应诉率按保留一位小数后的数值比较，数值相同的并列同一名次，并列单位按开庭"
                + "案件数由多到少排列。");
    }

    private static List<String> belowText(List<AgencyRate> below, ComplianceReport report) {
        if (below.isEmpty()) {
            return List.of("本季度有开庭案件的单位，行政机关负责人出庭应诉率均达到" + threshold(report) + "以上。");
        }
        return List.of("按照负责人出庭应诉率不得低于" + threshold(report) + "的要求，本季度未达标的单位有" + below.size()
                + "个：" + names(below.stream().map(AgencyRate::agencyName).toList()) + "。上述单位要认真分析原因，"
                + "切实落实负责人出庭应诉责任。");
    }

    private static List<String> zeroText(List<AgencyRate> zero) {
        if (zero.isEmpty()) {
            return List.of("本季度无行政机关负责人出庭应诉率为零的单位。");
        }
        return List.of("本季度有开庭案件但行政机关负责人无一出庭应诉的单位有" + zero.size() + "个："
                + names(zero.stream().map(AgencyRate::agencyName).toList()) + "。按照规定，区司法局将对上述单位进行约谈。");
    }

    private List<String> unjustifiedText(List<AbsenceLine> unjustified) {
        if (unjustified.isEmpty()) {
            return List.of("本季度未发现行政机关负责人无正当理由不出庭应诉的案件。");
        }
        long agencies = unjustified.stream().map(AbsenceLine::agencyCode).distinct().count();
        BigDecimal total = points.multiply(BigDecimal.valueOf(unjustified.size()));
        return List.of("本季度行政机关负责人无正当理由未出庭应诉的案件共" + unjustified.size() + "件，涉及" + agencies
                + "个单位，现予通报批评。按照全面依法治区考核的规定，每件扣减考核分" + BulletinFormat.points(points)
                + "分，共计扣减" + BulletinFormat.points(total) + "分。");
    }

    private static List<String> flagsText(List<FlagLine> flagged) {
        if (flagged.isEmpty()) {
            return List.of("本季度无预警事项。");
        }
        return List.of("本季度有" + flagged.size() + "个单位存在需要关注的情形，具体如下：");
    }

    private static List<String> referralsText(List<ReferralLine> referrals) {
        if (referrals.isEmpty()) {
            return List.of("本季度未提请有关机关追责。");
        }
        long agencies = referrals.stream().map(ReferralLine::agencyCode).distinct().count();
        return List.of("对负责人无正当理由不按规定出庭应诉、在出庭应诉活动中存在失职行为等造成不良影响的，本季度区司法局提请有关机关"
                + "依法依规追责" + referrals.size() + "件，涉及" + agencies + "个单位，具体如下：");
    }

    private static List<String> requirements(ComplianceReport report) {
        return List.of(
                "（一）提高思想认识。各单位要严格落实《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》和《重庆市渝北区"
                        + "行政机关负责人出庭应诉工作规定》，切实履行出庭应诉职责，做到“应出尽出”，确保行政机关负责人出庭应诉"
                        + "“既出声，又出彩”。",
                "（二）认真整改落实。出庭应诉率未达到" + threshold(report) + "的单位要认真分析原因，制定整改措施；对无正当理由"
                        + "不出庭应诉的，区司法局将予以扣分和通报批评；对出庭应诉率为零的单位，区司法局将进行约谈。",
                "（三）规范报送工作。各单位要按月向区司法局报送本单位负责人出庭应诉工作情况；负责人不能出庭的，应当在开庭前"
                        + "提交书面说明，具体写明不能出庭的理由，并依法办理委托手续。");
    }

    /** What lies behind an agency's flags, in the order of their gravity. */
    static String details(ComplianceFigures f) {
        List<String> parts = new ArrayList<>();
        boolean zero = f.flags().contains(ComplianceFlag.ZERO_RATE_INTERVIEW);
        for (ComplianceFlag flag : byGravity(f.flags())) {
            if (flag == ComplianceFlag.BELOW_THRESHOLD && zero) {
                continue; // 均无负责人出庭 already says the rate
            }
            parts.add(switch (flag) {
                case ZERO_RATE_INTERVIEW -> "开庭" + f.casesHeard() + "件均无负责人出庭";
                case NO_ONE_APPEARED -> "无人出庭" + f.noOneAppeared() + "次";
                case MANDATORY_MISSED -> "应当出庭案件" + f.mandatoryCasesHeard() + "件中"
                        + (f.mandatoryCasesHeard() - f.mandatoryCasesHeardWithHead()) + "件负责人未出庭";
                case UNJUSTIFIED_ABSENCE -> "无正当理由未出庭" + f.unjustifiedAbsences() + "件";
                case BELOW_THRESHOLD -> "出庭应诉率" + rate(f.appearanceRate());
                case LEFT_EARLY -> Glossary.term("leftEarly") + f.leftEarlyAppearances() + "次";
                case SILENT_APPEARANCE -> "出庭不出声" + f.silentAppearances() + "次";
                case LATE_NOTICE -> "出庭通知送达不足三日" + f.lateNotices() + "件";
                case PENDING_IDENTITY -> "身份证明逾期未核验" + f.pendingIdentityProofs() + "人次";
            });
        }
        return String.join("；", parts);
    }

    private static List<ComplianceFlag> byGravity(List<ComplianceFlag> flags) {
        return flags.stream().sorted(Comparator.comparing(BulletinComposer::gravity)).toList();
    }

    private static int gravest(List<ComplianceFlag> flags) {
        return flags.stream().mapToInt(BulletinComposer::gravity).min().orElse(GRAVITY.size());
    }

    private static int gravity(ComplianceFlag flag) {
        int index = GRAVITY.indexOf(flag);
        return index < 0 ? GRAVITY.size() : index;
    }

    private static GroupLine groupLine(ComplianceFigures f) {
        return new GroupLine(f.group(), f.group().label(), f.noticesReceived(), f.noticesAttendedByHead(),
                f.noticeAppearanceRate(), f.noticeAppearanceRateChangePp(), f.casesHeard(), f.casesHeardWithHead(),
                f.appearanceRate(), f.previousAppearanceRate(), f.appearanceRateChangePp(), f.mandatoryCasesHeard(),
                f.mandatoryCasesHeardWithHead(), f.mandatoryAppearanceRate(), f.casesConcluded(),
                f.decisionsChanged(), f.lossRate());
    }

    private static AgencyRate agencyRate(ComplianceFigures f) {
        return new AgencyRate(f.agencyCode(), f.agencyName(), f.agencyKind(), f.casesHeard(), f.casesHeardWithHead(),
                f.appearanceRate());
    }

    private static String threshold(ComplianceReport report) {
        return BulletinFormat.threshold(report.threshold());
    }

    private static String names(List<String> names) {
        return String.join("、", names);
    }
}
