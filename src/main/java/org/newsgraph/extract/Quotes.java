package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotations in a text: the words between matching quotation marks, without the marks, in every
 * convention news uses: straight and curly double quotes, the {@code ``…''} of LDC, AP and NYT wires, « » and
 * „ “, and single quotes (‘…’ or '…', told from apostrophes by where they stand: an opening mark begins a word,
 * a closing one ends one). A quotation that runs on into the next paragraph (no closing mark, the next
 * paragraph opening with a new mark, as news style writes it) is one quotation; one whose paragraph ends
 * without a closing mark and without a new one is dropped. In a hard-wrapped text (most lines stop inside a
 * sentence), a line break that only wraps a line ends no paragraph.
 */
public final class Quotes {
    /** A quotation: it spans {@code [begin, end)} of the text; {@code text} is its words without the marks. */
    public record Quote(int begin, int end, String text) {
        /** Whether the text span {@code [from, to)} lies inside this quotation. */
        public boolean holds(int from, int to) {
            return begin <= from && to <= end;
        }
    }

    /** A kind of quotation mark: how it opens and the marks that may close it. */
    private record Mark(String open, List<String> closes, boolean single) {
    }

    private static final List<Mark> MARKS = List.of(
            new Mark("``", List.of("''", "\u201D", "\""), false),
            new Mark("\u201C", List.of("\u201D", "\"", "''"), false),
            new Mark("\"", List.of("\"", "\u201D", "''"), false),
            new Mark("\u00AB", List.of("\u00BB"), false),
            new Mark("\u201E", List.of("\u201C", "\u201D", "\""), false),
            new Mark("\u2018", List.of("\u2019", "'"), true),
            new Mark("'", List.of("'", "\u2019"), true));

    /** Single quotation marks enclose a phrase or a short quotation: at most this many characters. */
    private static final int MAX_SINGLE_QUOTE = 1000;

    private Quotes() {
    }

    /**
     * The quotation of {@code quotes} (as {@link #find} gives them: in order, none inside another) that holds the
     * span {@code [from, to)}: a binary search, as an article may hold thousands.
     */
    public static java.util.Optional<Quote> holding(List<Quote> quotes, int from, int to) {
        int starting = org.newsgraph.model.Sorted.countUpTo(quotes, Quote::begin, from);
        return starting > 0 && quotes.get(starting - 1).holds(from, to) ? java.util.Optional.of(quotes.get(starting - 1))
                : java.util.Optional.empty();
    }

    /** Whether a token is a quotation mark of any convention. */
    static boolean isMark(String token) {
        return MARKS.stream().anyMatch(m -> m.open().equals(token) || m.closes().contains(token));
    }

