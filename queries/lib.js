// kg helper library for canned Gizmo queries (queries/lib.js).
// It runs after the preamble that defines `params` (the query's arguments,
// JSON-encoded data) and `vocab` (base IRI and terms), and before the query.
//
// Every traversal here is one hop from one node (g.V(node).out(preds) or
// .in(preds)); joins happen in JavaScript. Two measured reasons, both on the
// kv backends (bolt): a chained in().in() over 470k quads took 1.3-2.7 s
// where the same walk one hop at a time took about 4 ms; and even a single
// hop from a *list* of nodes makes Cayley v0.7.7's planner scan every quad
// for the predicate (it estimates each node's index prefix at half the
// store, so a list of two or more looks bigger than the predicate, which
// has no index of its own). One node per traversal uses the subject or
// object index every time.

var ONT = vocab.base + "ont/";
var ACTOR = vocab.base + "actor/";
var ARTICLE = vocab.base + "article/";
var RDF_TYPE = "<" + vocab.rdfType + ">";
var LABEL = "<" + vocab.label + ">";

// ont("subject") is the IRI of one of kg's terms, as Gizmo wants it.
function ont(term) { return "<" + ONT + term + ">"; }

// values lists the nodes one hop along preds (an IRI or a list) from each
// of nodes; dir is "out" or "in". One traversal per node and predicate:
// only a single node with a single predicate reaches Cayley's index scan
// (SP or OPS prefix). Tagging the predicate ("p") wraps it in a Save that
// the planner prices at 20 quads, so it scans every quad of that predicate
// instead; hence the predicate is never tagged, it is known here.
function values(nodes, preds, dir) {
  var out = [];
  pairs(nodes, preds, dir).forEach(function (r) { out.push(r.id); });
  return out;
}

// pairs is values with provenance: rows {n: start node, p: predicate, id: value}.
function pairs(nodes, preds, dir) {
  var out = [];
  var ps = typeof preds === "string" ? [preds] : preds;
  nodes = uniq(nodes);
  for (var i = 0; i < nodes.length; i++) {
    for (var j = 0; j < ps.length; j++) {
      var p = g.V(nodes[i]);
      var vs = (dir === "in" ? p.in(ps[j]) : p.out(ps[j])).toArray();
      for (var k = 0; k < vs.length; k++) { out.push({ n: nodes[i], p: ps[j], id: vs[k] }); }
    }
  }
  return out;
}

// lit unwraps a literal Gizmo hands back as N-Quads text
// ("2015-11-24"^^<...#date>, "-10"^^<...#decimal>) into its lexical form.
function lit(v) {
  if (typeof v !== "string" || v.charAt(0) !== '"') { return v; }
  var i = v.lastIndexOf('"^^<');
  if (i > 0) { return v.substring(1, i); }
  var j = v.lastIndexOf('"@');
  if (j > 0) { return v.substring(1, j); }
  return v;
}

function num(v) { var n = Number(lit(v)); return isNaN(n) ? null : n; }

// local turns "<https://kg.local/article/x>" into "x" for display.
function local(iri, prefix) {
  var s = String(iri);
  if (s.charAt(0) === "<") { s = s.substring(1, s.length - 1); }
  return s.indexOf(prefix) === 0 ? s.substring(prefix.length) : s;
}
// articleId is an article's id as the user named it: the IRI's local name
// with schema.EncodeID's percent-escapes undone ("Report%201" -> "Report 1").
// An escape that is not UTF-8 (an id that was not) stays as it is.
function articleId(iri) {
  var s = local(iri, ARTICLE);
  if (s.indexOf("%") < 0) { return s; }
  try { return decodeURIComponent(s); } catch (e) { return s; }
}
function predName(iri) { return local(iri, ONT); }

function uniq(list) {
  var seen = {}, out = [];
  for (var i = 0; i < list.length; i++) {
    var k = list[i];
    if (!seen.hasOwnProperty(k)) { seen[k] = true; out.push(k); }
  }
  return out;
}

function intersect(a, b) {
  var inB = {};
  for (var i = 0; i < b.length; i++) { inB[b[i]] = true; }
  return uniq(a.filter(function (x) { return inB.hasOwnProperty(x); }));
}

function keys(o) { var out = []; for (var k in o) { if (o.hasOwnProperty(k)) { out.push(k); } } return out; }

function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

// FACT_FIELDS are the fact properties read from the fact node itself when
// a fact has no summary literal (a store loaded before summaries existed);
// each field costs one index lookup per fact.
var FACT_FIELDS = ["subject", "predicate", "object", "kind", "negated", "date", "article", "modality", "sentence", "sentenceIndex"];
var EVENT_FIELDS = FACT_FIELDS.concat(["cameo", "goldstein", "quadClass"]);
var STANCE_FIELDS = FACT_FIELDS.concat(["polarity", "topic"]);
var ALL_FIELDS = FACT_FIELDS.concat(["cameo", "goldstein", "quadClass", "polarity", "topic", "post", "speaker"]);

var NUMERIC = { goldstein: 1, quadClass: 1, polarity: 1, sentenceIndex: 1, sentenceStart: 1, sentenceEnd: 1, position: 1 };

// Fact summaries (loaders/quads Summary): every fact node has one
// ont:summary literal, a JSON object of its main properties, and the same
// literal hangs off its subject, object and speaker (ont:summaryAsSubject,
// ...AsObject, ...AsSpeaker), its predicate term and its period
// (ont:factSummary). One hop from one node along one predicate reads every
// fact of an actor, predicate or month as one value each, instead of one
// lookup per fact and property.
var SUMMARY = ont("summary");
var ROLE_SUMMARY = { subject: ont("summaryAsSubject"), object: ont("summaryAsObject"), speaker: ont("summaryAsSpeaker") };
var FACT_SUMMARY = ont("factSummary");
// An actor's relation and stance facts apart from its events (loaders/quads).
var KIND_SUMMARY = {
  relation: { subject: ont("relationAsSubject"), object: ont("relationAsObject") },
  stance: { subject: ont("stanceAsSubject"), object: ont("stanceAsObject") }
};
var PERIOD = vocab.base + "period/";

function iri(x) { return x ? "<" + x + ">" : x; }

// A summary literal is tab-separated: "kg-fact-1", then these fields
// (loaders/quads SummaryFields), absent values empty.
var SUMMARY_FIELDS = ["fact", "subject", "predicate", "object", "kind", "negated", "modality", "date", "cameo",
  "goldstein", "quadClass", "polarity", "speaker", "post", "article", "published", "publisher", "sentenceIndex",
  "subjectLabel", "objectLabel", "topic", "sentence", "position"];
var SF = {};
SUMMARY_FIELDS.forEach(function (k, i) { SF[k] = i + 1; });
var SUMMARY_VERSION = "kg-fact-1";

// splitSummary splits a summary literal, as Gizmo hands it back, into its
// fields (SF names the positions), or returns null for anything else. A
// store written before "position" existed has summaries that end with the
// sentence; their position reads as absent (undefined).
function splitSummary(v) {
  var a = String(v).split("\t");
  return a[0] === SUMMARY_VERSION && a.length > SF.sentence ? a : null;
}

// unsummary turns a split summary into a fact object: IRIs in Gizmo's form,
// numbers as numbers, absent fields undefined. Straight-line code: this
// runs once per fact read, thousands of times for a hub. The positions are
// SF's (1 fact, 2 subject, ... 22 sentence).
function unsummary(a) {
  if (typeof a === "string") { a = splitSummary(a); }
  var f = {
    id: "<" + a[1] + ">", fact: a[1], subject: "<" + a[2] + ">", predicate: a[3], object: "<" + a[4] + ">",
    kind: a[5], negated: a[6] === "true", article: "<" + a[15] + ">", sentenceIndex: +a[18], sentence: a[22]
  };
  if (a[7] !== "") { f.modality = a[7]; }
  if (a[8] !== "") { f.date = a[8]; }
  if (a[9] !== "") { f.cameo = a[9]; }
  if (a[10] !== "") { f.goldstein = +a[10]; }
  if (a[11] !== "") { f.quadClass = +a[11]; }
  if (a[12] !== "") { f.polarity = +a[12]; }
  if (a[13] !== "") { f.speaker = "<" + a[13] + ">"; }
  if (a[14] !== "") { f.post = a[14]; }
  if (a[16] !== "") { f.published = a[16]; }
  if (a[17] !== "") { f.publisher = a[17]; }
  if (a[19] !== "") { f.subjectLabel = a[19]; }
  if (a[20] !== "") { f.objectLabel = a[20]; }
  if (a[21] !== "") { f.topic = a[21]; }
  if (a.length > 23 && a[23] !== "") { f.position = +a[23]; }
  return f;
}

// collect adds facts to acc (a {seen, list} pair), once each, dropping
// negated ones unless asked for.
function collect(acc, fs, keepNegated) {
  for (var i = 0; i < fs.length; i++) {
    var f = fs[i];
    if (acc.seen.hasOwnProperty(f.id)) { continue; }
    acc.seen[f.id] = true;
    if (f.negated === true && !keepNegated) { continue; }
    acc.list.push(f);
  }
}
function factSet() { return { seen: {}, list: [] }; }

// summariesFrom reads the summaries one hop along pred from node. keep, if
// given, sees each split summary first (see rawIn), so that only the facts
// a query wants become objects. (A split costs less in Gizmo's JavaScript
// than reading a few fields tab by tab: measured.)
function summariesFrom(node, pred, keep) {
  var vs = g.V(node).out(pred).toArray(), out = [];
  for (var i = 0; i < vs.length; i++) {
    var a = splitSummary(vs[i]);
    if (a && (!keep || keep(a))) { out.push(unsummary(a)); }
  }
  return out;
}

