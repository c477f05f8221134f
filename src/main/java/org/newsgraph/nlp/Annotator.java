package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * Sentences, tokens, universal POS tags and lemmas for an article, with offsets into its original text.
 * Safe to share between threads: each thread gets its own OpenNLP tools over the shared models.
 */
public final class Annotator {
    private static final ThreadLocal<Tools> TOOLS = ThreadLocal.withInitial(Tools::new);

    private record Tools(SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME tagger,
                         LemmatizerME lemmatizer) {
        Tools() {
            this(new SentenceDetectorME(Models.sentences()), new TokenizerME(Models.tokens()),
                    new POSTaggerME(Models.pos(), POSTagFormat.UD), new LemmatizerME(Models.lemmas()));
        }
    }

    public AnnotatedArticle annotate(Article article) {
        String original = article.text();
        String text = Typography.plain(original);
        Tools tools = TOOLS.get();
        List<Sentence> sentences = new ArrayList<>();
        for (int[] block : Paragraphs.split(text)) {
            String blockText = text.substring(block[0], block[1]);
            for (Span span : Initials.join(tools.sentences().sentPosDetect(blockText), blockText)) {
                int begin = block[0] + span.getStart();
                int end = block[0] + span.getEnd();
                List<Token> tokens = tokenize(tools, text, original, begin, end);
                if (!tokens.isEmpty()) {
                    sentences.add(new Sentence(sentences.size(), begin, end, tokens));
                }
            }
        }
        return new AnnotatedArticle(article, sentences, List.of());
    }

    private static List<Token> tokenize(Tools tools, String text, String original, int begin, int end) {
        String part = text.substring(begin, end);
        Span[] spans = AngleBrackets.split(Clitics.split(tools.tokenizer().tokenizePos(part), part), part);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = text.substring(begin + spans[i].getStart(), begin + spans[i].getEnd());
        }
        String[] tags = tools.tagger().tag(words);
        String[] lemmas = Lemmas.lemmatize(tools.lemmatizer(), words, tags);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            int tokenBegin = begin + spans[i].getStart();
            int tokenEnd = begin + spans[i].getEnd();
            String lemma = lemmas[i] == null || lemmas[i].equals("O") ? words[i].toLowerCase() : lemmas[i];
            tokens.add(new Token(i, tokenBegin, tokenEnd, original.substring(tokenBegin, tokenEnd), tags[i], lemma));
        }
        return tokens;
    }
}
