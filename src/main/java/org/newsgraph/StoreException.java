package org.newsgraph;

/** The TDB2 store could not be opened, read or written. */
public class StoreException extends NewsgraphException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