// rawFrom reads the summaries one hop along pred from node, split (see
// splitSummary) but not made into objects: for a pass over thousands of
// facts of which few are kept.
function rawFrom(node, pred) {
  var vs = g.V(node).out(pred).toArray(), out = [];
  for (var i = 0; i < vs.length; i++) {
    var a = splitSummary(vs[i]);
    if (a) { out.push(a); }
  }
  return out;
}

// countUpTo counts the nodes one hop along pred from node, stopping at max
// (an index range is counted quad by quad, a few microseconds each).
function countUpTo(node, pred, max) {
  try { return g.V(node).out(pred).limit(max).count(); } catch (e) { return g.V(node).out(pred).limit(max).toArray().length; }
}

// rawIn is a keep function for summariesFrom: one of fields has a value in
// values (IRIs in Gizmo's form are compared without their brackets).
function rawIn(values, fields) {
  var want = {};
  values.forEach(function (v) { want[v.charAt(0) === "<" ? v.substring(1, v.length - 1) : v] = true; });
  var at = fields.map(function (k) { return SF[k]; });
  return function (a) {
    for (var i = 0; i < at.length; i++) { if (want.hasOwnProperty(a[at[i]])) { return true; } }
    return false;
  };
}

// rawHas keeps the summaries whose subject or object is one of nodes or,
// with key, whose key field is one of values ("predicate").
function rawHas(nodes, key) { return rawIn(nodes, key ? [key] : ["subject", "object"]); }

// rawMatches is a keep function for a predicate parameter (see matches).
function rawMatches(p) {
  var byPred = rawIn(p.predicates, ["predicate"]), byCode = rawIn(p.cameo, ["cameo"]);
  return function (a) { return byPred(a) || byCode(a); };
}

// countOut counts the nodes one hop along pred from node without reading
// them. Cayley v0.7.7's kv count() of an empty index range fails with "kv:
// not found"; the slow way answers then.
function countOut(node, pred) {
  try { return g.V(node).out(pred).count(); } catch (e) { return g.V(node).out(pred).toArray().length; }
}

// storedCounts maps every actor with counts as the loader keeps them
// (loaders/quads Counts: its facts as subject or object, and its articles)
// to {facts, articles}, in one hop from kg:ont/Counts. An actor missing
// from it (a store loaded before counts, a load stopped between its steps,
// quads imported; or listed twice, after an import that doubled them) is
// counted the slow way by the caller.
function storedCounts() {
  var vs = g.V(ont("Counts")).out(ont("counts")).toArray(), out = {}, twice = {};
  for (var i = 0; i < vs.length; i++) {
    var a = String(lit(vs[i])).replace(/^"|"$/g, "").split("\t");
    if (a.length < 4 || a[0] !== "kg-count-1") { continue; }
    var k = "<" + a[3] + ">";
    if (out.hasOwnProperty(k)) { twice[k] = true; }
    out[k] = { facts: +a[1], articles: +a[2] };
  }
  keys(twice).forEach(function (k) { delete out[k]; });
  return out;
}

// limited applies params.limit (0 or absent: all) to rows, saying how many
// were left out.
function limited(rows) {
  var n = params.limit;
  if (!(n > 0) || rows.length <= n) { return rows; }
  emit({ "@summary": "showing the first " + n + " of " + rows.length + " rows; --limit 0 shows all" });
  return rows.slice(0, n);
}

// factsOf lists the facts in which one of actors plays one of roles
// ("subject", "object", "speaker"): one hop per actor and role. Negated
// facts are dropped unless asked for; keep as in summariesFrom (facts
// without a summary are not filtered by it).
function factsOf(actors, roles, keepNegated, keep) {
  var a = factSet();
  uniq(actors).forEach(function (n) {
    roles.forEach(function (r) {
      var fs = summariesFrom(n, ROLE_SUMMARY[r], keep);
      if (fs.length === 0) { fs = writtenFacts(factIds([n], [r]), true); }
      collect(a, fs, keepNegated);
    });
  });
  return a.list;
}

// --- The pair index ----------------------------------------------------------
//
// Every fact's summary also hangs off its pair node, kg:pair/<a>/<b> with
// the two actors' local names in order (loaders/quads PairIRI), so that the
// facts between two actors are one hop however many facts each has.

var PAIR = vocab.base + "pair/";
var PAIR_HOPS_MAX = 4000; // beyond this many pairs (about 60 ms of hops), read one side's facts instead

// pairNode is the pair node of two actors (IRIs in Gizmo's form).
function pairNode(a, b) {
  var x = local(a, ACTOR), y = local(b, ACTOR);
  if (y < x) { var t = x; x = y; y = t; }
  return "<" + PAIR + x + "/" + y + ">";
}

// pairIndexed says whether the store has the pair index, from the first
// fact of the first of actors that has one: a store written before it
// (or without summaries) is read the slow way. Memoised per query run.
var pairIndexState = null;
function pairIndexed(actors) {
  if (pairIndexState !== null) { return pairIndexState; }
  for (var i = 0; i < actors.length && i < 4; i++) {
    var roles = ["subject", "object"];
    for (var j = 0; j < roles.length; j++) {
      var vs = g.V(actors[i]).out(ROLE_SUMMARY[roles[j]]).limit(1).toArray();
      if (!vs.length) { continue; }
      var a = splitSummary(vs[0]);
      pairIndexState = !!a && g.V(pairNode("<" + a[2] + ">", "<" + a[4] + ">")).out(FACT_SUMMARY).limit(1).toArray().length > 0;
      return pairIndexState;
    }
  }
  return false;
}

// kindIndexed says whether the store has the kind index (KIND_SUMMARY),
// from the first relation or stance among the first facts of the first of
// actors that have summaries: false for a store without summaries, or one
// written before the index; true when those facts have no relation or
// stance to tell by.
function kindIndexed(actors) {
  for (var i = 0; i < actors.length && i < 4; i++) {
    var roles = ["subject", "object"], any = false;
    for (var j = 0; j < roles.length; j++) {
      var vs = g.V(actors[i]).out(ROLE_SUMMARY[roles[j]]).limit(20).toArray();
      for (var k = 0; k < vs.length; k++) {
        var a = splitSummary(vs[k]);
        if (!a) { continue; }
        any = true;
        if (a[5] === "relation" || a[5] === "stance") {
          return g.V(actors[i]).out(KIND_SUMMARY[a[5]][roles[j]]).limit(1).toArray().length > 0;
        }
      }
    }
    if (any) { return true; }
  }
  return false;
}

// factsBetween lists the facts between an actor of A and one of B, either
// direction, one hop per pair, in the order factsOf(A, ["subject",
// "object"]) lists them (by A's actors, each as subject then as object):
// callers keep the first of a statement's facts (oneMentionEach), so the
// order is part of the answer. Negated facts are dropped unless asked for.
// null when the pair index cannot answer (an older store, or so many pairs
// that reading one side costs less); the caller then reads A's facts.
function factsBetween(A, B, keepNegated) {
  A = uniq(A); B = uniq(B);
  if (A.length * B.length > PAIR_HOPS_MAX || !pairIndexed(A.concat(B))) { return null; }
  var raws = [], done = {};
  A.forEach(function (n) {
    B.forEach(function (y) {
      var node = pairNode(n, y);
      if (done.hasOwnProperty(node)) { return; }
      done[node] = true;
      rawFrom(node, FACT_SUMMARY).forEach(function (a) { if (keepNegated || a[6] !== "true") { raws.push(a); } });
    });
  });
  return inFactsOfOrder(A, raws).map(unsummary);
}


// factOrder compares split summaries by article, then position in it
// (without one, as in a summary written before positions or a fact read
// from a store without them, by sentence).
function factOrder(x, y) {
  if (x[15] !== y[15]) { return x[15] < y[15] ? -1 : 1; }
  var px = x.length > SF.position ? x[SF.position] : "", py = y.length > SF.position ? y[SF.position] : "";
  return px !== "" && py !== "" ? (+px) - (+py) : (+x[18]) - (+y[18]);
}

// inFactsOfOrder keeps, of split summaries, those in which one of actors is
// subject or object, in the order factsOf(actors, ["subject", "object"])
// (objectFirst: ["object", "subject"]) would list them: by actor, in those
// roles, each in the order
// of writing, which an actor's own index keeps: articles in load order
// (taken as name order, kg load's order for a folder), each article's
// facts by their summary's position (on a store written before positions,
// by sentence).
function inFactsOfOrder(actors, raws, objectFirst) {
  var rank = {}, buckets = [], seen = {}, rs = objectFirst ? 1 : 0, ro = objectFirst ? 0 : 1;
  uniq(actors).forEach(function (n, i) { rank[n] = i; buckets.push([], []); });
  for (var k = 0; k < raws.length; k++) {
    var a = raws[k], s = "<" + a[2] + ">", o = "<" + a[4] + ">", r = -1;
    if (rank.hasOwnProperty(s)) { r = 2 * rank[s] + rs; }
    if (rank.hasOwnProperty(o) && (r < 0 || 2 * rank[o] + ro < r)) { r = 2 * rank[o] + ro; }
    if (r < 0 || seen.hasOwnProperty(a[1])) { continue; }
    seen[a[1]] = true;
    buckets[r].push(a);
  }
  var out = [];
  buckets.forEach(function (b) {
    if (b.length > 1) { b.sort(factOrder); }
    for (var j = 0; j < b.length; j++) { out.push(b[j]); }
  });
  return out;
}

