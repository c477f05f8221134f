// Newsgraph explorer: search, entity and event pages, the who-met-whom network and a query page, all read
// from the SPARQL endpoint through Sparql.select. Routes live in the URL's hash, so every page can be linked.
"use strict";

const NG = "https://w3id.org/newsgraph/ontology#";
const TYPES = ["Person", "Organization", "Country", "City", "Region", "Place"];
const EVENT_CLASSES = ["Meeting", "PhoneCall", "Visit", "Statement", "Agreement", "Proposal", "Negotiation",
  "Invasion", "Annexation", "Expulsion", "Sanction", "Appointment", "Resignation", "Election", "Protest", "Attack",
  "Arrest", "Death", "Injury", "Disaster", "Trial", "Acquisition", "Announcement", "Award"];
const view = document.getElementById("view");

// ---------------------------------------------------------------- small helpers

/** An element: el("a", {href: "#"}, "text", child…); strings become text nodes, never HTML. */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") node.className = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const value = (row, name) => (row[name] ? row[name].value : undefined);
const local = (iri) => (iri || "").replace(/^.*[#/]/, "");
const entityHref = (iri) => "#/entity/" + encodeURIComponent(iri);
const eventHref = (iri) => "#/event/" + encodeURIComponent(iri);
const articleId = (iri) => decodeURIComponent(local(iri));

function mostSpecific(classes) {
  const names = classes.map(local);
  return TYPES.find((t) => names.includes(t)) || "Entity";
}

/** The sentence with the first occurrence of the anchor marked. */
function highlighted(sentence, anchor) {
  const at = anchor ? sentence.indexOf(anchor) : -1;
  if (at < 0) return el("q", { class: "evidence" }, sentence);
  return el("q", { class: "evidence" }, sentence.slice(0, at), el("mark", {}, anchor),
    sentence.slice(at + anchor.length));
}

/** Where the words first stand in the text as whole words ("Kenya", not inside "Kenyan"), else anywhere; -1 if not. */
function wordAt(text, words) {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const whole = new RegExp("(^|[^\\p{L}\\p{N}])(" + escaped + ")(?![\\p{L}\\p{N}])", "iu").exec(text);
  if (whole) return whole.index + whole[1].length;
  return text.toLowerCase().indexOf(words.toLowerCase());
}

/** The sentence of an article's text around a character offset. */
function sentenceAround(text, at, length) {
  let begin = at;
  while (begin > 0 && !/[.!?\n]/.test(text[begin - 1])) begin--;
  let end = at + length;
  while (end < text.length && !/[.!?\n]/.test(text[end])) end++;
  return text.slice(begin, Math.min(text.length, end + 1)).trim();
}

function loading(title) {
  view.replaceChildren(el("h1", {}, title), el("p", { class: "muted" }, "Loading…"));
}

function failed(error) {
  view.append(el("p", { class: "error", role: "alert" }, "The endpoint answered: " + error.message));
}

function articleLink(iri, title, date) {
  return el("span", { class: "article" }, el("a", { href: "#/article/" + encodeURIComponent(iri) },
    title || articleId(iri)), date ? " · " + date : "");
}

// ---------------------------------------------------------------- search

const SEARCH = `
SELECT ?entity (SAMPLE(?name) AS ?label) (GROUP_CONCAT(DISTINCT STR(?class); separator=" ") AS ?classes)
       (COUNT(DISTINCT ?article) AS ?articles)
WHERE {
  { ?entity rdfs:label ?said } UNION { ?entity skos:altLabel ?said }
  FILTER (CONTAINS(LCASE(STR(?said)), LCASE(?text)))
  ?entity ng:mentionedIn ?article ; rdfs:label ?name ; a ?class .
  FILTER NOT EXISTS { ?entity a ng:Event }
}
GROUP BY ?entity ORDER BY DESC(?articles) ?label LIMIT 100`;

async function search(text) {
  document.getElementById("search").value = text;
  loading("Names matching “" + text + "”");
  try {
    const { rows } = await Sparql.select(SEARCH, { text: Sparql.string(text) });
    const list = el("ol", { class: "results", id: "search-results" }, rows.map((row) =>
      el("li", {}, el("a", { href: entityHref(value(row, "entity")), class: "entity-link" }, value(row, "label")),
        " ", el("span", { class: "badge" }, mostSpecific(value(row, "classes").split(" "))),
        " ", el("span", { class: "muted" }, value(row, "articles") + " article(s)"))));
    view.replaceChildren(el("h1", {}, "Names matching “" + text + "”"),
      rows.length ? list : el("p", {}, "No entity has a name that contains “" + text + "”."));
  } catch (e) {
    failed(e);
  }
}

// ---------------------------------------------------------------- home

const TOP = `
SELECT ?entity (SAMPLE(?name) AS ?label) (COUNT(DISTINCT ?article) AS ?articles)
WHERE { ?entity a ?type ; ng:mentionedIn ?article ; rdfs:label ?name }
GROUP BY ?entity ORDER BY DESC(?articles) LIMIT 15`;
const TOTALS = `
SELECT (COUNT(DISTINCT ?article) AS ?articles) (COUNT(DISTINCT ?event) AS ?events)
WHERE { { ?article a ng:Article } UNION { ?event a ng:Event } }`;

async function home() {
  loading("Newsgraph");
  try {
    const [totals, people, organizations] = await Promise.all([Sparql.select(TOTALS),
      Sparql.select(TOP, { type: Sparql.iri(NG + "Person") }), Sparql.select(TOP, { type: Sparql.iri(NG + "Organization") })]);
    const t = totals.rows[0] || {};
    const top = (title, rows) => el("section", {}, el("h2", {}, title), el("ol", { class: "results" },
      rows.map((row) => el("li", {}, el("a", { href: entityHref(value(row, "entity")) }, value(row, "label")),
        " ", el("span", { class: "muted" }, value(row, "articles") + " article(s)")))));
    view.replaceChildren(el("h1", {}, "Newsgraph"),
      el("p", {}, `${value(t, "articles") || 0} articles, ${value(t, "events") || 0} events. Search a name above, `,
        el("a", { href: "#/network" }, "see who met whom"), ", or ", el("a", { href: "#/query" }, "ask in SPARQL"), "."),
      el("div", { class: "columns" }, top("People most written about", people.rows),
        top("Organisations most written about", organizations.rows)));
  } catch (e) {
    failed(e);
  }
}

// ---------------------------------------------------------------- entity page

const ENTITY_FACTS = `
SELECT ?property ?object ?objectLabel ?article
WHERE {
  GRAPH ?article { ?entity ?property ?object }
  VALUES ?property { rdf:type rdfs:label skos:altLabel ng:title ng:affiliation owl:sameAs ng:locatedIn }
  OPTIONAL { ?object rdfs:label ?objectLabel }
}`;
const ENTITY_EVENTS = `
SELECT ?event ?class ?role ?date ?status ?place ?placeLabel ?article ?anchor ?sentence
WHERE {
  ?event ?roleProperty ?entity .
  VALUES ?roleProperty { ng:agent ng:target ng:participant }
  ?event a ng:Event ; ng:mentionedIn ?article .
  OPTIONAL { ?event a ?specific FILTER (?specific != ng:Event) }
  BIND (STRAFTER(STR(COALESCE(?specific, ng:Event)), "#") AS ?class)
  BIND (STRAFTER(STR(?roleProperty), "#") AS ?role)
  OPTIONAL { ?event ng:date ?date }
  OPTIONAL { ?event ng:status ?status }
  OPTIONAL { ?event ng:at ?place . OPTIONAL { ?place rdfs:label ?placeLabel } }
  OPTIONAL { ?event ng:evidence ?evidence . ?evidence nif:anchorOf ?anchor ; ng:sentence ?sentence }
}`;
const CO_PARTICIPANTS = `
SELECT ?other (SAMPLE(?name) AS ?label) (COUNT(DISTINCT ?event) AS ?events)
WHERE {
  ?event ng:participant ?entity , ?other . FILTER (?other != ?entity)
  ?other rdfs:label ?name .
}
GROUP BY ?other ORDER BY DESC(?events) LIMIT 30`;
const ARTICLES = `
SELECT ?article ?title ?date ?source
WHERE {
  ?entity ng:mentionedIn ?article .
  OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article dcterms:issued ?date }
  OPTIONAL { ?article dcterms:source ?source }
}
ORDER BY DESC(?date) LIMIT 200`;
const TEXTS = `SELECT ?article ?text ?title WHERE { ?article nif:isString ?text . OPTIONAL { ?article dcterms:title ?title } }`;

/** Events of the rows, one per event IRI, with all their roles and evidence. */
function groupEvents(rows) {
  const events = new Map();
  for (const row of rows) {
    const iri = value(row, "event");
    const event = events.get(iri) || { iri, class: value(row, "class"), roles: new Set(), date: value(row, "date"),
      status: local(value(row, "status")) || "Occurred", place: value(row, "place"), placeLabel: value(row, "placeLabel"),
      article: value(row, "article"), evidence: new Map() };
    if (value(row, "role")) event.roles.add(value(row, "role"));
    if (value(row, "sentence")) event.evidence.set(value(row, "anchor") + "\u0000" + value(row, "sentence"),
      { anchor: value(row, "anchor"), sentence: value(row, "sentence") });
    events.set(iri, event);
  }
  return [...events.values()].sort((a, b) => (a.date || "9999").localeCompare(b.date || "9999") || a.iri.localeCompare(b.iri));
}

function role(roles) {
  return roles.has("agent") ? "agent" : roles.has("target") ? "target" : "participant";
}

/** A horizontal time axis with a dot per dated event; the list below it holds every event. */
function timelineChart(events) {
  const dated = events.filter((e) => e.date);
  if (dated.length === 0) return el("p", { class: "muted" }, "None of these events is dated.");
  const time = (d) => Date.parse(d.length === 4 ? d + "-07-01" : d.length === 7 ? d + "-15" : d);
  const first = Math.min(...dated.map((e) => time(e.date)));
  const last = Math.max(...dated.map((e) => time(e.date)));
  const span = Math.max(last - first, 1);
  const svgNs = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(svgNs, "svg");
  svg.setAttribute("viewBox", "0 0 1000 60");
  svg.setAttribute("class", "timeline-chart");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", `${dated.length} dated events from ${dated[0].date} to ${dated[dated.length - 1].date}`);
  const line = document.createElementNS(svgNs, "line");
  Object.entries({ x1: 20, x2: 980, y1: 30, y2: 30, class: "axis" }).forEach(([k, v]) => line.setAttribute(k, v));
  svg.append(line);
  for (const [text, x, anchor] of [[dated[0].date, 20, "start"], [dated[dated.length - 1].date, 980, "end"]]) {
    const label = document.createElementNS(svgNs, "text");
    Object.entries({ x, y: 55, "text-anchor": anchor }).forEach(([k, v]) => label.setAttribute(k, v));
    label.textContent = text;
    svg.append(label);
  }
  dated.forEach((event) => {
    const link = document.createElementNS(svgNs, "a");
    link.setAttribute("href", eventHref(event.iri));
    const dot = document.createElementNS(svgNs, "circle");
    const x = dated.length === 1 ? 500 : 20 + 960 * (time(event.date) - first) / span;
    Object.entries({ cx: x, cy: 30, r: 7, class: "dot " + event.class }).forEach(([k, v]) => dot.setAttribute(k, v));
    const title = document.createElementNS(svgNs, "title");
    title.textContent = `${event.date} ${event.class}`;
    dot.append(title);
    link.append(dot);
    svg.append(link);
  });
  return svg;
}

function eventItem(event, titles) {
  const evidence = [...event.evidence.values()];
  return el("li", { class: "timeline-item" },
    el("div", { class: "when" }, event.date || "undated"),
    el("div", {},
      el("a", { href: eventHref(event.iri), class: "event-link" }, event.class), " as ", role(event.roles),
      event.placeLabel ? [" at ", el("a", { href: entityHref(event.place) }, event.placeLabel)] : "",
      event.status !== "Occurred" ? [" ", el("span", { class: "badge status" }, event.status)] : "",
      " — ", articleLink(event.article, titles.get(event.article)),
      evidence.map((e) => el("div", {}, highlighted(e.sentence, e.anchor)))));
}

async function entity(iri) {
  loading(Sparql.shorten(iri));
  try {
    const bound = { entity: Sparql.iri(iri) };
    const [facts, events, others, articles] = await Promise.all([Sparql.select(ENTITY_FACTS, bound),
      Sparql.select(ENTITY_EVENTS, bound), Sparql.select(CO_PARTICIPANTS, bound), Sparql.select(ARTICLES, bound)]);
    const rows = facts.rows;
    const of = (p) => rows.filter((r) => value(r, "property").endsWith(p));
    const label = of("#label").map((r) => value(r, "object"))[0] || Sparql.shorten(iri);
    const titles = new Map(articles.rows.map((r) => [value(r, "article"), value(r, "title")]));
    const types = [...new Set(of("#type").map((r) => local(value(r, "object"))))];
    const altLabels = [...new Set(of("#altLabel").map((r) => value(r, "object")))];
    const wikidata = [...new Set(of("#sameAs").map((r) => value(r, "object")))]
      .filter((o) => o.startsWith("http://www.wikidata.org/entity/"));

    // titles and affiliations are stated by articles: show the sentence of each that says so
    const stated = [...of("#title"), ...of("#affiliation"), ...of("#locatedIn")];
    const statingArticles = [...new Set(stated.map((r) => value(r, "article")))].slice(0, 40);
    const texts = new Map();
    if (statingArticles.length) {
      (await Sparql.select(Sparql.values(TEXTS, "article", statingArticles.map(Sparql.iri)))).rows.forEach((r) => texts.set(value(r, "article"), value(r, "text")));
    }
    const factItem = (row, shown) => {
      const text = texts.get(value(row, "article")) || "";
      const at = wordAt(text, shown);
      return el("li", {}, value(row, "objectLabel") && !value(row, "property").endsWith("#title")
        ? el("a", { href: entityHref(value(row, "object")) }, shown) : el("strong", {}, shown),
        " — ", articleLink(value(row, "article"), titles.get(value(row, "article"))),
        at >= 0 ? el("div", {}, highlighted(sentenceAround(text, at, shown.length), text.substr(at, shown.length))) : "");
    };
    const unique = (list, key) => [...new Map(list.map((r) => [key(r), r])).values()];
    const titleRows = unique(of("#title"), (r) => value(r, "object") + value(r, "article"));
    const affiliationRows = unique(of("#affiliation"), (r) => value(r, "object") + value(r, "article"));
    const locatedRows = unique(of("#locatedIn"), (r) => value(r, "object") + value(r, "article"));
    const grouped = groupEvents(events.rows);

    view.replaceChildren(
      el("h1", { id: "entity-title" }, label, " ", types.map((t) => el("span", { class: "badge" }, t))),
      el("p", { class: "muted" }, el("code", {}, iri),
        wikidata.map((w) => [" · ", el("a", { href: w, class: "wikidata", rel: "noopener" }, "Wikidata " + local(w))])),
      altLabels.length ? el("p", {}, "Also named: " + altLabels.join(", ")) : "",
      titleRows.length ? el("section", { id: "titles" }, el("h2", {}, "Titles"),
        el("ul", { class: "facts" }, titleRows.map((r) => factItem(r, value(r, "object"))))) : "",
      affiliationRows.length ? el("section", { id: "affiliations" }, el("h2", {}, "Affiliations"),
        el("ul", { class: "facts" }, affiliationRows.map((r) => factItem(r, value(r, "objectLabel") || local(value(r, "object")))))) : "",
      locatedRows.length ? el("section", {}, el("h2", {}, "Located in"),
        el("ul", { class: "facts" }, locatedRows.map((r) => factItem(r, value(r, "objectLabel") || local(value(r, "object")))))) : "",
      el("section", { id: "timeline" }, el("h2", {}, `Events (${grouped.length})`), timelineChart(grouped),
        el("ol", { class: "timeline" }, grouped.map((e) => eventItem(e, titles)))),
      others.rows.length ? el("section", { id: "co-participants" }, el("h2", {}, "Took part in events with"),
        el("ul", { class: "inline" }, others.rows.map((r) => el("li", {},
          el("a", { href: entityHref(value(r, "other")) }, value(r, "label")), ` (${value(r, "events")})`)))) : "",
      el("section", { id: "articles" }, el("h2", {}, `Articles (${articles.rows.length})`),
        el("ul", {}, articles.rows.map((r) => el("li", {}, articleLink(value(r, "article"), value(r, "title"), value(r, "date")),
          value(r, "source") ? [" · ", el("a", { href: value(r, "source"), rel: "noopener" }, "source")] : "")))));
  } catch (e) {
    failed(e);
  }
}

// ---------------------------------------------------------------- event page

const CLUSTER = `SELECT DISTINCT ?member WHERE { ?event ng:sameEventAs ?member }`;
const EVENT_FACTS = `
SELECT ?event ?property ?object ?objectLabel ?title ?issued ?source
WHERE {
  ?event ?property ?object .
  VALUES ?property { rdf:type ng:agent ng:target ng:participant ng:at ng:date ng:status ng:duration ng:quote ng:topic
                     ng:mentionedIn ng:confidence }
  OPTIONAL { ?object rdfs:label ?objectLabel }
  OPTIONAL { ?object dcterms:title ?title }
  OPTIONAL { ?object dcterms:issued ?issued }
  OPTIONAL { ?object dcterms:source ?source }
}`;
const EVIDENCE = `
SELECT ?event ?anchor ?begin ?end ?sentence ?extractor
WHERE { ?event ng:evidence ?evidence . ?evidence nif:anchorOf ?anchor ; nif:beginIndex ?begin ; nif:endIndex ?end ;
        ng:sentence ?sentence ; ng:extractor ?extractor }
ORDER BY ?begin`;

function eventColumn(iri, facts, evidence) {
  const rows = facts.filter((r) => value(r, "event") === iri);
  const of = (p) => rows.filter((r) => value(r, "property") === NG + p || value(r, "property").endsWith("#" + p));
  const cls = of("type").map((r) => local(value(r, "object"))).find((c) => c !== "Event") || "Event";
  const roles = new Map();
  for (const roleName of ["agent", "target", "participant"]) {
    for (const r of of(roleName)) if (!roles.has(value(r, "object"))) roles.set(value(r, "object"), [roleName, value(r, "objectLabel")]);
  }
  const article = of("mentionedIn")[0];
  const field = (name, content) => content ? [el("dt", {}, name), el("dd", {}, content)] : [];
  return el("article", { class: "event-column" },
    el("h2", {}, el("a", { href: eventHref(iri) }, cls), " ", el("span", { class: "muted" }, local(iri))),
    el("dl", {},
      field("Participants", el("ul", { class: "participants" }, [...roles].map(([who, [r, name]]) =>
        el("li", {}, el("a", { href: entityHref(who) }, name || Sparql.shorten(who)), " ", el("span", { class: "badge" }, r))))),
      field("Place", of("at")[0] && el("a", { href: entityHref(value(of("at")[0], "object")) },
        value(of("at")[0], "objectLabel") || local(value(of("at")[0], "object")))),
      field("Date", of("date")[0] && value(of("date")[0], "object")),
      field("Status", local(of("status")[0] && value(of("status")[0], "object")) || "Occurred"),
      field("Duration", of("duration")[0] && value(of("duration")[0], "object")),
      field("Quote", of("quote")[0] && el("q", {}, value(of("quote")[0], "object"))),
      field("Topic", of("topic")[0] && (value(of("topic")[0], "objectLabel") || value(of("topic")[0], "object"))),
      field("Source", article && [articleLink(value(article, "object"), value(article, "title"), value(article, "issued")),
        value(article, "source") ? [" · ", el("a", { href: value(article, "source"), rel: "noopener" }, "original")] : ""]),
      field("Evidence", el("ul", { class: "facts" }, evidence.filter((r) => value(r, "event") === iri).map((r) =>
        el("li", {}, highlighted(value(r, "sentence"), value(r, "anchor")),
          el("div", { class: "muted" }, `characters ${value(r, "begin")}–${value(r, "end")} · ${value(r, "extractor")}`)))))));
}

async function event(iri) {
  loading(Sparql.shorten(iri));
  try {
    const members = (await Sparql.select(CLUSTER, { event: Sparql.iri(iri) })).rows.map((r) => value(r, "member"));
    const ordered = [iri, ...members.filter((m) => m !== iri).sort()];
    const inCluster = (query) => Sparql.values(query, "event", ordered.map(Sparql.iri));
    const [facts, evidence] = await Promise.all([Sparql.select(inCluster(EVENT_FACTS)), Sparql.select(inCluster(EVIDENCE))]);
    view.replaceChildren(el("h1", { id: "event-title" }, "Event ", el("code", {}, Sparql.shorten(iri))),
      ordered.length > 1 ? el("p", {}, `${ordered.length - 1} other report(s) of the same real-world event (ng:sameEventAs), side by side:`)
        : el("p", { class: "muted" }, "No other article is known to report this event."),
      el("div", { class: "cluster" }, ordered.map((m) => eventColumn(m, facts.rows, evidence.rows))));
  } catch (e) {
    failed(e);
  }
}

// ---------------------------------------------------------------- article page

async function article(iri) {
  loading(articleId(iri));
  try {
    const row = (await Sparql.select(TEXTS, { article: Sparql.iri(iri) })).rows[0];
    view.replaceChildren(el("h1", {}, value(row || {}, "title") || articleId(iri)),
      el("p", { class: "muted" }, el("code", {}, iri)), el("pre", { class: "article-text" }, value(row || {}, "text") || ""));
  } catch (e) {
    failed(e);
  }
}

// ---------------------------------------------------------------- network

const NETWORK = `
SELECT ?a (SAMPLE(?aName) AS ?aLabel) ?b (SAMPLE(?bName) AS ?bLabel) (COUNT(DISTINCT ?event) AS ?events)
       (GROUP_CONCAT(DISTINCT ?relation; separator=" ") AS ?relations)
WHERE {
  ?event a ng:Event ; ng:participant ?a , ?b .
  FILTER (STR(?a) < STR(?b))
  ?a a ng:Person ; rdfs:label ?aName .
  ?b a ng:Person ; rdfs:label ?bName .
  FILTER (?class = ng:Event || EXISTS { ?event a ?class })
  OPTIONAL { ?event ng:date ?date }
  FILTER (?from = "" || (BOUND(?date) && STR(?date) >= ?from))
  FILTER (?to = "" || (BOUND(?date) && SUBSTR(STR(?date), 1, STRLEN(?to)) <= ?to))
  OPTIONAL { ?event ng:status ?status }
  BIND (IF(COALESCE(?status, ng:Occurred) = ng:Occurred && EXISTS { ?event a ng:Meeting }, "metWith",
        IF(COALESCE(?status, ng:Occurred) = ng:Occurred && EXISTS { ?event a ng:PhoneCall }, "spokeWith", "coParticipant")) AS ?relation)
}
GROUP BY ?a ?b ORDER BY DESC(?events) LIMIT 400`;

async function network(params) {
  const from = params.get("from") || "", to = params.get("to") || "", cls = params.get("class") || "";
  const form = el("form", { id: "network-form", class: "filters" },
    el("label", {}, "From ", el("input", { name: "from", id: "from", value: from, placeholder: "1987 or 1987-03-01", size: 12 })),
    el("label", {}, "To ", el("input", { name: "to", id: "to", value: to, placeholder: "1987-12", size: 12 })),
    el("label", {}, "Event class ", el("select", { name: "class", id: "class" }, el("option", { value: "" }, "any"),
      EVENT_CLASSES.map((c) => el("option", { value: c, selected: c === cls ? "selected" : null }, c)))),
    el("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = new URLSearchParams([...new FormData(form)].filter(([, v]) => v));
    location.hash = "#/network" + (data.toString() ? "?" + data : "");
  });
  const graph = el("div", { id: "network", class: "network" });
  const legend = el("p", { class: "legend" }, el("span", { class: "metWith" }, "met with"), " ",
    el("span", { class: "spokeWith" }, "spoke with by phone"), " ", el("span", { class: "coParticipant" }, "took part in another event together"));
  const status = el("p", { class: "muted", id: "network-status" }, "Loading…");
  view.replaceChildren(el("h1", {}, "Who met whom"), form, legend, status, graph);
  if (!/^(\d{4}(-\d\d(-\d\d)?)?)?$/.test(from) || !/^(\d{4}(-\d\d(-\d\d)?)?)?$/.test(to)) {
    status.textContent = "Dates are written 1987, 1987-03 or 1987-03-01.";
    return;
  }
  try {
    const { rows } = await Sparql.select(NETWORK, { from: Sparql.string(from), to: Sparql.string(to),
      class: Sparql.iri(NG + (cls || "Event")) });
    const nodes = new Map();
    const edges = rows.map((row, i) => {
      for (const side of ["a", "b"]) {
        const node = nodes.get(value(row, side)) || { data: { id: value(row, side), label: value(row, side + "Label"), weight: 0 } };
        node.data.weight += Number(value(row, "events"));
        nodes.set(value(row, side), node);
      }
      const relations = value(row, "relations").split(" ");
      const relation = ["metWith", "spokeWith", "coParticipant"].find((r) => relations.includes(r));
      return { data: { id: "e" + i, source: value(row, "a"), target: value(row, "b"), weight: Number(value(row, "events")), relation } };
    });
    status.textContent = `${nodes.size} people, ${edges.length} pairs` + (rows.length === 400 ? " (the 400 strongest)" : "") + ". Click a person to open their page.";
    if (typeof cytoscape !== "function") {
      status.textContent += " (the network library did not load)";
      return;
    }
    const cy = cytoscape({
      container: graph,
      elements: [...nodes.values(), ...edges],
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 11, "background-color": "#2b6cb0",
          width: "mapData(weight, 1, 20, 12, 40)", height: "mapData(weight, 1, 20, 12, 40)", color: "#1a202c" } },
        { selector: "edge", style: { width: "mapData(weight, 1, 10, 1, 8)", "line-color": "#a0aec0", "curve-style": "bezier" } },
        { selector: 'edge[relation = "metWith"]', style: { "line-color": "#dd6b20" } },
        { selector: 'edge[relation = "spokeWith"]', style: { "line-color": "#38a169", "line-style": "dashed" } },
      ],
      layout: { name: nodes.size > 150 ? "grid" : "cose", animate: false },
    });
    cy.on("tap", "node", (e) => { location.hash = entityHref(e.target.id()); });
    graph.dataset.nodes = String(nodes.size);
    graph.dataset.edges = String(edges.length);
  } catch (e) {
    status.textContent = "";
    failed(e);
  }
}

