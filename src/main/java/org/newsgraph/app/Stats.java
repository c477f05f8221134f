package org.newsgraph.app;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.Queries;
import org.newsgraph.store.GraphStore;

/** Counts of what the store holds: articles, quads, entities by class and events by class. */
public final class Stats {
    private Stats() {
    }

    /** Ordered label → count. */
    public static Map<String, Long> of(GraphStore store) {
        Map<String, Long> out = new LinkedHashMap<>();
        QueryRunner runner = new QueryRunner(store);
        Query totals = Queries.bundled("stats-totals.rq");
        ResultSetRewindable rows = runner.select(totals, Map.of());
        if (rows.hasNext()) {
            QuerySolution row = rows.next();
            for (String var : rows.getResultVars()) {
                out.put(var, row.contains(var) ? row.getLiteral(var).getLong() : 0L);
            }
        }
        ResultSetRewindable classes = runner.select(Queries.bundled("stats-classes.rq"), Map.of());
        while (classes.hasNext()) {
            QuerySolution row = classes.next();
            out.put(row.getResource("class").getLocalName(), row.getLiteral("count").getLong());
        }
        return out;
    }
}
