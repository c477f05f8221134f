package org.newsgraph.store;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.newsgraph.resolve.EventLinker;
import org.newsgraph.vocab.NG;

/**
 * The cross-article graph {@code ngr:graph/links}: direct matches between events ({@code ng:matchedEvent}),
 * their closure over each cluster ({@code ng:sameEventAs}, both directions), and which articles name an
 * entity only by a short form ({@code ng:shortFormIn}). Call inside a write transaction.
 */
final class LinksGraph {
    private final Model links;

    LinksGraph(Model links) {
        this.links = links;
    }

    /**
     * Removes the matches of these events and recloses the clusters they were in. The clusters that remain are
     * parts of the old ones, whose closure is there already: only the pairs between parts that no longer
     * connect are removed, so forgetting a redundant match writes nothing.
     */
    void forget(Collection<String> events) {
        Set<Resource> affected = new HashSet<>();
        for (String iri : events) {
            Resource event = links.createResource(iri);
            affected.addAll(cluster(event));
            links.removeAll(event, NG.matchedEvent, null);
            links.removeAll(null, NG.matchedEvent, event);
            links.removeAll(event, NG.sameEventAs, null);
            links.removeAll(null, NG.sameEventAs, event);
        }
        affected.removeIf(r -> events.contains(r.getURI()));
        Set<Resource> done = new HashSet<>();
        for (Resource seed : affected) {
            if (done.contains(seed)) {
                continue;
            }
            Set<Resource> part = cluster(seed);
            done.addAll(part);
            for (Resource member : part) {
                for (RDFNode other : links.listObjectsOfProperty(member, NG.sameEventAs).toList()) {
                    if (!part.contains(other.asResource())) {
                        links.remove(member, NG.sameEventAs, other);
                        links.remove(other.asResource(), NG.sameEventAs, member);
                    }
                }
            }
        }
    }

    /**
     * Adds matches and closes over them incrementally: joining two clusters adds the pairs between them, so the
     * cost is the size of the clusters joined, not their square.
     */
    void add(List<EventLinker.Link> matches) {
        for (EventLinker.Link link : matches) {
            Resource a = links.createResource(link.event());
            Resource b = links.createResource(link.other());
            links.add(a, NG.matchedEvent, b);
            links.add(b, NG.matchedEvent, a);
            Set<Resource> left = closed(a);
            Set<Resource> right = closed(b);
            if (left.contains(b)) {
                continue;
            }
            for (Resource x : left) {
                for (Resource y : right) {
                    links.add(x, NG.sameEventAs, y);
                    links.add(y, NG.sameEventAs, x);
                }
            }
        }
    }

    /** The cluster of an event as the closure already states it: the event and every sameEventAs of it. */
    private Set<Resource> closed(Resource event) {
        Set<Resource> members = new HashSet<>(List.of(event));
        links.listObjectsOfProperty(event, NG.sameEventAs).forEachRemaining(n -> members.add(n.asResource()));
        return members;
    }

    /** The events connected to this one by direct matches, itself included. */
    private Set<Resource> cluster(Resource start) {
        Set<Resource> seen = new HashSet<>(List.of(start));
        Deque<Resource> queue = new ArrayDeque<>(seen);
        while (!queue.isEmpty()) {
            Resource next = queue.poll();
            for (RDFNode other : links.listObjectsOfProperty(next, NG.matchedEvent).toList()) {
                if (other.isResource() && seen.add(other.asResource())) {
                    queue.add(other.asResource());
                }
            }
        }
        return seen;
    }

    void shortForm(String entity, String article) {
        links.add(links.createResource(entity), NG.shortFormIn, links.createResource(article));
    }

    /** Forgets which entities this article names by a short form. */
    void forgetShortForms(String article) {
        links.removeAll(null, NG.shortFormIn, links.createResource(article));
    }

    /** The events an event is matched with directly. */
    Set<String> matchesOf(String event) {
        Set<String> out = new HashSet<>();
        links.listObjectsOfProperty(links.createResource(event), NG.matchedEvent)
                .forEachRemaining(n -> out.add(n.asResource().getURI()));
        return out;
    }

    /** The entities this article names only by a short form. */
    Set<String> shortFormsIn(String article) {
        Set<String> out = new HashSet<>();
        links.listSubjectsWithProperty(NG.shortFormIn, links.createResource(article))
                .forEachRemaining(r -> out.add(r.getURI()));
        return out;
    }

    /** The articles that name this entity only by a short form. */
    Set<String> shortFormArticles(String entity) {
        Set<String> out = new HashSet<>();
        links.listObjectsOfProperty(links.createResource(entity), NG.shortFormIn)
                .forEachRemaining(n -> out.add(n.asResource().getURI()));
        return out;
    }
}
