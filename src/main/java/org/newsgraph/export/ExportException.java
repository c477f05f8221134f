package org.newsgraph.export;

import org.newsgraph.NewsgraphException;

/** An export that could not be written. */
public final class ExportException extends NewsgraphException {
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
