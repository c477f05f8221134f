package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventClass;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Status;
import org.newsgraph.model.Token;
import org.newsgraph.model.Trigger;

/**
 * Statements: direct quotations with their speaker ("X said, “…”", "“…,” said X", "“…,” X told reporters"),
 * and reported speech ("X stated that …", "… were noted by X"). The trigger is the reporting verb.
 */
public final class StatementExtractor implements Extractor {
    static final Set<String> REPORTING = Set.of("say", "tell", "state", "remark", "acknowledge", "mention",
            "reiterate", "insist", "note", "suggest", "emphasize", "emphasise", "stress", "clarify", "declare",
            "warn", "add", "claim", "argue", "explain", "write", "assert", "confirm", "deny", "urge", "recall",
            "comment", "respond", "reply", "tweet", "point", "echo", "predict", "admit", "complain", "lament",
            "concede", "caution", "contend", "quip", "exclaim", "laud", "hail", "praise");
    private static final Set<String> STATEMENT_NOUNS = Set.of("statement", "remark", "comment", "speech");

    private final Gazetteer gazetteer;

    public StatementExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "statement";
    }

    @Override
    public Set<Layer> requires() {
        return GRAMMAR_AND_MENTIONS;
    }

    @Override
    public List<Fact> extract(AnnotatedArticle article) {
        List<Fact> facts = new ArrayList<>();
        Set<Integer> usedVerbs = new HashSet<>();
        List<Quotes.Quote> quotes = Quotes.find(article.text());
        List<Quotes.Quote> unattributed = new ArrayList<>();
        for (Quotes.Quote quote : quotes) {
            Optional<EventMention> statement = quoted(article, quote, usedVerbs);
            statement.ifPresent(facts::add);
            if (statement.isEmpty()) {
                unattributed.add(quote);
            }
        }
        Optional<LocalDate> date = article.article().date();
        for (Sentence s : article.sentences()) {
            Arguments args = new Arguments(s, article.mentionsIn(s.index()), gazetteer);
            for (int i = 0; i < s.size(); i++) {
                Token token = s.token(i);
                if (usedVerbs.contains(token.begin()) || insideQuote(quotes, token)) {
                    continue;
                }
                if (token.text().equalsIgnoreCase("according") && Words.text(s, i + 1).equals("to")) {
                    List<Mention> sources = args.after(i, "to", 1).stream().filter(StatementExtractor::canSpeak).toList();
                    if (!sources.isEmpty()) {
                        Optional<String> quote = unattributed.stream()
                                .filter(q -> q.begin() >= s.begin() && q.begin() < s.end()).map(Quotes.Quote::text)
                                .findFirst();
                        facts.add(statement(s, args, i, date, sources, quote, "statement-according-to"));
                    }
                } else if (isReportingVerb(s, i)) {
                    List<Mention> speakers = speakers(s, args, i);
                    if (!speakers.isEmpty()) {
                        facts.add(statement(s, args, i, date, speakers, Optional.empty(), "statement-reported"));
                    }
                } else if (STATEMENT_NOUNS.contains(token.lemma()) && token.is("NOUN")) {
                    int at = i;
                    nounSpeaker(args, i).ifPresent(m -> facts.add(statement(s, args, at, date, List.of(m),
                            Optional.empty(), "statement-noun")));
                }
            }
        }
        attributeByContinuation(article, facts, unattributed);
        return facts;
    }

    /**
     * A quotation with no speaker of its own that opens the sentence right after a statement goes on with that
     * statement's speaker, as news style writes it ("X said sanctions were raised. “We certainly did.”"; a
     * quotation paragraph after the paragraph that attributed the one before).
     */
    private static void attributeByContinuation(AnnotatedArticle article, List<Fact> facts,
                                                List<Quotes.Quote> unattributed) {
        Map<EventMention, Integer> endsIn = new LinkedHashMap<>(); // each statement's last sentence, in order
        for (Fact f : facts) {
            if (f instanceof EventMention e && e.type() == EventClass.STATEMENT && !e.agents().isEmpty()) {
                endsIn.put(e, lastSentenceOf(article, e));
            }
        }
        for (Quotes.Quote quote : unattributed) {
            Optional<Sentence> sentence = sentenceAt(article, quote.begin());
            if (sentence.isEmpty() || sentence.get().index() == 0
                    || !opensSentence(article.text(), sentence.get(), quote)) {
                continue;
            }
            int before = sentence.get().index() - 1;
            EventMention last = null;
            for (Map.Entry<EventMention, Integer> statement : endsIn.entrySet()) {
                EventMention e = statement.getKey();
                if (statement.getValue() == before && (last == null || e.trigger().begin() > last.trigger().begin())) {
                    last = e;
                }
            }
            if (last != null) {
                EventMention continuation = continued(article, last, quote, sentence.get());
                facts.add(continuation);
                endsIn.put(continuation, lastSentenceOf(article, continuation)); // a quotation paragraph after it
            }
        }
    }

    /** The sentence a statement ends in: where its trigger (a continued quotation's whole span) ends. */
    private static int lastSentenceOf(AnnotatedArticle article, EventMention e) {
        return sentenceAt(article, Math.max(e.trigger().begin(), e.trigger().end() - 1)).map(Sentence::index)
                .orElse(e.trigger().sentence());
    }

    private static boolean opensSentence(String text, Sentence s, Quotes.Quote quote) {
        String before = text.substring(s.begin(), quote.begin()).strip();
        return before.chars().allMatch(c -> "\"\u201C`\u00AB\u201E'\u2018".indexOf(c) >= 0);
    }

    private static EventMention continued(AnnotatedArticle article, EventMention speaker, Quotes.Quote quote,
                                          Sentence s) {
        Trigger anchor = new Trigger(s.index(), quote.begin(), quote.end(),
                article.text().substring(quote.begin(), quote.end()));
        return new EventMention(EventClass.STATEMENT, anchor, speaker.agents(), List.of(), List.of(),
                Optional.empty(), speaker.date(), Optional.empty(), Optional.of(quote.text()), Optional.empty(),
                Status.OCCURRED, 0.8, false, "statement-quote-continued");
    }

    private Optional<EventMention> quoted(AnnotatedArticle article, Quotes.Quote quote, Set<Integer> usedVerbs) {
        Optional<Sentence> first = sentenceAt(article, quote.begin());
        Optional<Sentence> last = sentenceAt(article, Math.max(quote.begin(), quote.end() - 1));
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        List<Sentence> candidates = new ArrayList<>(List.of(first.get()));
        if (!last.get().equals(first.get())) {
            candidates.add(last.get());
        }
        int afterIndex = last.get().index() + 1;
        if (afterIndex < article.sentences().size()) {
            candidates.add(article.sentence(afterIndex));
        }
        for (Sentence s : candidates) {
            Arguments args = new Arguments(s, article.mentionsIn(s.index()), gazetteer);
            for (int i = 0; i < s.size(); i++) {
                Token token = s.token(i);
                boolean outside = token.end() <= quote.begin() || token.begin() >= quote.end();
                if (!outside || !isReportingVerb(s, i) || expressesAnAttitude(s, i) || !near(article, s, quote, token)) {
                    continue;
                }
                List<Mention> speakers = speakers(s, args, i);
                if (speakers.isEmpty()) {
                    continue;
                }
                usedVerbs.add(token.begin());
                return Optional.of(statement(s, args, i, article.article().date(), speakers, Optional.of(quote.text()),
                        "statement-quote"));
            }
        }
        return Optional.empty();
    }

    /** The reporting verb must sit in the sentence that opens the quote, or right after the quote closes. */
    private static boolean near(AnnotatedArticle article, Sentence s, Quotes.Quote quote, Token token) {
        if (token.end() <= quote.begin()) {
            return s.begin() <= quote.begin() && quote.begin() <= s.end() + 2;
        }
        String between = article.text().substring(quote.end(), token.begin());
        return between.length() < 60 && !between.contains("\n") && !between.matches("(?s).*[.!?]\\s.*");
    }

    private static List<Mention> speakers(Sentence s, Arguments args, int i) {
        Token verb = s.token(i);
        List<Mention> found;
        if (isPassive(s, i)) {
            found = args.after(i, "by", 8);
        } else if (verb.text().endsWith("ing") && i > 0 && s.token(i - 1).text().equals(",")) {
            found = args.subject(firstVerb(s, i));
        } else if (verb.text().endsWith("ing") && Words.text(s, i - 1).equalsIgnoreCase("as")) {
            found = quotedAs(s, args, i);
        } else {
            found = args.subject(i);
            if (found.isEmpty()) {
                found = inverted(s, args, i);
            }
            if (found.isEmpty() && Words.text(s, i - 1).equalsIgnoreCase("and")) {
                found = args.subject(firstVerb(s, i));
            }
        }
        return found.stream().filter(StatementExtractor::canSpeak).toList();
    }

    /**
     * "Berg was quoted by the Kalvak news agency as saying": the one quoted speaks, not the agency; "Y quoted
     * X as saying": the object of the active verb.
     */
    private static List<Mention> quotedAs(Sentence s, Arguments args, int i) {
        for (int k = i - 2; k >= 0 && i - k <= 10; k--) {
            if (s.token(k).lemma().equals("quote")) {
                boolean passive = k > 0 && s.token(k - 1).lemma().equals("be");
                return passive ? args.subject(k - 1).isEmpty() ? args.subject(k) : args.subject(k - 1)
                        : args.directObject(k);
            }
        }
        return List.of();
    }

    /**
     * "…,” said Mr. X": the speaker right after the verb; but not the subject of the clause reported ("An
     * official, speaking on condition of anonymity, said Berg would not come": Berg does not speak).
     */
    private static List<Mention> inverted(Sentence s, Arguments args, int i) {
        if (i > 0 && (s.token(i - 1).text().equals(",") || s.token(i - 1).is("PUNCT"))) {
            List<Mention> after = args.directObject(i);
            int next = after.isEmpty() ? s.size() : after.get(after.size() - 1).stop();
            if (next < s.size() && (s.token(next).is("VERB") || s.token(next).is("AUX"))) {
                return List.of();
            }
            return after.stream().filter(m -> m.type() == EntityType.PERSON).toList();
        }
        return List.of();
    }

    private static int firstVerb(Sentence s, int limit) {
        for (int k = 0; k < limit; k++) {
            if (s.token(k).is("VERB") || s.token(k).is("AUX")) {
                return k;
            }
        }
        return limit;
    }

    private static boolean canSpeak(Mention m) {
        return m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION
                || m.type() == EntityType.COUNTRY;
    }

    /** Verbs that make a statement of the attitude they take as object: "expressed satisfaction", "voiced hope". */
    private static final Set<String> EXPRESSING = Set.of("express", "voice", "convey", "reaffirm");
    private static final Set<String> ATTITUDES = Set.of("satisfaction", "dissatisfaction", "concern", "hope",
            "regret", "support", "opposition", "condolence", "gratitude", "thanks", "appreciation", "displeasure",
            "disappointment", "optimism", "pessimism", "confidence", "willingness", "readiness", "sympathy", "anger",
            "outrage", "doubt", "reservation", "solidarity", "congratulation", "wish", "belief", "view", "opinion",
            "fear", "alarm", "commitment", "determination", "objection", "protest", "interest", "welcome");

    /** "expressed deep satisfaction", "voiced the hope": a verb of expressing and an attitude as its object. */
    private static boolean expressesAnAttitude(Sentence s, int i) {
        if (!EXPRESSING.contains(s.token(i).lemma()) || !(s.token(i).is("VERB") || s.token(i).text().endsWith("ed"))) {
            return false;
        }
        for (int k = i + 1; k < s.size() && k <= i + 4; k++) {
            Token t = s.token(k);
            if (ATTITUDES.contains(t.lemma()) && t.is("NOUN")) {
                return true;
            }
            if (!(t.is("ADJ") || t.is("DET") || t.is("ADV") || t.is("PRON"))) {
                return false;
            }
        }
        return false;
    }

    private static boolean isReportingVerb(Sentence s, int i) {
        Token t = s.token(i);
        if (expressesAnAttitude(s, i)) {
            return true;
        }
        boolean asSaying = t.text().endsWith("ing") && Words.text(s, i - 1).equalsIgnoreCase("as");
        if (!REPORTING.contains(t.lemma()) || t.is("NOUN") && !t.text().endsWith("ed") && !asSaying
                || t.is("PROPN") || i > 0 && t.isCapitalized()) { // "the United States" does not state
            return false;
        }
        if (t.lemma().equals("point")) {
            return Words.text(s, i + 1).equals("out");
        }
        return t.is("VERB") || t.text().endsWith("ed") || t.text().endsWith("s") || asSaying;
    }

    /** "was said by X", and the reduced form "the accord, lauded by X as …". */
    private static boolean isPassive(Sentence s, int i) {
        return i > 0 && Words.text(s, i + 1).equals("by")
                && (s.token(i - 1).lemma().equals("be") || s.token(i).text().endsWith("ed"));
    }

    /** "X's statement", "a statement from X", "remarks by X". */
    private static Optional<Mention> nounSpeaker(Arguments args, int i) {
        return args.possessor(i)
                .or(() -> args.after(i, "from", 5).stream().findFirst())
                .or(() -> args.after(i, "by", 5).stream().findFirst())
                .filter(StatementExtractor::canSpeak);
    }

    private static boolean insideQuote(List<Quotes.Quote> quotes, Token token) {
        return Quotes.holding(quotes, token.begin(), token.end()).isPresent();
    }

    private static Optional<Sentence> sentenceAt(AnnotatedArticle article, int offset) {
        return article.sentenceAt(offset);
    }

    private static EventMention statement(Sentence s, Arguments args, int i, Optional<LocalDate> articleDate,
                                          List<Mention> speakers, Optional<String> quote, String extractor) {
        Token t = s.token(i);
        return new EventMention(EventClass.STATEMENT, new Trigger(s.index(), t.begin(), t.end(), t.text()),
                speakers, List.of(), List.of(), Optional.empty(),
                EventDates.of(s, args, i, true, articleDate, Status.OCCURRED), Optional.empty(), quote,
                Optional.empty(), Status.OCCURRED, quote.isPresent() ? 0.9 : 0.7, false, extractor);
    }
}
