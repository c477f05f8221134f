package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.Reading.GAZETTEER;
import static org.newsgraph.extract.Reading.annotated;
import static org.newsgraph.extract.Reading.entity;
import static org.newsgraph.extract.Reading.events;
import static org.newsgraph.extract.Reading.name;
import static org.newsgraph.extract.Reading.names;
import static org.newsgraph.extract.Reading.read;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.ArticleGraph;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventClass;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;

/** Which words make one name, and where a run of capitalised words splits into several (NameRuns, RunSplitter). */
class NameRunsTest {
    @Test
    void aQualifierBeforeATitleIsCutOffThePersonsName() {
        ArticleGraph g = read("Lima met Islamist Prime Minister Kemal Aydin and South African President Sipho Dube.");
        assertEquals(Set.of("Prime Minister"), entity(g, "Kemal Aydin").orElseThrow().titles());
        assertEquals(EntityType.PERSON, entity(g, "Sipho Dube").orElseThrow().type());
        assertTrue(entity(g, "Islamist Prime Minister Kemal Aydin").isEmpty());
    }

    @Test
    void aGivenNameTheTaggerTookForADeterminerStillBeginsAName() {
        List<Mention> mentions = names("Tomas Reyes met Tomas Reed and Ilse Harrow in Ossen.");
        assertEquals(EntityType.PERSON, name(mentions, "Ilse Harrow").orElseThrow().type());
    }

    @Test
    void aParticipleOpeningASentenceIsNoPartOfAName() {
        ArticleGraph g = read("Informed Ruritanian sources said the talks were over. Following Berg's visit, "
                + "Olav Berg left.");
        assertTrue(g.entities().stream().noneMatch(e -> e.label().startsWith("Informed")
                || e.label().startsWith("Following")), g.entities().toString());
    }

    @Test
    void aHyphenatedGivenNameWithALowerCaseSecondPartStaysWhole() {
        ArticleGraph g = read("Envoy Park Min-soo met Lee Jae- hun in Seoul.");
        assertEquals(EntityType.PERSON, entity(g, "Park Min-soo").orElseThrow().type());
        assertEquals(EntityType.PERSON, entity(g, "Lee Jae-hun").orElseThrow().type());
    }

    @Test
    void anAdjectiveOfTwoNationsIsNoName() {
        ArticleGraph g = read("The Sino-Brazilian talks and the Franco-German plan were discussed.");
        assertTrue(g.entities().stream().noneMatch(e -> e.label().contains("-")), g.entities().toString());
    }

    @Test
    void aBroadAdjectiveAloneIsNoName() {
        ArticleGraph g = read("Olav Berg began his Asian tour and met Islamist leaders.");
        assertTrue(entity(g, "Asian").isEmpty() && entity(g, "Islamist").isEmpty(), g.entities().toString());
    }

