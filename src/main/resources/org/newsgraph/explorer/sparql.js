// The explorer's only way to the data: SPARQL over HTTP, with parameters bound as RDF terms, never pasted.
"use strict";

const Sparql = (() => {
  const ENDPOINT = "/newsgraph/sparql";
  const PREFIXES = [
    "PREFIX ng: <https://w3id.org/newsgraph/ontology#>",
    "PREFIX ngr: <https://w3id.org/newsgraph/id/>",
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>",
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>",
    "PREFIX owl: <http://www.w3.org/2002/07/owl#>",
    "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>",
    "PREFIX dcterms: <http://purl.org/dc/terms/>",
    "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>",
  ].join("\n") + "\n";
  const NAMESPACES = {
    ng: "https://w3id.org/newsgraph/ontology#", ngr: "https://w3id.org/newsgraph/id/",
    rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#", rdfs: "http://www.w3.org/2000/01/rdf-schema#",
    skos: "http://www.w3.org/2004/02/skos/core#", owl: "http://www.w3.org/2002/07/owl#",
    xsd: "http://www.w3.org/2001/XMLSchema#", dcterms: "http://purl.org/dc/terms/",
    nif: "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", wd: "http://www.wikidata.org/entity/",
  };

  /** An IRI as a SPARQL term; refuses what an IRI cannot hold. */
  function iri(value) {
    if (!value || /[\s<>"{}|^`\\]/.test(value)) {
      throw new Error("not an IRI: " + value);
    }
    return "<" + value + ">";
  }

  /** A string literal, escaped as SPARQL's STRING_LITERAL2 requires. */
  function string(value) {
    return '"' + String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')
      .replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t") + '"';
  }

  /** A parameter as the command line reads it: <iri>, prefix:name, "literal"@lang or ^^type, else a string. */
  function term(value) {
    if (/^<[^<>]*>$/.test(value)) {
      return iri(value.slice(1, -1));
    }
    const prefixed = /^([A-Za-z][\w-]*):([\w-]+)$/.exec(value);
    if (prefixed && NAMESPACES[prefixed[1]]) {
      return iri(NAMESPACES[prefixed[1]] + prefixed[2]);
    }
    const literal = /^"((?:[^"\\]|\\.)*)"(@[A-Za-z-]+|\^\^([A-Za-z][\w-]*):([\w-]+))?$/.exec(value);
    if (literal && literal[2]) {
      const text = literal[1].replace(/\\(.)/g, "$1");
      if (literal[2].startsWith("@")) {
        return string(text) + literal[2];
      }
      return string(text) + "^^" + iri((NAMESPACES[literal[3]] || "") + literal[4]);
    }
    return string(value);
  }

  /**
   * Binds variables by a VALUES block at the head of the query's outermost WHERE group, so that they hold
   * inside the pattern (before any GROUP BY), as the command line's --param does on the parsed query.
   */
  function bind(query, bindings) {
    const names = Object.keys(bindings);
    if (names.length === 0) {
      return query;
    }
    return insertValues(query, "(" + names.map((n) => "?" + n).join(" ") + ") { (" +
      names.map((n) => bindings[n]).join(" ") + ") }");
  }

  /** Binds one variable to each of several terms (a VALUES block of one column), the same way. */
  function values(query, name, terms) {
    return insertValues(query, "?" + name + " { " + terms.join(" ") + " }");
  }

  function insertValues(query, block) {
    const where = /\bWHERE\s*\{/i.exec(query) || /^\s*(?:SELECT|ASK|CONSTRUCT|DESCRIBE)[^{]*\{/im.exec(query);
    if (!where) {
      throw new Error("the query has no WHERE group to bind " + block + " in");
    }
    const at = where.index + where[0].length;
    return query.slice(0, at) + "\n  VALUES " + block + "\n" + query.slice(at);
  }

  async function post(query, accept) {
    const response = await fetch(ENDPOINT, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: accept },
      body: new URLSearchParams({ query }),
    });
    if (!response.ok) {
      const text = await response.text();
      throw new Error(response.status + ": " + (text.split("\n").find((l) => l.trim()) || response.statusText));
    }
    return response;
  }

  /** Runs a SELECT (Newsgraph's prefixes declared) and gives its rows as objects of RDF terms. */
  async function select(query, bindings = {}) {
    const json = await (await post(PREFIXES + bind(query, bindings), "application/sparql-results+json")).json();
    return { vars: json.head.vars, rows: json.results.bindings };
  }

  /** Runs a query as the user wrote it and gives the JSON results. */
  async function raw(query) {
    return (await post(query, "application/sparql-results+json")).json();
  }

  /** The address that answers the query as CSV, for a download link. */
  function csvLink(query) {
    return ENDPOINT + "?" + new URLSearchParams({ query, output: "csv" }).toString();
  }

  function shorten(value) {
    for (const [prefix, ns] of Object.entries(NAMESPACES)) {
      if (value.startsWith(ns) && value.length > ns.length) {
        return prefix + ":" + value.slice(ns.length);
      }
    }
    return value;
  }

  return { iri, string, term, bind, values, select, raw, csvLink, shorten, PREFIXES };
})();
