package org.newsgraph.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.api.java.JavaRDD;

/**
 * Writes an RDD's quads as gzip N-Quads shards, one a partition ({@code PREFIX-NNNNN.nq.gz}), each task its own
 * file on the job's file system; an empty partition writes none. Returns the shards written.
 */
final class ShardWriter {
    /** A shard of the output: its file name in the output folder and how many quads it holds. */
    record Shard(String file, long quads) implements Serializable {
    }

    /** The quads one value stands for. */
    @FunctionalInterface
    interface QuadsOf<T> extends Serializable {
        Iterator<Quad> of(T value);
    }

    private ShardWriter() {
    }

    static <T> List<Shard> write(JavaRDD<T> values, QuadsOf<T> quads, HadoopConf conf, String folder, String prefix) {
        return values.mapPartitionsWithIndex((partition, it) -> {
            if (!it.hasNext()) {
                return List.<Shard>of().iterator();
            }
            String name = String.format(java.util.Locale.ROOT, "%s-%05d.nq.gz", prefix, partition);
            long n = 0;
            try (OutputStream out = new GZIPOutputStream(conf.create(folder + "/" + name), 1 << 16)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                writer.start();
                while (it.hasNext()) {
                    for (Iterator<Quad> q = quads.of(it.next()); q.hasNext(); n++) {
                        writer.quad(q.next());
                    }
                }
                writer.finish();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + folder + "/" + name + ": " + e.getMessage(), e);
            }
            return List.of(new Shard(name, n)).iterator();
        }, false).collect();
    }
}
