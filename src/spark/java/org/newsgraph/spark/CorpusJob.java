package org.newsgraph.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.newsgraph.BadInputException;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleGraph;
import org.newsgraph.model.ArticleGraphCodec;
import org.newsgraph.store.ArticleModel;
import org.newsgraph.vocab.Iris;
import org.newsgraph.vocab.NG;
import scala.Tuple2;
import scala.Tuple3;

/**
 * The ingest of a corpus on Spark, in stages: read, annotate and extract (per partition, the pipeline loaded once
 * per executor); resolve short forms (grouped by surname key); link events (grouped by link key) and close their
 * clusters; write the article graphs and the links graph as N-Quads shards and the manifest. The same extractor,
 * resolution and linking code as {@code newsgraph ingest}, so {@code newsgraph load} of the shards builds the
 * store that ingest would.
 */
final class CorpusJob {
    /** What a run reads and writes: input paths, the output folder, partitions, and whether any language is read. */
    record Options(List<String> inputs, String output, int partitions, boolean anyLanguage) {
    }

    private CorpusJob() {
    }

    static Manifest run(SparkSession spark, Options options) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        HadoopConf conf = new HadoopConf(sc.hadoopConfiguration());
        String output = options.output().replaceAll("/+$", "");
        ArticleSource.Inputs inputs = ArticleSource.list(conf, options.inputs());
        if (inputs.jsonLines().isEmpty() && inputs.parquet().isEmpty()) {
            throw new BadInputException(String.join(" ", options.inputs()), 0,
                    "no .jsonl, .jsonl.gz or .parquet files to read");
        }
        prepare(conf, output);
        int partitions = options.partitions() > 0 ? options.partitions() : 4 * sc.defaultParallelism();
        Partitioner partitioner = new HashPartitioner(partitions);
        Problems problems = new Problems(sc.sc());
        LongAccumulator distinct = sc.sc().longAccumulator("distinct ids");
        LongAccumulator events = sc.sc().longAccumulator("events");
        Map<String, Double> seconds = new LinkedHashMap<>();

        long start = System.nanoTime();
        JavaPairRDD<String, ShortForms.Local> local = ArticleSource.articles(spark, conf, inputs, options.anyLanguage(), problems,
                partitioner).flatMapValues(read -> {
                    distinct.add(1);
                    return process(read.decoded(), problems).iterator();
                }).persist(StorageLevel.DISK_ONLY());
        long articles = local.count();
        start = lap(seconds, "read, annotate and extract", start);

        JavaPairRDD<String, ShortForms.Resolved> resolved = ShortForms.resolve(local, partitioner)
                .persist(StorageLevel.DISK_ONLY());
        resolved.count();
        local.unpersist(false);
        start = lap(seconds, "resolve short forms", start);

        // the events and their matches are a small share of the corpus, and label propagation runs a few jobs a
        // round: fewer partitions for them (whole Reuters, local[2]: link events 9.3 s with 8, 23 s with 32)
        int linkPartitions = Math.max(1, partitions / 4);
        JavaRDD<Tuple2<String, String>> matches = SameEvents.matches(resolved, linkPartitions, events)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long matched = matches.count();
        JavaPairRDD<String, String> clusters = SameEvents.clusters(matches, linkPartitions);
        long clustered = clusters.count();
        start = lap(seconds, "link events", start);

        List<ShardWriter.Shard> shards = new ArrayList<>(ShardWriter.write(resolved.values(), CorpusJob::quads, conf,
                output, "articles"));
        JavaRDD<Tuple3<String, String, String>> links = matches
                .flatMap(m -> List.of(link(m._1(), NG.matchedEvent.getURI(), m._2()),
                        link(m._2(), NG.matchedEvent.getURI(), m._1())).iterator())
                .union(SameEvents.closure(clusters, linkPartitions).map(p -> link(p._1(), NG.sameEventAs.getURI(), p._2())))
                .union(resolved.flatMap(r -> r._2().shortForms().stream()
                        .map(entity -> link(entity, NG.shortFormIn.getURI(), Iris.article(r._1()))).iterator()))
                .coalesce(linkPartitions);
        shards.addAll(ShardWriter.write(links, CorpusJob::linkQuad, conf, output, "links"));
        long shortForms = resolved.map(r -> (long) r._2().shortForms().size()).fold(0L, Long::sum);
        lap(seconds, "write shards", start);

        long quads = shards.stream().mapToLong(ShardWriter.Shard::quads).sum();
        Manifest manifest = new Manifest(Manifest.FORMAT, versions(spark), options.inputs(),
                new Manifest.Counts(problems.records(), articles, problems.skipped(),
                        problems.records() - distinct.value(), events.value(), matched, clustered, shortForms, quads),
                problems.reasons(), shards, seconds);
        writeManifest(conf, output, manifest);
        return manifest;
    }

    /** What the pipeline makes of an article, or nothing (with the reason counted) when it cannot read it. */
    private static List<ShortForms.Local> process(Article article, Problems problems) {
        try {
            return List.of(ShortForms.Local.of(ExecutorPipeline.get().process(article)));
        } catch (RuntimeException e) {
            problems.add(new BadInputException("article " + article.id(), 0, "could not be processed: " + e)
                    .getMessage());
            return List.of();
        }
    }

    private static Iterator<Quad> quads(ShortForms.Resolved resolved) {
        ArticleGraph graph = resolved.decoded();
        Node name = NodeFactory.createURI(Iris.article(graph.article().id()));
        Model model = ArticleModel.of(graph);
        return model.getGraph().find().mapWith(t -> Quad.create(name, t));
    }

    private static Tuple3<String, String, String> link(String subject, String property, String object) {
        return new Tuple3<>(subject, property, object);
    }

    private static Iterator<Quad> linkQuad(Tuple3<String, String, String> link) {
        return List.of(Quad.create(NodeFactory.createURI(Iris.LINKS_GRAPH), Triple.create(
                NodeFactory.createURI(link._1()), NodeFactory.createURI(link._2()),
                NodeFactory.createURI(link._3())))).iterator();
    }

    private static long lap(Map<String, Double> seconds, String stage, long since) {
        long now = System.nanoTime();
        seconds.put(stage, Math.round((now - since) / 1e7) / 100.0);
        return now;
    }

    /** The output folder, created; one that holds files already is refused (a run never mixes with another's). */
    private static void prepare(HadoopConf conf, String output) {
        FileSystem fs = conf.fileSystem(output);
        try {
            Path folder = new Path(output);
            if (fs.exists(folder) && (fs.getFileStatus(folder).isFile() || fs.listStatus(folder).length > 0)) {
                throw new BadInputException(output, 0, "already exists and is not empty; give a new folder");
            }
            fs.mkdirs(folder);
        } catch (IOException e) {
            throw new BadInputException(output, 0, "cannot create: " + e.getMessage());
        }
    }

    private static Map<String, String> versions(SparkSession spark) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("newsgraph", org.newsgraph.cli.Main.Version.number());
        out.put("spark", spark.version());
        out.put("jena", jenaVersion());
        out.put("java", System.getProperty("java.version"));
        return out;
    }

    /** Jena's version, from the Maven metadata its jar carries. */
    private static String jenaVersion() {
        try (var in = org.apache.jena.rdf.model.Model.class
                .getResourceAsStream("/META-INF/maven/org.apache.jena/jena-core/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void writeManifest(HadoopConf conf, String output, Manifest manifest) {
        try (OutputStream out = conf.create(output + "/manifest.json")) {
            new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out, manifest);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + output + "/manifest.json: " + e.getMessage(), e);
        }
    }
}
