package org.newsgraph.app;

import java.util.List;

import org.newsgraph.BadInputException;

/**
 * What an ingest did: articles stored (and how many of them replaced an earlier version), the entities and
 * events they assert, the inputs it skipped, and whether it was stopped before the end of its input.
 */
public record IngestReport(int articles, int replaced, int entities, int events, List<BadInputException> problems,
                           boolean interrupted) {
    public IngestReport {
        problems = List.copyOf(problems);
    }
}
