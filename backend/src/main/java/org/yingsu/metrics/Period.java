package org.yingsu.metrics;

import java.time.LocalDate;
import java.util.List;
import org.yingsu.common.problem.Problem;
import org.yingsu.common.problem.ProblemException;

/** A calendar year, quarter or month in Asia/Shanghai (R8): {@code [start, end)} as dates. */
public record Period(int year, Integer quarter, Integer month, LocalDate start, LocalDate end) {

    public static final int MIN_YEAR = 1990;
    public static final int MAX_YEAR = 2100;

    public static Period of(Integer year, Integer quarter, Integer month) {
        List<Problem.FieldError> errors = new java.util.ArrayList<>();
        if (year == null) {
            errors.add(new Problem.FieldError("year", "is required"));
        } else if (year < MIN_YEAR || year > MAX_YEAR) {
            errors.add(new Problem.FieldError("year", "must be between " + MIN_YEAR + " and " + MAX_YEAR));
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            errors.add(new Problem.FieldError("quarter", "must be between 1 and 4"));
        }
        if (month != null && (month < 1 || month > 12)) {
            errors.add(new Problem.FieldError("month", "must be between 1 and 12"));
        }
        if (quarter != null && month != null) {
            errors.add(new Problem.FieldError("month", "give either quarter or month, not both"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (month != null) {
            LocalDate start = LocalDate.of(year, month, 1);
            return new Period(year, null, month, start, start.plusMonths(1));
        }
        if (quarter != null) {
            LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
            return new Period(year, quarter, null, start, start.plusMonths(3));
        }
        return year(year);
    }

    public static Period year(int year) {
        return new Period(year, null, null, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** The same period a year earlier, for the year-over-year changes. */
    public Period previousYear() {
        return new Period(year - 1, quarter, month, start.minusYears(1), end.minusYears(1));
    }

    /** {@code 2022}, {@code 2022-Q1} or {@code 2022-03}. */
    public String label() {
        if (month != null) {
            return String.format("%d-%02d", year, month);
        }
        return quarter != null ? year + "-Q" + quarter : Integer.toString(year);
    }

    /** {@code month}, {@code quarter} or {@code year}: the span whose kept sums hold this period (duty_period). */
    public String span() {
        return month != null ? "month" : quarter != null ? "quarter" : "year";
    }

    public LocalDate lastDay() {
        return end.minusDays(1);
    }
}
