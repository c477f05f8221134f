package org.newsgraph.app;

import java.util.List;

import org.newsgraph.BadInputException;

/** What an ingest did: articles stored, entities and events they assert, and the inputs it skipped. */
public record IngestReport(int articles, int entities, int events, List<BadInputException> problems) {
    public IngestReport {
        problems = List.copyOf(problems);
    }
}
