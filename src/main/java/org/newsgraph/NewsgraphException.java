package org.newsgraph;

/** The root of the exceptions Newsgraph throws on purpose; the CLI maps each kind to an exit code. */
public class NewsgraphException extends RuntimeException {
    public NewsgraphException(String message) {
        super(message);
    }

    public NewsgraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
