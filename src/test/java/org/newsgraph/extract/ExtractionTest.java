package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.Reading.country;
import static org.newsgraph.extract.Reading.entity;
import static org.newsgraph.extract.Reading.eventAt;
import static org.newsgraph.extract.Reading.events;
import static org.newsgraph.extract.Reading.person;
import static org.newsgraph.extract.Reading.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.ArticleGraph;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKey;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventClass;
import org.newsgraph.model.Status;
import org.newsgraph.model.TimeValue;

/** The extractors on short articles of our own: what they find, and what they must not. */
class ExtractionTest {
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
    void aTitlesPortfolioAfterForIsPartOfTheTitleAndNoName() {
        ArticleGraph g = read("The accord was reached at a meeting between Olav Berg, who is Peruvian Undersecretary of "
                + "State for Regional Affairs, Tomas Reyes, the Undersecretary of State for Water Policy and "
                + "Rural Security, and Ana Sousa. Undersecretary for Education Mr. Pedro Alves says schools "
                + "will close. The Minister for Foreign Affairs, Ilse Harrow, arrived on Monday.");
        assertEquals(Set.of("Undersecretary of State for Regional Affairs"),
                entity(g, "Olav Berg").orElseThrow().titles());
        assertEquals(Set.of(country("Peru")), entity(g, "Olav Berg").orElseThrow().affiliations());
        assertEquals(Set.of("Undersecretary of State for Water Policy and Rural Security"),
                entity(g, "Tomas Reyes").orElseThrow().titles());
        assertEquals(Set.of("Undersecretary for Education"), entity(g, "Pedro Alves").orElseThrow().titles());
        assertEquals(Set.of("Minister for Foreign Affairs"), entity(g, "Ilse Harrow").orElseThrow().titles());
        assertEquals(Set.of(), entity(g, "Ana Sousa").orElseThrow().titles());
        for (String portfolio : List.of("Water Policy", "Regional", "Regional Affairs", "State", "Education")) {
            assertTrue(entity(g, portfolio).isEmpty(), portfolio + " is no entity: " + g.entities());
        }
    }

    @Test
    void theBodyOfAnAppositionsTitleIsTheSpeakersAffiliationNotASecondSpeaker() {
        ArticleGraph g = read("General Tomas Reyes, Secretary General of the Peruvian General Staff, said on Monday "
                + "the ship would sail.");
        assertEquals(List.of(person("Tomas Reyes")), events(g, EventClass.STATEMENT).get(0).agents());
        Entity staff = entity(g, "Peruvian General Staff").orElseThrow(() -> new AssertionError(g.entities()));
        assertEquals(EntityType.ORGANIZATION, staff.type());
        assertTrue(entity(g, "Tomas Reyes").orElseThrow().affiliations().contains(staff.key()));
        assertTrue(entity(g, "Staff").isEmpty(), g.entities().toString());
    }