// factsOfPredicate lists the facts matching a predicate parameter (see
// bindPredicate in runner.go): those whose predicate is one of p.predicates
// (one hop per predicate) or whose CAMEO code is one of p.cameo (one hop per
// code for the fact nodes, then one per fact not already read).
function factsOfPredicate(p, keepNegated) {
  var a = factSet();
  p.predicates.forEach(function (name) {
    var fs = summariesFrom(ont(name), FACT_SUMMARY);
    if (fs.length === 0) { fs = writtenFacts(g.V(ont(name)).in(ont("predicate")).toArray(), true); }
    collect(a, fs, true);
  });
  var rest = [];
  // CAMEO codes are plain literals; str() keeps a code from reading as anything else.
  p.cameo.forEach(function (c) {
    g.V(str(c)).in(ont("cameo")).toArray().forEach(function (id) { if (!a.seen.hasOwnProperty(id)) { rest.push(id); } });
  });
  collect(a, loadFacts(uniq(rest), true), true);
  return keepNegated ? a.list : a.list.filter(function (f) { return f.negated !== true; });
}

// rawsOfPredicate is factsOfPredicate's facts (negated ones included) as
// split summaries, in its order; a fact found by its CAMEO code alone is
// read from its node (see loadFacts).
function rawsOfPredicate(p) {
  var out = [], seen = {};
  p.predicates.forEach(function (name) {
    rawFrom(ont(name), FACT_SUMMARY).forEach(function (a) { if (!seen.hasOwnProperty("<" + a[1] + ">")) { seen["<" + a[1] + ">"] = true; out.push(a); } });
  });
  var rest = [];
  p.cameo.forEach(function (c) {
    g.V(str(c)).in(ont("cameo")).toArray().forEach(function (id) { if (!seen.hasOwnProperty(id)) { seen[id] = true; rest.push(id); } });
  });
  loadFacts(uniq(rest), true).forEach(function (f) { out.push(rawOf(f)); });
  return out;
}

// sizeOfPredicate counts factsOfPredicate's predicate-indexed facts, up to
// max (its CAMEO-only facts, few, are not counted).
function sizeOfPredicate(p, max) {
  var n = 0;
  for (var i = 0; i < p.predicates.length && n <= max; i++) { n += countUpTo(ont(p.predicates[i]), FACT_SUMMARY, max - n + 1); }
  return n;
}

// sizeOfSide counts the facts in which one of actors plays one of roles,
// up to max.
function sizeOfSide(actors, roles, max) {
  var n = 0;
  for (var i = 0; i < actors.length && n <= max; i++) {
    for (var j = 0; j < roles.length && n <= max; j++) { n += countUpTo(actors[i], ROLE_SUMMARY[roles[j]], max - n + 1); }
  }
  return n;
}

// factsOfPeriods lists the facts dated within the periods (IRIs).
function factsOfPeriods(periods, keepNegated) {
  var a = factSet();
  periods.forEach(function (n) {
    var fs = summariesFrom(n, FACT_SUMMARY);
    if (fs.length === 0) { fs = unindexedPeriods()[local(n, PERIOD)] || []; }
    collect(a, fs, keepNegated);
  });
  return a.list;
}

// sizeOfPeriod counts the facts placed in a period (an IRI), negated ones
// included.
function sizeOfPeriod(n) {
  var k = countOut(n, FACT_SUMMARY);
  return k > 0 ? k : (unindexedPeriods()[local(n, PERIOD)] || []).length;
}

// unindexedPeriods maps period dates ("2015-11", "2015") to the facts
// placed in them (loaders/quads WhenDate, PeriodIRI), read from every fact
// node's properties: for a store without summaries (one loaded before
// them, or imported from kg export, which writes neither summaries nor
// period nodes). Read once per query run, only when a period has no
// summaries.
var unindexedPeriodFacts = null;
function unindexedPeriods() {
  if (unindexedPeriodFacts !== null) { return unindexedPeriodFacts; }
  unindexedPeriodFacts = {};
  writtenFacts(g.V(ont("Fact")).in(RDF_TYPE).toArray(), true).forEach(function (f) {
    var d = when(f).date, p = d.length === 4 ? d : d.length >= 7 ? d.substring(0, 7) : "";
    if (p !== "") { (unindexedPeriodFacts[p] = unindexedPeriodFacts[p] || []).push(f); }
  });
  return unindexedPeriodFacts;
}

// actorYear is an actor's year node (loaders/quads ActorYearIRI): the
// facts it is subject or object of that are placed in year ("2015").
function actorYear(actor, year) { return "<" + vocab.base + "year/" + year + "/" + local(actor, ACTOR) + ">"; }

// factYears lists the years with dated facts ("2014", "2015"), in order.
function factYears() { return uniq(periodList().map(function (p) { return p.date.substring(0, 4); })).sort(); }

// yearsIndexed says whether the store has the actor-year index, from the
// first dated fact of the first of actors that has one (as pairIndexed).
function yearsIndexed(actors) {
  for (var i = 0; i < actors.length && i < 4; i++) {
    var roles = ["subject", "object"];
    for (var j = 0; j < roles.length; j++) {
      var vs = g.V(actors[i]).out(ROLE_SUMMARY[roles[j]]).limit(20).toArray();
      for (var k = 0; k < vs.length; k++) {
        var a = splitSummary(vs[k]), d = a ? (a[8] || a[16]) : "";
        if (!a) { return false; }
        if (d && d.length >= 4) { return g.V(actorYear(actors[i], d.substring(0, 4))).out(FACT_SUMMARY).limit(1).toArray().length > 0; }
      }
    }
  }
  return false;
}

// periodList lists the period nodes (months and years with dated facts), in
// date order, with their date text ("2015-11", "2015").
// A store without period nodes (imported from kg export) has the periods
// its facts are placed in (unindexedPeriods).
function periodList() {
  var ns = uniq(g.V(ont("Period")).in(RDF_TYPE).toArray());
  if (ns.length === 0) { ns = keys(unindexedPeriods()).map(function (d) { return "<" + PERIOD + d + ">"; }); }
  return ns.map(function (n) {
    return { iri: n, date: local(n, PERIOD) };
  }).sort(function (x, y) { return cmp(x.date, y.date); });
}

// factIds lists the fact nodes in which one of actors plays one of roles
// ("subject", "object", "speaker"): one hop on the object index.
function factIds(actors, roles) {
  if (actors.length === 0) { return []; }
  return uniq(values(actors, roles.map(ont), "in"));
}

// matches says whether a loaded fact answers a predicate parameter.
function matches(f, p) {
  return p.predicates.indexOf(f.predicate) >= 0 || (f.cameo !== undefined && p.cameo.indexOf(f.cameo) >= 0);
}

// loadFacts reads fact nodes: each one's summary literal (one hop), or,
// for a fact without one, its properties one by one (fields, default
// ALL_FIELDS). Negated facts are dropped unless asked for: "X did not meet
// Y" is not evidence that they met.
function loadFacts(ids, keepNegated, fields) {
  if (ids.length === 0) { return []; }
  var a = factSet(), missing = [];
  uniq(ids).forEach(function (id) {
    var vs = g.V(id).out(SUMMARY).toArray(), sp = vs.length ? splitSummary(vs[0]) : null;
    if (sp) { collect(a, [unsummary(sp)], keepNegated); } else { missing.push(id); }
  });
  if (missing.length) { collect(a, loadFactProps(missing, fields || ALL_FIELDS), keepNegated); }
  return a.list;
}

// loadFactProps reads facts property by property (stores without summaries).
// The predicates are named: out(null) would join with every node of the store on bolt.
// Each fact gets what its summary would give it (unsummary): its IRI as
// fact, its report date as published, its article's publisher and, where
// the store has it (kg import of kg export, which writes it), its position,
// so that a question answers as it does from summaries. (The actors' names
// as the article gave them are not in the model: names are the actors'
// labels.)
function loadFactProps(ids, fields) {
  var byId = {};
  var preds = fields.concat(["reportDate", "position"]).map(ont);
  pairs(ids, preds, "out").forEach(function (r) {
    var f = byId[r.n];
    if (!f) { f = byId[r.n] = { id: r.n }; }
    var k = predName(r.p);
    var v = r.id;
    if (k === "predicate") { v = predName(v); }
    else if (NUMERIC[k]) { v = num(v); }
    else { v = lit(v); }
    if (k === "negated") { v = v === true || v === "true"; }
    f[k] = v;
  });
  var out = [], arts = [];
  ids.forEach(function (id) {
    var f = byId[id];
    if (f && f.subject !== undefined) {
      f.fact = id.substring(1, id.length - 1);
      if (f.reportDate !== undefined) { f.published = f.reportDate; delete f.reportDate; }
      if (f.article !== undefined) { arts.push(f.article); }
      out.push(f);
    }
  });
  var pub = props(arts, ["<https://schema.org/publisher>"]);
  out.forEach(function (f) {
    var p = f.article !== undefined && pub[f.article] ? pub[f.article]["https://schema.org/publisher"] : undefined;
    if (p && p.length) { f.publisher = p[0]; }
  });
  return out;
}

