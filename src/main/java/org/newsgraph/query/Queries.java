package org.newsgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Query;
import org.newsgraph.NewsgraphException;

/** Loads SPARQL queries: from files the user names, or bundled with Newsgraph on the classpath. */
public final class Queries {
    private static final String BUNDLED = "/org/newsgraph/query/";

    private Queries() {
    }

    /** A query Newsgraph itself uses (statistics, evaluation). */
    public static Query bundled(String name) {
        return QueryRunner.parse(resource(BUNDLED + name), name);
    }

    /** The text of a classpath resource. */
    public static String resource(String name) {
        try (InputStream in = Queries.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new NewsgraphException("resource " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsgraphException("resource " + name + " could not be read: " + e.getMessage(), e);
        }
    }
}
