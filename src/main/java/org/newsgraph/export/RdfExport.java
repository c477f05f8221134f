package org.newsgraph.export;

import java.io.OutputStream;
import java.util.Iterator;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.query.Prefixes;

/**
 * TriG, N-Quads and Turtle through Jena's streaming writers, straight from the store's indexes: memory does not
 * grow with the store. TriG and N-Quads keep each article's named graph; Turtle, which has none, writes the union
 * graph (each triple once, however many articles assert it).
 */
final class RdfExport {
    private RdfExport() {
    }

    /** Writes every quad; returns how many. */
    static long quads(DatasetGraph dataset, RDFFormat format, OutputStream out) {
        StreamRDF stream = start(format, out);
        long count = 0;
        for (Iterator<Quad> quads = dataset.find(); quads.hasNext(); count++) {
            stream.quad(quads.next());
        }
        stream.finish();
        return count;
    }

    /** Writes the union graph; returns how many triples. */
    static long unionTriples(DatasetGraph dataset, OutputStream out) {
        StreamRDF stream = start(RDFFormat.TURTLE_BLOCKS, out);
        long count = 0;
        for (Iterator<Triple> triples = dataset.getUnionGraph().find(); triples.hasNext(); count++) {
            stream.triple(triples.next());
        }
        stream.finish();
        return count;
    }

    private static StreamRDF start(RDFFormat format, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format, null);
        stream.start();
        Prefixes.COMMON.getNsPrefixMap().forEach(stream::prefix);
        return stream;
    }
}
