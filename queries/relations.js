// @name relations
// @description Every fact in which ACTOR is subject or object, grouped by predicate, with the counterpart, dates and number of articles.
// @arg actor actor required the actor
// @flag predicate predicate - only this predicate (or CAMEO code, as in who)
// @flag exact bool false with --predicate: only that predicate, not its CAMEO family
// @flag limit int 100 at most this many rows (0: all)
// @columns kind predicate source target dates facts_n articles_n articles
// @evidence sentences
// @subgraph

var me = params.actor;
var facts = factsOf([me], ["subject", "object"], false, params.predicate ? rawMatches(params.predicate) : null);
var groups = {};
facts.forEach(function (f) {
  if (params.predicate && !matches(f, params.predicate)) { return; }
  var k = f.subject + " " + f.predicate + " " + f.object;
  (groups[k] = groups[k] || { kind: f.kind, predicate: f.predicate, source: f.subject, target: f.object, facts: [] }).facts.push(f);
});
var rows = keys(groups).map(function (k) { return groups[k]; });
var names = nameMap(facts);
var kindOrder = { relation: 0, stance: 1, event: 2 };
rows.sort(function (x, y) {
  return (kindOrder[x.kind] - kindOrder[y.kind]) || cmp(x.predicate, y.predicate) ||
    (x.source === me ? 0 : 1) - (y.source === me ? 0 : 1) ||
    cmp(names[x.source === me ? x.target : x.source], names[y.source === me ? y.target : y.source]);
});
limited(rows).forEach(function (r) {
  var ev = evidence(r.facts);
  emit({
    kind: r.kind, predicate: r.predicate, source: names[r.source], target: names[r.target],
    counterpart: names[r.source === me ? r.target : r.source],
    direction: r.source === me ? "out" : "in",
    dates: dateSpan(r.facts.map(function (f) { return f.date; })),
    facts_n: r.facts.length, articles_n: ev.articles.length, articles: ev.articles,
    sentences: ev.sentences, facts: ev.facts, source_iri: r.source, target_iri: r.target
  });
});
