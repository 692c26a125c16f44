package org.yingsu.bulletins;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.yingsu.common.pdf.OfficialPdf;

/** Figures as the bulletin prints them: rates to one decimal (94.1%), changes in points, dates in Chinese. */
final class BulletinFormat {

    private static final String[] QUARTERS = {"一", "二", "三", "四"};

    private BulletinFormat() {
    }

    /**
     * A rate in tenths of a percent, rounded half up as the web app rounds ({@code Math.round(rate * 1000)}), so that
     * the PDF, the workbook and the page print the same digits and ranks tie on what is printed.
     */
    static long permille(double rate) {
        return Math.round(rate * 1000);
    }

    /** {@code 94.1%}; a dash when there is nothing to divide by. */
    static String rate(Double rate) {
        return rate == null ? "—" : String.format(Locale.ROOT, "%.1f%%", permille(rate) / 10.0);
    }

    /** {@code +19.6}, {@code -3.0}, {@code 0.0}; a dash without a comparison. */
    static String change(Double pp) {
        if (pp == null) {
            return "—";
        }
        double rounded = Math.round(pp * 10) / 10.0;
        return String.format(Locale.ROOT, rounded > 0 ? "+%.1f" : "%.1f", rounded == 0 ? 0.0 : rounded);
    }

    /** The change against a year earlier as a clause: {@code ，较上年同期增加19.6个百分点}; empty without one. */
    static String changeClause(Double pp) {
        if (pp == null) {
            return "";
        }
        double rounded = Math.round(pp * 10) / 10.0;
        if (rounded == 0) {
            return "，与上年同期持平";
        }
        return String.format(Locale.ROOT, "，较上年同期%s%.1f个百分点", rounded > 0 ? "增加" : "下降", Math.abs(rounded));
    }

    static String points(BigDecimal points) {
        return points.stripTrailingZeros().toPlainString();
    }

    /** {@code 2023年1月10日}. */
    static String date(LocalDate date) {
        return OfficialPdf.date(date);
    }

    /** {@code 第四季度}. */
    static String quarter(int quarter) {
        return "第" + QUARTERS[quarter - 1] + "季度";
    }

    /** The threshold as the rule states it: {@code 90%}. */
    static String threshold(double threshold) {
        return BigDecimal.valueOf(threshold * 100).stripTrailingZeros().toPlainString() + "%";
    }
}
