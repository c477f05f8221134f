package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.NewsgraphException;
import org.newsgraph.extract.EventExtractor;
import org.newsgraph.extract.EventLexicon;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.Layer;
import org.newsgraph.extract.MentionFinder;
import org.newsgraph.extract.RoleExtractor;
import org.newsgraph.extract.StatementExtractor;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleGraph;
import org.newsgraph.model.Fact;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.resolve.ArticleResolver;

/**
 * Reads one article into what it asserts: annotate (sentences, tokens, POS, lemmas), find mentions, run the
 * extractors, resolve. Built in one place, where it checks that each extractor's required layers are provided.
 * Thread-safe: every stage is a pure function of its input.
 */
public final class Pipeline {
    private static final Set<Layer> ANNOTATED = EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.LEMMAS);

    private final Annotator annotator;
    private final MentionFinder mentionFinder;
    private final List<Extractor> extractors;
    private final ArticleResolver resolver;

    private Pipeline(Annotator annotator, MentionFinder mentionFinder, List<Extractor> extractors,
                     ArticleResolver resolver) {
        Set<Layer> provided = EnumSet.copyOf(ANNOTATED);
        provided.add(Layer.MENTIONS);
        for (Extractor extractor : extractors) {
            for (Layer layer : extractor.requires()) {
                if (!provided.contains(layer)) {
                    throw new NewsgraphException("extractor " + extractor.name() + " requires layer " + layer
                            + ", which no earlier stage provides");
                }
            }
        }
        this.annotator = annotator;
        this.mentionFinder = mentionFinder;
        this.extractors = List.copyOf(extractors);
        this.resolver = resolver;
    }

    /** The English pipeline with every extractor Newsgraph has. */
    public static Pipeline english() {
        Gazetteer gazetteer = Gazetteer.english();
        List<Extractor> extractors = new ArrayList<>();
        extractors.add(new RoleExtractor(gazetteer));
        extractors.addAll(EventExtractor.families(EventLexicon.english(), gazetteer));
        extractors.add(new StatementExtractor(gazetteer));
        return new Pipeline(new Annotator(), new MentionFinder(gazetteer), extractors, new ArticleResolver(gazetteer));
    }

    /**
     * Starts building the English pipeline, its models loaded too, on a background thread, so that a command can
     * open its store meanwhile (Jena's start-up and the models' each take a few hundred milliseconds); the
     * supplier waits for it and rethrows what the build threw. Logging starts first, on the caller's thread: when
     * the heap is short, the error must reach the command's handler, not be printed by log4j's own start-up while
     * the models take the memory.
     */
    public static java.util.function.Supplier<Pipeline> englishInBackground() {
        org.slf4j.LoggerFactory.getLogger(Pipeline.class); // starts log4j's context: its configuration is read here
        java.util.concurrent.CompletableFuture<Pipeline> building = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            Pipeline pipeline = english();
            Annotator.preload();
            return pipeline;
        }, task -> {
            Thread thread = new Thread(task, "newsgraph-pipeline-load");
            thread.setDaemon(true);
            thread.start();
        });
        return () -> {
            try {
                return building.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        };
    }

    /** Sentences, tokens, tags, lemmas and mentions. */
    public AnnotatedArticle annotate(Article article) {
        return mentionFinder.find(annotator.annotate(article));
    }

    public List<Fact> extract(AnnotatedArticle annotated) {
        List<Fact> facts = new ArrayList<>();
        for (Extractor extractor : extractors) {
            facts.addAll(extractor.extract(annotated));
        }
        return facts;
    }

    public ArticleGraph process(Article article) {
        AnnotatedArticle annotated = annotate(article);
        return resolver.resolve(annotated, extract(annotated));
    }
}
