package org.newsgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An event as one article reports it, its arguments resolved to entities. {@code number} orders the events of
 * the article and is part of the event's IRI.
 */
public record Event(int number, EventClass type, List<EntityKey> agents, List<EntityKey> targets,
                    List<EntityKey> participants, Optional<EntityKey> place, Optional<TimeValue> date,
                    Optional<String> duration, Optional<String> quote, Optional<String> topic, Status status,
                    double confidence, List<Evidence> evidence) {
    public Event {
        Objects.requireNonNull(type, "type");
        agents = List.copyOf(agents);
        targets = List.copyOf(targets);
        participants = List.copyOf(participants);
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(status, "status");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("event " + number + " has no evidence");
        }
    }

    /** Agents, targets and other participants, each once, in that order. */
    public List<EntityKey> allParticipants() {
        return Stream.of(agents, targets, participants).flatMap(List::stream).distinct().toList();
    }
}
