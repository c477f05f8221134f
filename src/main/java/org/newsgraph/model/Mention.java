package org.newsgraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A name (or a pronoun standing for one) in a sentence: tokens {@code [start, end)} of sentence {@code sentence},
 * characters {@code [begin, end)} of the article text.
 *
 * @param name     the name as written, without a possessive ending ("Berg" for "Berg's")
 * @param known    the gazetteer entry the name matched, if any
 * @param pronoun  true for "he", "his", "she", …: coreference must find what it stands for
 */
public record Mention(int sentence, int start, int stop, int begin, int end, String name, EntityType type,
                      Optional<Known> known, boolean pronoun) {
    public Mention {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(known, "known");
        if (start < 0 || start >= stop) {
            throw new IllegalArgumentException("mention tokens out of order: start=" + start + " stop=" + stop);
        }
        if (begin < 0 || begin > end) {
            throw new IllegalArgumentException("mention offsets out of order: begin=" + begin + " end=" + end);
        }
    }

    /** The canonical name: the gazetteer's when the name is known, else the name as written. */
    public String canonicalName() {
        return known.map(Known::name).orElse(name);
    }
}