    public static List<Quote> find(String text) {
        List<Quote> quotes = new ArrayList<>();
        boolean hardWrapped = isHardWrapped(text);
        Mark mark = null;
        int open = -1;
        StringBuilder runOn = new StringBuilder();
        int runOnBegin = -1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (mark == null) {
                Mark opening = openingAt(text, i);
                if (opening != null) {
                    mark = opening;
                    open = i + opening.open().length();
                    i = open;
                    continue;
                }
            } else if (c == '\n' && !isWrap(text, i, hardWrapped)) {
                Mark next = nextParagraphOpening(text, i);
                if (next != null && !mark.single()) {
                    runOnBegin = runOnBegin < 0 ? open : runOnBegin;
                    runOn.append(clean(text.substring(open, i))).append(' ');
                } else {
                    runOn.setLength(0);
                    runOnBegin = -1;
                }
                mark = null;
            } else {
                String closing = closingAt(text, i, mark);
                if (closing != null) {
                    String whole = (runOn + clean(text.substring(open, i))).strip();
                    if (!whole.isEmpty() && (!mark.single() || whole.contains(" ") || whole.length() > 3)) {
                        quotes.add(new Quote(runOnBegin >= 0 ? runOnBegin : open, i, whole));
                    }
                    mark = null;
                    runOn.setLength(0);
                    runOnBegin = -1;
                    i += closing.length();
                    continue;
                }
                if (!mark.single() && (text.startsWith("\u201C", i) || text.startsWith("``", i))) {
                    Mark reopened = openingAt(text, i);
                    mark = reopened;
                    open = i + reopened.open().length();
                    i = open;
                    continue;
                }
            }
            i++;
        }
        return quotes;
    }

    /** The quotation mark that opens a quotation at i, or null: a single quote only where a word begins. */
    private static Mark openingAt(String text, int i) {
        for (Mark mark : MARKS) {
            if (!text.startsWith(mark.open(), i)) {
                continue;
            }
            if (mark.single() && !(beginsWord(text, i) && closedInParagraph(text, i + 1, mark))) {
                return null;
            }
            if (mark.open().equals("'") && text.startsWith("''", i)) {
                return null;
            }
            return mark;
        }
        return null;
    }

    /** The mark that closes the open quotation at i, or null: a single quote only where a word ends. */
    private static String closingAt(String text, int i, Mark mark) {
        for (String close : mark.closes()) {
            if (text.startsWith(close, i) && (!mark.single() || endsWord(text, i, close.length()))) {
                return close;
            }
        }
        return null;
    }

    /** "'no deal'": after a space, an opening bracket or the start, and before a letter or digit. */
    private static boolean beginsWord(String text, int i) {
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{\u2014-:".indexOf(text.charAt(i - 1)) >= 0;
        return before && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** A closing single quote ends a word: not "don't", not "'90s", and not the plural possessive "leaders' talks". */
    private static boolean endsWord(String text, int i, int length) {
        boolean before = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        int after = i + length;
        boolean next = after >= text.length() || !Character.isLetterOrDigit(text.charAt(after));
        return before && next;
    }

    /**
     * Whether a single quotation opened before {@code from} closes before its paragraph ends, within
     * {@link #MAX_SINGLE_QUOTE} characters: the look is bounded, so a text of a thousand stray apostrophes costs
     * no more than its length.
     */
    private static boolean closedInParagraph(String text, int from, Mark mark) {
        int limit = Math.min(text.length(), from + MAX_SINGLE_QUOTE);
        for (int j = from; j < limit && text.charAt(j) != '\n'; j++) {
            if (closingAt(text, j, mark) != null) {
                return !text.substring(from, j).isBlank();
            }
        }
        return false;
    }

    /** The lengths of a line that a hard-wrapped text (a wire's 65 columns, an e-mail's 72) gives prose. */
    private static final int WRAPPED_SHORTEST = 40;
    private static final int WRAPPED_LONGEST = 100;

    /**
     * Whether the line break at i wraps a line inside its paragraph, as older wires and plain-text archives
     * write them: the line is as long as a wrapped one, and the next goes on at once, neither blank nor indented
     * (an indent or a blank line opens a paragraph). A text with a paragraph on each line has longer lines.
     */
    private static boolean isWrap(String text, int i, boolean hardWrapped) {
        int lineStart = text.lastIndexOf('\n', i - 1) + 1;
        int length = i - lineStart;
        return hardWrapped && length >= WRAPPED_SHORTEST && length <= WRAPPED_LONGEST && i + 1 < text.length()
                && !Character.isWhitespace(text.charAt(i + 1));
    }

    /**
     * Whether a text is hard-wrapped: most of its lines stop inside a sentence. A text with a sentence or a
     * paragraph on each line (most lines end with a full stop or a quotation mark) is not.
     */
    static boolean isHardWrapped(String text) {
        int lines = 0;
        int open = 0;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int end = newline < 0 ? text.length() : newline;
            int last = end - 1;
            while (last >= lineStart && Character.isWhitespace(text.charAt(last))) {
                last--;
            }
            if (last >= lineStart) {
                lines++;
                open += ".!?\"\u201D':".indexOf(text.charAt(last)) < 0 ? 1 : 0;
            }
            lineStart = end + 1;
        }
        return lines >= 3 && 2 * open > lines;
    }

    /** The mark that opens the paragraph after the line break at i, or null. */
    private static Mark nextParagraphOpening(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        Mark mark = j < text.length() ? openingAt(text, j) : null;
        return mark != null && !mark.single() ? mark : null;
    }

    /** The words without surrounding space or the trailing comma that closes a quote before its speaker. */
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\s*\n\\s*");

    /** The quotation's words: a wrapped line's break is a space, and a trailing comma is no part of them. */
    private static String clean(String content) {
        String out = LINE_BREAK.matcher(content.strip()).replaceAll(" ");
        while (!out.isEmpty() && ",;:".indexOf(out.charAt(out.length() - 1)) >= 0) {
            out = out.substring(0, out.length() - 1).strip();
        }
        return out;
    }
}