// ---------------------------------------------------------------- query page

let examples = null;

async function queryPage(params) {
  if (examples === null) {
    examples = await (await fetch("/explorer/queries.json")).json();
  }
  const editor = el("textarea", { id: "sparql", spellcheck: "false", rows: 16 });
  const paramsBox = el("div", { id: "params", class: "filters" });
  const results = el("div", { id: "results" });
  const download = el("a", { id: "download", class: "button", hidden: "hidden" }, "Download CSV");
  const picker = el("select", { id: "example" }, el("option", { value: "" }, "Examples from queries/ …"),
    examples.map((q) => el("option", { value: q.name }, q.name + " — " + q.title)));

  const showParams = () => {
    const defaults = [...editor.value.matchAll(/^#\s*param:\s*([A-Za-z_]\w*)=(.*)$/gm)];
    paramsBox.replaceChildren(...defaults.map(([, name, def]) =>
      el("label", {}, "?" + name + " ", el("input", { "data-param": name, value: def.trim(), size: 24 }))));
  };
  const load = (name) => {
    const q = examples.find((x) => x.name === name);
    if (q) { editor.value = q.text; showParams(); }
  };
  picker.addEventListener("change", () => load(picker.value));
  editor.addEventListener("change", showParams);

  const run = async () => {
    results.replaceChildren(el("p", { class: "muted" }, "Running…"));
    download.hidden = true;
    try {
      const bindings = {};
      paramsBox.querySelectorAll("input[data-param]").forEach((i) => { bindings[i.dataset.param] = Sparql.term(i.value); });
      const query = Sparql.bind(editor.value, bindings);
      const json = await Sparql.raw(Sparql.PREFIXES + query);
      if (json.boolean !== undefined) {
        results.replaceChildren(el("p", {}, "ASK: " + json.boolean));
        return;
      }
      const vars = json.head.vars;
      const rows = json.results.bindings;
      const cell = (term) => !term ? "" : term.type === "uri"
        ? el("a", { href: /\/(event|evidence)\//.test(term.value) ? eventHref(term.value) : entityHref(term.value) }, Sparql.shorten(term.value))
        : term.value;
      results.replaceChildren(el("p", { class: "muted", id: "row-count" }, `${rows.length} row(s)` + (rows.length > 1000 ? ", the first 1,000 shown" : "")),
        el("table", { class: "results-table" }, el("thead", {}, el("tr", {}, vars.map((v) => el("th", {}, v)))),
          el("tbody", {}, rows.slice(0, 1000).map((r) => el("tr", {}, vars.map((v) => el("td", {}, cell(r[v]))))))));
      download.href = Sparql.csvLink(Sparql.PREFIXES + query);
      download.setAttribute("download", "newsgraph-results.csv");
      download.hidden = false;
    } catch (e) {
      results.replaceChildren(el("p", { class: "error", role: "alert" }, e.message));
    }
  };
  view.replaceChildren(el("h1", {}, "Query"),
    el("p", {}, "SPARQL 1.1 on the union of all articles; ng:, ngr:, rdf:, rdfs:, skos:, owl:, xsd:, dcterms: and nif: need no PREFIX. ",
      "A ", el("code", {}, "# param: name=value"), " line gives a parameter its default, bound as the command line's --param is."),
    picker, editor, paramsBox,
    el("p", {}, el("button", { id: "run", type: "button", onclick: run }, "Run"), " ", download), results);
  load(params.get("example") || (examples[0] && examples[0].name));
}

// ---------------------------------------------------------------- routing

function route() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query] = hash.split("?");
  const params = new URLSearchParams(query || "");
  const [page, ...rest] = path.split("/");
  const arg = decodeURIComponent(rest.join("/"));
  window.scrollTo(0, 0);
  switch (page) {
    case "search": return search(arg);
    case "entity": return entity(arg);
    case "event": return event(arg);
    case "article": return article(arg);
    case "network": return network(params);
    case "query": return queryPage(params);
    default: return home();
  }
}

document.getElementById("search-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const text = document.getElementById("search").value.trim();
  if (text) location.hash = "#/search/" + encodeURIComponent(text);
});
window.addEventListener("hashchange", route);
route();
