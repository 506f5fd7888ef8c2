// @name who
// @description Who does PREDICATE (to ACTOR)? Subjects of a predicate or CAMEO code, e.g. "who accuses Turkey", "who 19 Russia".
// @arg predicate predicate required a predicate (accuses, meets, attacks...) or a CAMEO code (19, 112)
// @arg actor actor optional the one it is done to; omitted: everyone
// @flag exact bool false only PREDICATE itself, not the other predicates of its CAMEO root (attacks alone, without shootsDown, bombs...)
// @flag limit int 100 at most this many rows (0: all)
// @columns source predicate target topic dates modality events_n facts_n sources_n articles
// @evidence sentences
// @subgraph
//
// A predicate whose CAMEO code is its root's generic code (attacks 190,
// meets 040) stands for the root: "who attacks" also finds shootsDown and
// bombs. Symmetric predicates (meets, negotiates) count both directions.
// The target includes ACTOR's affiliates (see lib.js): shooting down a
// Russian jet is coded against "Russia (military)", and it is an attack on
// Russia; the target column says which. events_n counts the happenings
// behind a row's statements (lib.js eventsOf: planned apart from happened,
// one per date window), sources_n its independent sources.

var p = params.predicate;
var targets = params.actor ? side(params.actor) : [], isTarget = set(targets);
// With an actor, its side's facts (both roles: a symmetric fact "X meets
// Shoigu" may be stored as "Shoigu meets X"); without, the predicate's.
// A hub's side has more facts than the predicate's family has: then the
// family's facts are read, and those of the side kept in the order factsOf
// would give them.
function sideFacts() {
  var fam = sizeOfPredicate(p, 1e9);
  if (sizeOfSide(targets, ["object", "subject"], fam) > fam) {
    var inT = {};
    targets.forEach(function (x) { inT[x.substring(1, x.length - 1)] = true; });
    var keep = rawMatches(p);
    return inFactsOfOrder(targets, rawsOfPredicate(p).filter(function (a) {
      return a[6] !== "true" && (inT[a[2]] === true || inT[a[4]] === true) && keep(a);
    }), true).map(unsummary);
  }
  return factsOf(targets, ["object", "subject"], false, rawMatches(p));
}
var facts = oneMentionEach(params.actor ? sideFacts() : factsOfPredicate(p));

var groups = {};
facts.forEach(function (f) {
  if (!matches(f, p)) { return; }
  var src = f.subject, dst = f.object;
  if (params.actor && !isTarget[dst]) {
    var sym = vocab.predicates[f.predicate] && vocab.predicates[f.predicate].symmetric;
    if (!sym || !isTarget[src]) { return; }
    src = f.object; dst = f.subject;
  }
  // Russia's minister meeting Russia is not an answer to "who meets Russia".
  if (params.actor && isTarget[src]) { return; }
  var k = src + " " + f.predicate + " " + dst;
  (groups[k] = groups[k] || { source: src, predicate: f.predicate, target: dst, facts: [] }).facts.push(f);
});

var rows = keys(groups).map(function (k) { return groups[k]; });
var names = nameMap(facts);
rows.sort(function (a, b) {
  return b.facts.length - a.facts.length || cmp(names[a.source], names[b.source]) || cmp(a.predicate, b.predicate) || cmp(names[a.target], names[b.target]);
});
var shown = limited(rows);
var info = sourceInfo([].concat.apply([], shown.map(function (r) { return r.facts; })));
shown.forEach(function (r) {
  var ev = evidence(r.facts), c = corroboration(r.facts, info);
  emit({
    source: names[r.source], predicate: r.predicate, target: names[r.target],
    topic: uniq(r.facts.map(function (f) { return f.topic || ""; }).filter(function (x) { return x; })).sort().join("; "),
    dates: dateSpan(r.facts.map(function (f) { return when(f).date; })),
    modality: uniq(r.facts.map(function (f) { return f.modality; })).sort().join(","),
    events_n: eventsOf(r.facts).length, facts_n: r.facts.length, sources_n: c.sources_n, articles: ev.articles, sentences: ev.sentences, facts: ev.facts,
    source_iri: r.source, target_iri: r.target
  });
});
