package org.newsgraph.model;

/**
 * What an extractor reads from one article, in terms of mentions; the resolve stage turns mentions into entities.
 * Each fact names the extractor that produced it.
 */
public sealed interface Fact permits TitleFact, AffiliationFact, LocatedInFact, EventMention {
    String extractor();
}
