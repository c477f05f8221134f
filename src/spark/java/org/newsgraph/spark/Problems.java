package org.newsgraph.spark;

import java.io.Serializable;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.SparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * What the job counts as it reads: records read, records skipped and why (the first of each executor's, as
 * {@code FILE:LINE: reason}). Accumulators: a task Spark runs again may count twice.
 */
final class Problems implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Reasons kept per executor; the count has them all. */
    private static final int SAMPLES = 50;
    private static final AtomicInteger sampled = new AtomicInteger();

    private final LongAccumulator read;
    private final LongAccumulator skipped;
    private final CollectionAccumulator<String> reasons;

    Problems(SparkContext sc) {
        this.read = sc.longAccumulator("records read");
        this.skipped = sc.longAccumulator("records skipped");
        this.reasons = sc.collectionAccumulator("why records were skipped");
    }

    void read() {
        read.add(1);
    }

    void add(String reason) {
        skipped.add(1);
        if (sampled.incrementAndGet() <= SAMPLES) {
            reasons.add(reason);
        }
    }

    long records() {
        return read.value();
    }

    long skipped() {
        return skipped.value();
    }

    List<String> reasons() {
        return reasons.value().stream().sorted().limit(SAMPLES).toList();
    }
}
