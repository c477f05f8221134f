package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.newsgraph.StoreException;
import org.newsgraph.model.ArticleGraph;
import org.newsgraph.vocab.Iris;

/**
 * The embedded TDB2 dataset: one named graph per article, cross-article links in {@code ngr:graph/links}, and a
 * default graph for queries that is the union of the named graphs. Every read and write is a transaction;
 * each article is written in one, so a failure leaves nothing of it behind.
 */
public final class GraphStore implements AutoCloseable {
    private final Dataset dataset;
    private final String location;

    private GraphStore(Dataset dataset, String location) {
        this.dataset = dataset;
        this.location = location;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating if needed) the store in a directory. */
    public static GraphStore open(Path directory) {
        try {
            Files.createDirectories(directory);
            return new GraphStore(TDB2Factory.connectDataset(directory.toString()), directory.toString());
        } catch (java.io.IOException | RuntimeException e) {
            throw new StoreException("cannot open database " + directory + ": " + rootMessage(e), e);
        }
    }

    /** An in-memory TDB2 store with the same semantics, for tests and evaluation. */
    public static GraphStore inMemory() {
        return new GraphStore(TDB2Factory.createDataset(), "memory");
    }

    public Dataset dataset() {
        return dataset;
    }

    public String location() {
        return location;
    }

    /** Replaces the article's named graph with what it asserts now, in one write transaction. */
    public void replace(ArticleGraph graph) {
        Model model = ArticleModel.of(graph);
        String name = Iris.article(graph.article().id());
        write(() -> {
            dataset.removeNamedModel(name);
            dataset.addNamedModel(name, model);
        });
    }

    /** Runs a write transaction; any failure aborts it and is reported as a store error. */
    public void write(Runnable action) {
        try {
            Txn.executeWrite(dataset, action);
        } catch (RuntimeException e) {
            throw new StoreException("write to " + location + " failed: " + rootMessage(e), e);
        }
    }

    public <T> T read(Function<Dataset, T> action) {
        try {
            return Txn.calculateRead(dataset, () -> action.apply(dataset));
        } catch (org.newsgraph.NewsgraphException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("read from " + location + " failed: " + rootMessage(e), e);
        }
    }

    @Override
    public void close() {
        dataset.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
