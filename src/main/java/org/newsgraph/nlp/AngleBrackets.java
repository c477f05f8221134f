package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

/**
 * Splits the angle brackets that newswire markup glues to words into tokens of their own: Reuters writes a
 * company it holds a ticker for as {@code <Qantas Airways Ltd>}, which the tokenizer reads as "Ltd>". The
 * brackets stay in the text (offsets do not move); the words inside are read as words.
 */
final class AngleBrackets {
    private AngleBrackets() {
    }

    static Span[] split(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span span : spans) {
            int start = span.getStart();
            int end = span.getEnd();
            if (end - start > 1 && text.charAt(start) == '<') {
                out.add(new Span(start, start + 1));
                start++;
            }
            boolean closing = end - start > 1 && text.charAt(end - 1) == '>';
            out.add(new Span(start, closing ? end - 1 : end));
            if (closing) {
                out.add(new Span(end - 1, end));
            }
        }
        return out.toArray(Span[]::new);
    }
}
