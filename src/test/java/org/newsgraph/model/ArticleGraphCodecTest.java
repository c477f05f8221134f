package org.newsgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.Pipeline;

/** An article and its graph, encoded for a cluster job's stages, decode to equal records. */
class ArticleGraphCodecTest {
    private static final Article ARTICLE = Article.of("codec-1", "Codec talks\n\n"
            + "OSLO, March 3 - Norwegian Foreign Minister Olav Berg met his Brazilian counterpart Ana Sousa in Oslo on "
            + "Monday for two hours of talks on fishing rights. \"We agreed on the next steps,\" Berg said. Sousa "
            + "will visit Lisbon next week. The meeting was not about trade, a spokesman for the European Union said.")
            .withDate(LocalDate.of(2024, 3, 5));

    @Test
    void aGraphDecodesToTheGraphEncoded() {
        ArticleGraph graph = Pipeline.english().process(ARTICLE);
        assertFalse(graph.events().isEmpty());
        assertFalse(graph.entities().isEmpty());
        assertEquals(graph, ArticleGraphCodec.decodeGraph(ArticleGraphCodec.encode(graph)));
    }

    @Test
    void anArticleDecodesToTheArticleEncodedWhateverItsLength() {
        Article long_ = Article.of("codec-2", "x ".repeat(70_000) + "é\u2019\uD83D\uDE00");
        assertEquals(long_, ArticleGraphCodec.decodeArticle(ArticleGraphCodec.encode(long_)));
        assertEquals(ARTICLE, ArticleGraphCodec.decodeArticle(ArticleGraphCodec.encode(ARTICLE)));
    }

    @Test
    void bytesThatAreNotAnEncodingAreRefused() {
        assertThrows(java.io.UncheckedIOException.class, () -> ArticleGraphCodec.decodeGraph(new byte[] {0, 0, 0, 9}));
    }
}
