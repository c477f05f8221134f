package org.newsgraph.nlp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.lemmatizer.DefaultLemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Lemmas by (word, tag), each read from the model on the word alone, so a lemma is a function of its word and
 * tag only and can be cached across articles and threads without changing any result; common words cost a map
 * lookup. A word alone is read greedily, the model's most probable lemma class: for a sequence of one word the
 * model's beam picks the same class (its sequence validator accepts every class), but the beam sorts the
 * scores of all the model's classes for every word, which was the largest single cost of a fresh ingest.
 */
final class Lemmas {
    /** Entries kept at most; past that, lookups still work, new words are just not remembered. */
    private static final int CAPACITY = 500_000;
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    /** The lemmatizer's maximum-entropy model, under its name in the model file. Thread-safe. */
    private static final MaxentModel MODEL = Models.lemmas().getArtifact("lemmatizer.model");
    private static final DefaultLemmatizerContextGenerator CONTEXT = new DefaultLemmatizerContextGenerator();
    private static final String[] NO_PREVIOUS = new String[0];

    private Lemmas() {
    }

    static String[] lemmatize(String[] words, String[] tags) {
        String[] lemmas = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String key = tags[i] + '\t' + words[i];
            String lemma = CACHE.get(key);
            if (lemma == null) {
                lemma = lemmaOf(words[i], tags[i]);
                if (CACHE.size() < CAPACITY) {
                    CACHE.put(key, lemma);
                }
            }
            lemmas[i] = lemma;
        }
        return lemmas;
    }

    /** The lemma of one word with its tag: the most probable edit script, applied to the word. */
    static String lemmaOf(String word, String tag) {
        String[] words = {word};
        double[] scores = MODEL.eval(CONTEXT.getContext(0, words, new String[] {tag}, NO_PREVIOUS));
        return LemmatizerME.decodeLemmas(words, new String[] {MODEL.getBestOutcome(scores)})[0];
    }
}
