package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;

/** {@code validate}: the demo graph conforms; a graph that breaks the contract is reported rule by rule. */
class ValidateCommandTest {
    private static final String ID = "https://w3id.org/newsgraph/id/";

    @TempDir
    Path dir;

    @Test
    void theDemoGraphConformsAndABrokenOneIsReportedWithExitTwo() {
        Path db = dir.resolve("db");
        assertEquals(0, Cli.run(new StringWriter(), new StringWriter(), "demo", "--db", db.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Cli.run(out, err, "validate", "--db", db.toString()), out + "\n" + err);
        assertTrue(out.toString().contains("conforms"), out.toString());

        try (GraphStore store = GraphStore.open(db)) {
            Txn.executeWrite(store.dataset(), () -> {
                Model article = store.dataset().getNamedModel(ID + "article/nairobi-summit");
                Resource person = article.createResource(ID + "person/dawit-bekele");
                person.addProperty(NG.metWith, article.createResource(ID + "organization/african-union"));
                Resource evidence = article.createResource(ID + "evidence/nairobi-summit-3-1");
                evidence.removeAll(NIF.beginIndex);
                evidence.addLiteral(NIF.beginIndex, article.createTypedLiteral("433",
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger));
            });
        }
        out = new StringWriter();
        assertEquals(Main.BAD_INPUT, Cli.run(out, new StringWriter(), "validate", "--db", db.toString()));
        String report = out.toString();
        assertTrue(report.contains("ng:metWith is only between people"), report);
        assertTrue(report.contains("ngr:person/dawit-bekele"), report);
        assertTrue(report.contains("slice the article text to the anchor"), report);
        assertTrue(report.contains("ngr:evidence/nairobi-summit-3-1"), report);
        assertTrue(report.contains("written in both directions"), report);
    }
}
