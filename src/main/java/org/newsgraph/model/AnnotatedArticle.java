package org.newsgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article with its linguistic layers: sentences with tokens, POS tags and lemmas, and the entity mentions
 * found in them. Stages return a new value rather than editing this one.
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<Mention> mentions) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        mentions = bySentence(mentions);
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

    /**
     * The text of a sentence and of those after it through the one that holds {@code end - 1}: the sentences an
     * anchor that starts in the first covers (a quotation of several sentences).
     */
    public String sentenceTextThrough(int index, int end) {
        Sentence first = sentences.get(index);
        int last = Math.max(index, Sorted.countUpTo(sentences, Sentence::begin, end - 1) - 1);
        return article.text().substring(first.begin(), Math.max(sentences.get(last).end(), Math.min(end, article.text().length())));
    }

    /**
     * The first sentence that holds a text offset or ends at most two characters before it (a quotation's first
     * word after the sentence's closing mark and a space belongs to the next): a binary search.
     */
    public Optional<Sentence> sentenceAt(int offset) {
        int k = Sorted.countUpTo(sentences, Sentence::begin, offset) - 1;
        while (k > 0 && sentences.get(k - 1).end() + 2 > offset) {
            k--;
        }
        return k >= 0 && offset < sentences.get(k).end() + 2 ? Optional.of(sentences.get(k)) : Optional.empty();
    }

    /** The mentions of one sentence, in text order: a binary search, as an article may hold thousands. */
    public List<Mention> mentionsIn(int sentenceIndex) {
        int from = firstOfSentence(sentenceIndex);
        int to = firstOfSentence(sentenceIndex + 1);
        return mentions.subList(from, to);
    }

    private int firstOfSentence(int sentenceIndex) {
        return Sorted.countUpTo(mentions, Mention::sentence, sentenceIndex - 1);
    }

    /** The mentions grouped by sentence, in the order given within each (a stable sort). */
    private static List<Mention> bySentence(List<Mention> mentions) {
        List<Mention> sorted = new java.util.ArrayList<>(mentions);
        sorted.sort(java.util.Comparator.comparingInt(Mention::sentence));
        return List.copyOf(sorted);
    }
}
