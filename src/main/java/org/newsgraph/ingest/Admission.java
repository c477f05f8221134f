package org.newsgraph.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.newsgraph.BadInputException;
import org.newsgraph.model.Article;

/**
 * The last check an article passes before it is handed on: it has text, the text is not binary, it is English
 * (unless any language is allowed), and no earlier record of this run had its id. A record that fails is
 * reported with its file and line, and skipped.
 */
final class Admission {
    /** Share of control characters above which a text is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private final boolean anyLanguage;
    private final Map<String, String> seen = new HashMap<>();

    Admission(boolean anyLanguage) {
        this.anyLanguage = anyLanguage;
    }

    void admit(Article article, String file, long line, ArticleSink sink) {
        Optional<String> problem = problem(article.text());
        if (problem.isEmpty()) {
            String where = line > 0 ? file + ":" + line : file;
            String first = seen.putIfAbsent(article.id(), where);
            if (first != null) {
                problem = Optional.of("duplicate id \"" + article.id() + "\" (first read at " + first
                        + "); this record is skipped");
            }
        }
        if (problem.isPresent()) {
            sink.reject(new BadInputException(file, line, problem.get()));
        } else {
            sink.accept(article);
        }
    }

    private Optional<String> problem(String text) {
        if (text.isBlank()) {
            return Optional.of("no article text");
        }
        if (isBinary(text)) {
            return Optional.of("binary data, not text");
        }
        if (!anyLanguage) {
            Optional<String> language = Languages.notEnglish(text);
            if (language.isPresent()) {
                return Optional.of("not English (the language detector says " + language.get()
                        + "); --any-language reads it anyway");
            }
        }
        return Optional.empty();
    }

    /** A NUL character, or more than one character in twenty a control character other than line breaks. */
    static boolean isBinary(String text) {
        if (text.indexOf('\0') >= 0) {
            return true;
        }
        int sample = Math.min(text.length(), 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > MAX_CONTROL_SHARE * sample;
    }
}
