package org.newsgraph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date written at the top of an article ("Friday, July 21, 2017", "WASHINGTON, March 3, 2024
 * (Reuters) —"), for articles that come without one. Only a full date (day, month and year) counts, on one of
 * the first lines, near the start of its line and not inside a sentence ("Page was born on April 22, 1923").
 */
final class Datelines {
    /** How far into the text a dateline may stand. */
    private static final int HEAD = 400;
    /** How many lines from the top may hold it. */
    private static final int LINES = 3;
    /** How much may stand before the date on its line ("WASHINGTON, Friday, "). */
    private static final int MAX_PREFIX = 60;
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    /** "July 21, 2017" (groups: month, day, year) or "21 July 2013" (groups: day, month, year). */
    private static final Pattern MONTH_FIRST = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b");

    private Datelines() {
    }

    static Optional<LocalDate> find(String text) {
        String head = text.substring(0, Math.min(HEAD, text.length()));
        int lineStart = 0;
        for (int line = 0; line < LINES && lineStart < head.length(); line++) {
            int lineEnd = head.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? head.length() : lineEnd;
            Optional<LocalDate> date = inLine(head.substring(lineStart, lineEnd));
            if (date.isPresent()) {
                return date;
            }
            lineStart = lineEnd + 1;
        }
        return Optional.empty();
    }

    /** The first full date of a line that stands where a dateline stands: near its start, after no sentence. */
    private static Optional<LocalDate> inLine(String line) {
        Matcher monthFirst = MONTH_FIRST.matcher(line);
        Matcher dayFirst = DAY_FIRST.matcher(line);
        Optional<LocalDate> found = Optional.empty();
        int at = Integer.MAX_VALUE;
        if (monthFirst.find()) {
            found = date(monthFirst.group(3), monthFirst.group(1), monthFirst.group(2));
            at = found.isPresent() ? monthFirst.start() : at;
        }
        if (dayFirst.find() && dayFirst.start() < at) {
            Optional<LocalDate> date = date(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
            if (date.isPresent()) {
                found = date;
                at = dayFirst.start();
            }
        }
        return found.isPresent() && isDatelinePrefix(line.substring(0, at)) ? found : Optional.empty();
    }

    /**
     * "MOSCOW, ", "Friday, ", "By Jane Roe | ": what may stand before a dateline's date. A lowercase word of more
     * than three letters means the date is inside a sentence ("Page was born on April 22, 1923").
     */
    private static boolean isDatelinePrefix(String prefix) {
        if (prefix.length() > MAX_PREFIX) {
            return false;
        }
        for (String word : prefix.split("[^\\p{L}]+")) {
            if (word.length() > 3 && Character.isLowerCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            int m = MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT));
            return Optional.of(LocalDate.of(Integer.parseInt(year), m, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
