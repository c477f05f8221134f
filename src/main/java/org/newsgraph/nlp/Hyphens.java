package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

/**
 * Splits the hyphen the tokenizer model leaves on one side of a word ("Peru" "-Chile", "U.S.-" "Mexico")
 * into a token of its own, so that "Peru-Chile talks" reads as two names joined by a hyphen. A hyphen
 * inside a word ("Berg-Olsen", "Jong-un") is left alone, and so is one after a name ("Jong- un").
 */
final class Hyphens {
    private Hyphens() {
    }

    /** {@code text} is the text the spans point into. */
    static Span[] split(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length + 2);
        for (Span span : spans) {
            int start = span.getStart();
            int end = span.getEnd();
            if (end - start >= 3 && text.charAt(start) == '-' && Character.isUpperCase(text.charAt(start + 1))) {
                out.add(new Span(start, start + 1));
                out.add(new Span(start + 1, end));
            } else if (end - start >= 3 && text.charAt(end - 1) == '-' && isAbbreviation(text.substring(start, end - 1))) {
                out.add(new Span(start, end - 1));
                out.add(new Span(end - 1, end));
            } else {
                out.add(span);
            }
        }
        return out.toArray(Span[]::new);
    }

    /** "U.N.", "US": capitals and full stops, so "Jong-" (a wire's "Jong- un") keeps its hyphen. */
    private static boolean isAbbreviation(String word) {
        return word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.') && word.chars().filter(Character::isUpperCase).count() >= 2;
    }
}
