package org.newsgraph.app;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.newsgraph.BadInputException;
import org.newsgraph.StoreException;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleGraph;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.resolve.CorpusIndex;
import org.newsgraph.resolve.CrossArticleResolver;
import org.newsgraph.resolve.EventLinker;
import org.newsgraph.resolve.NameKeys;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.GraphStore;

/**
 * Reads articles, runs the pipeline on each and writes each into its own named graph in one transaction.
 * A bad record is reported and skipped; the articles before and after it are stored.
 */
public final class Ingester {
    private final Pipeline pipeline;
    private final GraphStore store;

    public Ingester(Pipeline pipeline, GraphStore store) {
        this.pipeline = pipeline;
        this.store = store;
    }

    public IngestReport ingest(List<String> paths, ReadOptions options, InputStream stdin) {
        List<BadInputException> problems = new ArrayList<>();
        int[] counts = new int[3];
        new ArticleReader(options, stdin).read(paths, new ArticleSink() {
            @Override
            public void accept(Article article) {
                ArticleGraph graph = process(article, problems);
                if (graph != null) {
                    graph = write(graph, true);
                    counts[0]++;
                    counts[1] += graph.entities().size();
                    counts[2] += graph.events().size();
                }
            }

            @Override
            public void reject(BadInputException problem) {
                problems.add(problem);
            }
        });
        return new IngestReport(counts[0], counts[1], counts[2], problems);
    }

    /** One article into the store; what it asserts, joined to the corpus. */
    public ArticleGraph ingest(Article article) {
        return write(pipeline.process(article), true);
    }

    /**
     * Removes articles, and resolves again the articles that named one of their entities only by a short form,
     * so that the store is as if the removed articles had never been ingested.
     */
    public List<String> remove(List<String> articleIds) {
        Set<String> dependents = new TreeSet<>();
        for (String id : articleIds) {
            dependents.addAll(store.remove(id));
        }
        dependents.removeAll(articleIds);
        dependents.forEach(this::resolveAgain);
        return List.copyOf(dependents);
    }

    /** What cross-article resolution and linking make of an article's graph, read in one transaction. */
    private record Joined(CrossArticleResolver.Resolution resolution, List<EventLinker.Link> links,
                          Set<String> dependents) {
    }

    /**
     * Joins an article's graph to the corpus (short forms, event links) and writes it in one transaction; then
     * resolves again the articles whose short forms this one's full names may now explain.
     */
    private ArticleGraph write(ArticleGraph local, boolean followDependents) {
        Joined joined = store.withIndex(index -> {
            CrossArticleResolver.Resolution resolution = new CrossArticleResolver(index).resolve(local);
            List<EventLinker.Link> links = new EventLinker(index).links(resolution.graph());
            Set<String> dependents = followDependents ? shortFormArticles(index, resolution.graph()) : Set.of();
            return new Joined(resolution, links, dependents);
        });
        ArticleGraph graph = joined.resolution().graph();
        store.replace(graph, joined.links(), joined.resolution().shortForms());
        joined.dependents().forEach(this::resolveAgain);
        return graph;
    }

    /** Other articles that name a person only by a surname that one of this article's full names carries. */
    private static Set<String> shortFormArticles(CorpusIndex index, ArticleGraph graph) {
        Set<String> out = new TreeSet<>();
        for (Entity entity : graph.entities()) {
            if (entity.type() != EntityType.PERSON || NameKeys.isShortForm(entity.key())) {
                continue;
            }
            Set<String> keys = NameKeys.of(entity.key());
            String surname = keys.stream().reduce((a, b) -> b).orElseThrow();
            for (CorpusIndex.KnownEntity known : index.entitiesByKey(EntityType.PERSON, surname)) {
                if (NameKeys.isShortForm(known.key())) {
                    out.addAll(known.articles());
                }
            }
        }
        out.remove(graph.article().id());
        return out;
    }

    private void resolveAgain(String articleId) {
        store.article(articleId).ifPresent(article -> write(pipeline.process(article), false));
    }

    private ArticleGraph process(Article article, List<BadInputException> problems) {
        try {
            return pipeline.process(article);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            problems.add(new BadInputException("article " + article.id(), 0,
                    "could not be processed: " + e));
            return null;
        }
    }
}
