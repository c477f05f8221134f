package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotations in a text: the words between matching quotation marks, without the marks. A quotation that
 * runs on into the next paragraph (no closing mark, the next paragraph opening with a new mark, as news style
 * writes it) is one quotation.
 */
final class Quotes {
    /** A quotation: it spans {@code [begin, end)} of the text; {@code text} is its words without the marks. */
    record Quote(int begin, int end, String text) {
    }

    private Quotes() {
    }

    static List<Quote> find(String text) {
        List<Quote> quotes = new ArrayList<>();
        int open = -1;
        StringBuilder runOn = new StringBuilder();
        int runOnBegin = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opening = c == '\u201C' || c == '"' && open < 0;
            boolean closing = c == '\u201D' || c == '"' && open >= 0 && text.charAt(open) == '"';
            if (open >= 0 && c == '\n' && opensNextParagraph(text, i)) {
                runOnBegin = runOnBegin < 0 ? open + 1 : runOnBegin;
                runOn.append(clean(text.substring(open + 1, i))).append(' ');
                open = -1;
            } else if (open >= 0 && c == '\n') {
                open = -1;
                runOn.setLength(0);
                runOnBegin = -1;
            } else if (open < 0 && opening) {
                open = i;
            } else if (open >= 0 && closing) {
                String content = clean(text.substring(open + 1, i));
                int begin = runOnBegin >= 0 ? runOnBegin : open + 1;
                String whole = (runOn + content).strip();
                if (!whole.isEmpty()) {
                    quotes.add(new Quote(begin, i, whole));
                }
                open = -1;
                runOn.setLength(0);
                runOnBegin = -1;
            } else if (open >= 0 && c == '\u201C') {
                open = i;
            }
        }
        return quotes;
    }

    /** Whether the paragraph after the line break at i starts with an opening quotation mark. */
    private static boolean opensNextParagraph(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j < text.length() && (text.charAt(j) == '\u201C' || text.charAt(j) == '"');
    }

    /** The words without surrounding space or the trailing comma that closes a quote before its speaker. */
    private static String clean(String content) {
        String out = content.strip();
        while (!out.isEmpty() && ",;:".indexOf(out.charAt(out.length() - 1)) >= 0) {
            out = out.substring(0, out.length() - 1).strip();
        }
        return out;
    }
}
