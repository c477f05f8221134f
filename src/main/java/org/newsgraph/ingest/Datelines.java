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
 * (Reuters) —"), for articles that come without one. Only a full date (day, month and year) counts.
 */
final class Datelines {
    /** How far into the text a dateline may stand. */
    private static final int HEAD = 400;
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
        Matcher monthFirst = MONTH_FIRST.matcher(head);
        Matcher dayFirst = DAY_FIRST.matcher(head);
        int best = Integer.MAX_VALUE;
        Optional<LocalDate> found = Optional.empty();
        while (monthFirst.find()) {
            Optional<LocalDate> date = date(monthFirst.group(3), monthFirst.group(1), monthFirst.group(2));
            if (date.isPresent()) {
                best = monthFirst.start();
                found = date;
                break;
            }
        }
        while (dayFirst.find() && dayFirst.start() < best) {
            Optional<LocalDate> date = date(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
            if (date.isPresent()) {
                return date;
            }
        }
        return found;
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
