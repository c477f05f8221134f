package org.newsgraph.spark;

import org.newsgraph.pipeline.Pipeline;

/**
 * The pipeline of this JVM: models and gazetteers are loaded once per executor, on the first article a task
 * hands it, and shared by the executor's task threads (the pipeline is thread-safe).
 */
final class ExecutorPipeline {
    private static volatile Pipeline pipeline;

    static {
        jdkXmlInput();
    }

    private ExecutorPipeline() {
    }

    /**
     * Hadoop's jars bring an XML parser that rejects a property Jena sets when it starts, and Jena logs an error
     * for it: the JDK's own parser, unless the job was given another, on the driver and on every executor.
     */
    static void jdkXmlInput() {
        if (System.getProperty("javax.xml.stream.XMLInputFactory") == null) {
            System.setProperty("javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl");
        }
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
