// @name contradictions
// @description Where sources contradict one another (about ACTOR and those acting for it, if given): one asserts an act another denies, or two report opposite stances of one actor on one target; each side with who says so.
// @arg actor actor optional only contradictions about facts of this actor
// @flag limit int 100 at most this many rows (0: all)
// @columns kind source predicate target asserted_by denied_by date articles
// @evidence asserted denied
// @subgraph
//
// A side rests on its claimant (lib.js claimant): the speaker the text
// quotes, else the article's publisher. An act asserted by one and denied
// by another (a negated fact: "Russia did not shell Turkey, Peskov said")
// is a contradiction when the two are about the same pair of actors (after
// roll-up) and CAMEO root and dated within a week of each other (both of
// what happened: a negated plan or hedge, "must not be targeted", denies
// no act; lib.js contradictionsOf); a stance
// is contradicted by the opposite stance of the same actor on the same
// target reported by someone else. For stances, asserted_by reports the
// support and denied_by the opposition.

var facts;
if (params.actor) {
  // The side's denials (from the denial index) with the assertions of the
  // same pairs, and the side's stances; without the index, all its facts.
  // Of the stances, only those of an actor towards a target reported both
  // ways (after roll-up) can contradict (lib.js opposedStances).
  var S = side(params.actor), inS = set(S), negs = denials(inS);
  if (negs) {
    negs = negs.filter(function (f) { return inS[f.subject] || inS[f.object]; });
    var evNegs = negs.filter(function (f) { return f.kind === "event"; });
    facts = negs.concat(assertionsAgainst(evNegs, actsAgainst(evNegs, canonFor([params.actor]))),
      opposedStances(sideStanceBucketed(S), canonFor([params.actor])));
  } else {
    // No denial index (a store without summaries, as kg import of kg
    // export writes it, or one without denials): the same facts, found
    // among the side's own in the order the indexes give them (lib.js
    // factOrder). Its denials, the acts filed under a denial's key (after
    // roll-up, as assertionsAgainst reads them: any of the side's actors
    // towards the same object), and its stances.
    var all = factsOf(S, ["subject", "object"], true).filter(function (f) { return inS[f.subject] || inS[f.object]; });
    var byOrder = function (x, y) { return factOrder(rawOf(x), rawOf(y)); };
    negs = all.filter(function (f) { return f.negated === true; }).sort(byOrder);
    var evNegs = negs.filter(function (f) { return f.kind === "event"; });
    var keep = actsAgainst(evNegs, canonFor([params.actor]));
    facts = negs.concat(all.filter(function (f) { return keep(rawOf(f)); }).sort(byOrder),
      opposedStances(all.filter(function (f) { return f.kind === "stance"; }).map(rawOf), canonFor([params.actor])));
  }
  facts = facts.filter(function (f) { return inS[f.subject] || inS[f.object]; });
} else {
  // Every denial (one hop), the assertions of the same subjects towards the
  // same objects, and every stance (for opposite stances), rather than
  // every fact in the store.
  var negs = denials();
  if (negs) {
    var evNegs = negs.filter(function (f) { return f.kind === "event"; });
    facts = negs.concat(assertionsAgainst(evNegs, actsAgainst(evNegs, null)), opposedStances(stanceTexts(), null));
  } else {
    var ps = keys(vocab.predicates).filter(function (p) { return vocab.predicates[p].kind !== "relation"; });
    facts = factsOfPredicate({ predicates: ps, cameo: [] }, true);
  }
}
facts = oneMentionEach(facts);
var info = sourceInfo(facts);
var spk = speakerNames(facts);
var rows = contradictionsOf(facts, info, spk, params.actor ? canonFor([params.actor]) : null);
var found = rows.slice();
rows.sort(function (x, y) { return (y.a.length + y.b.length) - (x.a.length + x.b.length) || cmp(x.key, y.key) || cmp(x.ca.name, y.ca.name); });
var shown = limited(rows);
// The names of the rows shown, as the facts of all rows (in the order they
// were found) name them (lib.js nameMap): thousands of rows for a hub, and
// a hundred shown.
var names = namesIn(shown.map(function (r) { return r.a[0].subject; }).concat(shown.map(function (r) { return r.a[0].object; })),
  function (visit) { found.forEach(function (r) { r.a.forEach(visit); r.b.forEach(visit); }); });
shown.forEach(function (r) {
  var all = r.a.concat(r.b), ev = evidence(all), f = r.a[0];
  var dates = uniq(all.map(function (x) { return when(x).date; }).filter(function (d) { return d; })).sort();
  emit({
    kind: r.kind === "act" ? "asserted and denied" : "opposite stances",
    source: names[f.subject], predicate: uniq(all.map(function (x) { return x.predicate; })).join(","), target: names[f.object],
    asserted_by: r.ca.name, denied_by: r.cb.name, date: dates.length ? (dates.length > 1 ? dates[0] + ".." + dates[dates.length - 1] : dates[0]) : "",
    asserted: r.a.map(function (x) { return x.sentence; }), denied: r.b.map(function (x) { return x.sentence; }),
    articles: ev.articles, sentences: ev.sentences, facts: ev.facts, source_iri: f.subject, target_iri: f.object
  });
});
emit({ "@summary": rows.length + " contradiction(s)" + (params.actor ? " about " + params.actorLabel : "") });
