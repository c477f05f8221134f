package org.newsgraph.nlp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.lemmatizer.LemmatizerME;

/**
 * Lemmas by (word, tag), each read from the model on the word alone, so a lemma is a function of its word and
 * tag only and can be cached across articles and threads without changing any result. The model's beam over a
 * whole sentence costs about seven times the POS tagger; with the cache, common words cost a map lookup.
 */
final class Lemmas {
    /** Entries kept at most; past that, lookups still work, new words are just not remembered. */
    private static final int CAPACITY = 500_000;
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Lemmas() {
    }

    static String[] lemmatize(LemmatizerME lemmatizer, String[] words, String[] tags) {
        String[] lemmas = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String key = tags[i] + '\t' + words[i];
            String lemma = CACHE.get(key);
            if (lemma == null) {
                lemma = lemmatizer.lemmatize(new String[] {words[i]}, new String[] {tags[i]})[0];
                if (CACHE.size() < CAPACITY) {
                    CACHE.put(key, lemma);
                }
            }
            lemmas[i] = lemma;
        }
        return lemmas;
    }
}