// writtenFacts is loadFacts(ids, keepNegated) in the order of writing (as
// factOrder: by article, then position, else sentence), the order in which
// an index of summaries (an actor's, a predicate's, a period's) lists
// them: for a store without summaries, whose hops into a node give the
// facts in an order of Cayley's own.
function writtenFacts(ids, keepNegated, fields) {
  var fs = loadFacts(ids, keepNegated, fields), at = {};
  fs.forEach(function (f, i) { at[f.id] = i; });
  return fs.sort(function (x, y) {
    if (x.article !== y.article) { return x.article < y.article ? -1 : 1; }
    if (typeof x.position === "number" && typeof y.position === "number" && x.position !== y.position) { return x.position - y.position; }
    return (x.sentenceIndex - y.sentenceIndex) || (at[x.id] - at[y.id]);
  });
}

// nameMap maps the actors of facts to their names, as the summaries give
// them, asking the store (labels) only for those they do not name.
function nameMap(facts, more) {
  var out = {}, ask = [], i, f;
  for (i = 0; i < facts.length; i++) {
    f = facts[i];
    if (f.subjectLabel !== undefined && !out.hasOwnProperty(f.subject)) { out[f.subject] = f.subjectLabel; }
    if (f.objectLabel !== undefined && !out.hasOwnProperty(f.object)) { out[f.object] = f.objectLabel; }
  }
  for (i = 0; i < facts.length; i++) {
    f = facts[i];
    if (!out.hasOwnProperty(f.subject)) { ask.push(f.subject); }
    if (!out.hasOwnProperty(f.object)) { ask.push(f.object); }
  }
  (more || []).forEach(function (n) { if (!out.hasOwnProperty(n)) { ask.push(n); } });
  var l = labels(ask);
  keys(l).forEach(function (n) { out[n] = l[n]; });
  return out;
}

// namesIn is nameMap for the actors wanted only: each one's name as the
// first fact that has it names it, among the facts each(visit) visits in
// nameMap's order, stopping once all are named (the store is asked for the
// rest), so that a few rows' names do not cost a pass over every fact.
function namesIn(wanted, each) {
  var out = {}, left = 0, need = {};
  uniq(wanted).forEach(function (n) { need[n] = true; left++; });
  if (left > 0) {
    try {
      each(function (f) {
        if (f.subjectLabel !== undefined && need[f.subject] === true) { need[f.subject] = false; out[f.subject] = f.subjectLabel; left--; }
        if (f.objectLabel !== undefined && need[f.object] === true) { need[f.object] = false; out[f.object] = f.objectLabel; left--; }
        if (left === 0) { throw namesIn; }
      });
    } catch (e) { if (e !== namesIn) { throw e; } }
  }
  var ask = keys(need).filter(function (n) { return need[n] === true; });
  var l = labels(ask);
  keys(l).forEach(function (n) { out[n] = l[n]; });
  return out;
}

// articlesOf maps articles to a fact's article as articles() describes it, from the
// summary (no headline) or, without one, from the store.
function articlesOf(facts) {
  var out = {}, ask = [];
  facts.forEach(function (f) {
    if (out.hasOwnProperty(f.article)) { return; }
    if (f.fact !== undefined) {
      out[f.article] = { id: articleId(f.article), headline: "", publisher: f.publisher || "", date: f.published || "" };
    } else { ask.push(f.article); }
  });
  var a = articles(ask);
  keys(a).forEach(function (k) { out[k] = a[k]; });
  return out;
}

// labels maps nodes to their rdfs:label (one hop).
function labels(nodes) {
  var out = {};
  nodes = uniq(nodes);
  if (nodes.length === 0) { return out; }
  pairs(nodes, LABEL, "out").forEach(function (r) {
    if (!out.hasOwnProperty(r.n)) { out[r.n] = lit(r.id); }
  });
  nodes.forEach(function (n) { if (!out.hasOwnProperty(n)) { out[n] = local(n, ACTOR); } });
  return out;
}

// props maps nodes to {localName: [values]} for the given predicate IRIs.
function props(nodes, preds) {
  var out = {};
  nodes = uniq(nodes);
  nodes.forEach(function (n) { out[n] = {}; });
  if (nodes.length === 0) { return out; }
  pairs(nodes, preds, "out").forEach(function (r) {
    var k = local(r.p, ONT);
    (out[r.n][k] = out[r.n][k] || []).push(lit(r.id));
  });
  return out;
}

// articles maps article IRIs to {id, headline, publisher, date}.
function articles(iris) {
  var p = props(iris, ["<https://schema.org/headline>", "<https://schema.org/publisher>", "<https://schema.org/datePublished>"]);
  var out = {};
  keys(p).forEach(function (a) {
    var x = p[a];
    out[a] = {
      id: articleId(a),
      headline: x["https://schema.org/headline"] ? x["https://schema.org/headline"][0] : "",
      publisher: x["https://schema.org/publisher"] ? x["https://schema.org/publisher"][0] : "",
      date: x["https://schema.org/datePublished"] ? x["https://schema.org/datePublished"][0] : ""
    };
  });
  return out;
}

// actorType maps actor IRIs to kg's type names ("person", "country", ...).
function actorTypes(nodes) {
  var out = {};
  uniq(nodes).forEach(function (n) { out[n] = ""; });
  if (nodes.length === 0) { return out; }
  pairs(nodes, RDF_TYPE, "out").forEach(function (r) {
    var t = vocab.classes[local(r.id, "")];
    if (t !== undefined && t !== "") { out[r.n] = t; }
  });
  return out;
}

// affiliates are the actors that act for a country or organisation: those
// holding a post in it (roleIn); its people, units and assets (memberOf);
// and the state organs linked to it by ont:country ("Russia (military)",
// "Syria (government)": units, organisations, assets). Member countries are
// not affiliates (France's acts are not NATO's), nor is everyone of a
// country (a Russian journalist does not act for Russia). In CAMEO coding
// "French Defence Minister" is a French government actor, which is why
// between/tone/allies/who count their acts for the country.
function affiliates(actor) {
  // Out along the inverse edges (an indexed hop); a hop in, which reads
  // every quad pointing at a hub, only when there are none (older stores).
  function inverse(inv, pred) {
    var xs = g.V(actor).out(ont(inv)).toArray();
    return xs.length ? xs : g.V(actor).in(ont(pred)).toArray();
  }
  // The inverse edges of facts (postHolder, hasMember) list them in the
  // order of writing; without them (a store imported from kg export) the
  // subjects of the predicate's facts towards the actor are taken in that
  // order too, so that the side is the same list.
  function inverseOfFacts(inv, pred) {
    var xs = g.V(actor).out(ont(inv)).toArray();
    if (xs.length || g.V(actor).in(ont(pred)).limit(1).toArray().length === 0) { return xs; }
    var fs = writtenFacts(g.V(ont(pred)).in(ont("predicate")).toArray(), false, ["subject", "predicate", "object", "negated", "article", "sentenceIndex"]);
    return fs.filter(function (f) { return f.object === actor; }).map(function (f) { return f.subject; });
  }
  var roleIn = inverseOfFacts("postHolder", "roleIn");
  var members = inverseOfFacts("hasMember", "memberOf");
  var organs = inverse("countryOf", "country");
  var cands = uniq(members.concat(organs));
  var typed;
  if (cands.length > 12) {
    // A hub has hundreds of members: one hop per type instead of per member.
    typed = ofTypes(["person", "unit", "asset", "organization"]);
  } else {
    var types = actorTypesAll(cands);
    typed = {};
    cands.forEach(function (a) { types[a].forEach(function (t) { (typed[t] = typed[t] || {})[a] = true; }); });
  }
  function any(a, ts) { return ts.some(function (t) { return typed[t] && typed[t][a]; }); }
  members = members.filter(function (m) { return any(m, ["person", "unit", "asset"]); });
  organs = organs.filter(function (m) { return any(m, ["unit", "organization", "asset"]); });
  return uniq(roleIn.concat(members, organs)).filter(function (a) { return a !== actor; });
}

// ofTypes maps type names to the set of actors of that type (one hop per
// class), once per query.
var typeSets = {};
function ofTypes(names) {
  var out = {};
  names.forEach(function (t) {
    if (!typeSets.hasOwnProperty(t)) {
      typeSets[t] = {};
      keys(vocab.classes).forEach(function (c) {
        if (vocab.classes[c] === t) { g.V("<" + c + ">").in(RDF_TYPE).toArray().forEach(function (a) { typeSets[t][a] = true; }); }
      });
    }
    out[t] = typeSets[t];
  });
  return out;
}

// actorTypesAll maps actor IRIs to all their type names (an actor named
// differently by several articles may carry several).
function actorTypesAll(nodes) {
  var out = {};
  nodes = uniq(nodes);
  nodes.forEach(function (n) { out[n] = []; });
  if (nodes.length === 0) { return out; }
  pairs(nodes, RDF_TYPE, "out").forEach(function (r) {
    var t = vocab.classes[local(r.id, "")];
    if (t) { out[r.n].push(t); }
  });
  return out;
}

