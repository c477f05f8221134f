package org.newsgraph.store;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.newsgraph.model.ArticleGraph;
import org.newsgraph.resolve.CorpusIndex;
import org.newsgraph.vocab.Iris;

/**
 * What the corpus index ({@link StoreIndex}) reads of one article's graph, read from that graph alone: the same
 * code on the same RDF, so that a cluster job, which groups these by key instead of looking them up in a store,
 * builds the graph the store would.
 */
public final class OneArticleIndex {
    private final String articleId;
    private final StoreIndex index;

    private OneArticleIndex(ArticleGraph graph) {
        this.articleId = graph.article().id();
        Dataset dataset = DatasetFactory.create();
        dataset.addNamedModel(Iris.article(articleId), ArticleModel.of(graph));
        this.index = new StoreIndex(dataset);
    }

    public static OneArticleIndex of(ArticleGraph graph) {
        return new OneArticleIndex(graph);
    }

    /** The people the article names in full, with the titles and affiliations it gives them, by surname key. */
    public Map<String, Set<CorpusIndex.KnownEntity>> namedInFull() {
        Map<String, Set<CorpusIndex.KnownEntity>> out = new TreeMap<>();
        for (String surname : index.surnamesNamedInFullBy(articleId)) {
            out.put(surname, index.namedInFullBy(articleId, surname));
        }
        return out;
    }

    /** The article's events as linking reads them from the store, link keys included. */
    public List<CorpusIndex.KnownEvent> events() {
        return index.eventsOf(articleId);
    }
}
