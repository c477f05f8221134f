package org.newsgraph.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar date as precise as the text allows: a year, a month of a year, or a day.
 * Months and days are 0 when not known.
 */
public record TimeValue(int year, int month, int day) {
    public TimeValue {
        if (month < 0 || month > 12 || day < 0 || (day > 0 && month == 0)) {
            throw new IllegalArgumentException("bad time value: year=" + year + " month=" + month + " day=" + day);
        }
        if (day > 0) {
            LocalDate.of(year, month, day);
        }
    }

    public static TimeValue of(LocalDate date) {
        return new TimeValue(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static TimeValue ofYear(int year) {
        return new TimeValue(year, 0, 0);
    }

    public static TimeValue ofMonth(int year, int month) {
        return new TimeValue(year, month, 0);
    }

    /** Whether the first day this value spans comes after the given day: 2025-03 after 2025-02-19. */
    public boolean startsAfter(LocalDate date) {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1)).isAfter(date);
    }

    /** The XSD datatype local name: {@code date}, {@code gYearMonth} or {@code gYear}. */
    public String datatype() {
        return day > 0 ? "date" : month > 0 ? "gYearMonth" : "gYear";
    }

    /** The XSD lexical form: {@code 2025-02-18}, {@code 2022-01} or {@code 2014}. */
    public String lexical() {
        if (day > 0) {
            return LocalDate.of(year, month, day).toString();
        }
        if (month > 0) {
            return YearMonth.of(year, month).toString();
        }
        return String.format("%04d", year);
    }

    @Override
    public String toString() {
        return lexical();
    }
}
