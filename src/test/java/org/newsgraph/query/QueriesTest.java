package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.store.GraphStore;

/**
 * Runs every query in queries/ on a small graph (src/test/resources/queries/data.trig) and compares its rows
 * with expected/NAME.tsv: same variables, same rows in any order (lists written by GROUP_CONCAT compared as sets).
 */
class QueriesTest {
    private static final Path EXPECTED = Path.of("src/test/resources/queries/expected");
    private static GraphStore store;

    @BeforeAll
    static void load() {
        store = GraphStore.inMemory();
        store.write(() -> RDFParser.source("src/test/resources/queries/data.trig").parse(store.dataset()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @TestFactory
    Stream<DynamicTest> everyQueryHasExpectedResults() throws IOException {
        List<Path> queries;
        try (Stream<Path> list = Files.list(Path.of("queries"))) {
            queries = list.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(queries.size() >= 6, "expected at least six queries, found " + queries);
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.getFileName().toString(), () -> check(q)));
    }

    private static void check(Path queryFile) throws IOException {
        String name = queryFile.getFileName().toString().replace(".rq", "");
        String text = Files.readString(queryFile);
        assertTrue(text.startsWith("#"), name + " must start with a comment saying what it answers");
        Path expectedFile = EXPECTED.resolve(name + ".tsv");
        assertTrue(Files.exists(expectedFile), "no expected results for " + name);
        List<String> expected = Files.readAllLines(expectedFile);
        Path params = EXPECTED.resolve(name + ".params");
        List<String> assignments = Files.exists(params) ? Files.readAllLines(params) : List.of();
        // the .params file alone binds the parameters: the test's graph does not hold the '# param:' defaults
        QueryFile query = new QueryFile(queryFile.toString(), text, QueryFile.read(queryFile).query(), Map.of());
        ResultSetRewindable rows = new QueryRunner(store).select(query.query(),
                QueryRunner.parameters(query, assignments));
        assertEquals(expected.get(0), String.join("\t", rows.getResultVars()), name + ": variables");
        List<String> actual = new ArrayList<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            List<String> cells = new ArrayList<>();
            for (String var : rows.getResultVars()) {
                cells.add(normalize(Tsv.cell(row.get(var))));
            }
            actual.add(String.join("\t", cells));
        }
        List<String> wanted = expected.subList(1, expected.size()).stream()
                .map(line -> String.join("\t", Arrays.stream(line.split("\t", -1)).map(QueriesTest::normalize).toList()))
                .sorted().toList();
        assertEquals(wanted, actual.stream().sorted().toList(), name + ": rows");
    }

    private static String normalize(String cell) {
        return cell.contains(", ") ? String.join(", ", Arrays.stream(cell.split(", ")).sorted().toList()) : cell;
    }
}
