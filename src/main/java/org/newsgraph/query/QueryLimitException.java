package org.newsgraph.query;

import org.newsgraph.NewsgraphException;

/** A query stopped or refused by a limit: its time, or remote access that is off. */
public final class QueryLimitException extends NewsgraphException {
    public QueryLimitException(String message) {
        super(message);
    }
}
