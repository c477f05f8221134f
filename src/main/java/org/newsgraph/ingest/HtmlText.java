package org.newsgraph.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.model.Article;

/**
 * The main text of an HTML page: the {@code <article>} (else {@code <main>}, else {@code <body>}) without
 * navigation, scripts and asides; one paragraph a block, separated by blank lines. The title is the page's
 * {@code <h1>} or {@code <title>}.
 */
final class HtmlText {
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote";

    private HtmlText() {
    }

    static Article article(String id, String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, nav, header, footer, aside, form, noscript, figure").remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = doc.body();
        }
        StringBuilder text = new StringBuilder();
        for (Element block : root.select(BLOCKS)) {
            if (!block.select(BLOCKS).stream().allMatch(e -> e == block)) {
                continue;
            }
            String paragraph = block.text().strip();
            if (!paragraph.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(paragraph);
            }
        }
        if (text.isEmpty()) {
            text.append(root.text().strip());
        }
        Article article = Article.of(id, text.toString());
        Element h1 = doc.selectFirst("h1");
        String title = h1 != null ? h1.text() : doc.title();
        return title.isBlank() ? article : article.withTitle(title.strip());
    }
}
