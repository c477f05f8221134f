package org.newsgraph.app;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.newsgraph.BadInputException;
import org.newsgraph.StoreException;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleGraph;
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
                    store.replace(graph);
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

    /** One article into the store; what it asserts. */
    public ArticleGraph ingest(Article article) {
        ArticleGraph graph = pipeline.process(article);
        store.replace(graph);
        return graph;
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
