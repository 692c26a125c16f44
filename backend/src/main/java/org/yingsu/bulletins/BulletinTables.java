package org.yingsu.bulletins;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yingsu.bulletins.BulletinContent.SectionKey;
import org.yingsu.metrics.WorkbookCells.Type;

/**
 * The table under each section of a bulletin, once for both the PDF and the workbook: headers, relative widths and
 * typed cells (a rate stays a number for Excel and is printed to one decimal in the PDF).
 */
final class BulletinTables {

    record Column(String header, float width, Type kind) {
    }

    /** Cells are a String, a Long, a Double (rate or change, unrounded), a BigDecimal, or null for none. */
    record Table(String sheetName, List<Column> columns, List<List<Object>> rows) {

        /** A cell as the PDF prints it. */
        String text(int column, Object value) {
            if (value == null) {
                return "—";
            }
            return switch (columns.get(column).kind()) {
                case TEXT -> (String) value;
                case COUNT -> value.toString();
                case RATE -> BulletinFormat.rate((Double) value);
                case CHANGE -> BulletinFormat.change((Double) value);
                case POINTS -> BulletinFormat.points((BigDecimal) value);
                case FLAGS -> throw new IllegalArgumentException("a bulletin's flags are printed by name");
            };
        }
    }

    private BulletinTables() {
    }

    static Optional<Table> of(SectionKey key, BulletinContent c) {
        Table table = switch (key) {
            case OVERVIEW -> new Table("总体情况", List.of(
                    new Column("类别", 2.9f, Type.TEXT),
                    new Column("出庭通知", 1, Type.COUNT),
                    new Column("负责人按通知出庭", 1.1f, Type.COUNT),
                    new Column("通知出庭率", 1.1f, Type.RATE),
                    new Column("开庭案件", 1, Type.COUNT),
                    new Column("负责人出庭案件", 1.1f, Type.COUNT),
                    new Column("出庭应诉率", 1.1f, Type.RATE),
                    new Column("同比增减（百分点）", 1.1f, Type.CHANGE),
                    new Column("必须出庭案件出庭率", 1.1f, Type.RATE),
                    new Column("审结案件", 1, Type.COUNT),
                    new Column("改变行政机关决定", 1.1f, Type.COUNT),
                    new Column("败诉率", 1.1f, Type.RATE)),
                    rows(c.groups(), g -> Arrays.<Object>asList(g.label(), g.noticesReceived(), g.noticesAttendedByHead(),
                            g.noticeAppearanceRate(), g.casesHeard(), g.casesHeardWithHead(),
                            g.appearanceRate(), g.appearanceRateChangePp(),
                            g.mandatoryAppearanceRate(), g.casesConcluded(), g.decisionsChanged(),
                            g.lossRate())));
            case RANKING -> new Table("出庭应诉率排名",
                    agencyColumns("名次", new Column("同比增减（百分点）", 1.5f, Type.CHANGE)),
                    rows(c.ranking(), r -> Arrays.<Object>asList((long) r.rank(), r.agencyName(), r.casesHeard(),
                            r.casesHeardWithHead(), r.appearanceRate(), r.appearanceRateChangePp())));
            case BELOW_THRESHOLD -> rateTable("未达标单位", c.belowThreshold());
            case ZERO_RATE -> rateTable("出庭应诉率为零单位", c.zeroRate());
            case UNJUSTIFIED_ABSENCES -> new Table("无正当理由未出庭案件", List.of(
                    new Column("序号", 0.7f, Type.COUNT),
                    new Column("单位", 3.2f, Type.TEXT),
                    new Column("案号", 3, Type.TEXT),
                    new Column("案由", 1.8f, Type.TEXT),
                    new Column("开庭日期", 1.7f, Type.TEXT),
                    new Column("扣分", 0.8f, Type.POINTS)),
                    numbered(c.unjustifiedAbsences(), a -> Arrays.<Object>asList(a.agencyName(), a.caseNumber(),
                            a.causeOfAction(), dates(a.hearingDates()),
                            a.points())));
            case FLAGS -> new Table("预警情况", List.of(
                    new Column("序号", 0.7f, Type.COUNT),
                    new Column("单位", 3.4f, Type.TEXT),
                    new Column("预警事项", 2.8f, Type.TEXT),
                    new Column("具体情况", 4.2f, Type.TEXT)),
                    numbered(c.flagged(), f -> Arrays.<Object>asList(f.agencyName(), f.flagNames(), f.details())));
            case REFERRALS -> new Table("追责情况", List.of(
                    new Column("序号", 0.7f, Type.COUNT),
                    new Column("单位", 2.6f, Type.TEXT),
                    new Column("人员", 1.8f, Type.TEXT),
                    new Column("事由", 2.2f, Type.TEXT),
                    new Column("文号", 2.2f, Type.TEXT),
                    new Column("移送日期", 1.5f, Type.TEXT),
                    new Column("处理结果", 1.4f, Type.TEXT)),
                    numbered(c.referrals() == null ? List.of() : c.referrals(), r -> Arrays.<Object>asList(
                            r.agencyName(), r.officials(), r.ground(), r.number(), BulletinFormat.date(r.sentOn()),
                            r.decision())));
            case REQUIREMENTS -> null;
        };
        return table == null || table.rows().isEmpty() ? Optional.empty() : Optional.of(table);
    }

    private static Table rateTable(String sheetName, List<BulletinContent.AgencyRate> agencies) {
        return new Table(sheetName, agencyColumns("序号"), numbered(agencies, a -> Arrays.<Object>asList(a.agencyName(), a.casesHeard(), a.casesHeardWithHead(),
                        a.appearanceRate())));
    }

    /** An agency's cases heard, with the head, and its rate, after the rank or row number; then {@code more}. */
    private static List<Column> agencyColumns(String first, Column... more) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column(first, 0.8f, Type.COUNT),
                new Column("单位", 4.4f, Type.TEXT),
                new Column("开庭案件数", 1.3f, Type.COUNT),
                new Column("负责人出庭案件数", 2.1f, Type.COUNT),
                new Column("出庭应诉率", 1.3f, Type.RATE)));
        columns.addAll(List.of(more));
        return columns;
    }

    private static <T> List<List<Object>> rows(List<T> items, java.util.function.Function<T, List<Object>> row) {
        return items.stream().map(row).toList();
    }

    /** Rows led by their number, 1, 2, 3… */
    private static <T> List<List<Object>> numbered(List<T> items, java.util.function.Function<T, List<Object>> row) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<Object> cells = new ArrayList<>();
            cells.add((long) i + 1);
            cells.addAll(row.apply(items.get(i)));
            rows.add(cells);
        }
        return rows;
    }

    private static String dates(List<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).collect(Collectors.joining("、"));
    }
}
