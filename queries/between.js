// @name between
// @description The events and relations linking A and B, either direction, in date order: each happening once however many articles report it, with its mentions and independent sources.
// @arg a actor required one actor
// @arg b actor required the other
// @flag limit int 100 at most this many rows (0: all)
// @columns date date_basis source predicate target kind tone status mentions_n sources_n articles
// @evidence modality publishers first_report last_report sentences
// @subgraph
//
// Rows are events (lib.js eventsOf), as in timeline: the statements of one
// pair after roll-up (Le Drian meeting Shoigu counts as France meeting
// Russia, so "Le Drian met Shoigu" and "France and Russia met" on the same
// day are one event), one CAMEO root (else predicate) and one status
// (happened, planned, hedged), whose dates agree. A relation (allyOf,
// disagreesWith) is grouped the same way. --evidence lists each row's
// sentences; kg query sources A PREDICATE B lists the statements one by one.

var A = side(params.a), B = side(params.b);
var inA = set(A), inB = set(B);
// A fact linking the two sides is one of their pairs' (lib.js
// factsBetween), or, on an older store, among A's facts.
var facts = oneMentionEach((factsBetween(A, B) || factsOf(A, ["subject", "object"], false, rawHas(B))).filter(function (f) {
  return (inA[f.subject] && inB[f.object]) || (inB[f.subject] && inA[f.object]);
}));
var events = eventsOf(facts, canonFor([params.a, params.b]));
events.forEach(function (e) {
  // Mentions in statement order; the row names the first mention's actors
  // (the others are listed when they differ).
  if (e.facts.length > 1) {
    e.facts.sort(function (x, y) { return cmp(x.article, y.article) || (x.sentenceIndex - y.sentenceIndex) || cmp(x.predicate, y.predicate); });
  }
  var f = e.facts[0];
  // By event date, else report date (lib.js when); undated events last.
  e.sk = (e.date || "9999") + "\u0001" + e.basis + "\u0001" + f.article + "\u0001" + (100000 + f.sentenceIndex) + "\u0001" + f.predicate + "\u0001" + e.status;
});
events.sort(function (x, y) { return x.sk < y.sk ? -1 : x.sk > y.sk ? 1 : 0; });
var shown = limited(events);
// Actors and names for the rows shown only (thousands of events between
// two hubs' sides, a hundred shown); names as nameMap gives them.
shown.forEach(function (e) {
  e.subjects = uniq(e.facts.map(function (f) { return f.subject; }));
  e.objects = uniq(e.facts.map(function (f) { return f.object; }));
  e.predicates = uniq(e.facts.map(function (f) { return f.predicate; }));
});
var names = namesIn([].concat.apply([], shown.map(function (e) { return e.subjects.concat(e.objects); })),
  function (visit) { facts.forEach(visit); });
var info = sourceInfo([].concat.apply([], shown.map(function (e) { return e.facts; })));
shown.forEach(function (e) {
  var ev = evidence(e.facts), c = corroboration(e.facts, info), f = e.facts[0];
  emit({
    date: e.date, date_basis: e.basis,
    source: e.subjects.map(function (x) { return names[x]; }).join(", "), predicate: e.predicates.join(","),
    target: e.objects.map(function (x) { return names[x]; }).join(", "),
    kind: f.kind, tone: toneOf(f), status: e.status,
    modality: uniq(e.facts.map(function (x) { return x.modality || ""; })).sort().join(","),
    mentions_n: c.mentions_n, sources_n: c.sources_n, first_report: c.first_report, last_report: c.last_report,
    publishers: uniq(e.facts.map(function (x) { return info[x.article] ? info[x.article].publisher : ""; }).filter(function (p) { return p; })).sort(),
    articles: ev.articles, sentences: ev.sentences, facts: ev.facts, source_iri: e.subjects[0], target_iri: e.objects[0]
  });
});
