package org.newsgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The NIF Core terms Newsgraph uses for evidence offsets. */
public final class NIF {
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    public static final Property anchorOf = ResourceFactory.createProperty(NS + "anchorOf");
    public static final Property beginIndex = ResourceFactory.createProperty(NS + "beginIndex");
    public static final Property endIndex = ResourceFactory.createProperty(NS + "endIndex");
    public static final Property isString = ResourceFactory.createProperty(NS + "isString");

    private NIF() {
    }
}
