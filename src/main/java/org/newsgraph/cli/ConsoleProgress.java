package org.newsgraph.cli;

import java.io.PrintWriter;
import java.time.Duration;

import org.newsgraph.app.Ingester;

/**
 * Progress of a long ingest on standard error: a line redrawn in place on a terminal, a plain line every few
 * seconds otherwise. Shows articles, articles per second and, when the input's size is known, the time left.
 */
final class ConsoleProgress implements Ingester.Progress {
    private static final long TERMINAL_EVERY_MS = 250;
    private static final long PLAIN_EVERY_MS = 5_000;

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long last;
    private boolean drawn;

    ConsoleProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
        this.last = System.currentTimeMillis();
    }

    @Override
    public void update(Ingester.Snapshot snapshot) {
        long now = System.currentTimeMillis();
        if (now - last < (terminal ? TERMINAL_EVERY_MS : PLAIN_EVERY_MS)) {
            return;
        }
        last = now;
        double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        StringBuilder line = new StringBuilder(String.format("ingest: %,d articles written, %.0f articles/s",
                snapshot.written(), snapshot.written() / seconds));
        if (snapshot.bad() > 0) {
            line.append(String.format(", %,d bad", snapshot.bad()));
        }
        double done = snapshot.done();
        if (done > 0) {
            long left = Math.round(seconds * (1 - done) / done);
            line.append(String.format(", %3.0f%%, ETA %s", 100 * done, format(Duration.ofSeconds(left))));
        }
        if (terminal) {
            err.print("\r" + line + "   ");
            drawn = true;
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** Ends the redrawn line so that what follows starts on a new one. */
    void finish() {
        if (drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }

    private static String format(Duration d) {
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
