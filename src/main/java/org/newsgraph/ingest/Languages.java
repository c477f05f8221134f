package org.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.newsgraph.NewsgraphException;

/**
 * Tells English text from text in another language. Most English prose is one word in five a function word
 * ("the", "of", "and", "said"…), which a count settles at once; only text that fails the count is given to
 * OpenNLP's language detector (103 languages, loaded on first need), and it is not English only when the
 * detector's best guess is clearly ahead of its second: wire tables of figures, headlines and lists stay in.
 */
final class Languages {
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "of", "and", "to", "in", "a", "is",
            "was", "that", "for", "on", "with", "as", "by", "at", "it", "he", "she", "his", "her", "from", "said",
            "are", "were", "be", "has", "have", "had", "will", "would", "not", "this", "an", "or", "but", "they",
            "their", "its", "which", "who", "after", "about", "than");
    /** The share of function words above which a text is English without asking the model. */
    private static final double ENGLISH_SHARE = 0.12;
    /** Texts shorter than this many words cannot be told apart reliably; they are taken as they come. */
    private static final int MIN_WORDS = 12;
    /** The detector's best guess must be this many times as likely as its second to count. */
    private static final double MIN_MARGIN = 2;
    private static final String MODEL = "langdetect-183.bin";

    private Languages() {
    }

    /** The ISO 639-3 code of the language a text is in, when that is surely not English. */
    static Optional<String> notEnglish(String text) {
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        int words = 0;
        int function = 0;
        for (String word : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (!word.isEmpty()) {
                words++;
                if (ENGLISH_FUNCTION_WORDS.contains(word)) {
                    function++;
                }
            }
        }
        if (words < MIN_WORDS || function >= ENGLISH_SHARE * words) {
            return Optional.empty();
        }
        Language[] guesses = Detector.DETECTOR.get().predictLanguages(sample);
        Language best = guesses[0];
        boolean sure = guesses.length < 2 || best.getConfidence() >= MIN_MARGIN * guesses[1].getConfidence();
        return best.getLang().equals("eng") || !sure ? Optional.empty() : Optional.of(best.getLang());
    }

    private static final class Detector {
        static final ThreadLocal<LanguageDetectorME> DETECTOR =
                ThreadLocal.withInitial(() -> new LanguageDetectorME(Model.MODEL));
    }

    private static final class Model {
        static final LanguageDetectorModel MODEL = load();

        private static LanguageDetectorModel load() {
            InputStream raw = Languages.class.getClassLoader().getResourceAsStream(Languages.MODEL);
            if (raw == null) {
                throw new NewsgraphException("OpenNLP model " + Languages.MODEL + " is not on the classpath");
            }
            try (InputStream in = new BufferedInputStream(raw)) {
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new NewsgraphException("OpenNLP model " + Languages.MODEL + " could not be read: " + e.getMessage(), e);
            }
        }
    }
}
