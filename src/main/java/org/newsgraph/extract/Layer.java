package org.newsgraph.extract;

/** The layers of annotation an extractor may need. */
public enum Layer {
    SENTENCES, TOKENS, POS, LEMMAS, MENTIONS
}
