package org.newsgraph.resolve;

import java.util.List;

/**
 * Who the corpus names in full under a surname key: all that resolving an article's short forms asks of it. The
 * store answers from its index ({@link CorpusIndex}); a cluster job from the names grouped by key.
 */
@FunctionalInterface
public interface Namesakes {
    /** See {@link CorpusIndex#namedInFull}. */
    List<CorpusIndex.KnownEntity> namedInFull(String surnameKey, String exceptArticle, int cap);
}
