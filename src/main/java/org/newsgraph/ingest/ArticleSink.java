package org.newsgraph.ingest;

import org.newsgraph.BadInputException;
import org.newsgraph.model.Article;

/** Where readers deliver articles, and report records they could not read (and skipped). */
public interface ArticleSink {
    void accept(Article article);

    void reject(BadInputException problem);
}
