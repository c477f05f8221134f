package org.newsgraph.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
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

    /**
     * How queries run: a time limit; whether {@code SERVICE} may reach other endpoints (off by default: a query
     * of the store never makes a network request unless asked to); and how many rows the table format
     * shows (it must hold them all to size its columns; the other formats stream).
     */
    public record Limits(Duration timeout, boolean allowService, long maxTableRows) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(60), false, 10_000);
    }

    /** The prefixes every query may use without declaring them. */
    public static final PrefixMapping PREDECLARED = PrefixMapping.Factory.create()
            .setNsPrefix("ng", org.newsgraph.vocab.NG.NS)
            .setNsPrefix("ngr", org.newsgraph.vocab.Iris.BASE)
            .setNsPrefix("rdf", org.apache.jena.vocabulary.RDF.uri)
            .setNsPrefix("rdfs", org.apache.jena.vocabulary.RDFS.uri)
            .setNsPrefix("skos", org.apache.jena.vocabulary.SKOS.uri)
            .setNsPrefix("owl", org.apache.jena.vocabulary.OWL.NS)
            .setNsPrefix("xsd", org.apache.jena.vocabulary.XSD.NS)
            .setNsPrefix("dcterms", org.apache.jena.vocabulary.DCTerms.NS)
            .setNsPrefix("nif", org.newsgraph.vocab.NIF.NS)
            .lock();

    private final GraphStore store;
    private final Limits limits;

    public QueryRunner(GraphStore store) {
        this(store, Limits.DEFAULT);
    }

    public QueryRunner(GraphStore store, Limits limits) {
        this.store = store;
        this.limits = limits;
    }

    /**
     * Parses SPARQL with the predeclared prefixes. A syntax error is bad input naming the source, line and
     * column; SPARQL Update is refused as such, since queries only read.
     */
    public static Query parse(String sparql, String source) {
        Query query = new Query();
        query.setPrefixMapping(new org.apache.jena.shared.impl.PrefixMappingImpl().setNsPrefixes(PREDECLARED));
        try {
            return QueryFactory.parse(query, sparql, null, org.apache.jena.query.Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            if (isUpdate(sparql)) {
                throw new org.newsgraph.BadInputException(source, 0, "this is SPARQL Update, and queries only read "
                        + "the store (ingest and remove change it)");
            }
            String message = firstLine(e.getMessage());
            java.util.regex.Matcher stated = java.util.regex.Pattern.compile("line (\\d+), column \\d+").matcher(message);
            long line = stated.find() ? Long.parseLong(stated.group(1)) : Math.max(e.getLine(), 0);
            String at = stated.find(0) || e.getLine() <= 0 ? "" : " at line " + e.getLine() + ", column " + e.getColumn();
            throw new org.newsgraph.BadInputException(source, line, "SPARQL syntax error" + at + ": " + message);
        }
    }

    private static boolean isUpdate(String sparql) {
        try {
            org.apache.jena.update.UpdateRequest request = new org.apache.jena.update.UpdateRequest();
            request.setPrefixMapping(new org.apache.jena.shared.impl.PrefixMappingImpl().setNsPrefixes(PREDECLARED));
            org.apache.jena.update.UpdateFactory.parse(request, sparql);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The values of a query's parameters: its {@code # param:} defaults, overridden by {@code NAME=VALUE}
     * assignments. A name the query does not use is an error that lists the ones it does. Values are RDF terms
     * bound on the parsed query: {@code <…>} an IRI, {@code ng:Meeting} a prefixed name, a quoted literal with
     * a language or datatype as written, anything else a plain string.
     */
    public static Map<String, Node> parameters(QueryFile file, List<String> assignments) {
        Map<String, String> values = new LinkedHashMap<>(file.defaults());
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("parameter must be NAME=VALUE: " + assignment);
            }
            values.put(assignment.substring(0, eq).replaceFirst("^[?$]", ""), assignment.substring(eq + 1));
        }
        java.util.Set<String> used = variables(file.query());
        Map<String, Node> out = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (!used.contains(name)) {
                throw new IllegalArgumentException("the query has no ?" + name + "; its variables are "
                        + (used.isEmpty() ? "none" : "?" + String.join(", ?", new java.util.TreeSet<>(used))));
            }
            out.put(name, term(value));
        });
        return out;
    }

    private static java.util.Set<String> variables(Query query) {
        java.util.Set<String> names = new java.util.HashSet<>();
        org.apache.jena.sparql.algebra.Op op = org.apache.jena.sparql.algebra.Algebra.compile(query);
        org.apache.jena.sparql.algebra.OpVars.mentionedVars(op).forEach(v -> names.add(v.getVarName()));
        query.getProjectVars().forEach(v -> names.add(v.getVarName()));
        org.apache.jena.sparql.algebra.OpWalker.walk(op, new org.apache.jena.sparql.algebra.OpVisitorBase() {
            @Override
            public void visit(org.apache.jena.sparql.algebra.op.OpFilter filter) {
                filter.getExprs().getVarsMentioned().forEach(v -> names.add(v.getVarName()));
            }

            @Override
            public void visit(org.apache.jena.sparql.algebra.op.OpExtend extend) {
                extend.getVarExprList().getExprs().values()
                        .forEach(e -> e.getVarsMentioned().forEach(v -> names.add(v.getVarName())));
            }
        });
        return names;
    }

    /** A parameter's value as an RDF term. */
    static Node term(String value) {
        if (value.startsWith("<") && value.endsWith(">")) {
            String iri = value.substring(1, value.length() - 1);
            if (iri.isEmpty() || iri.chars().anyMatch(c -> c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0)) {
                throw new IllegalArgumentException("not an IRI: " + value);
            }
            return NodeFactory.createURI(iri);
        }
        if (value.matches("[A-Za-z][\\w-]*:[\\w-]+") && PREDECLARED.getNsPrefixURI(value.substring(0, value.indexOf(':'))) != null) {
            return NodeFactory.createURI(PREDECLARED.expandPrefix(value));
        }
        if (value.startsWith("\"") && (value.contains("\"@") || value.contains("\"^^"))) {
            try {
                return org.apache.jena.sparql.util.NodeFactoryExtra.parseNode(value, org.apache.jena.riot.system.PrefixMapFactory.create(PREDECLARED));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("not an RDF literal: " + value);
            }
        }
        return NodeFactory.createLiteralString(value);
    }

    /** Runs a SELECT and returns its rows, rewindable, read inside one read transaction. */
    public ResultSetRewindable select(Query query, Map<String, Node> parameters) {
        if (!query.isSelectType()) {
            throw new NewsgraphException("expected a SELECT query");
        }
        checkRemoteAccess(query);
        return store.read(ds -> {
            try (QueryExecution exec = exec(ds, query, parameters)) {
                return ResultSetFactory.makeRewindable(exec.execSelect());
            } catch (QueryCancelledException e) {
                throw timedOut();
            }
        });
    }

    /** Runs any query and writes its result in the format asked for. */
    public void run(Query query, Map<String, Node> parameters, Format format, OutputStream out) {
        checkRemoteAccess(query);
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
            } catch (QueryCancelledException e) {
                throw timedOut();
            }
            return null;
        });
        print.flush();
    }

    private QueryLimitException timedOut() {
        return new QueryLimitException("the query ran longer than " + limits.timeout().toSeconds()
                + " s and was stopped (--timeout sets the limit)");
    }

    /** A query that would reach another endpoint is refused unless remote access is allowed. */
    private void checkRemoteAccess(Query query) {
        if (limits.allowService()) {
            return;
        }
        List<String> services = new java.util.ArrayList<>();
        org.apache.jena.sparql.algebra.OpWalker.walk(org.apache.jena.sparql.algebra.Algebra.compile(query),
                new org.apache.jena.sparql.algebra.OpVisitorBase() {
                    @Override
                    public void visit(org.apache.jena.sparql.algebra.op.OpService service) {
                        services.add(service.getService().toString());
                    }
                });
        if (!services.isEmpty()) {
            throw new QueryLimitException("SERVICE " + services.get(0) + " would reach another endpoint; remote "
                    + "access is off (--allow-service turns it on)");
        }
    }

    private void writeRows(ResultSet rs, Format format, PrintStream out) {
        switch (format) {
            case TABLE -> table(rs, out);
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> Tsv.write(rs, out);
            case JSON -> ResultSetFormatter.output(out, rs, ResultSetLang.RS_JSON);
            case TTL -> RDFDataMgr.write(out, org.apache.jena.sparql.resultset.RDFOutput.encodeAsModel(rs), RDFFormat.TURTLE_PRETTY);
        }
    }

    /**
     * A table must hold its rows to size its columns, so it shows at most {@link Limits#maxTableRows()} and says
     * when there were more; the other formats stream every row.
     */
    private void table(ResultSet rs, PrintStream out) {
        List<org.apache.jena.sparql.engine.binding.Binding> rows = new java.util.ArrayList<>();
        while (rs.hasNext() && rows.size() < limits.maxTableRows()) {
            rows.add(rs.nextBinding());
        }
        boolean more = rs.hasNext();
        List<org.apache.jena.sparql.core.Var> vars = rs.getResultVars().stream()
                .map(org.apache.jena.sparql.core.Var::alloc).toList();
        ResultSetFormatter.out(out, ResultSet.adapt(org.apache.jena.sparql.exec.RowSetStream.create(vars,
                rows.iterator())));
        if (more) {
            out.printf("(the table shows the first %,d rows; --format tsv or csv writes them all)%n",
                    limits.maxTableRows());
        }
    }

    private QueryExecution exec(Dataset ds, Query query, Map<String, Node> parameters) {
        QuerySolutionMap bindings = new QuerySolutionMap();
        Model model = ds.getDefaultModel();
        parameters.forEach((name, node) -> bindings.add(name, model.asRDFNode(node)));
        return QueryExecution.dataset(ds).query(query).substitution(bindings)
                .timeout(limits.timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .set(org.apache.jena.query.ARQ.httpServiceAllowed, limits.allowService())
                .build();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
