package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import opennlp.tools.util.Span;

/**
 * Splits the clitics the UD tokenizer model leaves attached ("Ukraine's", "didn't", "they're") into tokens of
 * their own, as the treebank does, so that the tagger sees "Ukraine" and "'s" apart.
 */
final class Clitics {
    private static final List<String> ENDINGS = List.of("'s", "'re", "'ve", "'ll", "'d", "'m");

    private Clitics() {
    }

    /** {@code text} is the plain (ASCII-quoted) text the spans point into. */
    static Span[] split(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length + 4);
        for (Span span : spans) {
            String word = text.substring(span.getStart(), span.getEnd()).toLowerCase(Locale.ROOT);
            int cut = cut(word);
            if (cut > 0) {
                out.add(new Span(span.getStart(), span.getStart() + cut));
                out.add(new Span(span.getStart() + cut, span.getEnd()));
            } else {
                out.add(span);
            }
        }
        return out.toArray(Span[]::new);
    }

    private static int cut(String word) {
        if (word.endsWith("n't") && word.length() > 3) {
            return word.equals("can't") ? 2 : word.length() - 3;
        }
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() > ending.length()) {
                return word.length() - ending.length();
            }
        }
        if (word.endsWith("s'") && word.length() > 2) {
            return word.length() - 1;
        }
        return 0;
    }
}