    @Test
    void newswireSignOffsGroupNounsAndSingleLettersAreNoNames() {
        ArticleGraph g = read("Traders said the Securities and Exchange Commission would rule. S and P said it "
                + "agreed.\n    NOTE: figures are estimates.\n REUTER\n");
        assertEquals(EntityType.ORGANIZATION, entity(g, "Securities and Exchange Commission").orElseThrow().type());
        assertTrue(g.entities().stream().noneMatch(e -> Set.of("Traders", "P", "S", "NOTE", "REUTER")
                .contains(e.label())), g.entities().toString());
        ArticleGraph note = read("ATTENTION - ADDS reaction from NATO, quotes ///\n\nOlav Berg met Ana Sousa in Oslo.");
        assertTrue(note.entities().stream().noneMatch(e -> e.label().equals("ADDS")), note.entities().toString());
        assertTrue(entity(note, "Olav Berg").isPresent(), note.entities().toString());
        ArticleGraph rates = read("The London Interbank Offered Rate rose. Interbank Offered Rate said nothing.");
        assertTrue(rates.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), rates.entities().toString());
    }

    @Test
    void tickerMarkupIsReadAsTextNotAsPartOfAName() {
        ArticleGraph g = read("<Tarn Motor Co Ltd> said it agreed to buy <Olsen Freight Inc>.");
        assertTrue(entity(g, "Tarn Motor Co Ltd").isPresent() && entity(g, "Olsen Freight Inc").isPresent(),
                g.entities().toString());
        assertTrue(g.entities().stream().noneMatch(e -> e.label().contains(">") || e.label().contains("<")),
                g.entities().toString());
    }

    @Test
    void aMonarchNamedByOneWordIsNamedWithTheTitle() {
        ArticleGraph g = read("Olav Berg held talks with King Tomislav in Oslo. Tomislav said the talks went well.");
        Entity king = entity(g, "King Tomislav").orElseThrow();
        assertEquals(EntityType.PERSON, king.type());
        assertEquals(Set.of("King"), king.titles());
        assertTrue(king.altLabels().contains("Tomislav"), king.toString());
    }

    @Test
    void anAdverbOpeningASentenceIsNoNameButAGivenNameTaggedSoIs() {
        ArticleGraph g = read("Esther Lindqvist, who swam for Sweden in the 1950s, dies at 91. Meanwhile Olav Berg "
                + "said the team would honour her.");
        assertEquals(EntityType.PERSON, entity(g, "Esther Lindqvist").orElseThrow().type());
        assertTrue(g.entities().stream().noneMatch(e -> e.label().startsWith("Meanwhile")), g.entities().toString());
        assertFalse(events(g, EventClass.DEATH).isEmpty());
    }

    @Test
    void hyphenatedNamesStayWhole() {
        ArticleGraph g = read("Coach Lena Ortiz replaced Park Jae-Sung with Kim Hyo-Rin. Her father Omar El-Sayed Omar said nothing.");
        assertEquals(EntityType.PERSON, entity(g, "Park Jae-Sung").orElseThrow().type());
        assertEquals(EntityType.PERSON, entity(g, "Kim Hyo-Rin").orElseThrow().type());
        assertEquals(EntityType.PERSON, entity(g, "Omar El-Sayed Omar").orElseThrow().type());
        assertTrue(entity(g, "Kim Hyo").isEmpty() && entity(g, "Omar El").isEmpty(), g.entities().toString());
    }

    @Test
    void aCapitalisedTheInsideASentenceBelongsToTheName() {
        ArticleGraph g = read("The mayor told The Harbour Courier that bands such as The Silver Owls would play. "
                + "Later the Harbour Courier printed the list.");
        Entity paper = g.entities().stream().filter(e -> e.altLabels().contains("The Harbour Courier")
                || e.label().equals("The Harbour Courier")).findFirst().orElseThrow();
        assertEquals(EntityType.ORGANIZATION, paper.type());
        assertEquals(1, g.entities().stream().filter(e -> e.label().contains("Harbour Courier")).count(),
                g.entities().toString());
        assertEquals(EntityType.ORGANIZATION, g.entities().stream()
                .filter(e -> e.label().contains("Silver Owls")).findFirst().orElseThrow().type());
    }

    @Test
    void nationalBodiesAndInstitutionsWithAnd() {
        ArticleGraph g = read("Health Canada said the Lund Air and Space Museum would reopen. Sweden and Norway agreed.");
        assertEquals(EntityType.ORGANIZATION, entity(g, "Health Canada").orElseThrow().type());
        assertTrue(entity(g, "Lund Air and Space Museum").isPresent(), g.entities().toString());
        assertTrue(entity(g, "Sweden").isPresent() && entity(g, "Norway").isPresent(), g.entities().toString());
    }

    @Test
    void inAListOfTitledPeopleEachTitleGoesToTheNameItPrecedes() {
        ArticleGraph g = read("She will meet Finance Minister Ana Lind, Trade Secretary Omar Berg, Chief of Staff "
                + "Lena Berg and many others.");
        assertEquals(Set.of("Finance Minister"), entity(g, "Ana Lind").orElseThrow().titles());
        assertEquals(Set.of("Trade Secretary"), entity(g, "Omar Berg").orElseThrow().titles());
        assertEquals(Set.of("Chief of Staff"), entity(g, "Lena Berg").orElseThrow().titles());
    }

    @Test
    void aSurnameParticleStaysWithTheName() {
        ArticleGraph g = read("Union leader Joris van Dam said the strike would go on. \"We have waited,\" van Dam "
                + "told a crowd.");
        Entity person = entity(g, "Joris van Dam").orElseThrow();
        assertTrue(person.altLabels().contains("van Dam"), person.toString());
        assertTrue(entity(g, "Dam").isEmpty() && entity(g, "Joris").isEmpty(), g.entities().toString());
    }

    @Test
    void anInitialDoesNotEndTheSentence() {
        ArticleGraph g = read("The group was founded by the writer L. Ron Sutter in 1954. It grew fast.");
        assertEquals(EntityType.PERSON, entity(g, "L. Ron Sutter").orElseThrow().type());
    }

    @Test
    void aPossessiveBeforeACorporateSuffixStaysInTheCompanysName() {
        ArticleGraph g = read("Hallam and Voss's Corp said it upgraded the bonds. Tully's Inc said sales rose.");
        assertEquals(EntityType.ORGANIZATION, entity(g, "Hallam and Voss's Corp").orElseThrow(
                () -> new AssertionError(g.entities().toString())).type());
        assertEquals(EntityType.ORGANIZATION, entity(g, "Tully's Inc").orElseThrow(
                () -> new AssertionError(g.entities().toString())).type());
        assertTrue(entity(g, "Corp").isEmpty() && entity(g, "Inc").isEmpty(), g.entities().toString());
        ArticleGraph parenthesised = read("Tarn Motor Co Ltd <TRN.T> is issuing a\n35 billion yen eurobond due "
                + "March 25 1992 paying 5-1/8 pct and\npriced at 103-3/8, Hallam Securities Co (Europe) Ltd said.\n"
                + "    The issue is available.");
        assertTrue(entity(parenthesised, "Ltd").isEmpty(), parenthesised.entities().toString());
        assertEquals(EntityType.ORGANIZATION, entity(parenthesised, "Tarn Motor Co Ltd").orElseThrow(
                () -> new AssertionError(parenthesised.entities().toString())).type());
        ArticleGraph people = read("Olav Berg's and Anna Lind's advisers met in Oslo on Monday.");
        assertEquals(EntityType.PERSON, entity(people, "Olav Berg").orElseThrow(
                () -> new AssertionError(people.entities().toString())).type());
        assertEquals(EntityType.PERSON, entity(people, "Anna Lind").orElseThrow().type());
        assertEquals(EntityType.PERSON, entity(read("Prices were set by Olav Berg and"), "Olav Berg")
                .orElseThrow().type(), "a sentence that ends on \"and\" after a name");
    }

    @Test
    void aDemonymBeforeAKnownOrganisationNamesANationalBranch() {
        ArticleGraph g = read("The British Red Cross sent volunteers to the coast.");
        assertEquals(EntityType.ORGANIZATION, entity(g, "British Red Cross").orElseThrow().type());
    }

    @Test
    void aChiefOfTheGeneralStaffIsTitledSoAndNamedWithoutIt() {
        ArticleGraph g = read("Olav Berg will meet Chief of the General Staff Tomas Reyes in Lisbon.");
        assertEquals(Set.of("Chief of the General Staff"), entity(g, "Tomas Reyes").orElseThrow().titles());
    }

    @Test
    void aTitleUsedAloneAndAPersonalPronounMayStandForAPerson() {
        AnnotatedArticle a = annotated("The foreign minister said he would come.");
        List<NameCandidate> found = new NameRuns(GAZETTEER).in(a, a.sentence(0), Set.of());
        assertTrue(found.stream().anyMatch(c -> c.pronoun() && c.name().equals("foreign minister")), found.toString());
        assertTrue(found.stream().anyMatch(c -> c.pronoun() && c.name().equals("he")), found.toString());
        assertTrue(found.stream().noneMatch(c -> c.name().equals("The")), found.toString());
    }

    @Test
    void aRunSplitsAtATitleAfterAnOrganisationsHeadAndDropsAQualifiedTitle() {
        AnnotatedArticle a = annotated("Islamist Prime Minister Kemal Aydin and Superior Court Judge Tomas Reyes met.");
        Sentence s = a.sentence(0);
        RunSplitter splitter = new RunSplitter(GAZETTEER);
        assertEquals(List.of("Kemal Aydin/PERSON"), labels(splitter.split(a, s, 0, 5)));
        assertEquals(List.of("Superior Court/ORGANIZATION", "Tomas Reyes/PERSON"), labels(splitter.split(a, s, 6, 11)));
    }

    @Test
    void aKnownNameAtTheFrontOfARunStandsOnItsOwn() {
        AnnotatedArticle a = annotated("United States Ana Vilar arrived.");
        List<NameCandidate> split = new RunSplitter(GAZETTEER).split(a, a.sentence(0), 0, 4);
        assertEquals(List.of("United States/COUNTRY", "Ana Vilar/PERSON"), labels(split));
    }

    private static List<String> labels(List<NameCandidate> candidates) {
        return candidates.stream().map(c -> c.name() + "/" + c.type()).toList();
    }

    @Test
    void aDistrictThatRunsAServiceIsABodyAndAnyOtherDistrictAPlace() {
        List<Mention> found = names("The Kalvak Unified School District closed schools in the Tarvos District.");
        assertEquals(EntityType.ORGANIZATION, name(found, "Kalvak Unified School District").orElseThrow().type(),
                found.toString());
        assertTrue(name(found, "Tarvos District").orElseThrow().type().isPlace(), found.toString());
    }
}
