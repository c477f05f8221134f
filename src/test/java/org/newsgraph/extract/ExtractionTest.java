package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleGraph;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKey;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventClass;
import org.newsgraph.model.Status;
import org.newsgraph.model.TimeValue;
import org.newsgraph.pipeline.Pipeline;

/** The extractors on short articles of our own: what they find, and what they must not. */
class ExtractionTest {
    private static final Pipeline PIPELINE = Pipeline.english();

    private static ArticleGraph read(String text) {
        return PIPELINE.process(Article.of("t", text).withDate(LocalDate.of(2024, 6, 10)));
    }

    private static EntityKey person(String name) {
        return new EntityKey(EntityType.PERSON, name);
    }

    private static Optional<Entity> entity(ArticleGraph g, String label) {
        return g.entities().stream().filter(e -> e.label().equals(label)).findFirst();
    }

    private static Event eventAt(ArticleGraph g, String anchor) {
        return g.events().stream().filter(e -> e.evidence().stream().anyMatch(x -> x.anchor().equals(anchor)))
                .findFirst().orElseThrow(() -> new AssertionError("no event at \"" + anchor + "\": " + g.events()));
    }

    private static List<Event> events(ArticleGraph g, EventClass type) {
        return g.events().stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void gazetteerNamesTakeTheirCanonicalNameAndType() {
        ArticleGraph g = read("Officials from the U.S. and Germany met in Berlin.");
        assertEquals(EntityType.COUNTRY, entity(g, "United States").orElseThrow().type());
        assertTrue(entity(g, "United States").orElseThrow().altLabels().contains("U.S."));
        assertEquals(EntityType.CITY, entity(g, "Berlin").orElseThrow().type());
        assertEquals(Optional.of(new EntityKey(EntityType.COUNTRY, "Germany")),
                entity(g, "Berlin").orElseThrow().locatedIn());
    }

    @Test
    void aSurnameJoinsTheFullNameAndATitleIsCutOffTheName() {
        ArticleGraph g = read("German Chancellor Markus Lehmann arrived on Monday. Lehmann said the talks went well.");
        Entity lehmann = entity(g, "Markus Lehmann").orElseThrow();
        assertEquals(EntityType.PERSON, lehmann.type());
        assertTrue(lehmann.altLabels().contains("Lehmann"));
        assertEquals(Set.of("Chancellor"), lehmann.titles());
        assertEquals(Set.of(new EntityKey(EntityType.COUNTRY, "Germany")), lehmann.affiliations());
        assertTrue(entity(g, "German Chancellor Markus Lehmann").isEmpty());
    }

    @Test
    void anAppositionGivesTitleAndOrganisation() {
        ArticleGraph g = read("Maria Okafor, the head of Nigeria's Sovereign Investment Authority, proposed a new fund.");
        Entity okafor = entity(g, "Maria Okafor").orElseThrow();
        assertEquals(Set.of("head"), okafor.titles());
        EntityKey authority = okafor.affiliations().iterator().next();
        assertEquals(EntityType.ORGANIZATION, authority.type());
        assertEquals("Nigerian Sovereign Investment Authority", authority.name());
        assertTrue(entity(g, "Nigerian Sovereign Investment Authority").orElseThrow().altLabels()
                .contains("Nigeria's Sovereign Investment Authority"));
        assertEquals(List.of(person("Maria Okafor")), events(g, EventClass.PROPOSAL).get(0).agents());
    }

    @Test
    void aDemonymGivesAnAffiliationWithoutBecomingAnEntity() {
        ArticleGraph g = read("The Kenyan delegation arrived late, and Ugandan leaders left early.");
        assertTrue(g.entities().stream().noneMatch(e -> e.label().equals("Kenyan") || e.label().equals("Ugandan")));
    }

    @Test
    void coordinatedParticipantsAllMeetAtThePlace() {
        ArticleGraph g = read("Foreign Minister Ana Lima met Olav Berg and Petra Novak in Oslo for two hours.");
        Event meeting = events(g, EventClass.MEETING).get(0);
        assertEquals(Set.of(person("Ana Lima"), person("Olav Berg"), person("Petra Novak")),
                Set.copyOf(meeting.allParticipants()));
        assertEquals(Optional.of(new EntityKey(EntityType.CITY, "Oslo")), meeting.place());
        assertEquals(Optional.of("PT2H"), meeting.duration());
    }

    @Test
    void laterReferencesToTheTalksJoinTheFirstMeeting() {
        ArticleGraph g = read("In Geneva, delegates held talks for three hours. "
                + "The talks, led by Ana Lima and Olav Berg, ended without a deal.");
        List<Event> meetings = events(g, EventClass.MEETING);
        assertEquals(1, meetings.size(), meetings.toString());
        assertEquals(Set.of(person("Ana Lima"), person("Olav Berg")), Set.copyOf(meetings.get(0).allParticipants()));
        assertEquals("Geneva", meetings.get(0).place().orElseThrow().name());
        assertEquals(Optional.of("PT3H"), meetings.get(0).duration());
    }

    @Test
    void aNominalisationTakesAgentFromThePossessiveAndTargetFromTheOfPhrase() {
        ArticleGraph g = read("Relations froze after Russia's annexation of Crimea in 2014.");
        Event annexation = events(g, EventClass.ANNEXATION).get(0);
        assertEquals(List.of(new EntityKey(EntityType.COUNTRY, "Russia")), annexation.agents());
        assertEquals(List.of(new EntityKey(EntityType.REGION, "Crimea")), annexation.targets());
        assertEquals(Optional.of(TimeValue.ofYear(2014)), annexation.date());
    }

    @Test
    void aCancelledPlannedVisitIsCancelledAndGivesNoVisitedRelation() {
        ArticleGraph g = read("Ana Lima cancelled her planned visit to Japan.");
        Event visit = events(g, EventClass.VISIT).get(0);
        assertEquals(Status.CANCELLED, visit.status());
        assertEquals(Optional.of(new EntityKey(EntityType.COUNTRY, "Japan")), visit.place());
    }

    @Test
    void aNegatedMeetingIsNegated() {
        ArticleGraph g = read("Ana Lima did not meet Olav Berg.");
        assertEquals(Status.NEGATED, events(g, EventClass.MEETING).get(0).status());
    }

    @Test
    void aFutureMeetingIsPlanned() {
        ArticleGraph g = read("Ana Lima will meet Olav Berg in Oslo.");
        assertEquals(Status.PLANNED, events(g, EventClass.MEETING).get(0).status());
    }

    @Test
    void aQuoteBeforeItsSpeakerIsAttributedAndLosesItsMarks() {
        ArticleGraph g = read("Ana Lima arrived in Oslo.\n\"We made real progress today,\" Lima told reporters.");
        Event statement = events(g, EventClass.STATEMENT).stream().filter(e -> e.quote().isPresent()).findFirst()
                .orElseThrow();
        assertEquals(List.of(person("Ana Lima")), statement.agents());
        assertEquals(Optional.of("We made real progress today"), statement.quote());
    }

    @Test
    void aQuoteAfterAPronounSpeakerGoesToThePersonTheTextIsAbout() {
        ArticleGraph g = read("Olav Berg was angry. At a rally, he said, \"This deal is dead.\"");
        Event statement = events(g, EventClass.STATEMENT).stream().filter(e -> e.quote().isPresent()).findFirst()
                .orElseThrow();
        assertEquals(List.of(person("Olav Berg")), statement.agents());
    }

    @Test
    void aTitleUsedAloneStandsForThePersonWhoHoldsIt() {
        ArticleGraph g = read("Brazilian Foreign Minister Ana Lima met Olav Berg in Oslo. "
                + "Later the Brazilian foreign minister said the talks had gone well.");
        Event statement = events(g, EventClass.STATEMENT).get(0);
        assertEquals(List.of(person("Ana Lima")), statement.agents());
    }

    @Test
    void aTitleThatTwoPeopleHoldIsLeftUnresolved() {
        ArticleGraph g = read("Foreign Minister Ana Lima met Foreign Minister Olav Berg in Oslo. "
                + "The foreign minister said the talks had gone well.");
        assertTrue(events(g, EventClass.STATEMENT).isEmpty(), events(g, EventClass.STATEMENT).toString());
    }

    @Test
    void accordingToGivesTheSourceOfAStatement() {
        ArticleGraph g = read("According to Olav Berg, the talks will resume in May.");
        assertEquals(List.of(person("Olav Berg")), events(g, EventClass.STATEMENT).get(0).agents());
    }

    @Test
    void aQuoteRunningOverParagraphsIsOneStatement() {
        ArticleGraph g = read("Olav Berg spoke after the vote.\n\u201CWe lost today.\n"
                + "\u201CBut we will be back,\u201D Berg said.");
        List<Event> quoted = events(g, EventClass.STATEMENT).stream().filter(e -> e.quote().isPresent()).toList();
        assertEquals(1, quoted.size(), quoted.toString());
        assertEquals(Optional.of("We lost today. But we will be back"), quoted.get(0).quote());
        assertEquals(List.of(person("Olav Berg")), quoted.get(0).agents());
    }

    private static List<String> quotesOf(ArticleGraph g, String speaker) {
        return events(g, EventClass.STATEMENT).stream()
                .filter(e -> e.quote().isPresent() && e.agents().contains(person(speaker)))
                .map(e -> e.quote().get()).toList();
    }

    @Test
    void wireQuotesWithBackticksAreAttributedToTheSpeakerAfterThem() {
        ArticleGraph g = read("``The inspections will go on,'' said spokesman Tomas Reyes.");
        assertEquals(List.of("The inspections will go on"), quotesOf(g, "Tomas Reyes"));
    }

    @Test
    void aPronounSpeakerIsTheLastSpeakerNotSomeoneNamedInsideTheQuote() {
        ArticleGraph g = read("Minister Olav Berg met Governor Ana Lima on Monday, envoy Pedro Alves announced.\n\n"
                + "\"I am glad that Mr. Berg and Mrs. Lima have agreed to talk,\" he said.");
        assertEquals(List.of("I am glad that Mr. Berg and Mrs. Lima have agreed to talk"), quotesOf(g, "Pedro Alves"));
        assertTrue(quotesOf(g, "Olav Berg").isEmpty(), events(g, EventClass.STATEMENT).toString());
    }

    @Test
    void aQuoteWithoutItsOwnSpeakerGoesOnWithTheStatementBeforeIt() {
        ArticleGraph g = read("Olav Berg said the border question was raised. \"We certainly raised it.\"\n\n"
                + "\"And we will raise it again.\"\n\nThe talks ended at noon.");
        assertEquals(List.of("We certainly raised it.", "And we will raise it again."), quotesOf(g, "Olav Berg"));
    }

    @Test
    void theOneQuotedAsSayingSpeaksNotTheAgency() {
        ArticleGraph g = read("\"We want calm,\" Olav Berg was quoted by the state news agency as saying.");
        assertEquals(List.of("We want calm"), quotesOf(g, "Olav Berg"));
    }

    @Test
    void aSpeakerOfTwoCoordinatedVerbsSaysTheQuoteAfterTheColon() {
        ArticleGraph g = read("Olav Berg recalled the 1990 treaty and said: \"We will defend it.\"");
        assertEquals(List.of("We will defend it."), quotesOf(g, "Olav Berg"));
    }

    @Test
    void statementsAndEventsTakeTheDateOfTheirOwnClauseOnly() {
        // the article is dated Monday 2024-06-10
        ArticleGraph g = read("Olav Berg will meet Ana Lima on Friday in Oslo, envoy Pedro Alves announced. "
                + "Alves said Sunday that the two had spoken by phone last Thursday.");
        Event meeting = events(g, EventClass.MEETING).get(0);
        assertEquals(Optional.of(TimeValue.of(LocalDate.of(2024, 6, 14))), meeting.date());
        Event announcement = events(g, EventClass.ANNOUNCEMENT).get(0);
        assertEquals(Optional.empty(), announcement.date());
        Event statement = events(g, EventClass.STATEMENT).stream()
                .filter(e -> e.agents().contains(person("Pedro Alves"))).findFirst().orElseThrow();
        assertEquals(Optional.of(TimeValue.of(LocalDate.of(2024, 6, 9))), statement.date());
    }

    @Test
    void aQualifierBeforeATitleIsCutOffThePersonsName() {
        ArticleGraph g = read("Lima met Islamist Prime Minister Kemal Aydin and South African President Sipho Dube.");
        assertEquals(Set.of("Prime Minister"), entity(g, "Kemal Aydin").orElseThrow().titles());
        assertEquals(EntityType.PERSON, entity(g, "Sipho Dube").orElseThrow().type());
        assertTrue(entity(g, "Islamist Prime Minister Kemal Aydin").isEmpty());
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
    void verbsOfMotionWithTheirDestinationAreVisits() {
        ArticleGraph g = read("Olav Berg arrived in Lisbon on Monday. Ana Lima headed for Madrid for talks with "
                + "Pedro Alves.");
        Event arrival = eventAt(g, "arrived");
        assertEquals(EventClass.VISIT, arrival.type());
        assertEquals(List.of(person("Olav Berg")), arrival.agents());
        assertEquals(Optional.of(TimeValue.of(LocalDate.of(2024, 6, 10))), arrival.date());
        Event trip = eventAt(g, "headed");
        assertEquals(EventClass.VISIT, trip.type());
        assertEquals(Status.PLANNED, trip.status());
        Event talks = eventAt(g, "talks");
        assertEquals(Status.PLANNED, talks.status());
    }

    @Test
    void aNounTriggerTakesTheStatusOfItsPredicateOrOfTheVerbThatGovernsIt() {
        ArticleGraph g = read("The summit between Olav Berg and Ana Lima will take place in Oslo. "
                + "Pedro Alves refused talks with Berg. Lima agreed to talks with Alves.");
        assertEquals(Status.PLANNED, eventAt(g, "summit").status());
        assertTrue(g.events().stream().anyMatch(e -> e.status() == Status.NEGATED
                && e.participants().contains(person("Pedro Alves"))), g.events().toString());
        assertTrue(g.events().stream().anyMatch(e -> e.status() == Status.PLANNED
                && e.participants().contains(person("Ana Lima")) && e.type() == EventClass.MEETING),
                g.events().toString());
    }

    @Test
    void aVisitingOfficialIsTheVisitor() {
        ArticleGraph g = read("Ana Lima met visiting Ruritanian Vice Premier Olav Berg in Lisbon.");
        assertTrue(events(g, EventClass.VISIT).stream().anyMatch(e -> e.agents().contains(person("Olav Berg"))),
                g.events().toString());
    }

    private static EntityKey country(String name) {
        return new EntityKey(EntityType.COUNTRY, name);
    }

    @Test
    void affiliationsFromCounterpartsMultiWordDemonymsQualifiersAndOfACountry() {
        ArticleGraph g = read("Foreign Minister Olav Berg met his Peruvian counterpart, Ana Lima, and North Korean "
                + "envoy Pedro Alves. Later Berg met Chile's hardline Prime Minister Tomas Reyes and Jean Diallo "
                + "of Senegal.");
        assertEquals(Set.of(country("Peru")), entity(g, "Ana Lima").orElseThrow().affiliations());
        assertEquals(Set.of(country("North Korea")), entity(g, "Pedro Alves").orElseThrow().affiliations());
        assertEquals(Set.of(country("Chile")), entity(g, "Tomas Reyes").orElseThrow().affiliations());
        assertEquals(Set.of(country("Senegal")), entity(g, "Jean Diallo").orElseThrow().affiliations());
    }

    @Test
    void aHyphenatedTitleIsWholeAndAnHonorificIsNoPartOfTheTitle() {
        ArticleGraph g = read("Berg met U.N. Secretary-General Ana Lima and the supreme leader Ayatollah Reza Karimi.");
        assertEquals(Set.of("Secretary-General"), entity(g, "Ana Lima").orElseThrow().titles());
        assertEquals(Set.of("supreme leader"), entity(g, "Reza Karimi").orElseThrow().titles());
    }

    @Test
    void aModifierJoinedToItsEventGivesTheDuration() {
        ArticleGraph g = read("Ana Lima made a four-day visit to Lisbon. She held 30-minute-long talks with Olav Berg.");
        assertEquals(Optional.of("P4D"), eventAt(g, "visit").duration());
        assertEquals(Optional.of("PT30M"), eventAt(g, "talks").duration());
    }

    @Test
    void aDatelinesPlaceIsAPlaceAndWhatHereMeans() {
        ArticleGraph g = read("SANTAREM, Portugal (AP) _ Foreign Minister Olav Berg arrived here on Monday.");
        Entity santarem = entity(g, "Santarem").orElseThrow();
        assertEquals(EntityType.CITY, santarem.type());
        assertEquals(Optional.of(country("Portugal")), santarem.locatedIn());
        Event visit = eventAt(g, "arrived");
        assertEquals(Optional.of(new EntityKey(EntityType.CITY, "Santarem")), visit.place());
        assertTrue(entity(g, "SANTAREM").isEmpty());
    }

    @Test
    void aWireDatelineWithRegionAndDateIsRead() {
        ArticleGraph g = read("ZHANJIANG, GUANGDONG PROVINCE, Nov. 15 (Xinhua) -- Envoys met here on Friday.");
        assertEquals(EntityType.CITY, entity(g, "Zhanjiang").orElseThrow().type());
        assertEquals(EntityType.REGION, entity(g, "Guangdong Province").orElseThrow().type());
        assertTrue(g.entities().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION
                && e.label().toUpperCase().equals(e.label()) && !e.label().equals("Xinhua")), g.entities().toString());
    }

    @Test
    void aCallReceivedFromSomeoneIsAPhoneCallBetweenBoth() {
        ArticleGraph g = read("Before leaving for the port of Tarvos, Olav Berg received an \"urgent\" telephone call "
                + "from Foreign Minister Ana Lima, state radio said.");
        Event call = events(g, EventClass.PHONE_CALL).get(0);
        assertTrue(call.participants().containsAll(List.of(person("Olav Berg"), person("Ana Lima"))), call.toString());
        assertEquals(EntityType.CITY, entity(g, "Tarvos").orElseThrow().type());
        assertTrue(events(g, EventClass.VISIT).stream().anyMatch(e -> e.agents().contains(person("Olav Berg"))),
                g.events().toString());
        assertTrue(events(g, EventClass.STATEMENT).stream().noneMatch(e -> e.agents().contains(person("Ana Lima"))),
                "the radio speaks, not the minister: " + events(g, EventClass.STATEMENT));
    }

    @Test
    void theTitleOfASecondCoordinatedPersonDoesNotBreakTheSubject() {
        ArticleGraph g = read("President Olav Berg and Premier Ana Lima are to meet with Pedro Alves.");
        Event meeting = events(g, EventClass.MEETING).get(0);
        assertTrue(meeting.participants().containsAll(List.of(person("Olav Berg"), person("Ana Lima"),
                person("Pedro Alves"))), meeting.toString());
        assertEquals(Status.PLANNED, meeting.status());
    }

    @Test
    void aBroadAdjectiveAloneIsNoName() {
        ArticleGraph g = read("Olav Berg began his Asian tour and met Islamist leaders.");
        assertTrue(entity(g, "Asian").isEmpty() && entity(g, "Islamist").isEmpty(), g.entities().toString());
    }

    @Test
    void citiesFromGeoNamesArePlacesButDoNotSplitAPersonsName() {
        ArticleGraph g = read("Nelson Okoro met the envoys in Lubumbashi. Gela Tsereteli said he was pleased.");
        Entity city = entity(g, "Lubumbashi").orElseThrow();
        assertEquals(EntityType.CITY, city.type());
        assertEquals(Optional.of(country("Democratic Republic of the Congo")), city.locatedIn());
        assertEquals(EntityType.PERSON, entity(g, "Nelson Okoro").orElseThrow().type());
        assertEquals(EntityType.PERSON, entity(g, "Gela Tsereteli").orElseThrow().type());
        assertTrue(entity(g, "Nelson").isEmpty() && entity(g, "Gela").isEmpty(), g.entities().toString());
    }

    @Test
    void aCityNamedLikeAnEnglishWordIsAPlaceOnlyInContext() {
        ArticleGraph g = read("Olav Berg said a split was coming. Reading the report, he left for talks in Split.");
        assertTrue(g.entities().stream().noneMatch(e -> e.label().equals("Reading")), g.entities().toString());
        assertTrue(entity(g, "Split").map(e -> e.type().isPlace()).orElse(false), g.entities().toString());
    }

    @Test
    void newswireSignOffsGroupNounsAndSingleLettersAreNoNames() {
        ArticleGraph g = read("Traders said the Securities and Exchange Commission would rule. S and P said it "
                + "agreed.\n    NOTE: figures are estimates.\n REUTER\n");
        assertEquals(EntityType.ORGANIZATION, entity(g, "Securities and Exchange Commission").orElseThrow().type());
        assertTrue(g.entities().stream().noneMatch(e -> Set.of("Traders", "P", "S", "NOTE", "REUTER")
                .contains(e.label())), g.entities().toString());
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
    void aPossessivePronounBeforeACounterpartLeadsToTheCounterpart() {
        ArticleGraph g = read("Foreign Minister Olav Berg met with his Peruvian counterpart, Ana Lima, in Oslo.");
        Event meeting = events(g, EventClass.MEETING).get(0);
        assertTrue(meeting.participants().containsAll(List.of(person("Olav Berg"), person("Ana Lima"))),
                meeting.toString());
    }

    @Test
    void aGerundAfterAWordOfTimeIsTheEventOfTheMainClausesSubject() {
        ArticleGraph g = read("Olav Berg said so when meeting with Prime Minister Ana Lima.");
        Event meeting = events(g, EventClass.MEETING).get(0);
        assertTrue(meeting.participants().containsAll(List.of(person("Olav Berg"), person("Ana Lima"))),
                meeting.toString());
    }

    @Test
    void anEventIncludedInAPlannedOneIsPlannedToo() {
        ArticleGraph g = read("Olav Berg arrived on Tuesday for talks with Ruritanian leaders, including a meeting "
                + "with Prime Minister Ana Lima.");
        assertEquals(Status.PLANNED, eventAt(g, "talks").status());
        assertEquals(Status.PLANNED, eventAt(g, "meeting").status());
    }

    @Test
    void aHeadlinesVerbOfMotionBeforeForTalksMakesThemPlanned() {
        ArticleGraph g = read("Berg heads for talks with Lima\n\nOlav Berg left Oslo on Monday.");
        assertEquals(Status.PLANNED, eventAt(g, "talks").status());
    }

    @Test
    void aDemonymBeforeAnEventNounIsItsActor() {
        ArticleGraph g = read("Olav Berg said Ruritanian officials rejected the new Peruvian sanctions against Chile.");
        Event sanction = events(g, EventClass.SANCTION).get(0);
        assertEquals(List.of(country("Peru")), sanction.agents());
        assertEquals(List.of(country("Chile")), sanction.targets());
        assertTrue(entity(g, "Peru").isPresent(), g.entities().toString());
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
    void aVerbsPlaceMayStandPastItsObjectsAndANounOfPlace() {
        ArticleGraph g = read("Olav Berg and Ana Lima met on the sidelines of a trade summit in the Portuguese "
                + "capital Lisbon on Monday.");
        assertEquals(Optional.of(new EntityKey(EntityType.CITY, "Lisbon")), eventAt(g, "met").place());
    }

    @Test
    void theSpeakerDuringAVisitIsTheVisitor() {
        ArticleGraph g = read("In May, Foreign Minister Olav Berg said during a visit to Lisbon that ties were good.");
        Event visit = eventAt(g, "visit");
        assertEquals(List.of(person("Olav Berg")), visit.agents());
        assertEquals(Optional.of(new EntityKey(EntityType.CITY, "Lisbon")), visit.place());
    }

    @Test
    void aPlannedEventOnTheArticlesWeekdayIsThatDayAndADepartureInThePastLooksBack() {
        // the article is dated Monday 2024-06-10
        ArticleGraph g = read("Olav Berg will meet Ana Lima on Monday. Pedro Alves headed for Lisbon on Friday.");
        assertEquals(Optional.of(TimeValue.of(LocalDate.of(2024, 6, 10))), eventAt(g, "meet").date());
        assertEquals(Optional.of(TimeValue.of(LocalDate.of(2024, 6, 7))), eventAt(g, "headed").date());
    }

    @Test
    void aNounTriggerDoesNotTakeTheDateOfTheClauseAfterIt() {
        ArticleGraph g = read("After Berg's one-day visit to Lisbon, Ana Lima will take part in a meeting on Tuesday.");
        assertEquals(Optional.empty(), eventAt(g, "visit").date());
    }

    @Test
    void pactsDealsAndBeingInAgreementAreAgreementsOfTheirParties() {
        ArticleGraph g = read("Peru and Chile are in agreement that the border stays open. Peru signed a trade pact "
                + "with Bolivia. A great deal of work remains.");
        assertTrue(events(g, EventClass.AGREEMENT).stream().anyMatch(e -> e.participants()
                .containsAll(List.of(country("Peru"), country("Chile")))), g.events().toString());
        assertTrue(g.events().stream().anyMatch(e -> e.evidence().stream().anyMatch(x -> x.anchor().equals("pact"))),
                g.events().toString());
        assertTrue(g.events().stream().noneMatch(e -> e.evidence().stream().anyMatch(x -> x.anchor().equals("deal"))),
                g.events().toString());
    }

    @Test
    void aNameBeforeAPostAndItsHolderIsTheOrganisationWhereverItSpeaks() {
        ArticleGraph g = read("Tarvo Lindqvist economist Jane Doe said rates would rise. Tarvo Lindqvist said it "
                + "expected more.");
        assertEquals(EntityType.ORGANIZATION, entity(g, "Tarvo Lindqvist").orElseThrow().type());
        assertEquals(EntityType.PERSON, entity(g, "Jane Doe").orElseThrow().type());
    }

    @Test
    void anEventInAClauseOfTheSameTimeHasTheDateOfTheClauseItHangsOn() {
        // the article is dated Monday 2024-06-10
        ArticleGraph g = read("Olav Berg walked a fine line on Friday as he met Ana Lima in Oslo.");
        assertEquals(Optional.of(TimeValue.of(LocalDate.of(2024, 6, 7))), eventAt(g, "met").date());
    }

    @Test
    void aChiefOfTheGeneralStaffIsTitledSoAndNamedWithoutIt() {
        ArticleGraph g = read("Olav Berg will meet Chief of the General Staff Tomas Reyes in Lisbon.");
        assertEquals(Set.of("Chief of the General Staff"), entity(g, "Tomas Reyes").orElseThrow().titles());
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
    void talksAfterATripWithItsDateArePlanned() {
        ArticleGraph g = read("Ana Lima headed for Madrid on Wednesday for talks with Pedro Alves.");
        assertEquals(Status.PLANNED, eventAt(g, "talks").status());
        assertTrue(eventAt(g, "talks").participants().contains(person("Ana Lima")), g.events().toString());
    }

    @Test
    void aGeoNamesCityIsThePersonItsContextMakesIt() {
        ArticleGraph hamilton = read("Hamilton said the plan would work.");
        assertEquals(EntityType.PERSON, entity(hamilton, "Hamilton").orElseThrow().type());
        ArticleGraph city = read("Olav Berg held talks in Hamilton on Monday.");
        assertEquals(EntityType.CITY, entity(city, "Hamilton").orElseThrow().type());
    }

    @Test
    void aMeetingHasItsTopic() {
        ArticleGraph g = read("Ana Lima held talks on steel tariffs and farm quotas with Olav Berg.");
        Event meeting = events(g, EventClass.MEETING).get(0);
        assertEquals(Optional.of("steel tariffs and farm quotas"), meeting.topic());
        assertEquals(Set.of(person("Ana Lima"), person("Olav Berg")), Set.copyOf(meeting.allParticipants()));
    }

    @Test
    void lifeEventsTakePeopleAsTargets() {
        ArticleGraph g = read("Police arrested Olav Berg in Oslo on Friday. Gunmen killed Petra Novak in Lisbon.");
        Event arrest = events(g, EventClass.ARREST).get(0);
        assertEquals(List.of(person("Olav Berg")), arrest.targets());
        assertEquals("Oslo", arrest.place().orElseThrow().name());
        assertEquals(List.of(person("Petra Novak")), events(g, EventClass.DEATH).get(0).targets());
    }

    @Test
    void conflictEventsHaveAgentAndTarget() {
        ArticleGraph g = read("Iraq invaded Kuwait in August 1990.");
        Event invasion = events(g, EventClass.INVASION).get(0);
        assertEquals(List.of(new EntityKey(EntityType.COUNTRY, "Iraq")), invasion.agents());
        assertEquals(List.of(new EntityKey(EntityType.COUNTRY, "Kuwait")), invasion.targets());
        assertEquals(Optional.of(TimeValue.ofMonth(1990, 8)), invasion.date());
    }

    @Test
    void cooperationEventsAcrossAgreementAndSanction() {
        ArticleGraph g = read("Japan signed an agreement with Canada. The European Union imposed sanctions on Iran.");
        assertEquals(Set.of(new EntityKey(EntityType.COUNTRY, "Japan"), new EntityKey(EntityType.COUNTRY, "Canada")),
                Set.copyOf(events(g, EventClass.AGREEMENT).get(0).allParticipants()));
        Event sanction = events(g, EventClass.SANCTION).get(0);
        assertEquals(List.of(new EntityKey(EntityType.ORGANIZATION, "European Union")), sanction.agents());
        assertEquals(List.of(new EntityKey(EntityType.COUNTRY, "Iran")), sanction.targets());
    }

    @Test
    void aNameInQuotationMarksOrAllCapitalsIsNotTakenForAPerson() {
        ArticleGraph g = read("The \"Silver Lake\" actress arrived at 9 AM PDT with her lawyer.");
        assertTrue(g.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), g.entities().toString());
    }

    @Test
    void anAcronymInBracketsNamesTheEntityBeforeIt() {
        ArticleGraph g = read("Crowds gathered at the Kennedy Space Center (KSC) in Florida. Later KSC closed its gates.");
        Entity center = entity(g, "Kennedy Space Center").orElseThrow();
        assertTrue(center.altLabels().contains("KSC"));
        assertTrue(entity(g, "KSC").isEmpty());
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
    void aCommonNounBeforeANameSaysWhatItNames() {
        ArticleGraph g = read("The report came from the company Brightwell Analytics. Goalkeeper rival Tomas Vrba "
                + "praised defender Keoni Makana, and the journal Ocean Frontiers published it.");
        assertEquals(EntityType.ORGANIZATION, entity(g, "Brightwell Analytics").orElseThrow().type());
        assertEquals(EntityType.PERSON, entity(g, "Keoni Makana").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, entity(g, "Ocean Frontiers").orElseThrow().type());
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
    void countriesThatPlayAMatchAreTeams() {
        ArticleGraph g = read("Norway beat Chile 2 – 1 in the group match on Sunday. Chile's coach said Norway deserved it.");
        Entity norway = g.entities().stream().filter(e -> e.label().equals("Norway")).findFirst().orElseThrow();
        assertEquals(EntityType.ORGANIZATION, norway.type());
        assertTrue(g.entities().stream().noneMatch(e -> e.label().equals("Chile") && e.type().isPlace()),
                g.entities().toString());
        ArticleGraph vote = read("Norway and Chile voted for the resolution, which passed 12-3 in the council.");
        assertTrue(vote.entities().stream().filter(e -> e.label().equals("Norway")).allMatch(e -> e.type().isPlace()));
    }

    @Test
    void aTitleModifierAloneDoesNotMakeAPerson() {
        ArticleGraph g = read("Robots met at the FIRST Global Robot Olympics and the National Harvest Study said so. "
                + "Players tried Arkham VR there.");
        assertTrue(g.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), g.entities().toString());
    }

    @Test
    void unitsPartiesAndAliasesWithoutTheirArticle() {
        ArticleGraph g = read("The 82nd Airborne Division flew out. Labour's leader crossed the Channel by ferry.");
        assertEquals(EntityType.ORGANIZATION, entity(g, "82nd Airborne Division").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, entity(g, "Labour Party").orElseThrow().type());
        Entity channel = entity(g, "English Channel").orElseThrow();
        assertTrue(channel.altLabels().contains("Channel"), channel.toString());
        assertFalse(channel.altLabels().contains("the Channel"), channel.toString());
    }

    @Test
    void theSubjectStandsBeforeItsApposition() {
        ArticleGraph g = read("Officials said that Mara Venn, 41, who starred in \"Blue Harbor\" and appeared on "
                + "the show \"Tides,\" has entered the Oakridge Clinic in Denver.");
        Event entry = eventAt(g, "entered");
        assertEquals(List.of(person("Mara Venn")), entry.agents());
        ArticleGraph participle = read("In Oslo, Norway, envoys from Chile and Peru talked, meeting for four hours.");
        assertTrue(participle.events().stream().noneMatch(e -> e.agents().stream()
                .anyMatch(a -> a.name().equals("Norway"))), participle.events().toString());
    }

    @Test
    void aPronounDoesNotStandForSomeoneOfTheOtherGender() {
        ArticleGraph g = read("A publicist says Anna Venn has checked into a clinic. Jack Ortis said Friday that "
                + "the singer went to the Harbor Clinic. He did not specify when she entered the facility.");
        Event entry = eventAt(g, "entered");
        assertEquals(List.of(person("Anna Venn")), entry.agents(), g.events().toString());
    }

    @Test
    void aCompanyNamedWithItsSuffixIsACompanyWhenNamedWithout() {
        ArticleGraph g = read("Harlan Pike and Co Inc said profits rose. Analysts at Harlan Pike said the Corvel Co "
                + "bid was low. Corvel said it would not raise it.");
        assertTrue(g.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), g.entities().toString());
        assertEquals(EntityType.ORGANIZATION, entity(g, "Harlan Pike").orElseThrow().type());
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
    void aDemonymBeforeAKnownOrganisationNamesANationalBranch() {
        ArticleGraph g = read("The British Red Cross sent volunteers to the coast.");
        assertEquals(EntityType.ORGANIZATION, entity(g, "British Red Cross").orElseThrow().type());
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
    void formerStatesAreCountries() {
        ArticleGraph g = read("Talks between the Soviet Union and West Germany opened in Vienna. Soviet officials "
                + "said Yugoslavia would join.");
        for (String name : List.of("Soviet Union", "West Germany", "Yugoslavia")) {
            Entity state = entity(g, name).orElseThrow(() -> new AssertionError(name + " in " + g.entities()));
            assertEquals(EntityType.COUNTRY, state.type());
            assertTrue(state.wikidata().isPresent(), name);
        }
    }

    @Test
    void aPhoneCallGivesSpokeWith() {
        ArticleGraph g = read("Ana Lima spoke with Olav Berg by phone on Friday.");
        Event call = events(g, EventClass.PHONE_CALL).get(0);
        assertEquals(Set.of(person("Ana Lima"), person("Olav Berg")), Set.copyOf(call.allParticipants()));
    }

    @Test
    void aModifierOfTheSubjectIsNotTheSpeaker() {
        ArticleGraph g = read("U.S. officials said the embassy would reopen.");
        assertTrue(events(g, EventClass.STATEMENT).isEmpty(), events(g, EventClass.STATEMENT).toString());
    }

    @Test
    void anAmbiguousSurnameIsLeftUnresolved() {
        ArticleGraph g = read("Anna Berg met Olav Berg in Oslo. Berg said the meeting was useful.");
        assertFalse(g.entities().stream().anyMatch(e -> e.altLabels().contains("Berg")), g.entities().toString());
    }

    @Test
    void evidencePointsAtTheTriggerWords() {
        String text = "Ana Lima met Olav Berg in Oslo.";
        ArticleGraph g = read(text);
        var evidence = events(g, EventClass.MEETING).get(0).evidence().get(0);
        assertEquals("met", evidence.anchor());
        assertEquals("met", text.substring(evidence.begin(), evidence.end()));
        assertEquals(text, evidence.sentence());
    }

    @Test
    void aQuotationOfSeveralSentencesHasThemAllAsItsEvidenceSentence() {
        String text = "Foreign Minister Ana Lima met Olav Berg in Oslo on Monday.\n\n"
                + "\"We made progress,\" Lima said.\n\n"
                + "\"We have our confidence back. We have the numbers back.\"\n";
        ArticleGraph g = read(text);
        var continued = g.events().stream().flatMap(e -> e.evidence().stream())
                .filter(x -> x.anchor().contains("confidence")).findFirst()
                .orElseThrow(() -> new AssertionError("the second quotation is not read: " + g.events()));
        assertEquals(continued.anchor(), text.substring(continued.begin(), continued.end()));
        for (Event event : g.events()) {
            for (var evidence : event.evidence()) {
                assertTrue(evidence.sentence().contains(evidence.anchor()), evidence.toString());
            }
        }
    }
}
