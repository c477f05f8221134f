package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityKey;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventClass;
import org.newsgraph.model.Status;

/**
 * Linking compares participants and places as the graph does, by IRI: two reports that write one company's name
 * with and without its final stop report one event, and each article's own spelling is what it is judged by.
 */
class EventLinkerIdentityTest {
    private static CorpusIndex.KnownEvent acquisition(String article, String company, String place, int day) {
        EntityKey target = new EntityKey(EntityType.ORGANIZATION, company);
        return new CorpusIndex.KnownEvent("event/" + article, article, EventClass.ACQUISITION, Set.of(target),
                Optional.of(new EntityKey(EntityType.CITY, place)), Optional.empty(), Status.OCCURRED,
                Optional.of(LocalDate.of(2024, 3, day)), Set.of(), Set.of("acquisition"), Optional.empty(), Set.of());
    }

    @Test
    void namesThatMakeOneIriAreOneParticipant() {
        List<EventLinker.Link> links = EventLinker.pairs(List.of(acquisition("a", "Tarvos Corp.", "Kalvak", 2),
                acquisition("b", "Tarvos Corp", "Kalvak.", 4)));
        assertEquals(List.of(new EventLinker.Link("event/a", "event/b")), links);
    }

    @Test
    void differentCompaniesStayApart() {
        assertTrue(EventLinker.pairs(List.of(acquisition("a", "Tarvos Corp", "Kalvak", 2),
                acquisition("b", "Ossen Corp", "Kalvak", 4))).isEmpty());
    }
}
