package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.GraphStore;
import org.newsgraph.vocab.Iris;
import org.newsgraph.vocab.NG;

/** Cross-article resolution and linking: one node per entity and per event, whatever the order. */
class CorpusLinkingTest {
    private static final Pipeline PIPELINE = Pipeline.english();

    private static final Article FULL_NAME = Article.of("full",
            "German Foreign Minister Ilse Brandt met Olav Berg in Oslo on Monday.")
            .withDate(LocalDate.of(2024, 3, 6));
    private static final Article SURNAME_ONLY = Article.of("surname",
            "Brandt met Olav Berg in Oslo on Monday, officials said. Brandt told reporters the talks went well.")
            .withDate(LocalDate.of(2024, 3, 5));
    private static final Article LATER_MEETING = Article.of("later",
            "Ilse Brandt met Olav Berg in Lisbon on Friday.").withDate(LocalDate.of(2024, 5, 10));

    private static Dataset ingest(Article... articles) {
        GraphStore store = GraphStore.inMemory();
        Ingester ingester = new Ingester(PIPELINE, store);
        for (Article article : articles) {
            ingester.ingest(article);
        }
        return copy(store);
    }

    private static Dataset copy(GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Dataset out = DatasetFactory.create();
            store.dataset().listModelNames().forEachRemaining(name ->
                    out.addNamedModel(name.getURI(), ModelFactory.createDefaultModel()
                            .add(store.dataset().getNamedModel(name.getURI()))));
            return out;
        });
    }

    private static Model union(Dataset ds) {
        Model all = ModelFactory.createDefaultModel();
        ds.listModelNames().forEachRemaining(n -> all.add(ds.getNamedModel(n.getURI())));
        return all;
    }

    /** Whether the first events of two articles are linked as reports of one event. */
    private static boolean sameFirstEvent(Dataset ds, String article, String other) {
        Model links = ds.getNamedModel(Iris.LINKS_GRAPH);
        return links.contains(links.createResource(Iris.event(article, 1)), NG.sameEventAs,
                links.createResource(Iris.event(other, 1)));
    }

    private static Resource person(Model m, String slug) {
        return m.createResource(Iris.BASE + "person/" + slug);
    }

    @Test
    void aSurnameJoinsThePersonOfAnotherArticle() {
        Model m = union(ingest(FULL_NAME, SURNAME_ONLY));
        Resource brandt = person(m, "ilse-brandt");
        assertTrue(m.contains(brandt, NG.mentionedIn, m.createResource(Iris.article("surname"))));
        assertTrue(m.contains(brandt, SKOS.altLabel, "Brandt"));
        assertFalse(m.containsResource(person(m, "brandt")));
    }

    @Test
    void theSameArticlesInAnyOrderGiveTheSameGraph() {
        Dataset forwards = ingest(FULL_NAME, SURNAME_ONLY, LATER_MEETING);
        Dataset backwards = ingest(LATER_MEETING, SURNAME_ONLY, FULL_NAME);
        assertTrue(IsoMatcher.isomorphic(forwards.asDatasetGraph(), backwards.asDatasetGraph()));
    }

    @Test
    void twoReportsOfOneMeetingAreTheSameEventAndALaterMeetingIsNot() {
        Dataset ds = ingest(FULL_NAME, SURNAME_ONLY, LATER_MEETING);
        Model links = ds.getNamedModel(Iris.LINKS_GRAPH);
        Resource first = links.createResource(Iris.event("full", 1));
        Resource second = links.createResource(Iris.event("surname", 1));
        Resource later = links.createResource(Iris.event("later", 1));
        assertTrue(links.contains(first, NG.sameEventAs, second));
        assertTrue(links.contains(second, NG.sameEventAs, first));
        assertFalse(links.contains(first, NG.sameEventAs, later));
        assertFalse(links.contains(later, NG.sameEventAs, second));
    }

    @Test
    void removingAnArticleLeavesTheGraphAsIfItHadNeverBeenIngested() {
        GraphStore store = GraphStore.inMemory();
        Ingester ingester = new Ingester(PIPELINE, store);
        ingester.ingest(FULL_NAME);
        ingester.ingest(SURNAME_ONLY);
        ingester.ingest(LATER_MEETING);
        List<String> resolvedAgain = ingester.remove(List.of("full"));
        assertEquals(List.of("surname"), resolvedAgain);
        Dataset expected = ingest(SURNAME_ONLY, LATER_MEETING);
        assertTrue(IsoMatcher.isomorphic(expected.asDatasetGraph(), copy(store).asDatasetGraph()),
                "graph after remove differs from the graph without the article");
    }

    @Test
    void peopleWhoShareASurnameStayApartWithoutContext() {
        Article golfer = Article.of("golf", "Golfer Dustin Hale of the United States won the Masters.");
        Article minister = Article.of("pm", "British Prime Minister Boris Hale visited Paris.");
        Article ambiguous = Article.of("hale", "The result was good, Hale said.");
        Model m = union(ingest(golfer, minister, ambiguous));
        assertTrue(m.contains(person(m, "hale"), NG.mentionedIn, m.createResource(Iris.article("hale"))));
        assertFalse(m.contains(person(m, "boris-hale"), NG.mentionedIn, m.createResource(Iris.article("hale"))));
    }

    @Test
    void aSharedSurnameJoinsThePersonWhoseTitleTheArticleGives() {
        Article golfer = Article.of("golf", "Golfer Dustin Hale won the Masters.");
        Article minister = Article.of("pm", "Prime Minister Boris Hale visited Paris.");
        Article titled = Article.of("titled", "Prime Minister Hale said the talks were good.");
        Model m = union(ingest(golfer, minister, titled));
        assertTrue(m.contains(person(m, "boris-hale"), NG.mentionedIn, m.createResource(Iris.article("titled"))));
    }

    @Test
    void firesAtOnePlaceLinkWhenBothOrNeitherAreDated() {
        Article dated = Article.of("fire-a", "A large fire broke out at a supermarket in Lyon on Sunday.")
                .withDate(LocalDate.of(2013, 7, 21));
        Article datedToo = Article.of("fire-b", "Crews fought a fire at a supermarket in Lyon on Sunday.")
                .withDate(LocalDate.of(2013, 7, 22));
        Article undated = Article.of("fire-c", "A fire destroyed a supermarket in Lyon.");
        Dataset ds = ingest(dated, datedToo, undated);
        assertTrue(sameFirstEvent(ds, "fire-a", "fire-b"), "two dated reports of one fire");
        assertFalse(sameFirstEvent(ds, "fire-a", "fire-c"), "an undated report cannot be told from another fire");
    }

    @Test
    void reportsThatGiveAMiddleNameOrNotNameOnePerson() {
        Article full = Article.of("mae", "Actress Lotte Mae Harrow died in Boston on Thursday.")
                .withDate(LocalDate.of(2008, 12, 12));
        Article short_ = Article.of("short", "Lotte Harrow died in Boston on Thursday, her agent said.")
                .withDate(LocalDate.of(2008, 12, 12));
        assertTrue(sameFirstEvent(ingest(full, short_), "mae", "short"));
    }

    @Test
    void reportsThatSpellTheGivenNameTwoWaysNameOnePersonButAnotherGivenNameDoesNot() {
        Article one = Article.of("bettie", "Actress Lottie Harrow died in Boston on Thursday.")
                .withDate(LocalDate.of(2008, 12, 12));
        Article other = Article.of("betty", "Lotty Harrow died in Boston on Thursday, her agent said.")
                .withDate(LocalDate.of(2008, 12, 12));
        Article brother = Article.of("lars", "Lars Harrow died in Boston on Thursday, his agent said.")
                .withDate(LocalDate.of(2008, 12, 12));
        Dataset ds = ingest(one, other, brother);
        assertTrue(sameFirstEvent(ds, "bettie", "betty"), "Lottie and Lotty Harrow: one death");
        assertFalse(sameFirstEvent(ds, "bettie", "lars"), "Lars Harrow is someone else");
    }

    @Test
    void aQuoteReportedWithAndWithoutTheSpeakersMiddleNameIsOneStatement() {
        Article full = Article.of("q-full", "\"We will rebuild the harbour before winter,\" said Mayor Lotte Mae Harrow.")
                .withDate(LocalDate.of(2008, 12, 12));
        Article short_ = Article.of("q-short", "\"We will rebuild the harbour before winter,\" Lotte Harrow said.")
                .withDate(LocalDate.of(2008, 12, 13));
        Dataset ds = ingest(full, short_);
        assertTrue(ds.getNamedModel(Iris.article("q-full")).contains(
                ResourceFactory.createResource(Iris.event("q-full", 1)), RDF.type, NG.term("Statement")),
                "the first report is read as a statement");
        assertTrue(sameFirstEvent(ds, "q-full", "q-short"));
    }

    @Test
    void theGraphIsTheSameWhateverTheThreadCountAndBatchSize() {
        List<Article> articles = List.of(FULL_NAME, SURNAME_ONLY, LATER_MEETING,
                Article.of("golf", "Golfer Dustin Hale of the United States won the Masters."),
                Article.of("pm", "British Prime Minister Boris Hale visited Paris on Friday."),
                Article.of("hale", "Prime Minister Hale said the talks with Olav Berg were good."),
                Article.of("fire", "A fire destroyed a warehouse in Lyon on Sunday.")
                        .withDate(LocalDate.of(2024, 3, 4)));
        Dataset sequential = ingestWith(articles, new Ingester.Options(1, 1, Ingester.Progress.NONE));
        Dataset parallel = ingestWith(articles, new Ingester.Options(3, 2, Ingester.Progress.NONE));
        assertTrue(IsoMatcher.isomorphic(sequential.asDatasetGraph(), parallel.asDatasetGraph()),
                "graphs differ between 1 thread and 3 threads");
    }

    private static Dataset ingestWith(List<Article> articles, Ingester.Options options) {
        GraphStore store = GraphStore.inMemory();
        IngestReport report = new Ingester(PIPELINE, store).ingest(articles, options);
        assertEquals(articles.size(), report.articles());
        return copy(store);
    }
}
