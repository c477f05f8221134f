package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes 0/1/2/3, one-line errors, and the contract's output formats. */
class CommandLineTest {
    private static final String ARTICLE = "Envoys meet in Oslo\n\n"
            + "Brazilian Foreign Minister Ana Lima met Norwegian envoy Olav Berg in Oslo on Monday.\n"
            + "\"We made real progress,\" Lima told reporters.\n";

    @TempDir
    Path dir;

    private Path db;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void setUp() {
        db = dir.resolve("db");
        out = new StringWriter();
        err = new StringWriter();
    }

    private int run(String... args) {
        return Cli.run(out, err, args);
    }

    private Path article(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private List<String> tsv(String sparql) {
        out.getBuffer().setLength(0);
        assertEquals(0, run("query", "--db", db.toString(), "--format", "tsv", "--sparql", sparql), err.toString());
        return out.toString().lines().toList();
    }

    @Test
    void ingestThenQueryAsTsvGivesIrisInAngleBracketsAndLiteralsBare() throws IOException {
        assertEquals(0, run("ingest", "--db", db.toString(), "--date", "2024-03-05",
                article("oslo.txt", ARTICLE).toString()), err.toString());
        assertTrue(out.toString().contains("ingested 1 article"), out.toString());
        List<String> lines = tsv("PREFIX ng: <https://w3id.org/newsgraph/ontology#> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?p ?name WHERE { ?p a ng:Person ; rdfs:label ?name ; ng:metWith ?q } ORDER BY ?name");
        assertEquals(List.of("p\tname",
                "<https://w3id.org/newsgraph/id/person/ana-lima>\tAna Lima",
                "<https://w3id.org/newsgraph/id/person/olav-berg>\tOlav Berg"), lines);
    }

    @Test
    void ingestingTheSameArticleTwiceReplacesItsGraph() throws IOException {
        Path file = article("oslo.txt", ARTICLE);
        assertEquals(0, run("ingest", "--db", db.toString(), file.toString()));
        List<String> first = tsv("SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(0, run("ingest", "--db", db.toString(), file.toString()));
        List<String> second = tsv("SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(first, second);
        assertTrue(second.get(1).endsWith("\t1"), second.toString());
    }

    @Test
    void aBadRecordIsReportedWithFileAndLineTheRestIsStoredAndTheExitIsTwo() throws IOException {
        Path feed = article("feed.jsonl", "{\"id\": \"good\", \"text\": \"Ana Lima met Olav Berg in Oslo.\"}\n"
                + "{\"id\": \"bad\", \"text\": 42}\n");
        assertEquals(2, run("ingest", "--db", db.toString(), feed.toString()));
        List<String> errors = err.toString().lines().toList();
        assertEquals(1, errors.size(), err.toString());
        assertTrue(errors.get(0).contains(feed + ":2:"), errors.get(0));
        List<String> graphs = tsv("SELECT ?g WHERE { GRAPH ?g { } }");
        assertEquals(List.of("g", "<https://w3id.org/newsgraph/id/article/good>"), graphs);
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitOne() {
        assertEquals(1, run("ingest", "--no-such-option", "x.txt"));
        assertTrue(err.toString().contains("--no-such-option"));
    }

    @Test
    void aMissingCommandIsAUsageError() {
        assertEquals(1, run());
    }

    @Test
    void aBadDateIsAUsageError() throws IOException {
        assertEquals(1, run("ingest", "--db", db.toString(), "--date", "March", article("a.txt", ARTICLE).toString()));
    }

    @Test
    void aSparqlSyntaxErrorIsBadInputWithOneLine() {
        assertEquals(2, run("query", "--db", db.toString(), "--sparql", "SELECT WHERE {"));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void aDatabaseThatCannotBeOpenedExitsThree() throws IOException {
        Path notADirectory = article("plain-file", "x");
        assertEquals(3, run("query", "--db", notADirectory.toString(), "--sparql", "ASK {}"));
        assertTrue(err.toString().startsWith("newsgraph: "), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    @Test
    void statsOnAMissingDatabaseExitsThree() {
        assertEquals(3, run("stats", "--db", dir.resolve("none").toString()));
    }

    @Test
    void statsCountsArticlesAndEvents() throws IOException {
        assertEquals(0, run("ingest", "--db", db.toString(), article("oslo.txt", ARTICLE).toString()));
        out.getBuffer().setLength(0);
        assertEquals(0, run("stats", "--db", db.toString()));
        assertTrue(out.toString().lines().anyMatch(l -> l.matches("articles\\s+1")), out.toString());
        assertTrue(out.toString().lines().anyMatch(l -> l.matches("Meeting\\s+1")), out.toString());
    }

    @Test
    void queryParametersAreBoundOnTheParsedQuery() throws IOException {
        assertEquals(0, run("ingest", "--db", db.toString(), article("oslo.txt", ARTICLE).toString()));
        out.getBuffer().setLength(0);
        assertEquals(0, run("query", "--db", db.toString(), "--format", "tsv", "--param", "name=Lima",
                "--sparql", "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?p WHERE { ?p skos:altLabel ?name }"));
        assertEquals(List.of("p", "<https://w3id.org/newsgraph/id/person/ana-lima>"), out.toString().lines().toList());
    }

    @Test
    void removeDeletesTheArticleAndAnUnknownIdIsBadInput() throws IOException {
        assertEquals(0, run("ingest", "--db", db.toString(), article("oslo.txt", ARTICLE).toString()));
        assertEquals(2, run("remove", "--db", db.toString(), "no-such-article"));
        assertTrue(err.toString().contains("no-such-article"), err.toString());
        assertEquals(0, run("remove", "--db", db.toString(), "oslo"));
        assertEquals(List.of("n", "0"), tsv("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
    }

    @Test
    void helpExitsZero() {
        assertEquals(0, run("ingest", "--help"));
        assertTrue(out.toString().contains("--db"));
    }

    @Test
    void everyCommandIsSummedUpAndDescribedInWholeSentences() {
        for (var entry : Main.commandLine().getSubcommands().entrySet()) {
            var usage = entry.getValue().getCommandSpec().usageMessage();
            if (entry.getKey().equals("help")) {
                continue;
            }
            assertEquals(1, usage.header().length, entry.getKey());
            assertTrue(usage.header()[0].endsWith("."), entry.getKey() + ": " + usage.header()[0]);
            for (String line : usage.description()) {
                assertTrue(line.endsWith(".") && Character.isUpperCase(line.charAt(0)), entry.getKey() + ": " + line);
            }
        }
    }

    @Test
    void versionNamesTheVersionMavenBuilt() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().matches("(?s)newsgraph \\d+\\.\\d+\\.\\d+.*"), out.toString());
    }

    @Test
    void theFinalLineCountsReplacedAndBadRecords() throws IOException {
        Path good = article("oslo.txt", ARTICLE);
        Path empty = article("empty.txt", "");
        assertEquals(0, run("ingest", "--quiet", "--db", db.toString(), good.toString()));
        out.getBuffer().setLength(0);
        assertEquals(2, run("ingest", "--quiet", "--db", db.toString(), good.toString(), empty.toString()));
        assertTrue(out.toString().contains("ingested 1 article(s) (1 replaced an earlier version), 1 bad record(s) skipped"),
                out.toString());
        assertTrue(err.toString().contains(empty + ": no article text"), err.toString());
    }

    @Test
    void articlesListsWhatRemoveTakesAndStatsSpeaksJson() throws IOException {
        assertEquals(0, run("ingest", "--quiet", "--db", db.toString(), article("oslo.txt", ARTICLE).toString()));
        out.getBuffer().setLength(0);
        assertEquals(0, run("articles", "--db", db.toString(), "--format", "tsv"));
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("oslo\t")), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("stats", "--db", db.toString(), "--format", "json"));
        var counts = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertEquals(1, counts.get("articles").asInt(), out.toString());
        assertEquals(2, counts.get("events").asInt(), out.toString());
    }

    @Test
    void evalScoresAGoldFile() throws IOException {
        article("oslo.txt", ARTICLE);
        Files.writeString(dir.resolve("oslo.gold.tsv"), "type\tAna Lima\tPerson\ntype\tOslo\tPlace\n"
                + "metWith\tAna Lima\tOlav Berg\n");
        assertEquals(0, run("eval", "--gold", dir.resolve("oslo.gold.tsv").toString()));
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("metWith") && l.contains(" 1 ")), out.toString());
    }

    @Test
    void evalScoresAnEventsPlaceAndDateAsRowsOfTheirOwn() throws IOException {
        article("oslo.txt", ARTICLE);
        Files.writeString(dir.resolve("oslo.meta"), "date=2024-03-05\n");
        // the meeting is found and placed, but the gold gives it a date it did not have: event and event.at
        // are hits, event.date a miss and an extra
        Files.writeString(dir.resolve("oslo.gold.tsv"), "# Scored relations: event\nevent\tMeeting\tAna Lima\tOslo\t2024-02-01\n");
        assertEquals(0, run("eval", "--gold", dir.resolve("oslo.gold.tsv").toString()), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches("event +1 +\\d+ +0 .*")), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("event\\.at +1 +0 +0 .*")), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("event\\.date +0 +1 +1 .*")), out.toString());
    }

