package org.newsgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.newsgraph.model.Sentence;
import org.newsgraph.model.TimeValue;

/**
 * Dates written in a sentence, resolved against the article's date and as precise as the text allows:
 * absolute ("2014", "January 2022", "March 12, 1999", "Feb. 18"), weekdays ("on Tuesday": the last one on or
 * before the article's date, or for a planned event the next one on or after it), and relative expressions ("yesterday",
 * "last week", "earlier this month", "last year", "three years ago"). Without an article date, only absolute
 * dates with a year resolve.
 */
final class TimeExpressions {
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            MONTHS.put(full, month.getValue());
            MONTHS.put(full.substring(0, 3) + ".", month.getValue());
        }
        MONTHS.put("Sept.", 9);
        for (DayOfWeek day : DayOfWeek.values()) {
            WEEKDAYS.put(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH), day);
        }
    }

    private TimeExpressions() {
    }

    /** Whether a date expression starts at token k, whatever day it would resolve to. */
    static boolean startsAt(Sentence s, int k) {
        return at(s, k, Optional.of(LocalDate.EPOCH), false).isPresent();
    }

    /** A date expression starting at token k, or empty. {@code future} resolves weekdays forwards. */
    static Optional<TimeValue> at(Sentence s, int k, Optional<LocalDate> articleDate, boolean future) {
        String word = Words.text(s, k);
        Optional<Integer> year = year(word);
        if (year.isPresent()) {
            return Optional.of(TimeValue.ofYear(year.get()));
        }
        Integer month = MONTHS.get(word);
        if (month != null) {
            return monthExpression(s, k, month, articleDate, future);
        }
        if (articleDate.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = articleDate.get();
        DayOfWeek weekday = WEEKDAYS.get(word);
        if (weekday != null) {
            return Optional.of(TimeValue.of(future
                    ? date.with(TemporalAdjusters.nextOrSame(weekday))
                    : date.with(TemporalAdjusters.previousOrSame(weekday))));
        }
        return relative(s, k, date);
    }

    /**
     * "October, 2001", "March 12, 1999", and without a year "in October", "on June 8": the last such month or
     * day up to the article's date, or for an event still to come the next one from it.
     */
    private static Optional<TimeValue> monthExpression(Sentence s, int k, int month, Optional<LocalDate> articleDate,
                                                       boolean future) {
        int yearAt = Words.text(s, k + 1).equals(",") ? k + 2 : k + 1; // "in October, 2001"
        Optional<Integer> yearAfterMonth = year(Words.text(s, yearAt));
        if (yearAfterMonth.isPresent()) {
            return Optional.of(TimeValue.ofMonth(yearAfterMonth.get(), month));
        }
        Optional<Integer> day = day(Words.text(s, k + 1));
        if (day.isEmpty()) {
            return articleDate.map(d -> TimeValue.ofMonth(future
                    ? (month >= d.getMonthValue() ? d.getYear() : d.getYear() + 1)
                    : (month <= d.getMonthValue() ? d.getYear() : d.getYear() - 1), month));
        }
        int next = Words.text(s, k + 2).equals(",") ? k + 3 : k + 2;
        Optional<Integer> written = year(Words.text(s, next));
        try {
            if (written.isPresent()) {
                return Optional.of(new TimeValue(written.get(), month, day.get()));
            }
            if (articleDate.isEmpty()) {
                return Optional.empty();
            }
            LocalDate published = articleDate.get();
            LocalDate sameYear = LocalDate.of(published.getYear(), month, day.get());
            LocalDate resolved = future && sameYear.isBefore(published) ? sameYear.plusYears(1)
                    : !future && sameYear.isAfter(published) ? sameYear.minusYears(1) : sameYear;
            return Optional.of(TimeValue.of(resolved));
        } catch (RuntimeException e) {
            return Optional.empty(); // "February 30"
        }
    }

    private static Optional<TimeValue> relative(Sentence s, int k, LocalDate date) {
        String word = Words.text(s, k).toLowerCase(Locale.ROOT);
        String next = Words.text(s, k + 1).toLowerCase(Locale.ROOT);
        switch (word) {
            case "yesterday":
                return Optional.of(TimeValue.of(date.minusDays(1)));
            case "today":
                return Optional.of(TimeValue.of(date));
            case "tomorrow":
                return Optional.of(TimeValue.of(date.plusDays(1)));
            case "last":
            case "this":
            case "next":
                int step = word.equals("last") ? -1 : word.equals("next") ? 1 : 0;
                Optional<TimeValue> named = namedDay(Words.text(s, k + 1), date, step);
                if (named.isPresent()) {
                    return named;
                }
                return switch (next) {
                    case "week" -> Optional.of(month(date.plusWeeks(step)));
                    case "month" -> Optional.of(month(date.plusMonths(step)));
                    case "year" -> Optional.of(TimeValue.ofYear(date.getYear() + step));
                    default -> Optional.empty();
                };
            case "earlier":
            case "later":
                if (next.equals("this")) {
                    return relative(s, k + 1, date);
                }
                return Optional.empty();
            default:
                break;
        }
        Optional<Integer> amount = Numbers.parse(Words.text(s, k));
        if (amount.isPresent() && Words.lemma(s, k + 1).equals("year")
                && Words.text(s, k + 2).equalsIgnoreCase("ago")) {
            return Optional.of(TimeValue.ofYear(date.getYear() - amount.get()));
        }
        if (amount.isPresent() && Words.lemma(s, k + 1).equals("day") && Words.text(s, k + 2).equalsIgnoreCase("ago")) {
            return Optional.of(TimeValue.of(date.minusDays(amount.get())));
        }
        return Optional.empty();
    }

    /**
     * "last Friday" (the one before the article's day), "next Monday", "this Thursday"; "last November" (the
     * most recent November before the article's month), "next March".
     */
    private static Optional<TimeValue> namedDay(String word, LocalDate date, int step) {
        DayOfWeek weekday = WEEKDAYS.get(word);
        if (weekday != null) {
            return Optional.of(TimeValue.of(step < 0 ? date.with(TemporalAdjusters.previous(weekday))
                    : step > 0 ? date.with(TemporalAdjusters.next(weekday))
                    : date.with(TemporalAdjusters.nextOrSame(weekday))));
        }
        Integer month = MONTHS.get(word);
        if (month == null || word.endsWith(".") && step == 0) {
            return Optional.empty();
        }
        int year = step < 0 ? (month < date.getMonthValue() ? date.getYear() : date.getYear() - 1)
                : step > 0 ? (month > date.getMonthValue() ? date.getYear() : date.getYear() + 1) : date.getYear();
        return Optional.of(TimeValue.ofMonth(year, month));
    }

    private static TimeValue month(LocalDate date) {
        return TimeValue.ofMonth(date.getYear(), date.getMonthValue());
    }

    /** "October", "Oct.": the name of a month. */
    static boolean isMonth(String word) {
        return MONTHS.containsKey(word);
    }

    /** "9", "9th", "18-19": a day of the month. */
    static boolean isDay(String word) {
        return day(word).isPresent();
    }

    /** A year written as four digits, 1800 to 2200. */
    static Optional<Integer> year(String word) {
        if (word.length() == 4 && word.chars().allMatch(Character::isDigit)) {
            int y = Integer.parseInt(word);
            if (y >= 1800 && y <= 2200) {
                return Optional.of(y);
            }
        }
        return Optional.empty();
    }

    /** "17", "17th", and the first day of a range written as one word: "18-19". */
    private static Optional<Integer> day(String word) {
        String digits = word.replaceAll("^(\\d{1,2})[-\u2013](\\d{1,2})$", "$1").replaceAll("(st|nd|rd|th)$", "");
        if (!digits.isEmpty() && digits.length() <= 2 && digits.chars().allMatch(Character::isDigit)) {
            int d = Integer.parseInt(digits);
            return d >= 1 && d <= 31 ? Optional.of(d) : Optional.empty();
        }
        return Optional.empty();
    }
}