// side is the roll-up rule, the one every question applies to every actor
// argument: the actor plus, unless params.direct, its affiliates (the
// holders of its posts, its people, units and assets, its state organs).
// "Russia" is then Russia, Putin, Shoigu and "Russia (military)" in stance
// as in allies, in sources as in who. Memoised per query run: a question
// may ask for one actor's side more than once.
//
// A person or a place stands for itself only: people act for states,
// organisations and groups, not for one another ("X memberOf Putin" is an
// extraction slip, not Putin's staff), so only those roll up.
var sides = {};
var ROLLS_UP_NEVER = { person: true, place: true };
function side(actor) {
  if (!actor) { return []; }
  if (!sides.hasOwnProperty(actor)) {
    var s = [actor];
    if (!params.direct && !actorTypesAll([actor])[actor].some(function (t) { return ROLLS_UP_NEVER[t]; })) {
      s = s.concat(affiliates(actor));
    }
    sides[actor] = uniq(s);
  }
  return sides[actor];
}
function sideSet(actor) { return set(side(actor)); }

// when is the date a fact is ordered and filtered by: its event date where
// the text fixes one, else its report date (the article's publication
// date), and which of the two it is ("event", "report", or "" for none).
function when(f) {
  if (f.date) { return { date: f.date, basis: "event" }; }
  if (f.published) { return { date: f.published, basis: "report" }; }
  return { date: "", basis: "" };
}

// status separates what happened from what is only announced or hoped:
// "planned" (is to meet, will discuss), "hedged" (might, ready to), else
// "happened" (asserted, or reported on someone's word).
function status(f) {
  return f.modality === "planned" ? "planned" : f.modality === "hedged" ? "hedged" : "happened";
}

// isSymmetric says whether a predicate holds both ways (meets, negotiates).
function isSymmetric(pred) { return !!(vocab.predicates[pred] && vocab.predicates[pred].symmetric); }

// mentionKey identifies one statement: a sentence of an article stating one
// predicate between one pair, the pair unordered for a symmetric predicate.
// The extractor may record "Le Drian and Shoigu met" as two facts, one per
// direction; they are one statement.
function mentionKey(f) {
  var s = f.subject, o = f.object;
  if (isSymmetric(f.predicate) && o < s) { var t = s; s = o; o = t; }
  return f.article + " " + f.sentenceIndex + " " + f.predicate + " " + s + " " + o + " " + status(f);
}

// oneMentionEach keeps the first fact of every statement (mentionKey).
// Two facts of one statement are of one sentence of one article, the
// start of the key, and most sentences state one fact: the whole key,
// six joins and a vocabulary lookup, is built only for the facts of a
// sentence met twice (a hub's question keeps thousands of facts).
function oneMentionEach(facts) {
  var firstIn = {}, seen = {}, out = [];
  for (var i = 0; i < facts.length; i++) {
    var f = facts[i], at = f.article + " " + f.sentenceIndex, first = firstIn[at];
    if (first === undefined) {
      firstIn[at] = f;
      out.push(f);
      continue;
    }
    if (first !== true) { seen[mentionKey(first)] = true; firstIn[at] = true; }
    var k = mentionKey(f);
    if (seen[k] !== true) { seen[k] = true; out.push(f); }
  }
  return out;
}

function set(list) { var o = {}; list.forEach(function (x) { o[x] = true; }); return o; }

// dates renders the span of a group's dates: "2015-11-24" or "2015-11-24..2015-12-21".
function dateSpan(ds) {
  ds = uniq(ds.filter(function (d) { return d; })).sort();
  if (ds.length === 0) { return ""; }
  return ds.length === 1 ? ds[0] : ds[0] + ".." + ds[ds.length - 1];
}

// tone of a CAMEO quad class: 1-2 cooperation, 3-4 conflict.
function toneOf(f) {
  if (!f.quadClass) { return ""; }
  return f.quadClass <= 2 ? "cooperation" : "conflict";
}

// evidence collects a group's provenance: article ids and sentences.
function evidence(facts) {
  return {
    articles: uniq(facts.map(function (f) { return articleId(f.article); })).sort(),
    sentences: uniq(facts.map(function (f) { return f.sentence; })),
    facts: facts.map(function (f) { return f.id; })
  };
}

function emit(row) { g.emit(row); }

// alignment scores every counterpart of params.actor (and, unless
// params.direct, its affiliates): each fact between them votes +1 or -1 —
// allyOf +1, disagreesWith -1, a stance its polarity, an event the sign of
// its CAMEO Goldstein score (0 abstains). Structural ties (roleIn, memberOf)
// do not vote. Returns rows with the net score and the votes behind it.
function alignment() {
  var A = side(params.actor), al = aligner(A);
  // A fact without a summary is read the slow way and voted as one.
  A.forEach(function (n) {
    ["subject", "object"].forEach(function (role) {
      var vs = g.V(n).out(ROLE_SUMMARY[role]).toArray();
      if (vs.length === 0) { writtenFacts(factIds([n], [role]), true).forEach(function (f) { al.vote(rawOf(f)); }); }
      for (var i = 0; i < vs.length; i++) { var sp = splitSummary(vs[i]); if (sp) { al.vote(sp, vs[i]); } }
    });
  });
  return al.rows();
}

// aligner casts alignment's votes for the side A, fact by fact in the
// order they are read (vote), and makes its rows (rows). Votes need a few
// fields of each of the side's facts, often thousands: it works on the
// split summaries (straight-line code, no object per fact), and fact
// objects are made only for the rows shown (withEvidence).
function aligner(A) {
  var inA = set(A), seen = {}, firstIn = {}, by = {}, names = {};
  function statement(sp) {
    var x = sp[2], y = sp[4];
    if (isSymmetric(sp[3]) && y < x) { x = sp[4]; y = sp[2]; }
    return sp[15] + " " + sp[18] + " " + sp[3] + " " + x + " " + y + " " + (sp[7] === "planned" ? "planned" : sp[7] === "hedged" ? "hedged" : "happened");
  }
  function vote(sp, text) {
    // One vote per statement (lib.js mentionKey): a symmetric sentence the
    // extractor stored both ways votes once. Most sentences have one fact
    // of the side: the whole key is built only for a sentence met twice.
    var s0 = sp[2], o0 = sp[4], pred = sp[3];
    var at = sp[15] + "#" + sp[18], first = firstIn[at];
    if (first === undefined) {
      firstIn[at] = sp;
    } else {
      if (first !== true) { seen[statement(first)] = true; firstIn[at] = true; }
      var id = statement(sp);
      if (seen[id] === true) { return; }
      seen[id] = true;
    }
    if (sp[6] === "true") { return; }
    var s = "<" + s0 + ">", o = "<" + o0 + ">", kind = sp[5];
    var c = inA[s] === true ? o : s;
    if (inA[c] === true) { return; }
    var v = 0, what = "", gs = null;
    if (pred === "allyOf") { v = 1; what = "ally"; }
    else if (pred === "disagreesWith") { v = -1; what = "disagree"; }
    else if (kind === "stance") { v = +sp[12] > 0 ? 1 : -1; what = v > 0 ? "support" : "oppose"; }
    else if (kind === "event") {
      gs = sp[10] === "" ? 0 : +sp[10];
      if (gs) { v = gs > 0 ? 1 : -1; what = v > 0 ? "coop" : "conflict"; }
    }
    if (!v) { return; }
    var r = by[c];
    if (r === undefined) {
      r = by[c] = { c: c, net: 0, ally: 0, disagree: 0, support: 0, oppose: 0, coop: 0, conflict: 0, g: [], facts: [] };
      var l = c === s ? sp[19] : sp[20];
      if (l) { names[c] = l; }
    }
    // The row keeps the summary's text, not its split (a hub's rows hold
    // thousands, kept until the rows shown are read: less to collect).
    r.net += v; r[what]++; r.facts.push(text || sp);
    if (kind === "event") { r.g.push(gs); }
  }
  function rows() {
    var rs = keys(by).map(function (k) { return by[k]; });
    var ask = rs.map(function (r) { return r.c; }).filter(function (c) { return !names.hasOwnProperty(c); }).concat([params.actor]);
    var l = labels(ask);
    keys(l).forEach(function (n) { names[n] = l[n]; });
    var me = names[params.actor];
    return rs.map(function (r) {
      var mean = r.g.length ? Math.round(100 * r.g.reduce(function (s, x) { return s + x; }, 0) / r.g.length) / 100 : null;
      return {
        counterpart: names[r.c], net: r.net, evidence_n: r.facts.length, ally: r.ally, disagree: r.disagree,
        support: r.support, oppose: r.oppose, coop: r.coop, conflict: r.conflict, goldstein_mean: mean,
        source: me, target: names[r.c], source_iri: params.actor, target_iri: r.c, _facts: r.facts
      };
    });
  }
  return { vote: vote, rows: rows };
}

// aligned is the answer of allies (sign 1: net positive, most positive
// first) and adversaries (sign -1): alignment's rows on that side of zero,
// ranked by net, then evidence, then name, cut at params.limit, with their
// evidence. From the votes the loader keeps (alignedByVotes) when every
// actor of the side has them, else by voting every fact of the side.
function aligned(sign) {
  var A = side(params.actor);
  function rank(x, y) { return sign * (y.net - x.net) || y.evidence_n - x.evidence_n || cmp(x.counterpart, y.counterpart); }
  var fast = alignedByVotes(A, sign, rank);
  if (fast) { return fast; }
  return limited(alignment().filter(function (r) { return sign * r.net > 0; }).sort(rank)).map(withEvidence);
}

function countNode(actor) { return "<" + vocab.base + "count/" + local(actor, ACTOR) + ">"; }