    @Test
    void evalOverSeveralSetsPrintsOneSummaryLinePerSet() throws IOException {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        Files.writeString(first.resolve("oslo.txt"), ARTICLE);
        Files.writeString(first.resolve("oslo.gold.tsv"), "# Scored relations: type\ntype\tAna Lima\tPerson\n");
        Files.writeString(second.resolve("oslo.txt"), ARTICLE);
        Files.writeString(second.resolve("oslo.gold.tsv"), "# Scored relations: type\ntype\tAna Lima\tPlace\n");
        assertEquals(0, run("eval", "--gold", first.toString(), "--gold", second.toString()), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(first.toString()) && l.matches(".* 1\\.000 +[0-9.]+$")), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(second.toString()) && l.matches(".* 0\\.000 +0\\.000$")), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("type +[0-9.]+ +0\\.000")), out.toString());
    }

    @Test
    void benchReportsEveryPhaseWithOneAndTwoThreadsAndEveryQuery() throws IOException {
        Path corpus = article("corpus.jsonl", String.join("\n",
                "{\"id\": \"a\", \"date\": \"2024-03-05\", \"text\": \"Ana Lima met Olav Berg in Oslo on Monday.\"}",
                "{\"id\": \"b\", \"date\": \"2024-03-06\", \"text\": \"Olav Berg said the talks in Oslo went well.\"}",
                "{\"id\": \"c\", \"date\": \"2024-03-07\", \"text\": \"Lima visited Bergen on Wednesday.\"}") + "\n");
        Path json = dir.resolve("bench.json");
        assertEquals(0, run("bench", "--corpus", corpus.toString(), "--threads", "2", "--work", dir.toString(),
                "--json", json.toString(), "--fresh-runs", "1"), err.toString());
        var report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        assertEquals(3, report.get("articles").asInt());
        List<String> phases = new java.util.ArrayList<>();
        for (var phase : report.get("phases")) {
            phases.add(phase.get("name").asText() + "/" + phase.get("threads").asInt());
            assertEquals(3, phase.get("articles").asInt(), phase.toString());
            assertTrue(phase.has("cpuSeconds") && phase.get("cpuSeconds").asDouble() >= 0, phase.toString());
        }
        assertEquals(List.of("annotate/1", "pipeline/1", "annotate/2", "pipeline/2", "ingest/1", "ingest/2"), phases);
        List<String> queries = new java.util.ArrayList<>();
        report.get("queries").forEach(q -> queries.add(q.get("query").asText()));
        assertEquals(Bundled.queryFiles().stream().map(f -> f.getFileName().toString()).toList(), queries);
        assertTrue(out.toString().contains("cpu s"), out.toString());
        List<String> fresh = new java.util.ArrayList<>();
        report.get("wholeProcess").forEach(t -> fresh.add(t.get("command").asText()));
        assertEquals(List.of("--version", "ingest of one article", "query ASK (one-article store)",
                "stats (one-article store)", "ingest of 3 articles"), fresh);
    }
}
