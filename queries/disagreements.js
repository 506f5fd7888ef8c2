// @name disagreements
// @description Pairs of actors at odds, and over what: disagreesWith facts, and opposite stances (one supports, the other opposes) on the same target.
// @arg actor actor optional only pairs that include this actor
// @flag limit int 200 at most this many pairs
// @columns a b over basis facts_n articles
// @evidence sentences
// @subgraph

var found = {};
function add(x, y, over, basis, fs) {
  if (x === y) { return; }
  var a = x < y ? x : y, b = x < y ? y : x;
  var k = a + " " + b + " " + over;
  var p = found[k] = found[k] || { a: a, b: b, over: over, basis: {}, facts: [], has: {} };
  p.basis[basis] = true;
  fs.forEach(function (f) { if (!p.has[f.id]) { p.has[f.id] = true; p.facts.push(f); } });
}

// 1. Stated disagreements.
var disFacts = params.actor ?
  factsOf([params.actor], ["subject", "object"]).filter(function (f) { return f.predicate === "disagreesWith"; }) :
  factsOfPredicate({ predicates: ["disagreesWith"], cameo: [] });

// 2. Opposite stances on one target. With an actor: its stances, then the
// other stances on the same targets; without: every stance.
var stances = factsOfPredicate({ predicates: ["supports", "opposes"], cameo: [] }).filter(function (f) { return f.kind === "stance"; });
if (params.actor) {
  var targets = set(stances.filter(function (f) { return f.subject === params.actor; }).map(function (f) { return f.object; }));
  stances = stances.filter(function (f) { return targets[f.object]; });
}

var topicNames = nameMap(stances);
disFacts.forEach(function (f) { add(f.subject, f.object, f.topic || "", "disagreesWith", [f]); });
var byTarget = {};
stances.forEach(function (f) { (byTarget[f.object] = byTarget[f.object] || []).push(f); });
// Pairs of subjects, not of facts: a hub target has thousands of stances.
function bySubject(fs) {
  var o = {}, order = [];
  fs.forEach(function (f) { if (!o[f.subject]) { o[f.subject] = []; order.push(f.subject); } o[f.subject].push(f); });
  return { o: o, order: order };
}
keys(byTarget).forEach(function (t) {
  var pro = bySubject(byTarget[t].filter(function (f) { return f.polarity > 0; }));
  var con = bySubject(byTarget[t].filter(function (f) { return f.polarity < 0; }));
  pro.order.forEach(function (ps) {
    con.order.forEach(function (cs) {
      if (params.actor && ps !== params.actor && cs !== params.actor) { return; }
      add(ps, cs, topicNames[t], "opposite stances", pro.o[ps].concat(con.o[cs]));
    });
  });
});
// A stated disagreement whose topic names the stance target is one pair:
// merge "Hollande/Putin over Assad" (disagreesWith) with the stance pair.
var rows = keys(found).map(function (k) { return found[k]; });
var byPair = {};
rows.forEach(function (r) { (byPair[r.a + " " + r.b] = byPair[r.a + " " + r.b] || []).push(r); });
rows = [];
keys(byPair).forEach(function (k) {
  var rs = byPair[k];
  rs.forEach(function (r) {
    if (r.merged) { return; }
    rs.forEach(function (o) {
      if (o === r || o.merged || !r.over || !o.over) { return; }
      var x = r.over.toLowerCase(), y = o.over.toLowerCase();
      if (x.indexOf(y) >= 0 || y.indexOf(x) >= 0) {
        o.merged = true;
        keys(o.basis).forEach(function (b) { r.basis[b] = true; });
        o.facts.forEach(function (f) { if (!r.has[f.id]) { r.has[f.id] = true; r.facts.push(f); } });
        if (o.over.length > r.over.length) { r.over = o.over; }
      }
    });
    rows.push(r);
  });
});
var names = nameMap(disFacts.concat(stances));
rows.sort(function (x, y) { return y.facts.length - x.facts.length || cmp(names[x.a], names[y.a]) || cmp(names[x.b], names[y.b]) || cmp(x.over, y.over); });
rows.slice(0, params.limit).forEach(function (r) {
  var ev = evidence(r.facts);
  emit({
    a: names[r.a], b: names[r.b], over: r.over, basis: keys(r.basis).sort().join(", "),
    facts_n: r.facts.length, articles: ev.articles, sentences: ev.sentences, facts: ev.facts,
    source: names[r.a], target: names[r.b], source_iri: r.a, target_iri: r.b
  });
});
