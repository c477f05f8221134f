package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;

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

    /** Loads the OpenNLP models now, once per JVM. */
    public static void preload() {
        Models.preload();
    }

    private record Tools(SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME tagger) {
        Tools() {
            this(new SentenceDetectorME(Models.sentences()), new TokenizerME(Models.tokens()),
                    new POSTaggerME(Models.pos(), POSTagFormat.UD));
        }
    }

    /**
     * The longest sentence the extractors see: a longer run of words without a full stop (a list, a table, text
     * without punctuation) is cut after a semicolon or comma near the limit, else at it. Bounding the sentence
     * bounds the work of every rule that looks around a word, so an article's cost grows with its length only.
     */
    static final int MAX_SENTENCE_TOKENS = 150;
    /**
     * The longest token: a longer run of characters without a space (a hash, a base64 blob) is cut into pieces
     * this long without the tokenizer model, whose cost grows with the square of a token's length.
     */
    static final int MAX_TOKEN_CHARS = 100;

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
                String part = text.substring(begin, end);
                Span[] spans = AngleBrackets.split(Hyphens.split(Abbreviations.join(Clitics.split(tokenSpans(tools, part), part), part),
                        part), part);
                for (int from = 0; from < spans.length; ) {
                    int to = pieceEnd(spans, from, part);
                    int pieceBegin = from == 0 ? begin : begin + spans[from].getStart();
                    int pieceEnd = to == spans.length ? end : begin + spans[to - 1].getEnd();
                    List<Token> tokens = tag(tools, text, original, begin, spans, from, to);
                    sentences.add(new Sentence(sentences.size(), pieceBegin, pieceEnd, tokens));
                    from = to;
                }
            }
        }
        return new AnnotatedArticle(article, sentences, List.of());
    }

    /** The token spans of a sentence: the tokenizer model's, with runs longer than a token may be cut. */
    private static Span[] tokenSpans(Tools tools, String part) {
        List<Span> spans = new ArrayList<>();
        int segment = 0;
        int i = 0;
        while (i < part.length()) {
            if (Character.isWhitespace(part.charAt(i))) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < part.length() && !Character.isWhitespace(part.charAt(runEnd))) {
                runEnd++;
            }
            if (runEnd - i > MAX_TOKEN_CHARS) {
                addModelSpans(tools, part, segment, i, spans);
                for (int p = i; p < runEnd; p += MAX_TOKEN_CHARS) {
                    spans.add(new Span(p, Math.min(runEnd, p + MAX_TOKEN_CHARS)));
                }
                segment = runEnd;
            }
            i = runEnd;
        }
        addModelSpans(tools, part, segment, part.length(), spans);
        return spans.toArray(Span[]::new);
    }

    private static void addModelSpans(Tools tools, String part, int from, int to, List<Span> out) {
        if (from >= to) {
            return;
        }
        for (Span span : tools.tokenizer().tokenizePos(part.substring(from, to))) {
            out.add(new Span(from + span.getStart(), from + span.getEnd()));
        }
    }

    /** Where the piece of a sentence that starts at token {@code from} ends (exclusive). */
    private static int pieceEnd(Span[] spans, int from, String part) {
        if (spans.length - from <= MAX_SENTENCE_TOKENS) {
            return spans.length;
        }
        int limit = from + MAX_SENTENCE_TOKENS;
        for (String mark : List.of(";", ",")) {
            for (int k = limit - 1; k >= from + MAX_SENTENCE_TOKENS / 2; k--) {
                if (part.substring(spans[k].getStart(), spans[k].getEnd()).equals(mark)) {
                    return k + 1;
                }
            }
        }
        return limit;
    }

    /** Tags and lemmatizes the tokens [from, to) of a sentence that starts at {@code begin}. */
    private static List<Token> tag(Tools tools, String text, String original, int begin, Span[] spans,
                                   int from, int to) {
        String[] words = new String[to - from];
        for (int i = 0; i < words.length; i++) {
            Span span = spans[from + i];
            words[i] = text.substring(begin + span.getStart(), begin + span.getEnd());
        }
        String[] tags = tools.tagger().tag(words);
        String[] lemmas = Lemmas.lemmatize(words, tags);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            int tokenBegin = begin + spans[from + i].getStart();
            int tokenEnd = begin + spans[from + i].getEnd();
            String lemma = lemmas[i] == null || lemmas[i].equals("O") ? words[i].toLowerCase() : lemmas[i];
            tokens.add(new Token(i, tokenBegin, tokenEnd, original.substring(tokenBegin, tokenEnd), tags[i], lemma));
        }
        return tokens;
    }
}
