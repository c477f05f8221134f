package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.BadInputException;
import org.newsgraph.model.Article;

/** A sink that keeps what readers hand it, for tests to look at. */
final class CollectingSink implements ArticleSink {
    final List<Article> articles = new ArrayList<>();
    final List<BadInputException> problems = new ArrayList<>();

    @Override
    public void accept(Article article) {
        articles.add(article);
    }

    @Override
    public void reject(BadInputException problem) {
        problems.add(problem);
    }
}
