package org.newsgraph.app;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Texts built to cost more than their size if any rule looks too far: generated, of a given size in words (or
 * characters for a single token), the same for the same size. Used by the cost-scaling test and by
 * {@code bench --hostile}.
 */
public final class HostileText {
    /** A kind of hostile text and how to make one of a size. */
    public record Kind(String name, String unit, IntFunction<String> make) {
    }

    private static final List<String> STORY = List.of(
            "Foreign Minister Olav Berg of Ruritania met Ana Lima in Tarvos on Monday.",
            "\"The talks were useful,\" Berg told reporters after the meeting.",
            "She said the two countries would sign a trade agreement next month.",
            "Lima, who visited Kalvak last week, spoke by telephone with President Tomas Reyes.",
            "'We are ready,' he said, adding that a summit was planned for June 3.",
            "Reyes's spokesman announced sanctions against three companies on Friday.");

    private static final String UNPUNCTUATED = "the minister met the envoy in Tarvos on Monday and said talks on "
            + "trade would resume with Kalvak officials who visited the capital and signed an accord ";

    private HostileText() {
    }

    /** Every kind, each of about {@code size} units. */
    public static List<Kind> kinds() {
        return List.of(
                new Kind("sentence without a full stop, event words", "words", HostileText::unpunctuated),
                new Kind("long article on one line", "words", HostileText::oneLineArticle),
                new Kind("all capitals", "words", n -> oneLineArticle(n).toUpperCase(java.util.Locale.ROOT)),
                new Kind("thousands of quotation marks", "words", HostileText::quotationMarks),
                new Kind("control characters", "words", HostileText::controlCharacters),
                new Kind("one long token", "characters", HostileText::longToken));
    }

    static String unpunctuated(int words) {
        return repeat(UNPUNCTUATED, words);
    }

    static String oneLineArticle(int words) {
        StringBuilder out = new StringBuilder();
        int written = 0;
        for (int i = 0; written < words; i++) {
            String sentence = STORY.get(i % STORY.size());
            out.append(sentence).append(' ');
            written += sentence.split(" ").length;
        }
        return out.toString().strip();
    }

    static String quotationMarks(int words) {
        return repeat("\"Yes,\" 'no' \u201Cmaybe\u201D `` perhaps '' \u00AB oui \u00BB don't \" ' ", words);
    }

    static String controlCharacters(int words) {
        return oneLineArticle(words).replace(" met ", " met\u0001 ").replace(", ", ",\u0007\u0000 ")
                .replace(" said ", " \u001Bsaid\u0008 ");
    }

    static String longToken(int characters) {
        return "Olav Berg said " + "a".repeat(characters) + " on Monday.";
    }

    private static String repeat(String unit, int words) {
        int per = unit.strip().split("\\s+").length;
        return unit.repeat(Math.max(1, words / per)).strip();
    }
}
