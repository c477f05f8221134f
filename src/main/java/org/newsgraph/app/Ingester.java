package org.newsgraph.app;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.Set;
import java.util.TreeSet;

import org.newsgraph.BadInputException;
import org.newsgraph.NewsgraphException;
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
    /**
     * How many articles' pipeline results the writer keeps, so that resolving a recent article again (when a
     * new full name explains its short form) need not read it again. Bounded: memory stays flat.
     */
    private static final int RECENT = 4096;

    private final java.util.function.Supplier<Pipeline> pipelineSource;
    private Pipeline pipeline;
    private final GraphStore store;
    private final Map<String, ArticleGraph> recent = new LinkedHashMap<>(RECENT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ArticleGraph> eldest) {
            return size() > RECENT;
        }
    };

    public Ingester(Pipeline pipeline, GraphStore store) {
        this(() -> pipeline, store);
    }

    /**
     * An ingester whose pipeline (models, gazetteers) is built only when an article must be read: {@code remove}
     * needs it only for the articles it resolves again and are no longer among the recent ones.
     */
    public Ingester(java.util.function.Supplier<Pipeline> pipeline, GraphStore store) {
        this.pipelineSource = pipeline;
        this.store = store;
    }

    private synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = pipelineSource.get();
        }
        return pipeline;
    }

    /** How an ingest runs: pipeline threads, articles per write transaction, and who hears of progress. */
    public record Options(int threads, int batchSize, Progress progress) {
        public Options {
            if (threads < 1 || batchSize < 1) {
                throw new IllegalArgumentException("threads and batch size must be at least 1");
            }
            Objects.requireNonNull(progress, "progress");
        }

        public static Options sequential() {
            return new Options(1, 1, Progress.NONE);
        }
    }

    /**
     * How far an ingest has come: articles written (into the open or a committed transaction), articles read
     * so far, bad records, and bytes of input read out of the total (0 when unknown).
     */
    public record Snapshot(long written, long read, long bad, long bytesRead, long totalBytes) {
        /** The share of the work done, estimated from the input read and the articles written of those read. */
        public double done() {
            if (totalBytes <= 0 || read <= 0) {
                return -1;
            }
            return Math.min(1.0, (double) bytesRead / totalBytes * written / read);
        }
    }

    /** Hears how far an ingest has come. */
    public interface Progress {
        Progress NONE = snapshot -> { };

        void update(Snapshot snapshot);
    }

    private volatile boolean stopping;

    /**
     * Asks a running ingest to stop: it reads no further, writes the articles it has finished, commits them,
     * and returns its report (marked interrupted). Safe from any thread, e.g. a signal handler.
     */
    public void stop() {
        stopping = true;
    }

    public IngestReport ingest(List<String> paths, ReadOptions options, InputStream stdin) {
        return ingest(paths, options, stdin, Options.sequential());
    }

    /**
     * Reads, processes and stores articles. With one thread everything runs on this one; with more, the
     * pipeline runs on worker threads while this thread writes, in input order (the result is the same
     * whatever the thread count), {@code batchSize} articles a transaction. Queues are bounded, so memory stays
     * flat whatever the corpus size.
     */
    public IngestReport ingest(List<String> paths, ReadOptions options, InputStream stdin, Options run) {
        ArticleReader reader = new ArticleReader(options, stdin);
        long totalBytes = ArticleReader.totalBytes(paths);
        return ingest(sink -> reader.read(paths, sink), reader::bytesRead, totalBytes, run);
    }

    /** Articles already in memory (benchmarks, tests). */
    public IngestReport ingest(List<Article> articles, Options run) {
        return ingest(sink -> articles.forEach(sink::accept), () -> 0, 0, run);
    }

    /** Where articles come from: something that hands each to a sink, in order. */
    private interface Source {
        void read(ArticleSink sink);
    }

    private IngestReport ingest(Source reader, java.util.function.LongSupplier bytesRead, long totalBytes,
                                Options run) {
        Writer writer = new Writer(run);
        java.util.concurrent.atomic.AtomicLong read = new java.util.concurrent.atomic.AtomicLong();
        Runnable progress = () -> run.progress().update(new Snapshot(writer.written(), read.get(),
                writer.problems.size(), bytesRead.getAsLong(), totalBytes));
        if (run.threads() == 1) {
            try {
                reader.read(new ArticleSink() {
                    @Override
                    public void accept(Article article) {
                        if (stopping) {
                            throw new Stopped();
                        }
                        read.incrementAndGet();
                        writer.add(article, process(article));
                        progress.run();
                    }

                    @Override
                    public void reject(BadInputException problem) {
                        writer.problems.add(problem);
                    }
                });
            } catch (Stopped e) {
                // the articles finished so far are written below
            }
            writer.flush();
            return writer.report(stopping);
        }
        ExecutorService workers = Executors.newFixedThreadPool(run.threads(), daemon("newsgraph-pipeline"));
        BlockingQueue<Item> queue = new ArrayBlockingQueue<>(run.threads() * 4 + run.batchSize());
        java.util.concurrent.atomic.AtomicReference<Error> readerFailure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread readerThread = daemon("newsgraph-reader").newThread(() -> {
            try {
                reader.read(new ArticleSink() {
                    @Override
                    public void accept(Article article) {
                        if (stopping || Thread.currentThread().isInterrupted()) {
                            throw new Stopped();
                        }
                        read.incrementAndGet();
                        put(queue, new Item(article, workers.submit(() -> process(article)), null));
                    }

                    @Override
                    public void reject(BadInputException problem) {
                        put(queue, new Item(null, null, problem));
                    }
                });
            } catch (Stopped e) {
                // asked to stop: no further articles
            } catch (RuntimeException e) {
                put(queue, new Item(null, null, new BadInputException("input", 0, "reading stopped: " + e)));
            } catch (Error e) {
                readerFailure.set(e); // out of memory, say: the ingest ends with it, after what was read
            } finally {
                put(queue, Item.END);
            }
        });
        readerThread.start();
        try {
            for (Item item = take(queue); item != Item.END && !stopping; item = take(queue)) {
                if (item.problem() != null) {
                    writer.problems.add(item.problem());
                    continue;
                }
                writer.add(item.article(), result(item.processed()));
                progress.run();
            }
            writer.flush();
            if (readerFailure.get() != null) {
                throw readerFailure.get();
            }
        } finally {
            workers.shutdownNow();
            readerThread.interrupt();
        }
        return writer.report(stopping);
    }

    /** Thrown through a reader to end it when the ingest is asked to stop. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }

    /** An article on its way from the reader to the writer: its processing, or a problem, or the end. */
    private record Item(Article article, Future<Processed> processed, BadInputException problem) {
        static final Item END = new Item(null, null, null);
    }

    /** What the pipeline made of an article, or why it could not. */
    private record Processed(ArticleGraph graph, BadInputException problem) {
    }

    private Processed process(Article article) {
        try {
            return new Processed(pipeline().process(article), null);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            return new Processed(null, new BadInputException("article " + article.id(), 0,
                    "could not be processed: " + e));
        }
    }

    private static Processed result(Future<Processed> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsgraphException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new NewsgraphException("pipeline failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * The longest a batch stays open: a transaction commits when it holds {@code batchSize} articles or when its
     * first article has waited this long, so that a kill loses at most this much work however slow the articles.
     */
    static final long MAX_BATCH_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);

    /** Collects processed articles and writes them, a batch a transaction. Used by one thread. */
    private final class Writer {
        private final Options run;
        private final List<ArticleGraph> batch = new ArrayList<>();
        private long batchOpened;
        final List<BadInputException> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        int articles;
        int replaced;
        int entities;
        int events;

        Writer(Options run) {
            this.run = run;
        }

        void add(Article article, Processed processed) {
            if (processed.problem() != null) {
                problems.add(processed.problem());
                return;
            }
            if (batch.isEmpty()) {
                batchOpened = System.nanoTime();
            }
            batch.add(processed.graph());
            if (batch.size() >= run.batchSize() || System.nanoTime() - batchOpened >= MAX_BATCH_NANOS) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            int[] earlier = new int[1];
            List<ArticleGraph> written = store.inBatch(b -> {
                List<ArticleGraph> out = new ArrayList<>();
                for (ArticleGraph graph : batch) {
                    if (b.contains(graph.article().id())) {
                        earlier[0]++;
                    }
                    out.add(write(b, graph, true));
                }
                return out;
            });
            for (ArticleGraph graph : written) {
                articles++;
                entities += graph.entities().size();
                events += graph.events().size();
            }
            replaced += earlier[0];
            batch.clear();
        }

        IngestReport report(boolean interrupted) {
            return new IngestReport(articles, replaced, entities, events, problems, interrupted);
        }

        /** Articles written or waiting in the current batch. */
        long written() {
            return articles + batch.size();
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static <T> void put(BlockingQueue<T> queue, T item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T take(BlockingQueue<T> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsgraphException("ingest interrupted", e);
        }
    }

    /** One article into the store; what it asserts, joined to the corpus. */
    public ArticleGraph ingest(Article article) {
        ArticleGraph local = pipeline().process(article);
        return store.inBatch(b -> write(b, local, true));
    }

    /**
     * Removes articles, and resolves again the articles whose short forms they explained, so that the store is
     * as if the removed articles had never been ingested. One transaction.
     */
    public List<String> remove(List<String> articleIds) {
        return store.inBatch(b -> {
            Set<String> dependents = new TreeSet<>();
            for (String id : articleIds) {
                CorpusIndex index = b.index();
                Map<String, Set<CorpusIndex.KnownEntity>> before = namesakes(index, index.surnamesNamedInFullBy(id), id);
                Set<String> keys = linkKeys(index.eventsOf(id));
                Set<String> commonBefore = index.commonLinkKeys(keys);
                dependents.addAll(b.remove(id));
                recent.remove(id);
                relinkFlipped(b, new EventLinker(index), keys, commonBefore, id);
                dependents.addAll(changed(index, before, id));
            }
            dependents.removeAll(articleIds);
            dependents.forEach(id -> resolveAgain(b, id));
            return List.copyOf(dependents);
        });
    }

    /**
     * Joins an article's graph to the corpus (short forms, event links) and writes it; then resolves again the
     * articles whose short forms may resolve otherwise now. Inside a write batch.
     */
    private ArticleGraph write(GraphStore.Batch b, ArticleGraph local, boolean followDependents) {
        String id = local.article().id();
        recent.put(id, local);
        CorpusIndex index = b.index();
        Map<String, Set<CorpusIndex.KnownEntity>> before = Map.of();
        if (followDependents) {
            Set<String> surnames = new TreeSet<>(index.surnamesNamedInFullBy(id));
            surnames.addAll(surnamesNamedInFull(local));
            before = namesakes(index, surnames, id);
        }
        CrossArticleResolver.Resolution resolution = new CrossArticleResolver(index).resolve(local);
        ArticleGraph graph = resolution.graph();
        if (!followDependents && b.contains(id) && b.shortFormsOf(id).equals(iris(resolution.shortForms()))) {
            return graph; // resolved again to what it was: the stored graph stands
        }
        Set<String> keys = linkKeys(index.eventsOf(id));
        graph.events().forEach(e -> keys.addAll(EventLinker.keys(e, graph.article().date())));
        Set<String> commonBefore = index.commonLinkKeys(keys);
        b.replace(graph, resolution.shortForms());
        EventLinker linker = new EventLinker(index);
        b.link(linker.links(index.eventsOf(id)));
        relinkFlipped(b, linker, keys, commonBefore, id);
        Set<String> dependents = changed(index, before, id);
        dependents.remove(id);
        dependents.forEach(other -> resolveAgain(b, other));
        return graph;
    }

    private static Set<String> iris(Set<org.newsgraph.model.EntityKey> keys) {
        Set<String> out = new java.util.HashSet<>();
        keys.forEach(k -> out.add(org.newsgraph.vocab.Iris.entity(k)));
        return out;
    }

    private static Set<String> linkKeys(List<CorpusIndex.KnownEvent> events) {
        Set<String> out = new TreeSet<>();
        events.forEach(e -> out.addAll(e.linkKeys()));
        return out;
    }

    /**
     * A link key that became too common, or common no more, changes which events are candidates for each other,
     * among the events filed under it (a bounded number, as the key has just crossed the limit): a pair it
     * joined stays linked only if another key still joins it; a key usable again joins the pairs under it
     * that report the same event. So the links are those of the set of articles, whatever the order.
     */
    private static void relinkFlipped(GraphStore.Batch b, EventLinker linker, Set<String> keys,
                                      Set<String> commonBefore, String articleId) {
        Set<String> commonAfter = b.index().commonLinkKeys(keys);
        Map<String, Boolean> commonness = new java.util.HashMap<>();
        keys.forEach(k -> commonness.put(k, commonAfter.contains(k)));
        for (String key : keys) {
            boolean common = commonAfter.contains(key);
            if (commonBefore.contains(key) == common) {
                continue;
            }
            List<CorpusIndex.KnownEvent> under = b.index().eventsUnder(key).stream()
                    .filter(e -> !e.articleId().equals(articleId)).toList();
            if (!common) {
                b.link(EventLinker.pairs(under));
                continue;
            }
            Map<String, CorpusIndex.KnownEvent> byIri = new java.util.HashMap<>();
            under.forEach(e -> byIri.put(e.iri(), e));
            for (CorpusIndex.KnownEvent event : under) {
                Set<String> partners = b.matchesOf(event.iri());
                Set<String> kept = new TreeSet<>(partners);
                kept.removeIf(other -> byIri.containsKey(other) && !linker.candidates(event, byIri.get(other), commonness));
                if (kept.size() < partners.size()) {
                    b.relink(event.iri(), kept.stream().map(o -> new EventLinker.Link(event.iri(), o)).toList());
                }
            }
        }
    }

    /** What an article says of the people it names in full, by surname key. */
    private static Map<String, Set<CorpusIndex.KnownEntity>> namesakes(CorpusIndex index, Set<String> surnames,
                                                                        String articleId) {
        Map<String, Set<CorpusIndex.KnownEntity>> out = new java.util.TreeMap<>();
        for (String surname : surnames) {
            out.put(surname, index.namedInFullBy(articleId, surname));
        }
        return out;
    }

    /**
     * The articles to resolve again after an article changed what it says of the people it names in full: all
     * that name a person by the surname alone when the corpus now says otherwise of that surname's people (a
     * person, title or affiliation no other article gives, while the surname is not too common); else only
     * those that also name some of them in full themselves (they look the surname up without their own account).
     */
    private static Set<String> changed(CorpusIndex index, Map<String, Set<CorpusIndex.KnownEntity>> before,
                                       String articleId) {
        Set<String> out = new TreeSet<>();
        Map<String, Set<CorpusIndex.KnownEntity>> after = namesakes(index, before.keySet(), articleId);
        for (Map.Entry<String, Set<CorpusIndex.KnownEntity>> entry : before.entrySet()) {
            String surname = entry.getKey();
            Set<CorpusIndex.KnownEntity> was = entry.getValue();
            Set<CorpusIndex.KnownEntity> now = after.get(surname);
            if (was.equals(now)) {
                continue;
            }
            boolean common = index.countNamedInFull(surname, articleId, CrossArticleResolver.MAX_NAMESAKES)
                    >= CrossArticleResolver.MAX_NAMESAKES;
            if (!common && corpusChanged(index, was, now, articleId)) {
                out.addAll(index.shortFormArticles(surname));
            } else {
                for (String other : index.shortFormArticles(surname)) {
                    if (!index.namedInFullBy(other, surname).isEmpty()) {
                        out.add(other);
                    }
                }
            }
        }
        return out;
    }

    /** Whether the difference between two accounts of an article is something no other article says. */
    private static boolean corpusChanged(CorpusIndex index, Set<CorpusIndex.KnownEntity> was,
                                         Set<CorpusIndex.KnownEntity> now, String articleId) {
        Map<org.newsgraph.model.EntityKey, CorpusIndex.KnownEntity> before = new java.util.HashMap<>();
        Map<org.newsgraph.model.EntityKey, CorpusIndex.KnownEntity> after = new java.util.HashMap<>();
        was.forEach(e -> before.put(e.key(), e));
        now.forEach(e -> after.put(e.key(), e));
        Set<org.newsgraph.model.EntityKey> people = new java.util.HashSet<>(before.keySet());
        people.addAll(after.keySet());
        for (org.newsgraph.model.EntityKey person : people) {
            CorpusIndex.KnownEntity none = new CorpusIndex.KnownEntity(person, Set.of(), Set.of());
            CorpusIndex.KnownEntity a = before.getOrDefault(person, none);
            CorpusIndex.KnownEntity b = after.getOrDefault(person, none);
            if ((a == none || b == none) && !index.namedInFullElsewhere(person, articleId)) {
                return true;
            }
            for (String title : difference(a.titles(), b.titles())) {
                if (!index.titleElsewhere(person, title, articleId)) {
                    return true;
                }
            }
            for (org.newsgraph.model.EntityKey group : difference(a.affiliations(), b.affiliations())) {
                if (!index.affiliationElsewhere(person, group, articleId)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static <T> Set<T> difference(Set<T> a, Set<T> b) {
        Set<T> out = new java.util.HashSet<>(a);
        out.addAll(b);
        Set<T> both = new java.util.HashSet<>(a);
        both.retainAll(b);
        out.removeAll(both);
        return out;
    }

    /** The surname keys of the people a graph names in full. */
    private static Set<String> surnamesNamedInFull(ArticleGraph graph) {
        Set<String> out = new TreeSet<>();
        for (Entity entity : graph.entities()) {
            if (entity.type() == EntityType.PERSON && !NameKeys.isShortForm(entity.key()) && entity.mentioned()) {
                NameKeys.of(entity.key()).ifPresent(out::add);
            }
        }
        return out;
    }

    private void resolveAgain(GraphStore.Batch b, String articleId) {
        ArticleGraph local = recent.get(articleId);
        if (local != null) {
            write(b, local, false);
        } else {
            b.article(articleId).ifPresent(article -> write(b, pipeline().process(article), false));
        }
    }
}
