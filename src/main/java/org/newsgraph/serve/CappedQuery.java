package org.newsgraph.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/**
 * Fuseki's query operation with a result cap: a SELECT that asks for more rows than the cap (or sets no limit)
 * is given the cap as its LIMIT, on the parsed query, so no client can make the server hold or send more.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    private final long maxRows;

    CappedQuery(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > maxRows)) {
            query.setLimit(maxRows);
        }
    }
}
