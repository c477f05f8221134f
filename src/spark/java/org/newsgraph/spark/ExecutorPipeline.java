package org.newsgraph.spark;

import org.newsgraph.pipeline.Pipeline;

/**
 * The pipeline of this JVM: models and gazetteers are loaded once per executor, on the first article a task
 * hands it, and shared by the executor's task threads (the pipeline is thread-safe).
 */
final class ExecutorPipeline {
    private static volatile Pipeline pipeline;

    private ExecutorPipeline() {
    }

    static Pipeline get() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (ExecutorPipeline.class) {
                p = pipeline;
                if (p == null) {
                    p = Pipeline.english();
                    pipeline = p;
                }
            }
        }
        return p;
    }
}
