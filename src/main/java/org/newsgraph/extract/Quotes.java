package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/** Direct quotations in a text: the words between matching quotation marks, without the marks. */
final class Quotes {
    /** A quotation: its content is {@code [begin, end)}; the marks are at begin - 1 and end. */
    record Quote(int begin, int end, String text) {
    }

    private Quotes() {
    }

    static List<Quote> find(String text) {
        List<Quote> quotes = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean curlyOpen = c == '\u201C';
            boolean curlyClose = c == '\u201D';
            boolean straight = c == '"';
            if (open < 0 && (curlyOpen || straight)) {
                open = i;
            } else if (open >= 0 && (curlyClose || straight && text.charAt(open) == '"')) {
                add(quotes, text, open + 1, i);
                open = -1;
            } else if (open >= 0 && curlyOpen) {
                open = paragraphBreakBetween(text, open, i) ? i : open;
            }
        }
        return quotes;
    }

    private static boolean paragraphBreakBetween(String text, int from, int to) {
        return text.substring(from, to).contains("\n");
    }

    private static void add(List<Quote> quotes, String text, int begin, int end) {
        String content = text.substring(begin, end).strip();
        while (!content.isEmpty() && ",;:".indexOf(content.charAt(content.length() - 1)) >= 0) {
            content = content.substring(0, content.length() - 1).strip();
        }
        if (!content.isEmpty()) {
            int lead = text.substring(begin, end).indexOf(content);
            quotes.add(new Quote(begin + lead, begin + lead + content.length(), content));
        }
    }
}
