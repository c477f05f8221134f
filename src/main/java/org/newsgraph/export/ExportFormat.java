package org.newsgraph.export;

import java.util.Locale;

/** What {@code newsgraph export} writes. */
public enum ExportFormat {
    /** TriG: every named graph kept. */
    TRIG("quads"),
    /** N-Quads: every named graph kept, one quad a line. */
    NQ("quads"),
    /** Turtle: the union of all graphs (Turtle has no named graphs). */
    TTL("triples"),
    /** JSON-LD 1.1 with the Newsgraph context, one {@code @graph} per named graph. */
    JSONLD("quads"),
    /** GraphML of the entity network, for Gephi and networkx. */
    GRAPHML("nodes"),
    /** A GDELT-style table of events, one row per event (RFC 4180). */
    CSV("events");

    private final String unit;

    ExportFormat(String unit) {
        this.unit = unit;
    }

    /** What the export's count counts: quads, triples, nodes or events. */
    public String unit() {
        return unit;
    }

    /** The format named on the command line: trig, nq, ttl, jsonld, graphml or csv. */
    public static ExportFormat named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
