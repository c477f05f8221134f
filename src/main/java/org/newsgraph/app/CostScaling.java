package org.newsgraph.app;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;

/**
 * How the cost of reading a hostile text grows with its size: the pipeline runs on the same kind of text at
 * doubling sizes, on the calling thread, and each run's CPU time and allocated bytes are taken from the JVM's
 * per-thread counters. Allocated bytes count work done (every token, mention and candidate looked at is an
 * object), independent of how busy the machine is.
 */
public final class CostScaling {
    /** One run: the size, its CPU seconds and the bytes it allocated. */
    public record Run(int size, double cpuSeconds, long allocatedBytes) {
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final Pipeline pipeline;

    public CostScaling(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Runs the kind at {@code first}, 2×, 4×… {@code doublings} times more; a warm-up run first. */
    public List<Run> measure(HostileText.Kind kind, int first, int doublings) {
        pipeline.process(Article.of("warm-up", kind.make().apply(first)));
        List<Run> runs = new ArrayList<>();
        for (int size = first, i = 0; i <= doublings; i++, size *= 2) {
            Article article = Article.of("hostile-" + size, kind.make().apply(size));
            long cpu = THREADS.getCurrentThreadCpuTime();
            long bytes = THREADS.getCurrentThreadAllocatedBytes();
            pipeline.process(article);
            runs.add(new Run(size, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9,
                    THREADS.getCurrentThreadAllocatedBytes() - bytes));
        }
        return runs;
    }

    /** The largest factor by which the allocated bytes grew over one doubling of the size. */
    public static double worstGrowth(List<Run> runs) {
        double worst = 0;
        for (int i = 1; i < runs.size(); i++) {
            worst = Math.max(worst, (double) runs.get(i).allocatedBytes() / runs.get(i - 1).allocatedBytes());
        }
        return worst;
    }
}
