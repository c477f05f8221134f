package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * Gives a dotted abbreviation back the full stop the tokenizer model splits off it ("U.N" "." before
 * "Security Council", "D.C" "." before "on"), so that "U.N. Security Council" is one name the gazetteer knows and
 * the stop is no word between an organisation and its officer. The stop of the sentence's last token is left
 * apart: it ends the sentence too ("… flew to the U.S.").
 */
final class Abbreviations {
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

    private Abbreviations() {
    }

    /** {@code text} is the text the spans point into. */
    static Span[] join(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            Span span = spans[i];
            boolean gluedStop = i + 2 < spans.length && span.getEnd() == spans[i + 1].getStart()
                    && spans[i + 1].length() == 1 && text.charAt(spans[i + 1].getStart()) == '.'
                    && span.length() <= 12 && DOTTED.matcher(text.substring(span.getStart(), span.getEnd())).matches();
            if (gluedStop) {
                out.add(new Span(span.getStart(), spans[i + 1].getEnd()));
                i++;
            } else {
                out.add(span);
            }
        }
        return out.toArray(Span[]::new);
    }
}
