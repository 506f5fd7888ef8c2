// @name disagreements
// @description Pairs of actors at odds, and over what: disagreesWith facts, and opposite stances (one supports, the other opposes) on the same target.
// @arg actor actor optional only pairs that include this actor
// @flag limit int 200 at most this many pairs (0: all)
// @columns a b over basis facts_n articles
// @evidence sentences
// @subgraph
//
// A hub target has thousands of stances, and so its supporters times its
// opponents pairs: a pair row keeps its facts as chunks (one subject's
// stances on one target), counted without copying, and its evidence is read
// only if it is shown.

var found = {}, order = [];
function add(x, y, over, basis, chunk) {
  if (x === y) { return; }
  var a = x < y ? x : y, b = x < y ? y : x;
  var k = a + " " + b + " " + over;
  var p = found[k];
  if (!p) { p = found[k] = { a: a, b: b, over: over, basis: {}, chunks: [], n: 0 }; order.push(p); }
  p.basis[basis] = true;
  if (p.chunks.indexOf(chunk) < 0) { p.chunks.push(chunk); p.n += chunk.length; }
}
// factsOfRow lists a row's facts, once each.
function factsOfRow(r) {
  var has = {}, out = [];
  r.chunks.forEach(function (c) { c.forEach(function (f) { if (!has[f.id]) { has[f.id] = true; out.push(f); } }); });
  return out;
}

// 1. Stated disagreements.
var disFacts = params.actor ?
  factsOf([params.actor], ["subject", "object"], false, rawHas(["disagreesWith"], "predicate")).filter(function (f) { return f.predicate === "disagreesWith"; }) :
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
// Per target, each subject's supporting and opposing stances (a chunk each).
var byTarget = {}, targetOrder = [];
stances.forEach(function (f) {
  var t = byTarget[f.object];
  if (!t) { t = byTarget[f.object] = { pro: {}, con: {}, pros: [], cons: [] }; targetOrder.push(f.object); }
  var side = f.polarity > 0 ? "pro" : f.polarity < 0 ? "con" : "";
  if (!side) { return; }
  var m = t[side];
  if (!m[f.subject]) { m[f.subject] = []; t[side + "s"].push(f.subject); }
  m[f.subject].push(f);
});
targetOrder.forEach(function (tn) {
  var t = byTarget[tn], over = topicNames[tn];
  t.pros.forEach(function (ps) {
    t.cons.forEach(function (cs) {
      if (params.actor && ps !== params.actor && cs !== params.actor) { return; }
      add(ps, cs, over, "opposite stances", t.pro[ps]);
      add(ps, cs, over, "opposite stances", t.con[cs]);
    });
  });
});

// A stated disagreement whose topic names the stance target is one pair:
// merge "Hollande/Putin over Assad" (disagreesWith) with the stance pair.
// Only pairs with more than one row can merge.
var byPair = {}, pairOrder = [];
order.forEach(function (r) {
  var k = r.a + " " + r.b;
  if (!byPair[k]) { byPair[k] = []; pairOrder.push(k); }
  byPair[k].push(r);
});
var rows = [];
pairOrder.forEach(function (k) {
  var rs = byPair[k];
  if (rs.length === 1) { rows.push(rs[0]); return; }
  rs.forEach(function (r) {
    if (r.merged) { return; }
    rs.forEach(function (o) {
      if (o === r || o.merged || !r.over || !o.over) { return; }
      var x = r.over.toLowerCase(), y = o.over.toLowerCase();
      if (x.indexOf(y) >= 0 || y.indexOf(x) >= 0) {
        o.merged = true;
        keys(o.basis).forEach(function (b) { r.basis[b] = true; });
        r.chunks = [factsOfRow({ chunks: r.chunks.concat(o.chunks) })];
        r.n = r.chunks[0].length;
        if (o.over.length > r.over.length) { r.over = o.over; }
      }
    });
    rows.push(r);
  });
});

// Rank by number of facts (chunks are disjoint, so n counts them), then by
// names; read the facts of the rows shown only.
var names = nameMap(stances.concat(disFacts));
var total = rows.length;
if (params.limit > 0 && rows.length > params.limit) {
  rows.sort(function (x, y) { return y.n - x.n; });
  var least = rows[params.limit - 1].n;
  rows = rows.filter(function (r) { return r.n >= least; });
}
rows.sort(function (x, y) { return y.n - x.n || cmp(names[x.a], names[y.a]) || cmp(names[x.b], names[y.b]) || cmp(x.over, y.over); });
if (params.limit > 0 && total > params.limit) {
  emit({ "@summary": "showing the first " + params.limit + " of " + total + " rows; --limit 0 shows all" });
  rows = rows.slice(0, params.limit);
}
rows.forEach(function (r) { r.facts = factsOfRow(r); });
rows.forEach(function (r) {
  var ev = evidence(r.facts);
  emit({
    a: names[r.a], b: names[r.b], over: r.over, basis: keys(r.basis).sort().join(", "),
    facts_n: r.facts.length, articles: ev.articles, sentences: ev.sentences, facts: ev.facts,
    source: names[r.a], target: names[r.b], source_iri: r.a, target_iri: r.b
  });
});
