package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.Reading.country;
import static org.newsgraph.extract.Reading.entity;
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
import org.newsgraph.model.Mention;

/** What a name the gazetteer knows stands for in the article (NameDisambiguation). */
class NameDisambiguationTest {
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
    void citiesFromGeoNamesArePlacesButDoNotSplitAPersonsName() {
        ArticleGraph g = read("Nelson Okoro met the envoys in Lubumbashi. Gela Tsereteli said he was pleased with "
                + "the Democratic Republic of the Congo.");
        Entity city = entity(g, "Lubumbashi").orElseThrow();
        assertEquals(EntityType.CITY, city.type());
        assertEquals(Optional.of(country("Democratic Republic of the Congo")), city.locatedIn());
        assertEquals(EntityType.PERSON, entity(g, "Nelson Okoro").orElseThrow().type());
        assertEquals(EntityType.PERSON, entity(g, "Gela Tsereteli").orElseThrow().type());
        assertTrue(entity(g, "Nelson").isEmpty() && entity(g, "Gela").isEmpty(), g.entities().toString());
    }

    @Test
    void theGazetteerPlacesACityInItsCountryOnlyWhereTheArticleNamesTheCountry() {
        ArticleGraph unnamed = read("Nelson Okoro met the envoys in Lubumbashi on Monday.");
        assertEquals(Optional.empty(), entity(unnamed, "Lubumbashi").orElseThrow().locatedIn());
        assertTrue(entity(unnamed, "Democratic Republic of the Congo").isEmpty(), unnamed.entities().toString());
        ArticleGraph demonym = read("German envoy Olav Berg met Nelson Okoro in Hamburg on Monday.");
        assertEquals(Optional.of(country("Germany")), entity(demonym, "Hamburg").orElseThrow().locatedIn());
    }

    @Test
    void aGeoNamesCityIsThePersonItsContextMakesIt() {
        ArticleGraph hamilton = read("Hamilton said the plan would work.");
        assertEquals(EntityType.PERSON, entity(hamilton, "Hamilton").orElseThrow().type());
        ArticleGraph city = read("Olav Berg held talks in Hamilton on Monday.");
        assertEquals(EntityType.CITY, entity(city, "Hamilton").orElseThrow().type());
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
    void aNameKnownTwiceIsTheOneInACountryTheArticleNames() {
        assertEquals(EntityType.REGION, name(names("Voters in Atlanta said Georgia would decide."), "Georgia")
                .orElseThrow().type());
        assertEquals(EntityType.COUNTRY, name(names("Georgia and Armenia signed a treaty."), "Georgia")
                .orElseThrow().type());
    }

    @Test
    void aPlaceThatIsTheSurnameOfAPersonInTheArticleIsThatPerson() {
        List<Mention> found = names("Senator Tomas Lima arrived in Lima. Lima said he was tired.");
        List<EntityType> limas = found.stream().filter(m -> m.name().equals("Lima")).map(Mention::type).toList();
        assertEquals(List.of(EntityType.CITY, EntityType.PERSON), limas, found.toString());
    }
}
