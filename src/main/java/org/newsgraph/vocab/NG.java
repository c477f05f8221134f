package org.newsgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Newsgraph ontology terms ({@code ontology/newsgraph.ttl}). {@code OntologyTest} checks that every term
 * here is defined in that file, and that every class and property defined there is here.
 */
public final class NG {
    public static final String NS = "https://w3id.org/newsgraph/ontology#";

    private NG() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    /** The class of this local name, e.g. {@code Meeting}. */
    public static Resource term(String local) {
        return resource(local);
    }

    public static final Resource Article = resource("Article");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource Place = resource("Place");
    public static final Resource Country = resource("Country");
    public static final Resource City = resource("City");
    public static final Resource Region = resource("Region");
    public static final Resource Event = resource("Event");
    public static final Resource Evidence = resource("Evidence");
    public static final Resource Status = resource("Status");

    public static final Resource Occurred = resource("Occurred");
    public static final Resource Planned = resource("Planned");
    public static final Resource Cancelled = resource("Cancelled");
    public static final Resource Negated = resource("Negated");
    public static final Resource Hypothetical = resource("Hypothetical");

    public static final Property title = property("title");
    public static final Property affiliation = property("affiliation");
    public static final Property locatedIn = property("locatedIn");
    public static final Property participant = property("participant");
    public static final Property agent = property("agent");
    public static final Property target = property("target");
    public static final Property at = property("at");
    public static final Property date = property("date");
    public static final Property duration = property("duration");
    public static final Property quote = property("quote");
    public static final Property topic = property("topic");
    public static final Property status = property("status");
    public static final Property confidence = property("confidence");
    public static final Property cameoCode = property("cameoCode");
    public static final Property ploverCode = property("ploverCode");
    public static final Property metWith = property("metWith");
    public static final Property spokeWith = property("spokeWith");
    public static final Property said = property("said");
    public static final Property visited = property("visited");
    public static final Property mentionedIn = property("mentionedIn");
    public static final Property evidence = property("evidence");
    public static final Property sentence = property("sentence");
    public static final Property extractor = property("extractor");
    public static final Property sameEventAs = property("sameEventAs");
    public static final Property nameKey = property("nameKey");
    public static final Property matchedEvent = property("matchedEvent");
    public static final Property linkKey = property("linkKey");
    public static final Property shortFormIn = property("shortFormIn");
}
