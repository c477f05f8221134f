package org.newsgraph.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One mention of an event in one sentence, with its arguments as mentions. The resolve stage joins the mentions
 * of one event within an article and maps its arguments to entities.
 *
 * @param agents       who does it
 * @param targets      whom or what it is done to
 * @param participants others taking part (neither agent nor target)
 * @param duration     an {@code xsd:duration} lexical form such as {@code PT4H}
 * @param anaphoric    true when the wording refers back to an event named before ("the talks", "this meeting")
 */
public record EventMention(EventClass type, Trigger trigger, List<Mention> agents, List<Mention> targets,
                           List<Mention> participants, Optional<Mention> place, Optional<TimeValue> date,
                           Optional<String> duration, Optional<String> quote, Optional<String> topic,
                           Status status, double confidence, boolean anaphoric, String extractor) implements Fact {
    public EventMention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(trigger, "trigger");
        agents = List.copyOf(agents);
        targets = List.copyOf(targets);
        participants = List.copyOf(participants);
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(extractor, "extractor");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
    }

    /** The same mention dated as the other where it has no date of its own. */
    public EventMention datedAs(EventMention other) {
        return new EventMention(type, trigger, agents, targets, participants, place, date.or(other::date), duration,
                quote, topic, status, confidence, anaphoric, extractor);
    }

    /** The same mention with another status. */
    public EventMention withStatus(Status other) {
        return new EventMention(type, trigger, agents, targets, participants, place, date, duration, quote, topic,
                other, confidence, anaphoric, extractor);
    }

    /**
     * This mention as a part or purpose of another event of its sentence ("arrived in Lisbon for talks",
     * "trade talks, including a meeting with Lima"): the whole's status; its place where this
     * one names none; its date where this one has none; and, with {@code shareParties}, the whole's participants beside its own.
     */
    public EventMention within(EventMention whole, boolean shareParties) {
        Set<Mention> others = new LinkedHashSet<>(participants);
        if (shareParties) {
            whole.allParticipants().stream().filter(m -> !agents.contains(m) && !targets.contains(m)
                    && !whole.place().equals(Optional.of(m))).forEach(others::add);
        }
        return new EventMention(type, trigger, agents, targets, List.copyOf(others), place.or(whole::place),
                date.or(whole::date), duration, quote, topic, whole.status(), confidence, anaphoric, extractor);
    }

    /** This mention with the other's agents, targets and participants when it names none of its own. */
    public EventMention withPartiesOf(EventMention other) {
        if (!allParticipants().isEmpty()) {
            return this;
        }
        return new EventMention(type, trigger, other.agents(), other.targets(), other.participants(), place, date,
                duration, quote, topic, status, confidence, anaphoric, extractor);
    }

    /** Every mention taking part, agents first. */
    public List<Mention> allParticipants() {
        return java.util.stream.Stream.of(agents, targets, participants).flatMap(List::stream).toList();
    }
}
