package org.newsgraph.query;

import org.apache.jena.shared.PrefixMapping;
import org.newsgraph.vocab.Iris;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;

/** The prefixes of DESIGN.md, used when Newsgraph writes RDF for people to read. */
public final class Prefixes {
    public static final PrefixMapping COMMON = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("ng", NG.NS)
            .setNsPrefix("ngr", Iris.BASE)
            .setNsPrefix("nif", NIF.NS)
            .setNsPrefix("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/")
            .setNsPrefix("schema", "https://schema.org/")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("wd", Iris.WIKIDATA)
            .lock();

    private Prefixes() {
    }
}