// sideVotes reads the votes literal of each of actors (loaders/quads
// Votes: "kg-votes-1", the actor, then counterpart, net and number of
// votes per counterpart), split; null if one has none, or more than one
// (a store written before votes, a load stopped between its steps, quads
// imported), and the question then votes the facts itself.
function sideVotes(actors) {
  var out = [];
  for (var i = 0; i < actors.length; i++) {
    var vs = g.V(countNode(actors[i])).out(ont("votes")).toArray();
    if (vs.length !== 1) { return null; }
    var a = String(lit(vs[0])).replace(/^"|"$/g, "").split("\t");
    if (a[0] !== "kg-votes-1" || "<" + a[1] + ">" !== actors[i] || (a.length - 2) % 3 !== 0) { return null; }
    out.push(a);
  }
  return out;
}

// alignedByVotes is aligned from the side's votes literals: the
// counterparts' totals rank them without reading a fact, and only the
// rows that can be shown (those ranked within the limit, and those tied
// with the last of them, whose names break the tie) have their facts
// read, one hop per pair of a side actor and the counterpart (lib.js
// pairNode), in the order alignment reads them (by side actor, its
// subject facts before its object facts, each in the order written, which
// a pair node's index keeps too), and voted as alignment votes them. null
// when a side actor has no votes, or when the facts read do not give the
// totals (a stale store), and aligned votes every fact instead.
function alignedByVotes(A, sign, rank) {
  var vt = sideVotes(A);
  if (!vt) { return null; }
  var inA = set(A), tot = {}, all = [];
  for (var i = 0; i < A.length; i++) {
    var a = vt[i];
    for (var j = 2; j < a.length; j += 3) {
      var c = "<" + a[j] + ">";
      if (inA[c] === true) { continue; }
      var t = tot[c];
      if (t === undefined) { t = tot[c] = { c: c, net: 0, n: 0, ms: [] }; all.push(t); }
      t.net += +a[j + 1]; t.n += +a[j + 2]; t.ms.push(A[i]);
    }
  }
  var rows = all.filter(function (t) { return sign * t.net > 0 && t.n > 0; });
  rows.sort(function (x, y) { return sign * (y.net - x.net) || y.n - x.n; });
  var limit = params.limit, cut = limit > 0 && rows.length > limit, end = rows.length;
  if (cut) {
    var last = rows[limit - 1];
    for (end = limit; end < rows.length && rows[end].net === last.net && rows[end].n === last.n; end++) { }
  }
  var al = aligner(A);
  rows.slice(0, end).forEach(function (t) {
    var cb = t.c.substring(1, t.c.length - 1);
    t.ms.forEach(function (m) {
      var mb = m.substring(1, m.length - 1), vs = g.V(pairNode(m, t.c)).out(FACT_SUMMARY).toArray(), later = [];
      for (var k = 0; k < vs.length; k++) {
        var sp = splitSummary(vs[k]);
        if (!sp) { continue; }
        if (sp[2] === mb && sp[4] === cb) { al.vote(sp, vs[k]); } else if (sp[4] === mb && sp[2] === cb) { later.push(k); }
      }
      for (var x = 0; x < later.length; x++) { al.vote(splitSummary(vs[later[x]]), vs[later[x]]); }
    });
  });
  var shown = al.rows();
  if (shown.length !== end) { return null; }
  for (var r = 0; r < shown.length; r++) {
    var want = tot[shown[r].target_iri];
    if (!want || want.net !== shown[r].net || want.n !== shown[r].evidence_n) { return null; }
  }
  shown.sort(rank);
  if (cut) {
    emit({ "@summary": "showing the first " + limit + " of " + rows.length + " rows; --limit 0 shows all" });
    shown = shown.slice(0, limit);
  }
  return shown.map(withEvidence);
}

// withEvidence completes an alignment row for output: its articles,
// sentences and facts (only for the rows shown).
//
// A row's facts are summary texts (or splits), of which evidence needs three
// fields: they are read from the split, without making a fact object of
// each (a hub's rows shown hold thousands). A fact object (a store without
// summaries) is read as it is.
function withEvidence(row) {
  var arts = [], sentences = [], ids = [];
  row._facts.forEach(function (f) {
    if (f.length === undefined) { arts.push(articleId(f.article)); sentences.push(f.sentence); ids.push(f.id); return; }
    var a = typeof f === "string" ? splitSummary(f) : f;
    arts.push(articleId("<" + a[15] + ">")); sentences.push(a[22]); ids.push("<" + a[1] + ">");
  });
  var out = {};
  keys(row).forEach(function (k) { if (k !== "_facts") { out[k] = row[k]; } });
  out.articles = uniq(arts).sort(); out.sentences = uniq(sentences); out.facts = ids;
  return out;
}

// --- Events and their corroboration ---------------------------------------
//
// An event is one happening however many articles report it: the mentions
// (statements, see mentionKey) of one pair of actors (unordered for a
// symmetric predicate), one predicate family (the CAMEO root, else the
// predicate) and one status (happened, planned, hedged), whose dates agree:
// the same event date; a mention dated only by its article joins an event
// dated up to a week before the report, or the mentions reported within a
// week of it; an undated mention joins its key's one event, if it has one.
// Events are built at question time from the facts, so loading, replacing
// or removing an article changes them at once and leaves nothing behind.

function eventFamily(f) { return f.cameo ? "cameo " + f.cameo.substring(0, 2) : f.predicate; }

// canon, if given, maps an actor to the one it is counted as (the
// question's argument for those on its side): "Turkey (military)" shooting
// down a jet and "Turkey" shooting it down are one event of Turkey's.
function eventKey(f, canon) {
  var s = canon ? canon(f.subject) : f.subject, o = canon ? canon(f.object) : f.object;
  if (isSymmetric(f.predicate) && o < s) { var t = s; s = o; o = t; }
  return s + " " + eventFamily(f) + " " + o + " " + status(f);
}

// dayNumber is a full date's day count, null for a year or month.
function dayNumber(d) {
  if (!d || d.length !== 10) { return null; }
  return Date.UTC(+d.substring(0, 4), +d.substring(5, 7) - 1, +d.substring(8, 10)) / 86400000;
}

// eventsOf groups facts (one per statement) into events, in key order;
// canon as in eventKey.
function eventsOf(facts, canon) {
  var byKey = {}, order = [], out = [];
  facts.forEach(function (f) {
    var k = eventKey(f, canon);
    if (!byKey.hasOwnProperty(k)) { byKey[k] = []; order.push(k); }
    byKey[k].push(f);
  });
  order.forEach(function (k) {
    var fs = byKey[k], evs = [];
    if (fs.length === 1) {
      // Most keys have one statement: no clustering to do.
      var f = fs[0], w = when(f);
      out.push({ key: k, date: w.date, basis: w.basis, facts: fs, subject: f.subject, object: f.object, status: status(f) });
      return;
    }
    function add(f, date, basis) {
      var e = { key: k, date: date, basis: basis, facts: [f], subject: f.subject, object: f.object, status: status(f) };
      evs.push(e);
      return e;
    }
    var dated = fs.filter(function (f) { return f.date; }).sort(function (x, y) { return cmp(x.date, y.date); });
    var reported = fs.filter(function (f) { return !f.date && f.published; }).sort(function (x, y) { return cmp(x.published, y.published); });
    var none = fs.filter(function (f) { return !f.date && !f.published; });
    dated.forEach(function (f) {
      for (var i = 0; i < evs.length; i++) { if (evs[i].date === f.date) { evs[i].facts.push(f); return; } }
      add(f, f.date, "event");
    });
    reported.forEach(function (f) {
      var r = dayNumber(f.published);
      for (var i = 0; i < evs.length; i++) {
        var d = dayNumber(evs[i].date);
        if (d === null || r === null) { continue; }
        if ((evs[i].basis === "event" && r - d >= 0 && r - d <= 7) || (evs[i].basis === "report" && Math.abs(r - d) <= 7)) {
          evs[i].facts.push(f);
          return;
        }
      }
      add(f, f.published, "report");
    });
    none.forEach(function (f) {
      if (evs.length === 1) { evs[0].facts.push(f); return; }
      for (var i = 0; i < evs.length; i++) { if (evs[i].basis === "") { evs[i].facts.push(f); return; } }
      add(f, "", "");
    });
    evs.forEach(function (e) { out.push(e); });
  });
  return out;
}

var SKETCH = ont("textSketch");
var NEAR_COPY = 0.5; // sketch similarity from which two texts are one family (loaders/quads Sketch)

// sourceInfo describes the articles of facts: {publisher, date} from the
// facts' summaries (the store only for a fact without one), and the text
// sketch, read (one hop) only when independentSources needs it.
function sourceInfo(facts) {
  var out = {}, ask = [];
  facts.forEach(function (f) {
    if (out.hasOwnProperty(f.article)) { return; }
    if (f.fact !== undefined) {
      out[f.article] = { publisher: f.publisher || "", date: f.published || "" };
    } else {
      out[f.article] = { publisher: "", date: "" };
      ask.push(f.article);
    }
  });
  var a = articles(uniq(ask));
  keys(a).forEach(function (k) { out[k].publisher = a[k].publisher; out[k].date = a[k].date; });
  return out;
}

// sketchOf reads an article's sketch slots once (null when it has none).
function sketchOf(info, a) {
  var x = info[a];
  if (!x) { return null; }
  if (x.sketch === undefined) {
    var vs = g.V(a).out(SKETCH).toArray(), sk = vs.length ? String(vs[0]).replace(/^"|"$/g, "") : "";
    x.sketch = sk.indexOf("mh1:") === 0 ? sk.substring(4).split(",") : null;
  }
  return x.sketch;
}

