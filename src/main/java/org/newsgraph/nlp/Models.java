package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedInputStream;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.newsgraph.NewsgraphException;

/**
 * The OpenNLP English models (UD English EWT, from Maven Central), loaded once from the classpath by their
 * {@code .bin} names. Models are thread-safe; the {@code *ME} objects built on them are not.
 */
final class Models {
    static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private Models() {
    }

    /** Holder idiom: the models load on first use, once per JVM. */
    private static final class Loaded {
        static final SentenceModel SENTENCE_MODEL = load(SENTENCE, SentenceModel::new);
        static final TokenizerModel TOKENIZER_MODEL = load(TOKENS, TokenizerModel::new);
        static final POSModel POS_MODEL = load(POS, POSModel::new);
        static final LemmatizerModel LEMMATIZER_MODEL = load(LEMMAS, LemmatizerModel::new);
    }

    /** Loads every model now (on this thread), so that the first article does not wait for them. */
    static void preload() {
        lemmas();
    }

    static SentenceModel sentences() {
        return Loaded.SENTENCE_MODEL;
    }

    static TokenizerModel tokens() {
        return Loaded.TOKENIZER_MODEL;
    }

    static POSModel pos() {
        return Loaded.POS_MODEL;
    }

    static LemmatizerModel lemmas() {
        return Loaded.LEMMATIZER_MODEL;
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String name, ModelReader<M> reader) {
        InputStream raw = Models.class.getClassLoader().getResourceAsStream(name);
        if (raw == null) {
            throw new NewsgraphException("OpenNLP model " + name + " is not on the classpath");
        }
        try (InputStream in = new BufferedInputStream(raw)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new NewsgraphException("OpenNLP model " + name + " could not be read: " + e.getMessage(), e);
        }
    }
}
