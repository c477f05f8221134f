package org.newsgraph.extract;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.newsgraph.model.Sentence;
import org.newsgraph.model.TimeValue;

/**
 * Absolute dates in the words after a preposition: "in 2014", "in January 2022", "on March 12, 1999", "on Feb. 18"
 * (the year from the article's date). Relative expressions come later.
 */
final class TimeExpressions {
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            MONTHS.put(full, month.getValue());
            MONTHS.put(full.substring(0, 3) + ".", month.getValue());
        }
        MONTHS.put("Sept.", 9);
    }

    private TimeExpressions() {
    }

    /** A date written at tokens starting at k, or empty. {@code articleYear} fills in a missing year. */
    static Optional<TimeValue> at(Sentence s, int k, Optional<Integer> articleYear) {
        Optional<Integer> year = year(Words.text(s, k));
        if (year.isPresent()) {
            return Optional.of(TimeValue.ofYear(year.get()));
        }
        Integer month = MONTHS.get(Words.text(s, k));
        if (month == null) {
            return Optional.empty();
        }
        Optional<Integer> yearAfterMonth = year(Words.text(s, k + 1));
        if (yearAfterMonth.isPresent()) {
            return Optional.of(TimeValue.ofMonth(yearAfterMonth.get(), month));
        }
        Optional<Integer> day = day(Words.text(s, k + 1));
        if (day.isEmpty()) {
            return Optional.empty();
        }
        int next = Words.text(s, k + 2).equals(",") ? k + 3 : k + 2;
        Optional<Integer> explicitYear = year(Words.text(s, next));
        Optional<Integer> resolved = explicitYear.or(() -> articleYear);
        try {
            return resolved.map(y -> new TimeValue(y, month, day.get()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> year(String word) {
        if (word.length() == 4 && word.chars().allMatch(Character::isDigit)) {
            int y = Integer.parseInt(word);
            if (y >= 1800 && y <= 2200) {
                return Optional.of(y);
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> day(String word) {
        String digits = word.replaceAll("(st|nd|rd|th)$", "");
        if (!digits.isEmpty() && digits.length() <= 2 && digits.chars().allMatch(Character::isDigit)) {
            int d = Integer.parseInt(digits);
            return d >= 1 && d <= 31 ? Optional.of(d) : Optional.empty();
        }
        return Optional.empty();
    }
}
