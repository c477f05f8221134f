package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.Reading.GAZETTEER;
import static org.newsgraph.extract.Reading.annotated;
import static org.newsgraph.extract.Reading.entity;
import static org.newsgraph.extract.Reading.read;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.ArticleGraph;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKey;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Sentence;

/** How a name its own words leave open is typed by its context, and one name keeps one type in an article (NameTyping, MentionFinder). */
class NameTypingTest {
    @Test
    void aNameTakesTheTypeOfItsAliasInParenthesesButNotThePartOfALongerName() {
        ArticleGraph g = read("A hotel near the Masjid Al-Tarvos (Grand Mosque) collapsed on Friday. The Union of "
                + "Tarvos Farmers and Fishers (UTFF) has launched a petition.");
        assertEquals(EntityType.PLACE, entity(g, "Masjid Al-Tarvos").orElseThrow().type());
        assertTrue(entity(g, "Fishers").isEmpty(), g.entities().toString());
    }

    @Test
    void aNounOfOrganisationsAfterANameMakesItAnOrganisation() {
        ArticleGraph g = read("Lavrov was quoted by the Kalvak news agency as saying so. Berg told Kalmar satellite "
                + "television it was over. The Brazillian team won.");
        assertEquals(EntityType.ORGANIZATION, entity(g, "Kalvak").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, entity(g, "Kalmar").orElseThrow().type());
        assertTrue(entity(g, "Brazillian").isEmpty() || entity(g, "Brazillian").get().type() != EntityType.ORGANIZATION,
                g.entities().toString());
    }

    @Test
    void aNameBeforeAPostAndItsHolderIsTheOrganisationWhereverItSpeaks() {
        ArticleGraph g = read("Tarvo Lindqvist economist Jane Doe said rates would rise. Tarvo Lindqvist said it "
                + "expected more.");
        assertEquals(EntityType.ORGANIZATION, entity(g, "Tarvo Lindqvist").orElseThrow().type());
        assertEquals(EntityType.PERSON, entity(g, "Jane Doe").orElseThrow().type());
    }

