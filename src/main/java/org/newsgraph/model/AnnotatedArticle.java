package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with its linguistic layers: sentences with tokens, POS tags and lemmas, and the entity mentions
 * found in them. Stages return a new value rather than editing this one.
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<Mention> mentions) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
    }

    public AnnotatedArticle withMentions(List<Mention> found) {
        return new AnnotatedArticle(article, sentences, found);
    }

    public String text() {
        return article.text();
    }

    public Sentence sentence(int index) {
        return sentences.get(index);
    }

    public String sentenceText(int index) {
        Sentence s = sentences.get(index);
        return article.text().substring(s.begin(), s.end());
    }

    /** The mentions of one sentence, in text order. */
    public List<Mention> mentionsIn(int sentenceIndex) {
        return mentions.stream().filter(m -> m.sentence() == sentenceIndex).toList();
    }
}
