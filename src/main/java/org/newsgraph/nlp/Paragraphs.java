package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits article text into blocks that no sentence crosses: a blank line, an indented line or a line that ends
 * a sentence closes a block; a line wrapped inside a sentence (the next line goes on in lowercase, or a long
 * line stops without punctuation) does not.
 */
final class Paragraphs {
    /** Lines at least this long that stop without punctuation are taken as wrapped prose. */
    private static final int WRAPPED_LINE = 50;

    private Paragraphs() {
    }

    /** Half-open {@code [begin, end)} character ranges of the blocks, trimmed, in order. */
    static List<int[]> split(String text) {
        List<int[]> blocks = new ArrayList<>();
        int blockStart = -1;
        int lineStart = 0;
        int n = text.length();
        while (lineStart <= n) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? n : newline;
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank() && blockStart < 0) {
                blockStart = lineStart;
            }
            boolean last = newline < 0;
            if (blockStart >= 0 && (last || !line.isBlank() && breaksAfter(line, text, lineEnd + 1)
                    || line.isBlank())) {
                addTrimmed(blocks, text, blockStart, line.isBlank() ? lineStart : lineEnd);
                blockStart = -1;
            }
            if (last) {
                break;
            }
            lineStart = newline + 1;
        }
        return blocks;
    }

    private static boolean breaksAfter(String line, String text, int nextStart) {
        if (nextStart >= text.length()) {
            return true;
        }
        int nextEnd = text.indexOf('\n', nextStart);
        String next = text.substring(nextStart, nextEnd < 0 ? text.length() : nextEnd);
        if (next.isBlank() || Character.isWhitespace(next.charAt(0))) {
            return true;
        }
        String trimmed = line.strip();
        char lastChar = trimmed.charAt(trimmed.length() - 1);
        boolean endsSentence = ".!?\"”'’:".indexOf(lastChar) >= 0;
        if (endsSentence) {
            return true;
        }
        char firstNext = next.charAt(0);
        boolean continues = Character.isLowerCase(firstNext) || Character.isDigit(firstNext)
                || ",;-".indexOf(lastChar) >= 0 || trimmed.length() >= WRAPPED_LINE;
        return !continues;
    }

    private static void addTrimmed(List<int[]> blocks, String text, int begin, int end) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (begin < end) {
            blocks.add(new int[] {begin, end});
        }
    }
}
