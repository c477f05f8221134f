package org.newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.BadInputException;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleGraphCodec;
import scala.Tuple2;

/**
 * The articles of the input: JSON Lines files (gzip or not) read by the single-machine reader, one task a file,
 * streamed; Parquet tables with the same fields, a task per split. Each article keyed by its id, in the order
 * the input gives it (file, then record); of two records with one id the first is kept, as on one machine.
 */
final class ArticleSource {
    /** An article as read, with its place in the input (file, then line or row). */
    record Read(int file, long record, byte[] article) implements Serializable {
        Article decoded() {
            return ArticleGraphCodec.decodeArticle(article);
        }

        static Read first(Read a, Read b) {
            return a.file < b.file || a.file == b.file && a.record <= b.record ? a : b;
        }
    }

    /** The input's files, sorted: JSON Lines and Parquet. */
    record Inputs(List<String> jsonLines, List<String> parquet) implements Serializable {
    }

    private ArticleSource() {
    }

    /**
     * The article files the paths name: files, or folders searched recursively. A path that does not exist, or
     * a file of another type, is bad input.
     */
    static Inputs list(HadoopConf conf, List<String> paths) {
        List<String> json = new ArrayList<>();
        List<String> parquet = new ArrayList<>();
        for (String path : paths) {
            FileSystem fs = conf.fileSystem(path);
            try {
                Path p = new Path(path);
                if (!fs.exists(p)) {
                    throw new BadInputException(path, 0, "no such file or folder");
                }
                FileStatus status = fs.getFileStatus(p);
                if (status.isFile()) {
                    String kind = kind(p.getName());
                    if (kind == null) {
                        throw new BadInputException(path, 0,
                                "unsupported input type (expected .jsonl, .jsonl.gz or .parquet)");
                    }
                    (kind.equals("json") ? json : parquet).add(path);
                    continue;
                }
                RemoteIterator<LocatedFileStatus> files = fs.listFiles(p, true);
                while (files.hasNext()) {
                    Path file = files.next().getPath();
                    String kind = kind(file.getName());
                    if (kind != null) {
                        (kind.equals("json") ? json : parquet).add(file.toString());
                    }
                }
            } catch (IOException e) {
                throw new BadInputException(path, 0, "cannot list: " + e.getMessage());
            }
        }
        json.sort(null);
        parquet.sort(null);
        return new Inputs(List.copyOf(json), List.copyOf(parquet));
    }

    private static String kind(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz")) {
            return "json";
        }
        return lower.endsWith(".parquet") && !lower.startsWith(".") && !lower.startsWith("_") ? "parquet" : null;
    }

    /**
     * Every article of the inputs by id, the first record of each id, partitioned by id. A JSON Lines file is
     * split into records by one task (a gzip file cannot be split), streamed; the records are parsed and checked
     * (JSON, text, language) spread over the partitions.
     */
    static JavaPairRDD<String, Read> articles(SparkSession spark, HadoopConf conf, Inputs inputs,
                                              boolean anyLanguage, Problems problems, Partitioner partitioner) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<JavaRDD<Tuple2<Integer, ArticleReader.RawRecord>>> parts = new ArrayList<>();
        if (!inputs.jsonLines().isEmpty()) {
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < inputs.jsonLines().size(); i++) {
                indexes.add(i);
            }
            List<String> files = inputs.jsonLines();
            parts.add(sc.parallelize(indexes, indexes.size()).flatMap(i ->
                    Streamed.<Tuple2<Integer, ArticleReader.RawRecord>>of(out -> split(conf, files.get(i), problems,
                            r -> out.accept(new Tuple2<>(i, r))), "newsgraph-read-" + i)));
        }
        if (!inputs.parquet().isEmpty()) {
            int file = inputs.jsonLines().size();
            String name = base(inputs.parquet().get(0));
            JavaRDD<String> rows = spark.read().parquet(inputs.parquet().toArray(String[]::new)).toJSON().javaRDD();
            parts.add(rows.zipWithIndex().map(row -> new Tuple2<>(file,
                    new ArticleReader.RawRecord(name, row._2() + 1, row._1(), name + "-" + (row._2() + 1)))));
        }
        JavaRDD<Tuple2<Integer, ArticleReader.RawRecord>> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.union(parts.get(i));
        }
        return all.repartition(partitioner.numPartitions())
                .flatMapToPair(record -> parse(record._1(), record._2(), anyLanguage, problems).iterator())
                .reduceByKey(partitioner, Read::first);
    }

    private static void split(HadoopConf conf, String file, Problems problems,
                              Consumer<ArticleReader.RawRecord> out) {
        ArticleSink sink = sink(problems, article -> { });
        try (InputStream raw = conf.open(file)) {
            InputStream in = file.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            reader(false).splitJsonLines(file, in, out, sink);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            sink.reject(new BadInputException(file, 0, "not a gzip file: " + e.getMessage()));
        } catch (IOException e) {
            sink.reject(new BadInputException(file, 0, "cannot read: " + e.getMessage()));
        }
    }

    /**
     * A record's article, read as on one machine, or nothing (its problem counted). Each record is read alone:
     * records of one id are told apart afterwards, across partitions, by their place in the input.
     */
    private static List<Tuple2<String, Read>> parse(int file, ArticleReader.RawRecord record, boolean anyLanguage,
                                                    Problems problems) {
        List<Tuple2<String, Read>> out = new ArrayList<>(1);
        reader(anyLanguage).readJsonRecord(record.file(), record.line(), record.json(), record.defaultId(),
                sink(problems, article -> out.add(new Tuple2<>(article.id(),
                        new Read(file, record.line(), ArticleGraphCodec.encode(article))))));
        return out;
    }

    private static ArticleReader reader(boolean anyLanguage) {
        return new ArticleReader(ReadOptions.none().withAnyLanguage(anyLanguage), InputStream.nullInputStream());
    }

    private static ArticleSink sink(Problems problems, Consumer<Article> accepted) {
        return new ArticleSink() {
            @Override
            public void accept(Article article) {
                problems.read();
                accepted.accept(article);
            }

            @Override
            public void reject(BadInputException problem) {
                problems.add(problem.getMessage());
            }
        };
    }

    /** A table's name: its file or folder name without the extension. */
    private static String base(String path) {
        String name = new Path(path).getParent() != null && new Path(path).getName().startsWith("part-")
                ? new Path(path).getParent().getName() : new Path(path).getName();
        return name.replaceAll("(?i)\\.parquet$", "");
    }
}
