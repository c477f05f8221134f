package org.newsgraph.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.newsgraph.NewsgraphException;
import org.newsgraph.store.GraphStore;

/**
 * Runs SPARQL on the store: queries are parsed, parameters bound on the parsed query (never pasted into its
 * text), and results written in one of the formats of {@link Format}.
 */
public final class QueryRunner {
    /** Output formats of {@code query --format}. */
    public enum Format {
        TABLE, CSV, TSV, JSON, TTL
    }

    private final GraphStore store;

    public QueryRunner(GraphStore store) {
        this.store = store;
    }

    /** Parses SPARQL; a syntax error is reported as bad input naming the source and line. */
    public static Query parse(String sparql, String source) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new org.newsgraph.BadInputException(source, Math.max(e.getLine(), 0),
                    "SPARQL syntax error: " + firstLine(e.getMessage()));
        }
    }

    /** Parameters from {@code NAME=VALUE}: {@code <…>} is an IRI, anything else a plain string. */
    public static Map<String, Node> parameters(List<String> assignments) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("parameter must be NAME=VALUE: " + assignment);
            }
            String name = assignment.substring(0, eq).replaceFirst("^[?$]", "");
            String value = assignment.substring(eq + 1);
            Node node = value.startsWith("<") && value.endsWith(">")
                    ? NodeFactory.createURI(value.substring(1, value.length() - 1))
                    : NodeFactory.createLiteralString(value);
            out.put(name, node);
        }
        return out;
    }

    /** Runs a SELECT and returns its rows, rewindable, read inside one read transaction. */
    public ResultSetRewindable select(Query query, Map<String, Node> parameters) {
        if (!query.isSelectType()) {
            throw new NewsgraphException("expected a SELECT query");
        }
        return store.read(ds -> {
            try (QueryExecution exec = exec(ds, query, parameters)) {
                return ResultSetFactory.makeRewindable(exec.execSelect());
            }
        });
    }

    /** Runs any query and writes its result in the format asked for. */
    public void run(Query query, Map<String, Node> parameters, Format format, OutputStream out) {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        store.read(ds -> {
            try (QueryExecution exec = exec(ds, query, parameters)) {
                if (query.isSelectType()) {
                    writeRows(exec.execSelect(), format, print);
                } else if (query.isAskType()) {
                    print.println(exec.execAsk() ? "true" : "false");
                } else {
                    Model model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
                    model.setNsPrefixes(Prefixes.COMMON).setNsPrefixes(query.getPrefixMapping());
                    RDFDataMgr.write(print, model, format == Format.JSON ? RDFFormat.JSONLD : RDFFormat.TURTLE_PRETTY);
                }
            }
            return null;
        });
        print.flush();
    }

    private static void writeRows(ResultSet rs, Format format, PrintStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, rs);
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> Tsv.write(rs, out);
            case JSON -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_JSON);
            case TTL -> RDFDataMgr.write(out, org.apache.jena.sparql.resultset.RDFOutput.encodeAsModel(rs), RDFFormat.TURTLE_PRETTY);
        }
    }

    private static QueryExecution exec(Dataset ds, Query query, Map<String, Node> parameters) {
        QuerySolutionMap bindings = new QuerySolutionMap();
        Model model = ds.getDefaultModel();
        parameters.forEach((name, node) -> bindings.add(name, model.asRDFNode(node)));
        return QueryExecution.dataset(ds).query(query).substitution(bindings).build();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
