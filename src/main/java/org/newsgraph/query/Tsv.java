package org.newsgraph.query;

import java.io.PrintStream;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The TSV of {@code query --format tsv}: a header of variable names, then one row per solution; IRIs as
 * {@code <…>}, literals as their lexical form, blank nodes as {@code _:label}, unbound as empty. Tabs and line
 * breaks inside values are written as spaces so that a row stays one line.
 */
final class Tsv {
    private Tsv() {
    }

    static void write(ResultSet rs, PrintStream out) {
        List<String> vars = rs.getResultVars();
        out.println(String.join("\t", vars));
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < vars.size(); i++) {
                if (i > 0) {
                    line.append('\t');
                }
                line.append(cell(row.get(vars.get(i))));
            }
            out.println(line);
        }
    }

    static String cell(RDFNode node) {
        if (node == null) {
            return "";
        }
        if (node.isURIResource()) {
            return "<" + node.asResource().getURI() + ">";
        }
        if (node.isAnon()) {
            return "_:" + node.asResource().getId().getLabelString();
        }
        return node.asLiteral().getLexicalForm().replaceAll("[\t\r\n]+", " ");
    }
}
