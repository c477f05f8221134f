package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.NewsgraphException;
import org.newsgraph.model.EventClass;

/** Event triggers keyed by lemma and part of speech, read once from {@code events.tsv}. */
public final class EventLexicon {
    private static final EventLexicon ENGLISH = load("/org/newsgraph/gazetteer/events.tsv");

    /** How an event's arguments are read from the words around its trigger. */
    public enum Frame {
        /** everyone named takes part: meetings, calls, agreements */
        MEET,
        /** the subject acts on the object: invasions, sanctions, arrests */
        ACT,
        /** the subject goes to a place: visits */
        MOVE,
        /** the subject is what it happens to: deaths, resignations */
        UNDERGO,
        /** the subject gets the object: acquisitions */
        TRANSFER
    }

    public record Entry(EventClass type, double confidence, Frame frame) {
    }

    private final Map<String, Entry> verbs;
    private final Map<String, Entry> nouns;
    /** The nouns of the whole lexicon, which a part keeps: "fire" is a noun to every family. */
    private final Set<String> allNouns;

    private EventLexicon(Map<String, Entry> verbs, Map<String, Entry> nouns, Set<String> allNouns) {
        this.verbs = Map.copyOf(verbs);
        this.nouns = Map.copyOf(nouns);
        this.allNouns = Set.copyOf(allNouns);
    }

    public static EventLexicon english() {
        return ENGLISH;
    }

    /** The part of this lexicon whose triggers name events of these classes. */
    public EventLexicon only(java.util.Set<EventClass> classes) {
        Map<String, Entry> someVerbs = new HashMap<>(verbs);
        Map<String, Entry> someNouns = new HashMap<>(nouns);
        someVerbs.values().removeIf(e -> !classes.contains(e.type()));
        someNouns.values().removeIf(e -> !classes.contains(e.type()));
        return new EventLexicon(someVerbs, someNouns, allNouns);
    }

    /** Whether any family of the whole lexicon reads this lemma as a noun that names an event. */
    public boolean isEventNoun(String lemma) {
        return allNouns.contains(lemma);
    }

    public Optional<Entry> verb(String lemma) {
        return Optional.ofNullable(verbs.get(lemma));
    }

    public Optional<Entry> noun(String lemma) {
        return Optional.ofNullable(nouns.get(lemma));
    }

    private static EventLexicon load(String resource) {
        Map<String, Entry> verbs = new HashMap<>();
        Map<String, Entry> nouns = new HashMap<>();
        InputStream in = EventLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new NewsgraphException("event lexicon " + resource + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 5) {
                    throw new NewsgraphException(resource + ":" + lineNumber + ": expected 5 columns");
                }
                EventClass type = EventClass.byLocalName(cells[2]).orElseThrow(() ->
                        new NewsgraphException("event lexicon: unknown event class " + cells[2]));
                Entry entry = new Entry(type, Double.parseDouble(cells[3]),
                        Frame.valueOf(cells[4].toUpperCase(java.util.Locale.ROOT)));
                (cells[1].equals("V") ? verbs : nouns).put(cells[0], entry);
            }
        } catch (IOException e) {
            throw new NewsgraphException("event lexicon could not be read: " + e.getMessage(), e);
        }
        return new EventLexicon(verbs, nouns, nouns.keySet());
    }
}
