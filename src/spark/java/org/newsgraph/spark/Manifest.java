package org.newsgraph.spark;

import java.util.List;
import java.util.Map;

/**
 * What a run wrote, as {@code manifest.json} beside the shards (written last: a folder without it is an
 * unfinished run): counts, the shards, the versions that wrote them and the seconds each stage took.
 */
record Manifest(String format, Map<String, String> versions, List<String> input, Counts counts,
                List<String> skippedRecords, List<ShardWriter.Shard> shards, Map<String, Double> seconds) {
    static final String FORMAT = "newsgraph-shards/1";

    /**
     * Records read; articles stored; records skipped (bad input, or articles the pipeline could not read);
     * later records of an id read before; events; direct matches between events; matched events in clusters;
     * short forms resolved to a corpus entity; quads written.
     */
    record Counts(long records, long articles, long skipped, long duplicates, long events, long matches,
                  long clusteredEvents, long shortForms, long quads) {
    }
}
