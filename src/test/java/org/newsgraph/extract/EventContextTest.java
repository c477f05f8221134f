package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.Reading.country;
import static org.newsgraph.extract.Reading.eventAt;
import static org.newsgraph.extract.Reading.events;
import static org.newsgraph.extract.Reading.person;
import static org.newsgraph.extract.Reading.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.ArticleGraph;
import org.newsgraph.model.EntityKey;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventClass;
import org.newsgraph.model.Status;
import org.newsgraph.model.TimeValue;

/**
 * Reading in context: events that take their participants, place, date or status from the words around them
 * (coordinated subjects, the parts and purposes of a visit, "here" in a story without a dateline, a later
 * mention that refers back to a planned event, an event named as another's occasion), and the names and
 * titles those rules stand on (short forms, hyphenated names, title suffixes).
 */
class EventContextTest {
    /** The date {@link Reading} gives every article: a Monday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 10);

    private static boolean takesPart(Event e, String name) {
        return e.agents().contains(person(name)) || e.targets().contains(person(name))
                || e.participants().contains(person(name));
    }

    @Test
    void aNameCoordinatedWithACommonNounPhraseIsTheSubject() {
        ArticleGraph g = read("Foreign Minister Olav Berg and two visiting Brazilian envoys agreed on Monday "
                + "that the tariffs would stay.");
        Event agreement = eventAt(g, "agreed");
        assertTrue(takesPart(agreement, "Olav Berg"), agreement.toString());
        assertEquals(Optional.of(TimeValue.of(PUBLISHED)), agreement.date());
        assertEquals(Optional.empty(), agreement.topic(), "a date is not what was agreed");
    }

    @Test
    void aCommonNounSubjectAloneNamesNoOne() {
        ArticleGraph g = read("Ana Lima said senior Brazilian diplomats agreed on Monday to lift the tariffs.");
        assertTrue(g.events().stream().filter(e -> e.evidence().get(0).anchor().equals("agreed"))
                .noneMatch(e -> takesPart(e, "Ana Lima")), g.events().toString());
    }

    @Test
    void aMeetingIncludedInTalksSharesTheirTravellerPlaceAndStatus() {
        ArticleGraph g = read("Olav Berg arrived in Lisbon on Tuesday for trade talks with Portuguese "
                + "ministers, including a meeting with President Ana Lima.");
        Event meeting = eventAt(g, "meeting");
        assertTrue(takesPart(meeting, "Olav Berg") && takesPart(meeting, "Ana Lima"), meeting.toString());
        assertEquals("Lisbon", meeting.place().orElseThrow().name());
        assertEquals(Status.PLANNED, meeting.status(), "arriving for talks: the talks are still to come");
        Event visit = eventAt(g, "arrived");
        assertEquals(Status.OCCURRED, visit.status());
        assertEquals(Optional.of(TimeValue.of(LocalDate.of(2024, 6, 4))), visit.date());
    }

    @Test
    void aVisitNamedAsThePurposeOfAnArrivalIsTheTravellers() {
        ArticleGraph g = read("Olav Berg arrived in Lisbon on Sunday for a three-day visit to Portugal.");
        Event visit = eventAt(g, "visit");
        assertTrue(takesPart(visit, "Olav Berg"), visit.toString());
        assertEquals(Optional.of("P3D"), visit.duration());
        assertEquals("Portugal", visit.place().orElseThrow().name());
    }

    @Test
    void hereWithoutADatelineIsThePlaceTheHeadlineNames() {
        ArticleGraph g = read("Tarvosian minister begins Portugal visit\n\n"
                + "Foreign Minister Olav Berg arrived here on Sunday for talks with Portuguese leaders.");
        assertEquals("Portugal", eventAt(g, "arrived").place().orElseThrow().name());
        assertEquals("Portugal", eventAt(g, "talks").place().orElseThrow().name());
    }

    @Test
    void hereWithoutADatelineOrAPlaceInTheHeadlineIsNowhere() {
        ArticleGraph g = read("Minister begins tour\n\nForeign Minister Olav Berg arrived here on Sunday.");
        assertEquals(Optional.empty(), eventAt(g, "arrived").place());
    }

    @Test
    void wouldInReportedSpeechIsAPlanAndWithAConditionADoubt() {
        ArticleGraph g = read("Olav Berg said he would visit Lisbon next month.\n\n"
                + "Berg said Ana Lima would meet Pedro Alves if the ceasefire held.");
        assertEquals(Status.PLANNED, eventAt(g, "visit").status());
        assertEquals(Status.HYPOTHETICAL, eventAt(g, "meet").status());
    }

    @Test
    void whatIsOnlyProposedOfferedOrWishedIsHypothetical() {
        ArticleGraph g = read("Olav Berg proposed talks with Ana Lima.\n\n"
                + "Pedro Alves has not answered an invitation by Lima to visit Oslo.\n\n"
                + "Berg never wanted to meet Tomas Reyes.");
        assertEquals(Status.HYPOTHETICAL, eventAt(g, "talks").status());
        assertEquals(Status.HYPOTHETICAL, eventAt(g, "visit").status());
        assertEquals(Status.NEGATED, eventAt(g, "meet").status());
    }

    @Test
    void aMeetingReferredToWithoutATenseOfItsOwnKeepsItsPlannedStatus() {
        ArticleGraph g = read("Olav Berg will meet Ana Lima on Friday.\n\n"
                + "Berg said he hoped for calm while the meeting is going on.");
        Event meeting = eventAt(g, "meet");
        assertEquals(Status.PLANNED, meeting.status());
        assertTrue(meeting.evidence().stream().anyMatch(x -> x.anchor().equals("meeting")),
                "the later mention is the same meeting: " + g.events());
    }

    @Test
    void theSubjectOfAnInfinitiveIsTheSubjectOfTheVerbItHangsOn() {
        ArticleGraph g = read("Ana Lima expected to meet with Olav Berg at a scheduled forum in Oslo later "
                + "this month.\n\nPedro Alves plans to visit Lisbon.");
        Event meeting = eventAt(g, "meet");
        assertTrue(takesPart(meeting, "Ana Lima") && takesPart(meeting, "Olav Berg"), meeting.toString());
        assertEquals("Oslo", meeting.place().orElseThrow().name(), "a participle before a noun ends no clause");
        assertEquals(Optional.of(TimeValue.ofMonth(2024, 6)), meeting.date());
        assertEquals(Status.PLANNED, meeting.status());
        Event visit = eventAt(g, "visit");
        assertTrue(takesPart(visit, "Pedro Alves"), visit.toString());
        assertEquals(Status.PLANNED, visit.status());
    }

    @Test
    void talksOfATravellerHappenWhereTheVisitWent() {
        ArticleGraph g = read("Olav Berg arrived in Lisbon on Monday.\n\n"
                + "Berg held talks with Ana Lima on the crisis.\n\n"
                + "Pedro Alves held talks with Tomas Reyes.");
        assertEquals("Lisbon", eventAt(g, "arrived").place().orElseThrow().name());
        Event berg = g.events().stream().filter(e -> takesPart(e, "Ana Lima")).findFirst().orElseThrow();
        assertEquals("Lisbon", berg.place().orElseThrow().name());
        Event others = g.events().stream().filter(e -> takesPart(e, "Tomas Reyes")).findFirst().orElseThrow();
        assertEquals(Optional.empty(), others.place(), "people who did not travel are placed nowhere");
    }

    @Test
    void aCountryAfterTheTakesPartInACoordination() {
        ArticleGraph g = read("Peru and the United States are in full agreement on the tariffs.");
        Event agreement = eventAt(g, "agreement");
        assertTrue(agreement.participants().contains(new EntityKey(EntityType.COUNTRY, "Peru"))
                && agreement.participants().contains(new EntityKey(EntityType.COUNTRY, "United States")),
                agreement.toString());
        assertTrue(g.events().stream().noneMatch(e -> e.type() == org.newsgraph.model.EventClass.STATEMENT),
                "\"States\" is no reporting verb: " + g.events());
    }

    @Test
    void whoDiscussesSomethingInTalksTakesPartInThem() {
        ArticleGraph g = read("Olav Berg discussed the crisis in talks with President Ana Lima on Monday.");
        Event talks = eventAt(g, "talks");
        assertTrue(takesPart(talks, "Olav Berg") && takesPart(talks, "Ana Lima"), talks.toString());
    }

    @Test
    void theWriterInAHeadlineBylineTakesNoPart() {
        ArticleGraph g = read("Berg meets Tarvosian leader Lima by Ana Sousa\n\n"
                + "President Olav Berg met Prime Minister Pedro Lima on Friday.");
        assertTrue(g.events().stream().noneMatch(e -> takesPart(e, "Ana Sousa")), g.events().toString());
    }

    @Test
    void twoCountriesJoinedByAHyphenAreBothPartiesAndAHyphenatedNameStaysWhole() {
        ArticleGraph g = read("Ana Lima pushed for talks on a Brazil-Chile free trade agreement at the "
                + "Canada-Mexico Business Council.");
        Event agreement = eventAt(g, "agreement");
        assertTrue(agreement.participants().contains(new EntityKey(EntityType.COUNTRY, "Brazil"))
                && agreement.participants().contains(new EntityKey(EntityType.COUNTRY, "Chile")), agreement.toString());
        assertTrue(g.entities().stream().anyMatch(e -> e.label().equals("Canada-Mexico Business Council")),
                g.entities().toString());
        assertTrue(g.entities().stream().noneMatch(e -> e.label().contains("Brazil-")), g.entities().toString());
    }

    @Test
    void aFamilyNameWrittenFirstIsTheSameMan() {
        ArticleGraph g = read("President Wen Qiang arrived in Lisbon on Monday.\n\nWen met Ana Lima there.");
        Event meeting = eventAt(g, "met");
        assertTrue(takesPart(meeting, "Wen Qiang") && takesPart(meeting, "Ana Lima"), meeting.toString());
    }

    @Test
    void whoIsInAPlaceForAVisitIsVisitingIt() {
        ArticleGraph g = read("President Olav Berg is in Lisbon for a state visit.");
        Event visit = eventAt(g, "visit");
        assertTrue(takesPart(visit, "Olav Berg"), visit.toString());
        assertEquals("Lisbon", visit.place().orElseThrow().name());
    }

    @Test
    void anEventNamedAsTheOccasionOfAnotherSharesItsDayAndPlace() {
        ArticleGraph g = read("Olav Berg and Ana Lima agreed on Monday to lift the tariffs.\n\n"
                + "The deal was made at a meeting between Berg and Lima in Lisbon.");
        Event meeting = eventAt(g, "meeting");
        assertEquals(Optional.of(TimeValue.of(PUBLISHED)), meeting.date(), "the day the story gave the agreement");
        assertEquals("Lisbon", eventAt(g, "agreed").place().orElseThrow().name());
    }

    @Test
    void aTitleKeepsItsSuffixAfterTheHyphen() {
        ArticleGraph g = read("Peru's Finance Minister-designate Pedro Alves spoke.\n\n"
                + "Chile's Prime Minister-elect Ana Lima met him.");
        var alves = g.entities().stream().filter(e -> e.label().equals("Pedro Alves")).findFirst().orElseThrow();
        assertTrue(alves.titles().contains("Finance Minister-designate"), alves.toString());
        assertTrue(alves.affiliations().contains(new EntityKey(EntityType.COUNTRY, "Peru")), alves.toString());
        var lima = g.entities().stream().filter(e -> e.label().equals("Ana Lima")).findFirst().orElseThrow();
        assertTrue(lima.titles().contains("Prime Minister-elect"), lima.toString());
    }

    @Test
    void aYearBeforeAnEventNounDatesThatEventOnlyAndItsIsTheBodyNamedBefore() {
        ArticleGraph g = read("The council will keep the sanctions imposed on Norway after its 1998 invasion of Finland.");
        Event invasion = eventAt(g, "invasion");
        assertEquals(Optional.of(TimeValue.ofYear(1998)), invasion.date());
        assertEquals(List.of(country("Norway")), invasion.agents(), invasion.toString());
        assertTrue(invasion.targets().contains(country("Finland")), invasion.toString());
        assertTrue(eventAt(g, "sanctions").date().filter(d -> d.year() == 1998).isEmpty(),
                "the year is the invasion's: " + eventAt(g, "sanctions"));
    }

    @Test
    void aRelativeWhoAndACoordinatedVerbShareTheSubjectNamedBefore() {
        ArticleGraph g = read("Pedro Alves, who has just made a four-day visit to Spain, said he was pleased. "
                + "Tomas Reyes attended the forum of the Nordic Council in Oslo and paid a two-day working visit "
                + "to France.");
        Event spain = eventAt(g, "visit");
        assertEquals(List.of(person("Pedro Alves")), spain.agents(), spain.toString());
        assertEquals(Optional.of("P4D"), spain.duration());
        Event france = g.events().stream().filter(e -> e.duration().equals(Optional.of("P2D"))).findFirst()
                .orElseThrow(() -> new AssertionError(g.events().toString()));
        assertEquals(List.of(person("Tomas Reyes")), france.agents(), france.toString());
    }

    @Test
    void aLaterMentionWithItsLengthGivesTheEventItsDuration() {
        ArticleGraph g = read("Olav Berg met Ana Lima in Oslo on Monday. Berg did not speak after the 90-minute "
                + "meeting.");
        Event meeting = eventAt(g, "met");
        assertEquals(Optional.of("PT90M"), meeting.duration(), meeting.toString());
        assertEquals(1, g.events().stream().filter(e -> e.type() == meeting.type()).count(), g.events().toString());
    }

    @Test
    void aPlaceIsReachedPastAHyphenatedModifierAndThroughAPossessivePlace() {
        ArticleGraph g = read("Olav Berg met Ana Lima in the rebel-held city of Goma. Pedro Alves will meet "
                + "Tomas Reyes on the sidelines of the summit in Vietnam's Hanoi next week.");
        assertEquals(Optional.of(new EntityKey(EntityType.CITY, "Goma")), eventAt(g, "met").place());
        assertEquals(Optional.of(new EntityKey(EntityType.CITY, "Hanoi")), eventAt(g, "meet").place());
    }

    @Test
    void anAgreementReachedAtAMeetingIsItsPartiesAndBothTakeTheDayOfTheAgreement() {
        ArticleGraph g = read("Olav Berg and Ana Sousa agreed on Monday to lift the tariffs.\n\n"
                + "The agreement was reached at a meeting between Berg, who is the foreign minister, Tomas Reyes, "
                + "the trade envoy, and Sousa.");
        Event meeting = eventAt(g, "meeting");
        assertTrue(takesPart(meeting, "Tomas Reyes") && takesPart(meeting, "Olav Berg")
                && takesPart(meeting, "Ana Sousa"), "a list past its appositions: " + meeting);
        assertEquals(Optional.of(TimeValue.of(PUBLISHED)), meeting.date(), "the day the story gave the agreement");
        Event agreement = eventAt(g, "agreed");
        assertTrue(takesPart(agreement, "Tomas Reyes"), "agreed at the meeting, by its parties: " + agreement);
    }

    @Test
    void talksThatAreThePurposeOfAJourneyTakeItsDay() {
        ArticleGraph g = read("Olav Berg flew to Lisbon on Wednesday for talks with Ana Lima.");
        Event talks = eventAt(g, "talks");
        assertTrue(takesPart(talks, "Ana Lima"), talks.toString());
        assertEquals(Optional.of(TimeValue.of(LocalDate.of(2024, 6, 5))), talks.date());
    }

    @Test
    void aListMemberAfterAnAppositionIsNotTakenFromTheNextClause() {
        ArticleGraph g = read("Olav Berg met Ana Lima, the trade minister, Tomas Reyes said on Monday.");
        Event meeting = eventAt(g, "met");
        assertTrue(!takesPart(meeting, "Tomas Reyes"), "Reyes reports the meeting: " + meeting);
    }

    @Test
    void aFamilyNameTwoPeopleShareIsTheOneNamedFirst() {
        ArticleGraph g = read("President Olav Dahl arrived in Lisbon on Sunday. Also aboard the plane was his wife "
                + "Ana Dahl. Dahl will meet Prime Minister Pedro Alves on Monday.");
        Event meeting = eventAt(g, "meet");
        assertTrue(takesPart(meeting, "Olav Dahl") && !takesPart(meeting, "Ana Dahl"), meeting.toString());
    }

    @Test
    void aVisitThatIsThePurposeOfAnArrivalTakesItsDay() {
        ArticleGraph g = read("Olav Berg arrived in Lisbon on Saturday for a three-day visit to Portugal.");
        assertEquals(Optional.of(TimeValue.of(LocalDate.of(2024, 6, 8))), eventAt(g, "visit").date());
    }

    @Test
    void theTravellerIsFoundPastAPlaceNamedBeforeTheTripAndTheAttendeePastAnOrganisation() {
        ArticleGraph g = read("This is Olav Berg's third Portugal trip. Pedro Alves attended the NATO defence "
                + "ministers' meeting in Lisbon in October, 2001.");
        assertTrue(takesPart(eventAt(g, "trip"), "Olav Berg"), eventAt(g, "trip").toString());
        Event meeting = eventAt(g, "meeting");
        assertTrue(takesPart(meeting, "Pedro Alves"), meeting.toString());
        assertEquals(Optional.of(TimeValue.ofMonth(2001, 10)), meeting.date());
    }

    @Test
    void whoseScrappedPlanItWasIsTheTravellerAndTheFamilyNameAloneIsTheSpeakerThoughTaggedAWord() {
        ArticleGraph g = read("Fung Kit-wah, the harbour chief, arrived on Monday. Fung said Wednesday that he had "
                + "scrapped plans to visit Norway. Ana Sousa dropped her bid to meet Olav Berg.");
        Event visit = g.events().stream().filter(e -> e.place().map(p -> p.name().equals("Norway")).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError(g.events().toString()));
        assertTrue(takesPart(visit, "Fung Kit-wah"), visit.toString());
        assertEquals(Status.CANCELLED, visit.status());
        assertTrue(g.events().stream().anyMatch(e -> e.agents().contains(person("Fung Kit-wah"))
                && e.evidence().get(0).anchor().equals("said")), g.events().toString());
        Event meeting = eventAt(g, "meet");
        assertEquals(Status.CANCELLED, meeting.status());
        assertTrue(takesPart(meeting, "Ana Sousa") && takesPart(meeting, "Olav Berg"), meeting.toString());
    }

    @Test
    void talksThatAreResumingAreStillToComeAndTheMeetingBeforeWhichOthersMetIsAnotherMeeting() {
        ArticleGraph g = read("The negotiations -- which include Norway and Portugal -- are resuming after a "
                + "year. Olav Berg said when meeting with Ana Sousa before the leaders' informal meeting of the "
                + "Nordic Council. Berg will attend the June 12-13 meeting.");
        assertEquals(Status.PLANNED, eventAt(g, "negotiations").status());
        Event first = eventAt(g, "meeting");
        assertTrue(takesPart(first, "Olav Berg") && takesPart(first, "Ana Sousa"), first.toString());
        assertTrue(g.events().stream().filter(e -> e.evidence().stream().anyMatch(x -> x.anchor().equals("meeting")))
                .count() >= 2, "the leaders' meeting is not Berg's meeting with Sousa: " + g.events());
    }

    @Test
    void aDateWrittenBeforeAnotherNounIsThatNounsAndADateRangeBeforeTheTriggerIsItsOwn() {
        ArticleGraph g = read("Norway imposed new sanctions on Ruritania after its October 9 nuclear test. "
                + "Olav Berg will attend the June 12-13 NATO leaders' informal meeting.");
        assertEquals(Optional.empty(), eventAt(g, "sanctions").date(), "October 9 is the test's date");
        assertEquals(Optional.of(TimeValue.of(LocalDate.of(2024, 6, 12))), eventAt(g, "meeting").date());
    }

    @Test
    void aCoordinatedSubjectReachesPastANationalityAndADateAfterSinceIsWhatSinceNames() {
        ArticleGraph g = read("Brazilian envoy Ana Sousa and Norwegian Foreign Minister Olav Berg met in Lisbon on "
                + "Wednesday. The meeting was their first contact since a conference between Sousa and Portuguese "
                + "Prime Minister Pedro Alves in March. Berg told a news conference he was pleased.");
        Event met = eventAt(g, "met");
        assertTrue(takesPart(met, "Ana Sousa") && takesPart(met, "Olav Berg"), met.toString());
        assertEquals(Optional.of(TimeValue.of(LocalDate.of(2024, 6, 5))), met.date());
        Event conference = eventAt(g, "conference");
        assertTrue(takesPart(conference, "Ana Sousa") && takesPart(conference, "Pedro Alves"), conference.toString());
        assertEquals(Optional.of(TimeValue.ofMonth(2024, 3)), conference.date());
        assertTrue(g.events().stream().noneMatch(e -> e.evidence().stream()
                .anyMatch(x -> x.sentence().contains("news conference") && x.anchor().equals("conference"))),
                "a news conference is no meeting: " + g.events());
    }

    @Test
    void aMeetingSpokenOfAsStillToTakePlaceIsThePlannedOneThoughAnotherCameBetween() {
        ArticleGraph g = read("Olav Berg will meet Ana Sousa on Friday in Lisbon. Berg met Pedro Alves on Tuesday. "
                + "Berg hopes for calm while the meeting is held.");
        Event planned = eventAt(g, "meet");
        assertEquals(Status.PLANNED, planned.status());
        assertTrue(planned.evidence().stream().anyMatch(x -> x.anchor().equals("meeting")), planned.toString());
        Event past = eventAt(g, "met");
        assertTrue(past.evidence().stream().noneMatch(x -> x.anchor().equals("meeting")), past.toString());
    }

    @Test
    void anEventDatedAfterTheStoryIsStillToComeAndAMeetingsSponsorTakesPart() {
        ArticleGraph g = read("Ana Sousa said Portugal's elections in 2025 would be close. The "
                + "meeting of Olav Berg and Pedro Alves takes place tomorrow under UN auspices. Berg was fired on "
                + "July 8.");
        Event meeting = eventAt(g, "meeting");
        assertEquals(Status.PLANNED, meeting.status());
        assertEquals(Optional.of(TimeValue.of(LocalDate.of(2024, 6, 11))), meeting.date());
        assertTrue(meeting.participants().contains(new EntityKey(EntityType.ORGANIZATION, "United Nations")),
                meeting.toString());
        Event elections = eventAt(g, "elections");
        assertEquals(Status.PLANNED, elections.status(), elections.toString());
        assertEquals(Optional.empty(), eventAt(g, "said").date(), "2025 is the elections' year, not the saying's");
    }

    @Test
    void aListOfTitledGuestsRunsPastOfTheAndTheCountryOfPeopleNamedByTheirNationalityTakesPart() {
        ArticleGraph g = read("In Lisbon, Berg will also meet President Pedro Alves, Foreign Minister Ana Sousa, "
                + "Chief of the General Staff Tomas Reyes and business circles. Olav Dahl held talks with Turkish "
                + "leaders on Monday. Dahl has met twice with the Israeli leader.");
        Event meeting = eventAt(g, "meet");
        assertTrue(takesPart(meeting, "Pedro Alves") && takesPart(meeting, "Ana Sousa")
                && takesPart(meeting, "Tomas Reyes"), meeting.toString());
        assertTrue(eventAt(g, "talks").participants().contains(country("Turkey")), eventAt(g, "talks").toString());
        assertTrue(g.events().stream().noneMatch(e -> e.participants().contains(country("Israel"))),
                "the Israeli leader is one person, not the country: " + g.events());
    }

    @Test
    void anAsideOfWhatTheSpeakerWasDoingDatesTheSayingAndADateAheadOfTheTriggerIsAnotherEvents() {
        ArticleGraph g = read("Ana Sousa, speaking earlier Saturday, warned that the plan could fail. "
                + "Olav Berg said on Friday he will meet Pedro Alves in Lisbon ahead of next week's summit.");
        assertEquals(Optional.of(TimeValue.of(LocalDate.of(2024, 6, 8))), eventAt(g, "warned").date());
        assertEquals(Optional.empty(), eventAt(g, "meet").date(), "next week is the summit's");
        assertEquals(Optional.of(TimeValue.of(LocalDate.of(2024, 6, 7))), eventAt(g, "said").date());
    }

    @Test
    void aBodyChargedWithATaskAccusesNoOneButOneChargedWithACrimeIsAccused() {
        ArticleGraph g = read("The council has charged the inspectors with verifying the disarmament. "
                + "Police charged Tomas Reyes with killing a guard.");
        assertEquals(1, events(g, EventClass.TRIAL).size(), g.events().toString());
        assertEquals("charged", events(g, EventClass.TRIAL).get(0).evidence().get(0).anchor());
        assertTrue(events(g, EventClass.TRIAL).get(0).evidence().get(0).sentence().contains("killing"));
    }

    @Test
    void anOfficerNamedAfterHisOrganisationsAbbreviationAndAHyphenatedTitleTakesPart() {
        ArticleGraph g = read("The sites are open under the Feb. 23 accord signed by U.N. Secretary-General Olav Berg "
                + "and Ruritanian Deputy Prime Minister Pedro Alves.");
        Event accord = eventAt(g, "accord");
        assertTrue(takesPart(accord, "Olav Berg") && takesPart(accord, "Pedro Alves"), accord.toString());
        assertEquals(Optional.of(TimeValue.of(LocalDate.of(2024, 2, 23))), accord.date());
    }

    @Test
    void theSentencesAfterALeadElaborateItsStatementOnItsDay() {
        ArticleGraph g = read("Ruritanian leaders satisfied with ties\n\n"
                + "Ruritanian President Olav Berg on Friday expressed satisfaction over ties with Kalvak.\n\n"
                + "\"Our ties are strong,\" Berg said when meeting Kalvak's Prime Minister Ana Sousa.\n\n"
                + "Sousa said the ties would grow.\n\n"
                + "Berg has met Sousa four times. Later in the story, Berg said he liked Ossen.\n");
        TimeValue friday = TimeValue.of(LocalDate.of(2024, 6, 7));
        Event meeting = events(g, EventClass.MEETING).stream()
                .filter(e -> e.evidence().get(0).sentence().contains("when meeting")).findFirst().orElseThrow();
        assertEquals(Optional.of(friday), meeting.date());
        Event quoted = events(g, EventClass.STATEMENT).stream().filter(e -> e.quote().isPresent()).findFirst()
                .orElseThrow();
        assertEquals(Optional.of(friday), quoted.date());
        Event other = events(g, EventClass.STATEMENT).stream()
                .filter(e -> e.agents().equals(List.of(person("Ana Sousa")))).findFirst().orElseThrow();
        assertEquals(Optional.empty(), other.date(), "another speaker's statement is not the lead's");
        Event later = events(g, EventClass.STATEMENT).stream()
                .filter(e -> e.evidence().get(0).sentence().contains("Later in the story")).findFirst().orElseThrow();
        assertEquals(Optional.empty(), later.date(), "beyond the lead's paragraphs");
    }

    @Test
    void theSubjectOfAVerbWithALongObjectTakesPartInTheTalksDuringWhichItActed() {
        ArticleGraph g = read("Olav Berg and Ana Sousa sought to end the dispute over the choice of a new prime "
                + "minister during talks in Lisbon.");
        Event talks = eventAt(g, "talks");
        assertEquals(List.of(person("Olav Berg"), person("Ana Sousa")), talks.participants());
        assertEquals("Lisbon", talks.place().orElseThrow().name());
    }
}
