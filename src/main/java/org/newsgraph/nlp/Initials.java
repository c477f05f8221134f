package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

/**
 * Mends sentence breaks the detector puts after a name's initial: "author L. | Ron Hubbard", "Steven F. |
 * Udvar-Hazy Center". A break after a single capital letter and its full stop, before a capitalised word, is
 * taken back. "I." is left alone ("World War I. The next…").
 */
final class Initials {
    private Initials() {
    }

    static List<Span> join(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span span : spans) {
            if (!out.isEmpty() && endsWithInitial(text, out.get(out.size() - 1))
                    && Character.isUpperCase(text.codePointAt(span.getStart()))) {
                Span previous = out.remove(out.size() - 1);
                out.add(new Span(previous.getStart(), span.getEnd()));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    private static boolean endsWithInitial(String text, Span span) {
        int end = span.getEnd();
        if (end - span.getStart() < 3 || text.charAt(end - 1) != '.') {
            return false;
        }
        char letter = text.charAt(end - 2);
        return Character.isUpperCase(letter) && letter != 'I' && Character.isWhitespace(text.charAt(end - 3));
    }
}
