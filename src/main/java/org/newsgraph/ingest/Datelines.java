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
    private static final Pattern DATE = Pattern.compile(
            "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");

    private Datelines() {
    }

    static Optional<LocalDate> find(String text) {
        Matcher m = DATE.matcher(text.substring(0, Math.min(HEAD, text.length())));
        while (m.find()) {
            try {
                int month = MONTHS.get(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT));
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2))));
            } catch (DateTimeException e) {
                // not a calendar date ("Feb 30"): look further
            }
        }
        return Optional.empty();
    }
}