function sketchSimilarity(a, b) {
  if (!a || !b || a.length !== b.length) { return 0; }
  var same = 0;
  for (var i = 0; i < a.length; i++) { if (a[i] === b[i]) { same++; } }
  return same / a.length;
}

// independentSources counts the independent sources among articles (IRIs,
// described by info from sourceInfo; sketches are read into it): articles of one publisher are one
// source, and so are articles whose texts are near-copies of one another
// (a wire story under several mastheads), transitively.
function independentSources(iris, info) {
  iris = uniq(iris);
  var parent = iris.map(function (_, i) { return i; });
  function find(i) { while (parent[i] !== i) { parent[i] = parent[parent[i]]; i = parent[i]; } return i; }
  function union(i, j) { var a = find(i), b = find(j); if (a !== b) { parent[b] = a; } }
  var byPub = {};
  iris.forEach(function (a, i) {
    var p = info[a] ? info[a].publisher : "";
    if (p) { if (byPub.hasOwnProperty(p)) { union(byPub[p], i); } else { byPub[p] = i; } }
  });
  // Near-copies: only articles that are still apart need their texts
  // compared, so one article (or one publisher's) reads no sketch.
  for (var i = 0; i < iris.length; i++) {
    for (var j = i + 1; j < iris.length; j++) {
      if (find(i) === find(j)) { continue; }
      if (sketchSimilarity(sketchOf(info, iris[i]), sketchOf(info, iris[j])) >= NEAR_COPY) { union(i, j); }
    }
  }
  var roots = {};
  iris.forEach(function (_, i) { roots[find(i)] = true; });
  return keys(roots).length;
}

// corroboration describes an event's (or any group's) mentions: how many,
// in how many articles, from how many independent sources, and the first
// and last report date.
function corroboration(facts, info) {
  var arts = uniq(facts.map(function (f) { return f.article; }));
  var reps = arts.map(function (a) { return info[a] ? info[a].date : ""; }).filter(function (d) { return d; }).sort();
  return {
    mentions_n: facts.length, articles_n: arts.length, sources_n: independentSources(arts, info),
    first_report: reps.length ? reps[0] : "", last_report: reps.length ? reps[reps.length - 1] : ""
  };
}

// canonFor maps the actors on each argument's side to the argument; its
// members(x) lists the actors counted as x (x's argument's side, or x
// alone), so a question that reads by actor reads all of them (the one
// roll-up rule is side(); canonFor only applies it).
function canonFor(args) {
  var to = {}, of = {};
  args.forEach(function (a) {
    side(a).forEach(function (x) { if (!to.hasOwnProperty(x)) { to[x] = a; (of[a] = of[a] || []).push(x); } });
  });
  var canon = function (x) { return to.hasOwnProperty(x) ? to[x] : x; };
  canon.members = function (x) { var c = canon(x); return of.hasOwnProperty(c) ? of[c] : [x]; };
  return canon;
}

// --- Who says so ----------------------------------------------------------

// claimant is who a statement rests on: the speaker the text quotes ("X
// said"), else the publisher whose article states it, else the article.
// info is sourceInfo's map; names maps speakers to their labels.
function claimant(f, info, names) {
  var pub = info[f.article] && info[f.article].publisher;
  if (f.speaker) { return { key: "speaker " + f.speaker, name: names[f.speaker] + (pub ? " (in " + pub + ")" : ""), publisher: pub || "" }; }
  if (pub) { return { key: "publisher " + pub, name: pub, publisher: pub }; }
  return { key: "article " + f.article, name: "article " + articleId(f.article), publisher: "" };
}

// speakerNames maps the speakers of facts to their labels.
function speakerNames(facts) {
  return labels(uniq(facts.filter(function (f) { return f.speaker; }).map(function (f) { return f.speaker; })));
}

// contradictionsOf finds where sources contradict one another among facts
// (negated ones included): one asserts an act that another denies (the
// same pair of actors, after canon, and CAMEO root, dated within a week of
// each other or undated), or one reports an actor supporting what another
// reports it opposing. Both sides of an act are of what happened (lib.js
// status): a denial is a negated act asserted or reported ("Russia did not
// shell Turkey"); a negated plan or hedge ("will not attack", "must not be
// targeted") denies no happening, as a plan or hedge asserts none. The two sides must rest on different claimants
// (lib.js claimant) and, for an act, on different publishers or speakers.
// Rows: {kind, key, a: [facts], b: [facts], ca, cb} (a asserts, b denies;
// for stances a supports, b opposes).
function contradictionsOf(facts, info, names, canon) {
  var acts = {}, order = [];
  function put(k, f, neg) {
    if (!acts.hasOwnProperty(k)) { acts[k] = { yes: [], no: [] }; order.push(k); }
    acts[k][neg ? "no" : "yes"].push(f);
  }
  facts.forEach(function (f) {
    var s = canon ? canon(f.subject) : f.subject, o = canon ? canon(f.object) : f.object;
    if (f.kind === "event" && status(f) === "happened") {
      if (isSymmetric(f.predicate) && o < s) { var t = s; s = o; o = t; }
      put("act " + s + " " + eventFamily(f) + " " + o, f, f.negated === true);
    } else if (f.kind === "stance" && f.negated !== true && f.polarity) {
      put("stance " + s + " " + o, f, f.polarity < 0);
    }
  });
  var out = [];
  order.forEach(function (k) {
    var x = acts[k];
    if (!x.yes.length || !x.no.length) { return; }
    // Every assertion against every denial of the key: a rolled-up hub's
    // keys have hundreds of each, so claimants and days are worked out
    // once per fact, and a row's facts are marked by index, not searched.
    var pairs = {}, porder = [], ny = x.yes.length, nn = x.no.length, i, j;
    var cy = [], dy = [], cn = [], dn = [];
    for (i = 0; i < ny; i++) { cy[i] = claimant(x.yes[i], info, names); dy[i] = dayNumber(x.yes[i].date || x.yes[i].published); }
    for (j = 0; j < nn; j++) { cn[j] = claimant(x.no[j], info, names); dn[j] = dayNumber(x.no[j].date || x.no[j].published); }
    for (i = 0; i < ny; i++) {
      var cpk = cy[i].key, dp = dy[i];
      for (j = 0; j < nn; j++) {
        if (cpk === cn[j].key) { continue; }
        if (dp !== null && dn[j] !== null && Math.abs(dp - dn[j]) > 7) { continue; }
        var pk = cpk + "\u0001" + cn[j].key, r = pairs[pk];
        if (r === undefined) { r = pairs[pk] = { kind: k.substring(0, k.indexOf(" ")), key: k, a: [], b: [], ca: cy[i], cb: cn[j], hasA: {}, hasB: {} }; porder.push(pk); }
        if (r.hasA[i] !== true) { r.hasA[i] = true; r.a.push(x.yes[i]); }
        if (r.hasB[j] !== true) { r.hasB[j] = true; r.b.push(x.no[j]); }
      }
    }
    porder.forEach(function (pk) { var r = pairs[pk]; delete r.hasA; delete r.hasB; out.push(r); });
  });
  return out;
}

// actKey is the key contradictionsOf files an act under (happened, negated
// or not; planned and hedged acts are under none), from a split summary:
// the pair (after canon; unordered for a symmetric predicate) and the
// CAMEO root, else the predicate.
function actKey(a, canon) { return actKeyOf(a[5], a[7], "<" + a[2] + ">", a[3], "<" + a[4] + ">", a[9], canon); }
function actKeyOf(kind, modality, s, pred, o, cameo, canon) {
  if (kind !== "event" || modality === "planned" || modality === "hedged") { return null; }
  if (canon) { s = canon(s); o = canon(o); }
  if (isSymmetric(pred) && o < s) { var t = s; s = o; o = t; }
  return "act " + s + " " + (cameo ? "cameo " + cameo.substring(0, 2) : pred) + " " + o;
}

// actsAgainst is a keep function for assertionsAgainst: the acts filed
// under the same key as one of the denials fs (canon as in actKey), the
// only facts of their pairs that can contradict them.
function actsAgainst(fs, canon) {
  var want = {};
  fs.forEach(function (f) {
    var k = actKeyOf(f.kind, f.modality || "", f.subject, f.predicate, f.object, f.cameo || "", canon);
    if (k !== null) { want[k] = true; }
  });
  var keep = function (a) { var k = actKey(a, canon); return k !== null && want[k] === true; };
  // The pairs assertionsAgainst reads for it: every pair counted as a
  // denial's (canon.members), both ways for a symmetric predicate.
  keep.canon = canon;
  // It reads only the fields before the 10th (up to the CAMEO code), so a
  // caller may split that much of a summary first (assertionsAgainst).
  keep.fields = 10;
  return keep;
}

// rawOf is a fact object as a split summary, for the keep functions.
function rawOf(f) {
  var a = [SUMMARY_VERSION];
  SUMMARY_FIELDS.forEach(function (k, i) {
    var v = f[k];
    if (k === "subject" || k === "object" || k === "speaker" || k === "article") { v = v ? String(v).replace(/^<|>$/g, "") : ""; }
    else if (k === "negated") { v = v === true ? "true" : "false"; }
    a[i + 1] = v === undefined || v === null ? "" : String(v);
  });
  return a;
}

