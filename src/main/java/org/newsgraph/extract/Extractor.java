package org.newsgraph.extract;

import java.util.List;
import java.util.Set;

import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Fact;

/**
 * Reads facts from one annotated article. Implementations are pure functions of the article: no I/O, no store,
 * no shared mutable state, so they run on any thread.
 */
public interface Extractor {
    /** What most extractors read: tokens with their tags and lemmas, and the mentions found in them. */
    Set<Layer> GRAMMAR_AND_MENTIONS = Set.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.MENTIONS);

    /** Written as {@code ng:extractor} on what it produces. */
    String name();

    /** The layers it reads; the pipeline checks that earlier stages provide them. */
    Set<Layer> requires();

    List<Fact> extract(AnnotatedArticle article);
}
