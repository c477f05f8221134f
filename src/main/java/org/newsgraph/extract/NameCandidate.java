package org.newsgraph.extract;

import java.util.Optional;
import java.util.regex.Pattern;

import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Known;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;

/**
 * A name found in a sentence, perhaps not yet typed: tokens {@code [start, stop)} of sentence {@code sentence},
 * characters {@code [begin, end)} of the article. A {@code null} type means nothing has typed it yet.
 */
record NameCandidate(int sentence, int start, int stop, int begin, int end, String name, EntityType type,
                     Optional<Known> known, boolean pronoun) {
    /** "Jong- un" as a wire tokenised it: the hyphen joins the parts of one name. */
    private static final Pattern SPLIT_HYPHEN = Pattern.compile("(\\p{L})- (\\p{Ll})");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The name written by tokens [start, stop), on one line, with a wire's split hyphens joined again. */
    static NameCandidate of(AnnotatedArticle article, Sentence sentence, int start, int stop, EntityType type,
                            Optional<Known> known) {
        int begin = sentence.token(start).begin();
        int end = sentence.token(stop - 1).end();
        String name = SPLIT_HYPHEN.matcher(oneLine(article.text().substring(begin, end))).replaceAll("$1-$2");
        return new NameCandidate(sentence.index(), start, stop, begin, end, name, type, known, false);
    }

    /** A personal pronoun, or a title standing alone for its holder ("the minister"): may stand for a person. */
    static NameCandidate pronoun(Sentence sentence, int start, int stop, String name) {
        return new NameCandidate(sentence.index(), start, stop, sentence.token(start).begin(),
                sentence.token(stop - 1).end(), name, EntityType.PERSON, Optional.empty(), true);
    }

    /** Text with every run of white space, line breaks included, as one space. */
    static String oneLine(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ");
    }

    NameCandidate as(Known other) {
        return new NameCandidate(sentence, start, stop, begin, end, name, other.type(), Optional.of(other), false);
    }

    /** A country that plays: its team, named as the country is ("Korea" → "South Korea"). */
    NameCandidate asTeam() {
        return new NameCandidate(sentence, start, stop, begin, end, known.orElseThrow().name(),
                EntityType.ORGANIZATION, Optional.empty(), false);
    }

    /** A known place or organisation name that this article uses as a person's surname ("Lima"). */
    NameCandidate asPerson() {
        return as(EntityType.PERSON);
    }

    /** The name read as this type, not as the gazetteer's entry. */
    NameCandidate as(EntityType other) {
        return new NameCandidate(sentence, start, stop, begin, end, name, other, Optional.empty(), false);
    }

    Mention toMention(EntityType finalType) {
        return new Mention(sentence, start, stop, begin, end, name, finalType, known, pronoun);
    }
}
