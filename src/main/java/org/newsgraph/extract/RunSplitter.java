package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Known;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * Splits a run of capitalised words into the names it holds ("Islamist Prime Minister Kemal Aydin", "United
 * States Hamdullah Mohib", "Superior Court Judge Rowland Barnes"): titles and honorifics cut off the front, a
 * known name at the front on its own, a person's name from a given name on, an organisation or facility by
 * its head word.
 */
final class RunSplitter {
    /** The first parts of compounds of nations: "Sino-Brazilian", "Indo-Pakistani", "Franco-German". */
    private static final Set<String> COMBINING_FORMS = Set.of("Sino", "Arab", "Afro", "Indo", "Euro", "Anglo",
            "Franco", "Russo", "Greco", "Austro", "Judeo", "Italo", "Serbo", "Turco", "US", "U.S.", "UN", "U.N.");
    /** What a district that is a public body runs: "School District", "Water District", "Fire District". */
    private static final Set<String> SERVICE_DISTRICTS = Set.of("School", "Water", "Fire", "Hospital", "Park",
            "Transit", "Sanitation", "Library", "Utility", "Irrigation", "Conservation", "Health");

    private final Gazetteer gazetteer;

    RunSplitter(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Splits a run of capitalised tokens [start, stop) into the names it holds: a known name or a name with an
     * organisation or facility head word as a whole; else titles and honorifics are cut off the front (they
     * mark a person), a known name at the front stands on its own ("United States Hamdullah Mohib"), and a
     * given name starts a person's name ("University of Texas Amneh Jafari").
     */
    List<NameCandidate> split(AnnotatedArticle article, Sentence sentence, int start, int stop) {
        List<NameCandidate> out = new ArrayList<>();
        while (stop > start && Words.isNameConnector(sentence.token(stop - 1))) {
            stop--;
        }
        if (stop <= start) {
            return out;
        }
        Optional<Known> whole = gazetteer.lookup(words(sentence, start, stop));
        if (whole.isPresent()) {
            out.add(NameCandidate.of(article, sentence, start, stop, whole.get().type(), whole));
            return out;
        }
        if (isCompoundOfNations(article, sentence, start, stop)) {
            return out;
        }
        int first = start;
        while (first < stop - 1 && gazetteer.isHonorific(sentence.token(first).text())) {
            first++;
        }
        for (int k = first + 1; k < stop; k++) {
            Optional<Known> tail = gazetteer.lookup(words(sentence, k, stop));
            if (tail.isPresent() && tail.get().type() == EntityType.ORGANIZATION
                    && gazetteer.country(sentence.token(first).text()).isPresent()) {
                out.add(NameCandidate.of(article, sentence, first, stop, EntityType.ORGANIZATION, Optional.empty()));
                return out;
            }
        }
        Optional<EntityType> byHead = typeByHead(sentence, first, stop);
        if (byHead.isPresent()) {
            int titled = first;
            if (gazetteer.country(sentence.token(first).text()).isPresent() && titleFollows(sentence, first + 1, stop)) {
                titled++; // "Peruvian Undersecretary of State"
            }
            while (titled < stop - 1 && gazetteer.isTitleWord(sentence.token(titled).text())) {
                titled++;
            }
            if (titled > first && Words.text(sentence, titled).equals("of")) {
                first = Words.text(sentence, titled + 1).equals("the") ? titled + 2 : titled + 1;
                if (first >= stop || gazetteer.isDepartment(sentence.text(titled + 1, stop))) {
                    return out;
                }
            }
            Optional<Known> known = gazetteer.lookup(words(sentence, first, stop));
            if (known.isPresent()) {
                out.add(NameCandidate.of(article, sentence, first, stop, known.get().type(), known));
                return out;
            }
            int title = titleAfterOrganization(sentence, first, stop);
            if (title > first) {
                out.addAll(split(article, sentence, first, title));
                out.addAll(split(article, sentence, title, stop));
                return out;
            }
            int person = givenNameSplit(sentence, first, stop);
            if (person == first && speakerAfterOrganization(sentence, first, stop)) {
                person = stop - 2;
            }
            if (person > first) {
                out.addAll(split(article, sentence, first, person));
                out.add(NameCandidate.of(article, sentence, person, stop, EntityType.PERSON, Optional.empty()));
            } else {
                out.add(NameCandidate.of(article, sentence, first, stop, byHead.get(), Optional.empty()));
            }
            return out;
        }
        if (isNationalBody(sentence, first, stop) || isStaffBody(sentence, first, stop)) {
            out.add(NameCandidate.of(article, sentence, first, stop, EntityType.ORGANIZATION, Optional.empty()));
            return out;
        }
        boolean personCue = first > start;
        int k = start;
        while (k < stop) {
            String word = sentence.token(k).text();
            int known = knownPrefix(sentence, k, stop);
            if (gazetteer.isHonorific(word) || gazetteer.isTitleWord(word)) {
                personCue |= gazetteer.isHonorific(word) || gazetteer.isTitleHead(word);
                int of = k + 1;
                int body = Words.text(sentence, of + 1).equals("the") ? of + 2 : of + 1;
                if (Words.text(sentence, of).equals("of") && body < stop && isStaffBody(sentence, body, stop)) {
                    out.add(NameCandidate.of(article, sentence, body, stop, EntityType.ORGANIZATION, Optional.empty()));
                    return out; // "Chief of the Peruvian General Staff"
                }
                k = afterDepartment(sentence, k + 1, stop);
            } else if (gazetteer.country(word).isPresent() && titleFollows(sentence, k + 1, stop)) {
                k++;
            } else if (known > k && !(known == k + 1 && gazetteer.isGivenName(word))) {
                Optional<Known> entry = gazetteer.lookup(words(sentence, k, known));
                out.add(NameCandidate.of(article, sentence, k, known, entry.orElseThrow().type(), entry));
                k = known;
            } else if ((Words.isNameConnector(sentence.token(k)) || word.equals("the"))
                    && !(Words.isNameParticle(sentence.token(k)) && k + 1 < stop)) {
                k++;
            } else {
                break;
            }
        }
        int titled = titleAfterQualifier(sentence, k, stop);
        if (titled > k) {
            return split(article, sentence, titled, stop);
        }
        if (k >= stop) {
            return out;
        }
        if (stop - k == 1 && k > start && Words.isRoyalTitle(sentence.token(k - 1).text())
                && gazetteer.lookup(sentence.token(k).text()).isEmpty()) {
            // "King Tomislav", "Pope Francis": a monarch named by one word is named with the title
            out.add(NameCandidate.of(article, sentence, k - 1, stop, EntityType.PERSON, Optional.empty()));
            return out;
        }
        Optional<EntityType> remainderByHead = typeByHead(sentence, k, stop);
        if (remainderByHead.isPresent()) {
            out.add(NameCandidate.of(article, sentence, k, stop, remainderByHead.get(), Optional.empty()));
            return out;
        }
        Optional<Known> rest = gazetteer.lookup(words(sentence, k, stop));
        if (rest.isPresent()) {
            out.add(NameCandidate.of(article, sentence, k, stop, rest.get().type(), rest));
            return out;
        }
        if (stop - k == 1 && gazetteer.country(sentence.token(k).text()).isPresent()) {
            return out;
        }
        int person = givenNameSplit(sentence, k, stop);
        if (person > k) {
            out.addAll(split(article, sentence, k, person));
            out.add(NameCandidate.of(article, sentence, person, stop, EntityType.PERSON, Optional.empty()));
            return out;
        }
        String last = sentence.token(stop - 1).text();
        EntityType type = null;
        int connector = connectorIn(sentence, k, stop);
        if (!personCue && connector > k) {
            out.addAll(split(article, sentence, k, connector));
            int after = Words.text(sentence, connector + 1).equals("the") ? connector + 2 : connector + 1;
            out.addAll(split(article, sentence, after, stop));
            return out;
        }
        if (personCue || gazetteer.isGivenName(sentence.token(k).text()) && stop - k >= 2) {
            type = EntityType.PERSON;
        } else if (stop - k == 1 && Words.isOrganizationAcronym(last)) {
            type = EntityType.ORGANIZATION;
        }
        out.add(NameCandidate.of(article, sentence, k, stop, type, Optional.empty()));
        return out;
    }

    /** "Indo-Pakistani", "Sino-Brazilian", "Chilean-Peruvian", "U.N.-Chile": an adjective of two nations, no name. */
    private boolean isCompoundOfNations(AnnotatedArticle article, Sentence sentence, int start, int stop) {
        String text = article.text().substring(sentence.token(start).begin(), sentence.token(stop - 1).end());
        String[] parts = text.split("-");
        if (parts.length < 2 || text.contains(" ")) {
            return false;
        }
        for (String part : parts) {
            if (!(COMBINING_FORMS.contains(part) || gazetteer.country(part).isPresent())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Islamist Prime Minister Kemal Aydin", "South African President Sipho Dube": one or two qualifying
     * words (a creed, a multi-word nationality) before a title that a name follows; where the title starts, or
     * k when there is none.
     */
    private int titleAfterQualifier(Sentence sentence, int k, int stop) {
        for (int t = k + 1; t <= k + 2 && t < stop - 1; t++) {
            if (gazetteer.isTitleHead(sentence.token(t).text()) || gazetteer.isTitleWord(sentence.token(t).text())
                    && gazetteer.isTitleHead(Words.text(sentence, t + 1))) {
                int name = t;
                while (name < stop && gazetteer.isTitleWord(sentence.token(name).text())) {
                    name++;
                }
                boolean qualifiers = true;
                for (int q = k; q < t; q++) {
                    qualifiers &= gazetteer.lookup(sentence.token(q).text()).isEmpty()
                            && !gazetteer.isGivenName(sentence.token(q).text());
                }
                return qualifiers && name < stop ? t : k;
            }
        }
        return k;
    }

    /**
     * "the Peruvian General Staff", "the Joint Staff": a department of several words that names a body of its
     * own, after its country's adjective or alone, is an organisation, not a title and a name.
     */
    private boolean isStaffBody(Sentence sentence, int start, int stop) {
        int from = gazetteer.country(sentence.token(start).text()).isPresent() ? start + 1 : start;
        return stop - from >= 2 && gazetteer.isDepartment(sentence.text(from, stop))
                && gazetteer.isTitleWord(sentence.token(from).text());
    }

    /**
     * "Environment Canada", "Statistics Canada", "Bank Indonesia", "Air France": a common noun and a country
     * name, two words, is a national body — not a person, nor the country with a stray word.
     */
    private boolean isNationalBody(Sentence sentence, int start, int stop) {
        if (stop - start != 2) {
            return false;
        }
        Token word = sentence.token(start);
        String text = word.text();
        Optional<Known> country = gazetteer.lookup(sentence.token(start + 1).text());
        return country.filter(c -> c.type() == EntityType.COUNTRY).isPresent()
                && (word.is("NOUN") || word.is("PROPN")) && gazetteer.lookup(text).isEmpty()
                && gazetteer.country(text).isEmpty() && !gazetteer.isGivenName(text) && !gazetteer.isTitleHead(text)
                && !gazetteer.isHonorific(text) && !Words.isPlaceModifier(text) && !Words.isNeverAName(text)
                && text.chars().allMatch(Character::isLetter);
    }

    /** A place for a facility head at the end ("Convention Centre"); an organisation for an organisation head. */
    private Optional<EntityType> typeByHead(Sentence sentence, int start, int stop) {
        String last = sentence.token(stop - 1).text();
        if (stop - start >= 2 && last.equals("District")
                && SERVICE_DISTRICTS.contains(sentence.token(stop - 2).text())) {
            return Optional.of(EntityType.ORGANIZATION); // "Irving Independent School District": a body, not a region
        }
        if (stop - start >= 2 && Words.isPlaceHead(last)) {
            return Optional.of(EntityType.PLACE);
        }
        if (stop - start >= 2 && Words.isMediaHead(last)) {
            return Optional.of(EntityType.ORGANIZATION);
        }
        return hasOrganizationHead(sentence, start, stop) ? Optional.of(EntityType.ORGANIZATION) : Optional.empty();
    }

    /** "Superior Court Judge Rowland Barnes": where a title after an organisation's head starts a person's name. */
    private int titleAfterOrganization(Sentence sentence, int start, int stop) {
        boolean headSeen = false;
        for (int t = start; t < stop - 1; t++) {
            String word = sentence.token(t).text();
            if (headSeen && gazetteer.isTitleHead(word) && !Words.isOrganizationHead(word)) {
                return t;
            }
            headSeen |= Words.isOrganizationHead(word);
        }
        return start;
    }

    /**
     * "CEO of the Refugee Council Enver Solomon told…": an organisation's name run on into the name of the person
     * who speaks. The last two words are that person's when they are proper nouns that neither head nor are known
     * names, and a reporting verb follows.
     */
    private boolean speakerAfterOrganization(Sentence sentence, int start, int stop) {
        if (stop - start < 4 || !(Words.isReportingLemma(Words.lemma(sentence, stop))
                || Words.lemma(sentence, stop).equals("hear"))) {
            return false;
        }
        for (int k = stop - 2; k < stop; k++) {
            Token token = sentence.token(k);
            String word = token.text();
            if (!token.is("PROPN") || Words.isOrganizationHead(word) || Words.isPlaceHead(word)
                    || Words.isNotPersonWord(word) || Words.isAcronym(word) || gazetteer.lookup(word).isPresent()
                    || Words.isNameConnector(token) || !word.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return !Words.isNameConnector(sentence.token(stop - 3));
    }

    /**
     * The first connector ("of", "for") inside words [start, stop), or start when there is none; a surname's
     * particle ("de" in "Pieter de Vries") is no connector here.
     */
    private static int connectorIn(Sentence sentence, int start, int stop) {
        for (int k = start + 1; k < stop - 1; k++) {
            if (Words.isNameConnector(sentence.token(k)) && !sentence.token(k).text().equals("&")
                    && !Words.isNameParticle(sentence.token(k))) {
                return k;
            }
        }
        return start;
    }

    /** Where a person's name of two or three words starts inside a longer run, at a known given name. */
    private int givenNameSplit(Sentence sentence, int start, int stop) {
        for (int j = start + 1; j < stop - 1; j++) {
            if (gazetteer.isGivenName(sentence.token(j).text()) && stop - j <= 3
                    && !Words.isNameConnector(sentence.token(j - 1)) && marked(sentence, start, j)) {
                return j;
            }
        }
        return start;
    }

    /** Whether words [start, stop) name something other than a person: a head word, a known name, a title. */
    boolean marked(Sentence sentence, int start, int stop) {
        for (int k = start; k < stop; k++) {
            String word = sentence.token(k).text();
            if (Words.isOrganizationHead(word) || Words.isPlaceHead(word) || gazetteer.isTitleWord(word)
                    || gazetteer.lookup(word).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a known name that starts a longer run at k ends ("United States Hamdullah Mohib"), or k. A city the
     * gazetteer only has from GeoNames does not start a longer name: a given name that is also a town.
     */
    int knownPrefix(Sentence sentence, int k, int stop) {
        for (int m = Math.min(stop - 1, k + gazetteer.longestName()); m > k; m--) {
            String words = words(sentence, k, m);
            if (gazetteer.lookup(words).isPresent() && !gazetteer.isFromGeoNames(words)) {
                return m;
            }
        }
        return k;
    }

    private boolean titleFollows(Sentence sentence, int k, int stop) {
        return k < stop && (gazetteer.isTitleWord(sentence.token(k).text())
                || gazetteer.isHonorific(sentence.token(k).text()));
    }

    /** After a title word at k-1: skip "of State", "of the Treasury" and further title words. */
    private int afterDepartment(Sentence sentence, int k, int stop) {
        if (k < stop && sentence.token(k).text().equals("of")) {
            for (int m = Math.min(stop, k + 5); m > k + 1; m--) {
                if (gazetteer.isDepartment(sentence.text(k + 1, m))) {
                    return m;
                }
            }
        }
        return k;
    }

    private boolean hasOrganizationHead(Sentence sentence, int start, int stop) {
        for (int k = start; k < stop; k++) {
            if (Words.isOrganizationHead(sentence.token(k).text()) && (k > start || stop - start > 1)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasHead(Sentence sentence, int start, int stop) {
        for (int k = start; k < stop; k++) {
            String word = sentence.token(k).text();
            if (Words.isOrganizationHead(word) || Words.isPlaceHead(word)) {
                return true;
            }
        }
        return false;
    }

    private static String words(Sentence sentence, int start, int stop) {
        return sentence.text(start, stop);
    }
}
