package org.newsgraph.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What Ctrl-C (SIGINT) or SIGTERM does during a long command: instead of the JVM ending mid-transaction, the
 * command is asked to stop, given time to commit what it finished and say so, and the process then ends with
 * exit code 130. Outside a signal, closing this removes the handler.
 */
final class Interruption implements AutoCloseable {
    /** How long a stopping command may take to commit before the process ends anyway. */
    private static final long GRACE_SECONDS = 120;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean signalled;

    private Interruption(Runnable stop) {
        hook = new Thread(() -> {
            signalled = true;
            stop.run();
            try {
                finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(Main.INTERRUPTED);
        }, "newsgraph-interruption");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Calls {@code stop} when the process is signalled to end. */
    static Interruption on(Runnable stop) {
        return new Interruption(stop);
    }

    /** The command has committed and reported what it did: a signalled process may now end. */
    void done() {
        finished.countDown();
    }

    @Override
    public void close() {
        finished.countDown();
        if (!signalled) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs now and ends the process
            }
        }
    }
}
