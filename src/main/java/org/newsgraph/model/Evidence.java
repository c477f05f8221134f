package org.newsgraph.model;

import java.util.Objects;

/**
 * Where an event was read: the trigger words, their half-open offsets into the article text (Java string
 * indexes here; the writer converts them to code points for {@code nif:beginIndex}), the whole sentence and
 * the extractor.
 */
public record Evidence(String anchor, int begin, int end, String sentence, String extractor) {
    public Evidence {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(extractor, "extractor");
        if (begin < 0 || begin > end) {
            throw new IllegalArgumentException("evidence offsets out of order: begin=" + begin + " end=" + end);
        }
    }
}
