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
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleGraph;
import org.newsgraph.model.EntityKey;
import org.newsgraph.resolve.CorpusIndex;
import org.newsgraph.resolve.EventLinker;
import org.newsgraph.vocab.NG;
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

    /**
     * Opens (creating if needed) the store in a directory. A journal torn by a writer killed during a commit is
     * cut back to its last commit first (see {@link TornJournal}): nothing stored is lost, the interrupted
     * transaction is, as if the kill had come a moment earlier.
     */
    public static GraphStore open(Path directory) {
        try {
            Files.createDirectories(directory);
            return new GraphStore(connect(directory), directory.toString());
        } catch (java.io.IOException | RuntimeException e) {
            java.util.regex.Matcher holder = java.util.regex.Pattern.compile("held by process (\\d+)")
                    .matcher(rootMessage(e));
            if (holder.find()) {
                throw new StoreException("the database " + directory + " is in use by process " + holder.group(1)
                        + " (another ingest, query or serve?); a TDB2 database is open in one process at a time", e);
            }
            throw new StoreException("cannot open database " + directory + ": " + rootMessage(e), e);
        }
    }

    private static Dataset connect(Path directory) throws java.io.IOException {
        repairTornJournals(directory);
        return TDB2Factory.connectDataset(directory.toString());
    }

    /**
     * A journal left non-empty is read before Jena opens the database, and cut back to its last commit if a
     * kill tore its end (Jena itself refuses to open such a database). Only under the database's lock, so a
     * journal another process is writing is never touched; a store in use is reported by Jena as before.
     */
    private static void repairTornJournals(Path directory) throws java.io.IOException {
        java.util.List<Path> journals = new java.util.ArrayList<>();
        for (Path journal : TornJournal.journalsIn(directory)) {
            if (Files.size(journal) > 0) {
                journals.add(journal);
            }
        }
        if (journals.isEmpty()) {
            return;
        }
        var lock = org.apache.jena.dboe.base.file.ProcessFileLock.create(directory.resolve("tdb.lock").toString());
        if (lock.isLockedHere() || !lock.tryLock()) {
            return;
        }
        try {
            for (Path journal : journals) {
                TornJournal.repair(journal);
            }
        } finally {
            org.apache.jena.dboe.base.file.ProcessFileLock.release(lock);
        }
    }

    /** Whether a folder holds a TDB2 database (a {@code Data-NNNN} generation folder). */
    public static boolean isDatabase(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (var children = Files.list(directory)) {
            return children.anyMatch(c -> Files.isDirectory(c) && c.getFileName().toString().matches("Data-\\d+"));
        } catch (java.io.IOException e) {
            return false;
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
        replace(graph, List.of(), Set.of());
    }

    /** Replaces the article's named graph and its cross-article links, in one write transaction. */
    public void replace(ArticleGraph graph, List<EventLinker.Link> matches, Set<EntityKey> shortForms) {
        inBatch(batch -> {
            batch.replace(graph, matches, shortForms);
            return null;
        });
    }

    /** Removes an article in one write transaction; see {@link Batch#remove}. */
    public Set<String> remove(String articleId) {
        return inBatch(batch -> batch.remove(articleId));
    }

    /** The article as it was read, from its graph. */
    public Optional<Article> article(String articleId) {
        return read(ds -> new Batch().article(articleId));
    }

    /** Runs lookups in the corpus index inside one read transaction. */
    public <T> T withIndex(Function<CorpusIndex, T> action) {
        return read(ds -> action.apply(new StoreIndex(ds)));
    }

    /**
     * Runs a batch of article writes in one write transaction: a failure aborts them all and what was committed
     * before stays. Inside it, the index sees the batch's own writes.
     */
    public <T> T inBatch(Function<Batch, T> action) {
        Object[] result = new Object[1];
        write(() -> result[0] = action.apply(new Batch()));
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /** The operations of a write transaction. Valid only inside {@link #inBatch}. */
    public final class Batch {
        private final StoreIndex index = new StoreIndex(dataset);

        private Batch() {
        }

        public CorpusIndex index() {
            return index;
        }

        /**
         * Replaces the article's named graph and its cross-article links: the matches of its earlier events are
         * forgotten (their clusters reclosed), the new matches added, and the corpus entities it names only by a
         * short form recorded.
         */
        public void replace(ArticleGraph graph, List<EventLinker.Link> matches, Set<EntityKey> shortForms) {
            replace(graph, shortForms);
            link(matches);
        }

        /**
         * Replaces the article's named graph: the matches of its earlier events are forgotten (their clusters
         * reclosed), and the corpus entities it names only by a short form recorded. Its new events are linked
         * with {@link #link} once they are in the store.
         */
        public void replace(ArticleGraph graph, Set<EntityKey> shortForms) {
            index.forget(graph.article().id());
            Model model = ArticleModel.of(graph);
            String name = Iris.article(graph.article().id());
            LinksGraph links = new LinksGraph(dataset.getNamedModel(Iris.LINKS_GRAPH));
            links.forget(eventsOf(name));
            links.forgetShortForms(name);
            dataset.removeNamedModel(name);
            dataset.addNamedModel(name, model);
            shortForms.forEach(key -> links.shortForm(Iris.entity(key), name));
        }

        /** Adds matches between events and closes their clusters. */
        public void link(List<EventLinker.Link> matches) {
            new LinksGraph(dataset.getNamedModel(Iris.LINKS_GRAPH)).add(matches);
        }

        /**
         * Gives an event these matches instead of the ones it has, reclosing its cluster; nothing is written
         * when they are the same.
         */
        public void relink(String event, List<EventLinker.Link> matches) {
            LinksGraph links = new LinksGraph(dataset.getNamedModel(Iris.LINKS_GRAPH));
            Set<String> now = new java.util.HashSet<>();
            matches.forEach(m -> now.add(m.event().equals(event) ? m.other() : m.event()));
            if (links.matchesOf(event).equals(now)) {
                return;
            }
            links.forget(Set.of(event));
            links.add(matches);
        }

        /** The events this event is matched with directly. */
        public Set<String> matchesOf(String event) {
            return new LinksGraph(dataset.getNamedModel(Iris.LINKS_GRAPH)).matchesOf(event);
        }

        /** The IRIs of the entities this article names by a short form resolved to them. */
        public Set<String> shortFormsOf(String articleId) {
            return new LinksGraph(dataset.getNamedModel(Iris.LINKS_GRAPH)).shortFormsIn(Iris.article(articleId));
        }

        /**
         * Removes an article: its graph, its events' matches (the clusters they joined are reclosed without
         * them) and its short-form records. Returns the ids of the other articles that named one of its entities
         * only by a short form: they must be resolved again.
         */
        public Set<String> remove(String articleId) {
            String name = Iris.article(articleId);
            if (!dataset.containsNamedModel(name)) {
                throw new org.newsgraph.BadInputException(articleId, 0, "no such article in " + location);
            }
            index.forget(articleId);
            Set<String> dependents = new java.util.TreeSet<>();
            LinksGraph links = new LinksGraph(dataset.getNamedModel(Iris.LINKS_GRAPH));
            Model graph = dataset.getNamedModel(name);
            graph.listSubjectsWithProperty(NG.mentionedIn, graph.createResource(name)).forEachRemaining(entity ->
                    links.shortFormArticles(entity.getURI()).forEach(a -> dependents.add(Iris.articleId(a))));
            dependents.remove(articleId);
            links.forget(eventsOf(name));
            links.forgetShortForms(name);
            dataset.removeNamedModel(name);
            return dependents;
        }

        /** Whether the store holds this article. */
        public boolean contains(String articleId) {
            return dataset.containsNamedModel(Iris.article(articleId));
        }

        /** The article as it was read, from its graph. */
        public Optional<Article> article(String articleId) {
            String name = Iris.article(articleId);
            return dataset.containsNamedModel(name)
                    ? Optional.of(ArticleModel.article(dataset.getNamedModel(name), name)) : Optional.empty();
        }
    }

    private Set<String> eventsOf(String graphName) {
        Set<String> events = new java.util.HashSet<>();
        if (dataset.containsNamedModel(graphName)) {
            Model graph = dataset.getNamedModel(graphName);
            graph.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, NG.Event)
                    .forEachRemaining(e -> events.add(e.getURI()));
        }
        return events;
    }

    /** Runs a write transaction; any failure aborts it and is reported as a store error. */
    public void write(Runnable action) {
        try {
            Txn.executeWrite(dataset, action);
        } catch (org.newsgraph.BadInputException e) {
            throw e;
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

    /** Compacts the TDB2 database: drops the space earlier transactions left behind. */
    public void compact() {
        if (!location.equals("memory")) {
            try {
                org.apache.jena.tdb2.DatabaseMgr.compact(dataset.asDatasetGraph(), true);
            } catch (RuntimeException e) {
                throw new StoreException("compaction of " + location + " failed: " + rootMessage(e), e);
            }
        }
    }

    /**
     * Closes the store and lets go of its folder (TDB2 keeps a database open for the life of the JVM unless
     * told otherwise), so that another process may open it.
     */
    @Override
    public void close() {
        dataset.close();
        if (!location.equals("memory")) {
            org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
