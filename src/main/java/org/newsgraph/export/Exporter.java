package org.newsgraph.export;

import java.io.OutputStream;

import org.apache.jena.riot.RDFFormat;
import org.newsgraph.store.GraphStore;

/**
 * Writes the whole store in one of the {@link ExportFormat}s, from one read transaction, streaming: what is held
 * in memory is bounded by one subject (RDF), one event (CSV) or the grouped network (GraphML), never the store.
 */
public final class Exporter {
    /** What an export wrote: {@code count} of {@code format.unit()}, and for GraphML the edges too. */
    public record Result(ExportFormat format, long count, long edges) {
        @Override
        public String toString() {
            return String.format("%,d %s", count, format.unit())
                    + (format == ExportFormat.GRAPHML ? String.format(" and %,d edges", edges) : "");
        }
    }

    private Exporter() {
    }

    public static Result export(GraphStore store, ExportFormat format, OutputStream out) {
        return store.read(ds -> switch (format) {
            case TRIG -> new Result(format, RdfExport.quads(ds.asDatasetGraph(), RDFFormat.TRIG_BLOCKS, out), 0);
            case NQ -> new Result(format, RdfExport.quads(ds.asDatasetGraph(), RDFFormat.NQUADS, out), 0);
            case TTL -> new Result(format, RdfExport.unionTriples(ds.asDatasetGraph(), out), 0);
            case JSONLD -> new Result(format, JsonLdExport.write(ds.asDatasetGraph(), out), 0);
            case CSV -> new Result(format, EventsCsvExport.write(ds.asDatasetGraph(), out), 0);
            case GRAPHML -> {
                GraphMlExport.Counts counts = GraphMlExport.write(ds, out);
                yield new Result(format, counts.nodes(), counts.edges());
            }
        });
    }
}