    @Test
    void aNameInQuotationMarksOrAllCapitalsIsNotTakenForAPerson() {
        ArticleGraph g = read("The \"Silver Lake\" actress arrived at 9 AM PDT with her lawyer.");
        assertTrue(g.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), g.entities().toString());
    }

    @Test
    void aCommonNounBeforeANameSaysWhatItNames() {
        ArticleGraph g = read("The report came from the company Brightwell Analytics. Goalkeeper rival Tomas Vrba "
                + "praised defender Keoni Makana, and the journal Ocean Frontiers published it.");
        assertEquals(EntityType.ORGANIZATION, entity(g, "Brightwell Analytics").orElseThrow().type());
        assertEquals(EntityType.PERSON, entity(g, "Keoni Makana").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, entity(g, "Ocean Frontiers").orElseThrow().type());
    }

    @Test
    void organisationsNamedByTheirShapeAndContext() {
        ArticleGraph g = read("Colegio Verdi, a private school in Turin, hosted guitarist Ray Dunmore of Velvet Foxes. "
                + "The Harlow Courier reported it; students of the University of Nevada at Reno and the "
                + "Mira & Castell Museum of Art joined.");
        assertEquals(EntityType.ORGANIZATION, entity(g, "Colegio Verdi").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, entity(g, "Velvet Foxes").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, entity(g, "Harlow Courier").orElseThrow().type());
        assertTrue(entity(g, "University of Nevada at Reno").isPresent(), g.entities().toString());
        assertTrue(g.entities().stream().anyMatch(e -> e.label().startsWith("Mira & Castell Museum")),
                g.entities().toString());
        assertTrue(g.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON
                && !e.label().equals("Ray Dunmore")), g.entities().toString());
    }

    @Test
    void aTitleModifierAloneDoesNotMakeAPerson() {
        ArticleGraph g = read("Robots met at the FIRST Global Robot Olympics and the National Harvest Study said so. "
                + "Players tried Arkham VR there.");
        assertTrue(g.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), g.entities().toString());
    }

    @Test
    void aCompanyNamedWithItsSuffixIsACompanyWhenNamedWithout() {
        ArticleGraph g = read("Harlan Pike and Co Inc said profits rose. Analysts at Harlan Pike said the Corvel Co "
                + "bid was low. Corvel said it would not raise it.");
        assertTrue(g.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), g.entities().toString());
        assertEquals(EntityType.ORGANIZATION, entity(g, "Harlan Pike").orElseThrow().type());
    }

    @Test
    void aNameWherePeopleHoldAPostIsAnOrganisation() {
        ArticleGraph g = read("\"Rates will fall,\" said Paul Ostrow, analyst with Carrow Fenwick. "
                + "Economists at Delling Harte said the same. Carrow Fenwick will lead the offering.");
        assertEquals(EntityType.PERSON, entity(g, "Paul Ostrow").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, entity(g, "Carrow Fenwick").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, entity(g, "Delling Harte").orElseThrow().type());
        Entity ostrow = entity(g, "Paul Ostrow").orElseThrow();
        assertTrue(ostrow.affiliations().contains(new EntityKey(EntityType.ORGANIZATION, "Carrow Fenwick")),
                ostrow.toString());
    }

    @Test
    void aPersonAfterAPrepositionOfCompanyStaysAPerson() {
        ArticleGraph g = read("The company's founder met with Anna Berg in Oslo. A friend of Olav Dahl said so. "
                + "Trade Representative Clara Voss spoke on Monday. A spokesman for Voss said talks would go on.");
        assertEquals(EntityType.PERSON, entity(g, "Anna Berg").orElseThrow().type());
        assertEquals(EntityType.PERSON, entity(g, "Olav Dahl").orElseThrow().type());
        assertTrue(entity(g, "Clara Voss").orElseThrow().altLabels().contains("Voss"), g.entities().toString());
        assertTrue(entity(g, "Voss").isEmpty(), g.entities().toString());
    }

    @Test
    void bodiesOfTheTradeAndMoneyPagesAreOrganisations() {
        ArticleGraph g = read("A spokesman of the General Agreement on Tariffs and Trade said the European "
                + "Community and the Bundesbank agreed.");
        for (String name : List.of("General Agreement on Tariffs and Trade", "European Community",
                "Deutsche Bundesbank")) {
            assertEquals(EntityType.ORGANIZATION, entity(g, name).orElseThrow(
                    () -> new AssertionError(name + " in " + g.entities())).type());
        }
        assertTrue(g.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), g.entities().toString());
    }

    @Test
    void anOrganisationsHeadWordAfterTheAndAShareClassAreNoPeople() {
        ArticleGraph g = read("The Bank of Tarnland said the broad measure of "
                + "money supply rose by a\nnon-adjusted 4.1 pct year-on-year, the Bank said.\n    The Bank said "
                + "sterling bank lending rose. Tarn-Hallam said the split of its Class A and Class B\ncommon shares "
                + "would be effective May 1.");
        assertTrue(g.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), g.entities().toString());
    }

    @Test
    void aCityNamedLikeAnEnglishWordIsAPlaceOnlyInContext() {
        ArticleGraph g = read("Olav Berg said a split was coming. Reading the report, he left for talks in Split.");
        assertTrue(g.entities().stream().noneMatch(e -> e.label().equals("Reading")), g.entities().toString());
        assertTrue(entity(g, "Split").map(e -> e.type().isPlace()).orElse(false), g.entities().toString());
    }

    @Test
    void theContextOfAnUntypedNameTypesIt() {
        assertEquals(EntityType.ORGANIZATION, byContext("Analysts at Delling Harte expect a cut.", "Delling Harte"));
        assertEquals(EntityType.CITY, byContext("The envoys met in the resort of Kalvak.", "Kalvak"));
        assertEquals(EntityType.ORGANIZATION, byContext("The Kalvak news agency said so.", "Kalvak"));
        assertEquals(EntityType.PERSON, byContext("On Monday, Ostrander warned of a strike.", "Ostrander"));
        assertNull(byContext("Ostrander is a name.", "Ostrander"));
    }

    @Test
    void aShortRunOfProperNounsIsByDefaultAPersonsNameAndAPluralNoun() {
        AnnotatedArticle a = annotated("Yesterday Ilse Varga and Bankers Trust arrived.");
        NameTyping typing = new NameTyping(GAZETTEER);
        assertEquals(EntityType.PERSON, typing.byDefault(a, candidate(a, "Ilse Varga")));
        AnnotatedArticle bankers = annotated("Bankers said the rate would rise.");
        assertFalse(typing.couldNamePerson(bankers, candidate(bankers, "Bankers")));
    }

    private static EntityType byContext(String text, String name) {
        AnnotatedArticle a = annotated(text);
        return new NameTyping(GAZETTEER).byContext(a, candidate(a, name), Set.of());
    }

    /** The untyped candidate for the first tokens of the first sentence that spell {@code name}. */
    private static NameCandidate candidate(AnnotatedArticle a, String name) {
        Sentence s = a.sentence(0);
        for (int start = 0; start < s.size(); start++) {
            for (int stop = start + 1; stop <= s.size(); stop++) {
                if (s.text(start, stop).equals(name)) {
                    return NameCandidate.of(a, s, start, stop, null, Optional.empty());
                }
            }
        }
        throw new AssertionError(name + " not in " + s.text(0, s.size()));
    }
}
