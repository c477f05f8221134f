package org.newsgraph.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Known;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * Types a name its own words left open, from how the sentence uses it: a classifying noun before it ("the
 * journal X", "the city of X"), an organisation's noun or an apposition after it, a post held at it, a verb of
 * speaking after it; or by default, a short run of proper nouns as a person's name.
 */
final class NameTyping {
    /** "Brazilian", "Congolese", "Kurdish": a word shaped like a people's adjective, no organisation's name. */
    private static final Pattern DEMONYM_SHAPE = Pattern.compile("\\p{Lu}\\p{Ll}+(ian|ean|ese|ish|an)");
    private static final Pattern CAMEL_ACRONYM = Pattern.compile("\\p{Lu}{2,}\\p{Ll}+");
    /** "talks with X", "a call with X": what one has with a person. */
    private static final Set<String> INTERACTION_LEMMAS = Set.of("conversation", "call", "talk", "meeting", "meet",
            "speak", "talks", "dialogue", "negotiation", "discussion", "phone", "telephone", "summit", "interview");
    private final Gazetteer gazetteer;

    NameTyping(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Types a name the gazetteer and its own words left open, from how the article uses it; null to drop it. */
    EntityType byContext(AnnotatedArticle article, NameCandidate c, Set<String> personWords) {
        Sentence sentence = article.sentence(c.sentence());
        String before = Words.lemma(sentence, c.start() - 1);
        String after = Words.lemma(sentence, c.stop());
        int length = c.name().split("[ -]").length;
        boolean single = c.stop() - c.start() == 1;
        boolean givenNameFirst = gazetteer.isGivenName(sentence.token(c.start()).text());
        Optional<EntityType> classified = classifierBefore(sentence, c.start())
                .or(() -> placeNounOf(sentence, c.start()))
                .or(() -> single && DEMONYM_SHAPE.matcher(c.name()).matches() ? Optional.empty()
                        : organizationNounAfter(sentence, c.stop()))
                .or(() -> apposition(sentence, c.stop()));
        if (classified.isPresent()) {
            return classified.get();
        }
        if (single && personWords.contains(c.name())) {
            return EntityType.PERSON;
        }
        if (single && before.equals("the") && Words.isOrganizationHead(c.name())) {
            return null; // "the Bank said": the head word of an organisation named before; alone, no entity
        }
        if (!givenNameFirst && (afterPost(sentence, c.start()) || postBeforePerson(sentence, c.stop()))) {
            return EntityType.ORGANIZATION;
        }
        boolean speaks = Words.isReportingLemma(after) || before.equals("with")
                && INTERACTION_LEMMAS.contains(Words.lemma(sentence, c.start() - 2));
        if (speaks && !hasNotPersonWord(sentence, c)) {
            return EntityType.PERSON;
        }
        if (before.equals("of") && c.start() >= 2 && personWords.contains(Words.text(sentence, c.start() - 2))
                && sentence.token(c.start() - 2).isCapitalized()) {
            return EntityType.ORGANIZATION;
        }
        if (after.equals(",") && followedByPlace(article, sentence, c.stop() + 1)
                || Words.text(sentence, c.stop()).startsWith("-based")
                || Words.isPlacePreposition(before) && length <= 2 && !givenNameFirst) {
            return EntityType.PLACE;
        }
        return sentence.token(c.start()).text().equals("The") ? EntityType.ORGANIZATION : null;
    }

    /**
     * The type of a name neither its words nor its context decide, nor another mention of it: a short run of
     * proper nouns is a person's name; anything else is left out.
     */
    EntityType byDefault(AnnotatedArticle article, NameCandidate c) {
        Sentence sentence = article.sentence(c.sentence());
        int length = c.name().split("[ -]").length;
        return c.stop() - c.start() > 1 && length <= 3 && looksLikePersonName(sentence, c) ? EntityType.PERSON : null;
    }

    /**
     * "P" (of "S and P"), "Bankers said", "Interbank Offered Rates": a single letter, or a name ending in a
     * plural common noun and not starting with a given name ("Bill Ostrander" is a person), names no person.
     */
    boolean couldNamePerson(AnnotatedArticle article, NameCandidate c) {
        Sentence sentence = article.sentence(c.sentence());
        String name = c.name();
        boolean givenName = gazetteer.isGivenName(sentence.token(c.start()).text());
        Token first = sentence.token(c.start());
        boolean inflectedOpener = c.start() == 0 && c.stop() - c.start() >= 2 && !givenName
                && !first.lemma().equals(first.text().toLowerCase(Locale.ROOT))
                && gazetteer.lookup(first.text()).isEmpty(); // "Earlier USAir said"
        boolean groupOpener = c.start() == 0 && c.stop() - c.start() == 1 && NameParts.isGroupNoun(name); // "Bankers said"
        Token last = sentence.token(c.stop() - 1);
        String lastLower = last.text().toLowerCase(Locale.ROOT);
        boolean regularPlural = lastLower.length() > 3 && lastLower.equals(last.lemma() + "s"); // "Offered Rates"
        boolean camelAcronym = c.stop() - c.start() == 1 && CAMEL_ACRONYM.matcher(name).matches(); // "USAir"
        return name.length() > 1 && !(name.length() == 2 && name.endsWith(".")) && !inflectedOpener && !groupOpener
                && !camelAcronym && (givenName || !NameParts.isPluralNoun(last) && !regularPlural);
    }

    /** "goalkeeper Mouez Hassen", "the journal Nature Climate Change": a classifying noun right before the name. */
    private Optional<EntityType> classifierBefore(Sentence sentence, int start) {
        Token before = start > 0 ? sentence.token(start - 1) : null;
        if (before == null || before.isCapitalized() || !(before.is("NOUN") || before.is("ADJ"))) {
            return Optional.empty();
        }
        return gazetteer.classifier(before.lemma()).or(() -> gazetteer.classifier(before.text()));
    }

    /**
     * "the Chilean capital of Santiago", "the rebel-held city of Tarvos", "the resort of Kalvak", "the
     * province of Aceh": a common noun of place and "of" before a name say it is a city or a region.
     */
    private static Optional<EntityType> placeNounOf(Sentence sentence, int start) {
        int of = start - 1;
        boolean listed = false;
        while (of > 0 && of > start - 10 && (Set.of(",", "and").contains(Words.text(sentence, of))
                || sentence.token(of).isCapitalized())) {
            of--; // "the breakaway regions of Tarvos and Kalvak": a later name of the list
            listed = true;
        }
        if (of < 1 || !Words.text(sentence, of).equals("of")) {
            return Optional.empty();
        }
        if (listed && (!Set.of(",", "and").contains(Words.text(sentence, start - 1))
                || Words.text(sentence, of - 1).equals(Words.lemma(sentence, of - 1)))) {
            return Optional.empty(); // a list needs a plural noun before it: "the regions of", not "the city of"
        }
        start = of + 1;
        String noun = Words.lemma(sentence, start - 2);
        if (sentence.token(start - 2).isCapitalized()) {
            return Optional.empty();
        }
        return Words.isCityNoun(noun) ? Optional.of(EntityType.CITY)
                : Words.isRegionNoun(noun) ? Optional.of(EntityType.REGION) : Optional.empty();
    }

    /**
     * "the Kalvak news agency", "Ruritania's Democratic party", "Tarvos satellite television": a common
     * noun of organisations right after a name (one modifier may stand between) says it is one. A noun of
     * people after a name says whom they work for, not what the name is, so only organisations count here.
     */
    private Optional<EntityType> organizationNounAfter(Sentence sentence, int stop) {
        for (int k = stop; k < sentence.size() && k <= stop + 1; k++) {
            Token t = sentence.token(k);
            if (t.isCapitalized() || !(t.is("NOUN") || t.is("ADJ"))) {
                return Optional.empty();
            }
            if (t.is("NOUN") && gazetteer.classifier(t.lemma()).filter(type -> type == EntityType.ORGANIZATION)
                    .isPresent() && !Words.text(sentence, k + 1).equals("of")) {
                return Optional.of(EntityType.ORGANIZATION);
            }
        }
        return Optional.empty();
    }

    /** "Instituto Gonzaga, a catholic school in Milan": the head noun of an apposition right after the name. */
    private Optional<EntityType> apposition(Sentence sentence, int stop) {
        if (!Words.text(sentence, stop).equals(",")
                || !Set.of("a", "an", "the").contains(Words.text(sentence, stop + 1))) {
            return Optional.empty();
        }
        int k = stop + 2;
        while (k < sentence.size() && k < stop + 6 && (sentence.token(k).is("ADJ") || sentence.token(k).is("NOUN"))
                && !sentence.token(k).isCapitalized()) {
            k++;
        }
        Token head = sentence.token(k - 1);
        return k > stop + 2 && head.is("NOUN") ? gazetteer.classifier(head.lemma()) : Optional.empty();
    }

    /**
     * "analyst with Carrow Fenwick", "economists at Delling Harte", "a spokesman for X": a post (a title's head
     * word, in lower case unless it begins the sentence) held with, at, for or of the name — where people work,
     * not a person.
     */
    private boolean afterPost(Sentence sentence, int start) {
        if (start < 2 || !Words.isPostPreposition(Words.text(sentence, start - 1))) {
            return false;
        }
        Token post = sentence.token(start - 2);
        return post.is("NOUN") && (!post.isCapitalized() || start == 2) && gazetteer.isTitleHead(post.lemma());
    }

    /**
     * "Merrill Lynch economist Jane Doe", "Kalvak correspondent Ivan Petrov": a name before a post written in
     * lower case and a person's given name is whom the person works for.
     */
    private boolean postBeforePerson(Sentence sentence, int stop) {
        int k = stop;
        while (k < sentence.size() && k - stop < 3 && !sentence.token(k).isCapitalized()
                && (gazetteer.isTitleWord(sentence.token(k).text()) || Words.isPostNoun(sentence.token(k).lemma()))) {
            k++;
        }
        return k > stop && k < sentence.size() && gazetteer.isGivenName(sentence.token(k).text())
                && Words.isPostNoun(sentence.token(k - 1).lemma());
    }

    /** "Arlington, Texas": a known region or country right after the comma, and nothing after it ("Panama coach"). */
    private boolean followedByPlace(AnnotatedArticle article, Sentence sentence, int k) {
        for (int stop = Math.min(sentence.size(), k + 3); stop > k; stop--) {
            Optional<Known> known = gazetteer.lookup(words(sentence, k, stop));
            if (known.isPresent() && (known.get().type() == EntityType.REGION
                    || known.get().type() == EntityType.COUNTRY)) {
                return stop >= sentence.size() || sentence.token(stop).is("PUNCT");
            }
        }
        return false;
    }

    /** Every word a name word (no numbers, no "War", "Cup" or "Act"), each proper-noun tagged or capitalised. */
    private static boolean looksLikePersonName(Sentence sentence, NameCandidate c) {
        boolean quoted = isQuote(Words.text(sentence, c.start() - 1)) && isQuote(Words.text(sentence, c.stop()));
        if (quoted) {
            return false;
        }
        boolean allCapitals = true;
        boolean properNoun = false;
        for (int k = c.start(); k < c.stop(); k++) {
            String word = sentence.token(k).text();
            properNoun |= sentence.token(k).is("PROPN");
            if (!word.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '.' || ch == '\'')
                    || Words.isNotPersonWord(word) || Words.isRomanNumeral(word)
                    || Words.isOrganizationHead(word) || Words.isPlaceHead(word) && k == c.stop() - 1) {
                return false;
            }
            allCapitals &= Words.isAcronym(word);
            boolean initials = k == c.start() && word.length() <= 2 && c.stop() - c.start() >= 2;
            if (Words.isAcronym(word) && !word.contains(".") && !initials) {
                return false;
            }
        }
        return !allCapitals && properNoun && !NameParts.isPluralNoun(sentence.token(c.stop() - 1));
    }

    private static boolean hasNotPersonWord(Sentence sentence, NameCandidate c) {
        for (int k = c.start(); k < c.stop(); k++) {
            if (Words.isNotPersonWord(sentence.token(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** A quotation mark: a name between two is the title of a work ("American Pie"), not a person. */
    private static boolean isQuote(String word) {
        return Set.of("\"", "\u201C", "\u201D", "'", "\u2018", "\u2019").contains(word);
    }

    private static String words(Sentence sentence, int start, int stop) {
        return sentence.text(start, stop);
    }
}
