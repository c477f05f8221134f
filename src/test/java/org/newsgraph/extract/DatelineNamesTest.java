package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.Reading.country;
import static org.newsgraph.extract.Reading.entity;
import static org.newsgraph.extract.Reading.eventAt;
import static org.newsgraph.extract.Reading.name;
import static org.newsgraph.extract.Reading.names;
import static org.newsgraph.extract.Reading.read;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.ArticleGraph;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKey;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.Mention;

/** The names of a wire story's dateline (DatelineNames). */
class DatelineNamesTest {
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
    void aDatelinePlaceUnknownToTheGazetteerIsACityInTitleCaseAndItsRegionARegion() {
        List<Mention> found = names("TARVOSK, NORTH KALVAK (AP) _ Envoys met here on Friday.");
        assertEquals(EntityType.CITY, name(found, "Tarvosk").orElseThrow().type(), found.toString());
        assertEquals(EntityType.REGION, name(found, "North Kalvak").orElseThrow().type(), found.toString());
        assertTrue(found.stream().noneMatch(m -> m.name().equals("TARVOSK")), found.toString());
    }
}
