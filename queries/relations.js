// @name relations
// @description Every fact in which ACTOR (or, unless --direct, one acting for it) is subject or object, grouped by predicate, with the counterpart, dates and number of articles.
// @arg actor actor required the actor
// @flag predicate predicate - only this predicate (or CAMEO code, as in who)
// @flag exact bool false with --predicate: only that predicate, not its CAMEO family
// @flag limit int 100 at most this many rows (0: all)
// @columns kind predicate source target dates facts_n articles_n articles
// @evidence sentences
// @subgraph

var me = params.actor, S = side(me), inS = set(S);
var facts = oneMentionEach(factsOf(S, ["subject", "object"], false, params.predicate ? rawMatches(params.predicate) : null));
var groups = {};
facts.forEach(function (f) {
  if (params.predicate && !matches(f, params.predicate)) { return; }
  var k = f.subject + " " + f.predicate + " " + f.object;
  (groups[k] = groups[k] || { kind: f.kind, predicate: f.predicate, source: f.subject, target: f.object, facts: [] }).facts.push(f);
});
// A fact points out of the actor's side when its subject is on the side,
// unless it points at the actor itself ("Le Drian roleIn France" is in).
function outward(r) { return inS[r.source] && r.target !== me; }
var rows = keys(groups).map(function (k) { return groups[k]; });
var names = nameMap(facts);
var kindOrder = { relation: 0, stance: 1, event: 2 };
// One sort key per row (kind, predicate, direction, counterpart, source),
// joined by U+0001, which sorts below any character of a name: a roll-up
// hub has thousands of rows, and goja pays for every property read in a
// comparator.
rows.forEach(function (r) {
  r.out = outward(r);
  r.sk = kindOrder[r.kind] + "\u0001" + r.predicate + "\u0001" + (r.out ? 0 : 1) + "\u0001" +
    names[r.out ? r.target : r.source] + "\u0001" + names[r.source];
});
rows.sort(function (x, y) { return x.sk < y.sk ? -1 : x.sk > y.sk ? 1 : 0; });
limited(rows).forEach(function (r) {
  var ev = evidence(r.facts);
  emit({
    kind: r.kind, predicate: r.predicate, source: names[r.source], target: names[r.target],
    counterpart: names[r.out ? r.target : r.source],
    direction: r.out ? "out" : "in",
    dates: dateSpan(r.facts.map(function (f) { return when(f).date; })),
    facts_n: r.facts.length, articles_n: ev.articles.length, articles: ev.articles,
    sentences: ev.sentences, facts: ev.facts, source_iri: r.source, target_iri: r.target
  });
});