// opposedStances keeps, of split summaries (rawFrom) or their texts
// (stanceTexts), the stances whose
// actor (after canon) is reported both supporting and opposing the same
// target (after canon), made into facts: the only stances that can make a
// contradiction (contradictionsOf), of the thousands a hub has. Of a text
// only the fields up to the polarity are split, and the whole of those kept.
function opposedStances(raws, canon) {
  var pol = {}, keyOf = [], texts = raws.length && typeof raws[0] === "string";
  if (texts) {
    var heads = [];
    for (var h = 0; h < raws.length; h++) {
      var x = raws[h].split("\t", SF.polarity + 1);
      heads.push(x[0] === SUMMARY_VERSION && x.length === SF.polarity + 1 ? x : null);
    }
  }
  for (var i = 0; i < raws.length; i++) {
    var a = texts ? heads[i] : raws[i];
    keyOf[i] = null;
    if (a === null) { continue; }
    keyOf[i] = null;
    if (a[5] !== "stance" || a[6] === "true" || a[12] === "" || +a[12] === 0) { continue; }
    // Without canon the key is the bare IRIs (no space in an IRI keeps
    // it one pair): thousands of stances, two joins fewer each.
    var k = canon ? canon("<" + a[2] + ">") + " " + canon("<" + a[4] + ">") : a[2] + " " + a[4];
    keyOf[i] = k;
    pol[k] = (pol[k] || 0) | (+a[12] > 0 ? 1 : 2);
  }
  var out = [], seen = {};
  for (var j = 0; j < raws.length; j++) {
    if (keyOf[j] === null || pol[keyOf[j]] !== 3) { continue; }
    var b = texts ? splitSummary(raws[j]) : raws[j];
    if (b && !seen.hasOwnProperty(b[1])) { seen[b[1]] = true; out.push(unsummary(b)); }
  }
  return out;
}

// stanceRaws lists the split summaries of every stance (supports, opposes).
function stanceRaws() { return rawFrom(ont("supports"), FACT_SUMMARY).concat(rawFrom(ont("opposes"), FACT_SUMMARY)); }

// stanceTexts is stanceRaws unsplit (for opposedStances): the texts that
// start as summaries do.
// One loop over each hop's values: a concat, a map and a filter of every
// stance cost a copy and a call each (thousands).
function stanceTexts() {
  var out = [], head = SUMMARY_VERSION + "\t", ps = [ont("supports"), ont("opposes")];
  for (var j = 0; j < ps.length; j++) {
    var vs = g.V(ps[j]).out(FACT_SUMMARY).toArray();
    for (var i = 0; i < vs.length; i++) {
      var v = String(vs[i]);
      if (v.indexOf(head) === 0) { out.push(v); }
    }
  }
  return out;
}

// sideStanceBucketed lists the stances in which one of actors is subject or
// object, for opposedStances: from the stance index as summary texts, or,
// on a store without it, as split summaries from the actors' own facts or,
// when those are more than all the store's stances (a hub's side), from
// the stances.
function sideStanceBucketed(actors) {
  // The stance index (lib.js KIND_SUMMARY) lists them in factsOf's order;
  // a store without it (nothing found) is read as below.
  // Read as texts, which opposedStances splits only as far as it reads.
  var fromIndex = [], head = SUMMARY_VERSION + "\t";
  uniq(actors).forEach(function (n) {
    ["subject", "object"].forEach(function (r) {
      var vs = g.V(n).out(KIND_SUMMARY.stance[r]).toArray();
      for (var i = 0; i < vs.length; i++) {
        var v = String(vs[i]);
        if (v.indexOf(head) === 0) { fromIndex.push(v); }
      }
    });
  });
  if (fromIndex.length) { return fromIndex; }
  var nStances = countUpTo(ont("supports"), FACT_SUMMARY, 1e9) + countUpTo(ont("opposes"), FACT_SUMMARY, 1e9), left = nStances, out = [];
  for (var i = 0; i < actors.length && left > 0; i++) {
    left -= countUpTo(actors[i], ROLE_SUMMARY.subject, left + 1);
    if (left > 0) { left -= countUpTo(actors[i], ROLE_SUMMARY.object, left + 1); }
  }
  if (left <= 0) { return inFactsOfOrder(actors, stanceRaws()); }
  actors.forEach(function (n) {
    ["subject", "object"].forEach(function (r) {
      rawFrom(n, ROLE_SUMMARY[r]).forEach(function (a) { if (a[3] === "supports" || a[3] === "opposes") { out.push(a); } });
    });
  });
  return out;
}

// denials lists every negated fact, one hop from kg:ont/Denial (loaders/quads);
// null for a store written before that index, whose callers read the slow way.
// With ends (a set of actors), only those whose subject or object is one of
// them: their first fields are split first, and only those kept whole.
function denials(ends) {
  if (!ends) {
    var fs = summariesFrom(ont("Denial"), FACT_SUMMARY);
    return fs.length ? fs : null;
  }
  var vs = g.V(ont("Denial")).out(FACT_SUMMARY).toArray(), out = [], any = false;
  for (var i = 0; i < vs.length; i++) {
    var h = String(vs[i]).split("\t", SF.object + 1);
    if (h[0] !== SUMMARY_VERSION) { continue; }
    var a = ends["<" + h[SF.subject] + ">"] === true || ends["<" + h[SF.object] + ">"] === true ? splitSummary(vs[i]) : null;
    if (a) { out.push(unsummary(a)); any = true; } else if (!any) { any = splitSummary(vs[i]) !== null; }
  }
  return any ? out : null;
}

// assertionsAgainst lists the facts that may contradict the given ones:
// the facts (negated or not) of the same subjects towards the same objects
// (with keep, only those whose split summary it keeps, see actsAgainst).
// With a keep of actsAgainst, "the same" is after its canon: the pairs of
// every actor counted as the subject with every actor counted as the
// object (an act of France's military against a denial by France's
// president), and both ways for a symmetric predicate, as actKey files
// them.
// Each pair is one hop from its pair node (lib.js pairNode); on a store
// without the pair index, it is read from its smaller end (an index count
// first), subject side or object side, with only the pair's facts made
// into objects: a pair usually has one hub.
function assertionsAgainst(fs, keep) {
  var pairs = {}, order = [], byKey = keep && keep.hasOwnProperty("canon");
  var members = byKey && keep.canon ? keep.canon.members : function (x) { return [x]; };
  function pair(s, o) {
    var k = s + " " + o;
    if (!pairs.hasOwnProperty(k)) { pairs[k] = true; order.push({ subject: s, object: o }); }
  }
  fs.forEach(function (f) {
    if (!byKey) { pair(f.subject, f.object); return; }
    var ss = members(f.subject), os = members(f.object), both = isSymmetric(f.predicate);
    ss.forEach(function (s) { os.forEach(function (o) { pair(s, o); if (both) { pair(o, s); } }); });
  });
  var ends = uniq([].concat(order.map(function (f) { return f.subject; }), order.map(function (f) { return f.object; })));
  // One hop per pair node, which holds both directions of its pair.
  var nodes = uniq(order.map(function (f) { return pairNode(f.subject, f.object); }));
  if (nodes.length <= PAIR_HOPS_MAX && pairIndexed(ends)) {
    // In the order of writing (lib.js factOrder), not of the pairs.
    var seen = {}, found = [], dir = {};
    order.forEach(function (f) {
      var s = f.subject.substring(1, f.subject.length - 1), o = f.object.substring(1, f.object.length - 1);
      (dir[s] = dir[s] || {})[o] = true;
    });
    nodes.forEach(function (n) {
      var vs = g.V(n).out(FACT_SUMMARY).toArray();
      for (var i = 0; i < vs.length; i++) {
        // The direction first, on the text (a pair node holds both), then the split.
        var v = vs[i], t1 = v.indexOf("\t", 10), t2 = v.indexOf("\t", t1 + 1), t3 = v.indexOf("\t", t2 + 1), t4 = v.indexOf("\t", t3 + 1);
        var m = dir[v.substring(t1 + 1, t2)];
        if (m === undefined || m[v.substring(t3 + 1, t4)] !== true) { continue; }
        // A keep that reads only the first fields is asked before the
        // whole summary is split: most of a hub pair's facts are not kept.
        if (keep && keep.fields) {
          var head = v.split("\t", keep.fields);
          if (head[0] !== SUMMARY_VERSION || seen[head[1]] === true || !keep(head)) { continue; }
        }
        // A keep that read only the first fields has answered already.
        var a = splitSummary(v);
        if (!a || seen[a[1]] === true || (keep && !keep.fields && !keep(a))) { continue; }
        seen[a[1]] = true;
        found.push(a);
      }
    });
    return found.sort(factOrder).map(unsummary);
  }
  var sizes = {};
  function size(n, role) {
    var k = role + " " + n;
    if (!sizes.hasOwnProperty(k)) { sizes[k] = countOut(n, ROLE_SUMMARY[role]); }
    return sizes[k];
  }
  // Group the pairs by the end they are read from.
  var fromSubject = {}, fromObject = {};
  order.forEach(function (f) {
    if (size(f.subject, "subject") <= size(f.object, "object")) { (fromSubject[f.subject] = fromSubject[f.subject] || []).push(f.object); }
    else { (fromObject[f.object] = fromObject[f.object] || []).push(f.subject); }
  });
  var out = [];
  keys(fromSubject).forEach(function (s) { out = out.concat(factsOf([s], ["subject"], true, rawIn(uniq(fromSubject[s]), ["object"]))); });
  keys(fromObject).forEach(function (o) { out = out.concat(factsOf([o], ["object"], true, rawIn(uniq(fromObject[o]), ["subject"]))); });
  return keep ? out.filter(function (f) { return keep(rawOf(f)); }) : out;
}
