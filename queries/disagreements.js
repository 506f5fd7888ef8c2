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

// Rows are keyed by numbers (a pair of actor indexes, per topic), not by
// IRIs: a hub target makes tens of thousands of pairs. Actor indexes follow
// IRI order, so the pair's first actor is the smaller IRI, as before.
var order = [], byPair = {}, multi = [], byOver = {};
var ids = {}, nIds = 1;
function index(list) {
  uniq(list).sort().forEach(function (x) { ids[x] = nIds++; });
}
function row(ia, ib, a, b, over, basis, c1, c2) {
  var pn = ia < ib ? ia * nIds + ib : ib * nIds + ia;
  var rows = byOver[over] || (byOver[over] = {});
  var p = rows[pn];
  if (p === undefined) {
    p = rows[pn] = { a: a < b ? a : b, b: a < b ? b : a, over: over, basis: {}, chunks: [c1], n: c1.length };
    if (c2) { p.chunks.push(c2); p.n += c2.length; }
    order.push(p);
    var rs = byPair[pn];
    if (rs === undefined) { byPair[pn] = [p]; } else { if (rs.length === 1) { multi.push(rs); } rs.push(p); }
  } else {
    if (p.chunks.indexOf(c1) < 0) { p.chunks.push(c1); p.n += c1.length; }
    if (c2 && p.chunks.indexOf(c2) < 0) { p.chunks.push(c2); p.n += c2.length; }
  }
  p.basis[basis] = true;
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
index([].concat(disFacts.map(function (f) { return f.subject; }), disFacts.map(function (f) { return f.object; }),
  stances.map(function (f) { return f.subject; })));
disFacts.forEach(function (f) {
  if (f.subject !== f.object) { row(ids[f.subject], ids[f.object], f.subject, f.object, f.topic || "", "disagreesWith", [f], null); }
});
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
  for (var i = 0; i < t.pros.length; i++) {
    var ps = t.pros[i], ia = ids[ps], pc = t.pro[ps];
    for (var j = 0; j < t.cons.length; j++) {
      var cs = t.cons[j];
      if (ps === cs || (params.actor && ps !== params.actor && cs !== params.actor)) { continue; }
      row(ia, ids[cs], ps, cs, over, "opposite stances", pc, t.con[cs]);
    }
  }
});

// A stated disagreement whose topic names the stance target is one pair:
// merge "Hollande/Putin over Assad" (disagreesWith) with the stance pair.
// Only pairs with more than one row can merge.
multi.forEach(function (rs) {
  rs.forEach(function (r) { r.lower = r.over.toLowerCase(); });
  // Nothing merges unless some topic occurs inside another: one native
  // search per row over all the pair's topics says whether to compare them.
  var all = "\u0001" + rs.map(function (r) { return r.lower; }).join("\u0001") + "\u0001";
  if (!rs.some(function (r) { return r.lower && all.indexOf(r.lower, all.indexOf(r.lower) + 1) >= 0; })) { return; }
  rs.forEach(function (r) {
    if (r.merged) { return; }
    rs.forEach(function (o) {
      if (o === r || o.merged || !r.over || !o.over) { return; }
      var x = r.lower, y = o.lower;
      if (x.indexOf(y) >= 0 || y.indexOf(x) >= 0) {
        o.merged = true;
        keys(o.basis).forEach(function (b) { r.basis[b] = true; });
        r.chunks = [factsOfRow({ chunks: r.chunks.concat(o.chunks) })];
        r.n = r.chunks[0].length;
        if (o.over.length > r.over.length) { r.over = o.over; r.lower = o.lower; }
      }
    });
  });
});
var rows = order.filter(function (r) { return !r.merged; });

// Rank by number of facts (chunks are disjoint, so n counts them), then by
// names; read the facts of the rows shown only.
var names = nameMap(stances.concat(disFacts));
var total = rows.length;
if (params.limit > 0 && rows.length > params.limit) {
  // The fewest facts a shown row can have, from a histogram (no sort of
  // every row), then only rows with at least that many.
  var hist = {}, ns = [];
  rows.forEach(function (r) { if (!hist[r.n]) { hist[r.n] = 0; ns.push(r.n); } hist[r.n]++; });
  ns.sort(function (x, y) { return y - x; });
  var least = ns[ns.length - 1];
  for (var i = 0, seen = 0; i < ns.length; i++) { seen += hist[ns[i]]; if (seen >= params.limit) { least = ns[i]; break; } }
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