    @Test
    void aTitledNameStopsBeforeOfAndItsCountry() {
        ArticleGraph g = read("Foreign Minister Olav Berg of Norway met Ana Sousa in Lisbon on Tuesday.");
        Entity berg = entity(g, "Olav Berg").orElseThrow();
        assertEquals(Set.of("Foreign Minister"), berg.titles());
        assertTrue(entity(g, "Olav Berg of Norway").isEmpty());
        assertTrue(entity(g, "Norway").isPresent());
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
    void aPlaceNamedAsAnotherPlacesOwnLiesInIt() {
        ArticleGraph g = read("The plane landed at Norway's Kalvak Airport on Monday. Tensions grew over Georgia's "
                + "breakaway regions of Tarvos and Ossenland, and over the Moldovan region of Drevnia.");
        assertEquals(Optional.of(country("Norway")), entity(g, "Kalvak Airport").orElseThrow().locatedIn());
        assertEquals(Optional.of(country("Georgia")), entity(g, "Tarvos").orElseThrow().locatedIn());
        assertEquals(Optional.of(country("Georgia")), entity(g, "Ossenland").orElseThrow().locatedIn());
        assertEquals(Optional.of(country("Moldova")), entity(g, "Drevnia").orElseThrow().locatedIn());
        ArticleGraph modifier = read("Israel's Gaza withdrawal was completed in September.");
        assertTrue(modifier.entities().stream().allMatch(e -> e.locatedIn().isEmpty()), modifier.entities().toString());
    }

    @Test
    void titlesWithTheirPostsPlaceInACoordinatedListAndAfterAPossessiveCountry() {
        ArticleGraph g = read("Berg was greeted by Norwegian Foreign Minister Ana Sousa, Norwegian Ambassador to "
                + "the United States Pedro Alves and US Ambassador to Norway Tomas Reyes. Brazilian President "
                + "Olav Dahl and Premier Lena Moura will meet Berg. It was the first visit since Peru's hardline "
                + "Prime Minister Jonas Kaur took office.");
        Entity sousa = entity(g, "Ana Sousa").orElseThrow();
        assertEquals(Set.of("Foreign Minister"), sousa.titles(), "the next person's title is not hers");
        Entity alves = entity(g, "Pedro Alves").orElseThrow();
        assertTrue(alves.titles().contains("Ambassador"), alves.toString());
        assertEquals(Set.of(country("Norway")), alves.affiliations(), "the country he is posted to is not his");
        Entity reyes = entity(g, "Tomas Reyes").orElseThrow();
        assertTrue(reyes.titles().contains("Ambassador"), reyes.toString());
        assertEquals(Set.of(country("United States")), reyes.affiliations());
        assertEquals(Set.of(country("Brazil")), entity(g, "Lena Moura").orElseThrow().affiliations());
        assertEquals(Set.of(country("Peru")), entity(g, "Jonas Kaur").orElseThrow().affiliations());
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
    void theSubjectOfTheClauseReportedIsNotTheSpeaker() {
        ArticleGraph g = read("An official, speaking on condition of anonymity, said Olav Berg would not come.");
        assertTrue(events(g, EventClass.STATEMENT).stream().noneMatch(e -> e.agents().contains(person("Olav Berg"))),
                events(g, EventClass.STATEMENT).toString());
        ArticleGraph inverted = read("\"The talks will go on,\" said spokesman Tomas Reyes, adding that he was pleased.");
        assertEquals(List.of("The talks will go on"), quotesOf(inverted, "Tomas Reyes"));
        ArticleGraph nested = read("One source said Olav Berg lamented that \"the vote is lost\" before noon.");
        assertEquals(List.of("the vote is lost"), quotesOf(nested, "Olav Berg"));
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
    void anEventInAClauseOfTheSameTimeHasTheDateOfTheClauseItHangsOn() {
        // the article is dated Monday 2024-06-10
        ArticleGraph g = read("Olav Berg walked a fine line on Friday as he met Ana Lima in Oslo.");
        assertEquals(Optional.of(TimeValue.of(LocalDate.of(2024, 6, 7))), eventAt(g, "met").date());
    }



    @Test
    void talksAfterATripWithItsDateArePlanned() {
        ArticleGraph g = read("Ana Lima headed for Madrid on Wednesday for talks with Pedro Alves.");
        assertEquals(Status.PLANNED, eventAt(g, "talks").status());
        assertTrue(eventAt(g, "talks").participants().contains(person("Ana Lima")), g.events().toString());
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
    void anAcronymInBracketsNamesTheEntityBeforeIt() {
        ArticleGraph g = read("Crowds gathered at the Kennedy Space Center (KSC) in Florida. Later KSC closed its gates.");
        Entity center = entity(g, "Kennedy Space Center").orElseThrow();
        assertTrue(center.altLabels().contains("KSC"));
        assertTrue(entity(g, "KSC").isEmpty());
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
    void aMisspelledNameIsThePersonNamedBeforeNotANewOne() {
        ArticleGraph g = read("Lydia Harrowgate, a spokeswoman for the agency, said the rules would change. "
                + "\"We need time,\" Ms Harowgate said. Jonas Lund met Pedro Alves on Monday. Jonas Lunt said the talks "
                + "went well.");
        assertTrue(entity(g, "Lydia Harrowgate").orElseThrow().altLabels().contains("Harowgate"));
        assertTrue(entity(g, "Jonas Lund").orElseThrow().altLabels().contains("Jonas Lunt"));
        assertTrue(entity(g, "Harowgate").isEmpty() && entity(g, "Jonas Lunt").isEmpty(), g.entities().toString());
    }

    @Test
    void namesThatDifferInMoreThanASpellingSlipStayApart() {
        ArticleGraph g = read("Anna Berg met Olav Borg in Oslo. Later Tomas Reyes met Tomas Reed and Ilse Harrow. "
                + "Harris said the talks went well.");
        assertTrue(entity(g, "Olav Borg").isPresent() && entity(g, "Tomas Reed").isPresent(), g.entities().toString());
        assertFalse(entity(g, "Ilse Harrow").orElseThrow().altLabels().contains("Harris"));
    }

    @Test
    void expressingAnAttitudeIsAStatementButIntroducesNoQuotation() {
        ArticleGraph g = read("Foreign Minister Ana Sousa on Friday expressed satisfaction over ties with Ruritania. "
                + "Sousa also voiced hope that the accord, lauded by Olav Berg as a \"real breakthrough\", would hold.");
        List<Event> statements = events(g, EventClass.STATEMENT);
        Event satisfaction = statements.stream().filter(e -> e.agents().equals(List.of(person("Ana Sousa"))))
                .filter(e -> e.evidence().get(0).anchor().equals("expressed")).findFirst().orElseThrow();
        assertEquals(Optional.of(TimeValue.of(LocalDate.of(2024, 6, 7))), satisfaction.date());
        Event lauded = statements.stream().filter(e -> e.agents().equals(List.of(person("Olav Berg")))).findFirst()
                .orElseThrow(() -> new AssertionError(statements.toString()));
        assertEquals(Optional.of("real breakthrough"), lauded.quote());
        assertTrue(statements.stream().filter(e -> e.agents().contains(person("Ana Sousa")))
                .allMatch(e -> e.quote().isEmpty()), statements.toString());
    }

    @Test
    void aBodyThatPremodifiesPeopleInThePluralTakesPartInTheirMeetingButMakesNoStatement() {
        ArticleGraph g = read("NATO envoys met in Brussels on Monday. Greek and Turkish officials met "
                + "in Ossen. Peruvian officials said the talks went well.");
        Event nato = eventAt(g, "met");
        assertEquals(List.of(new EntityKey(EntityType.ORGANIZATION, "North Atlantic Treaty Organization")),
                nato.participants());
        Event officials = events(g, EventClass.MEETING).stream()
                .filter(e -> e.evidence().get(0).sentence().contains("officials met")).findFirst().orElseThrow();
        assertEquals("Ossen", officials.place().orElseThrow().name());
        assertEquals(List.of(country("Greece"), country("Turkey")), officials.participants());
        assertTrue(events(g, EventClass.STATEMENT).isEmpty(), events(g, EventClass.STATEMENT).toString());
    }

    @Test
    void aPronounStandsForTheSubjectBeforeTheOneAPrepositionGoverns() {
        ArticleGraph g = read("Speaking after talks with President Pedro Alves, Olav Berg left the capital. "
                + "\"We agreed on a great deal,\" he said.");
        Event quoted = events(g, EventClass.STATEMENT).stream().filter(e -> e.quote().isPresent()).findFirst()
                .orElseThrow();
        assertEquals(List.of(person("Olav Berg")), quoted.agents());
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
