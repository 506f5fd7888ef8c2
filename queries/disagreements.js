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
  var p = found[k] = found[k] || { a: a, b: b, over: over, basis: {}, facts: [] };
  p.basis[basis] = true;
  fs.forEach(function (f) { if (p.facts.indexOf(f) < 0) { p.facts.push(f); } });
}

// 1. Stated disagreements.
var dis = g.V(ont("disagreesWith")).in(ont("predicate")).toArray();
if (params.actor) { dis = intersect(dis, factIds([params.actor], ["subject", "object"])); }
var disFacts = loadFacts(dis, false, STANCE_FIELDS);

// 2. Opposite stances on one target. With an actor: its stances, then the
// other stances on the same targets; without: every stance.
var stanceIds = values([ont("supports"), ont("opposes")], ont("predicate"), "in");
if (params.actor) {
  var mine = loadFacts(intersect(stanceIds, factIds([params.actor], ["subject"])), false, STANCE_FIELDS);
  var targets = uniq(mine.map(function (f) { return f.object; }));
  stanceIds = intersect(stanceIds, factIds(targets, ["object"]));
}
var stances = loadFacts(stanceIds, false, STANCE_FIELDS).filter(function (f) { return f.kind === "stance"; });

var topicNames = labels(uniq(stances.map(function (f) { return f.object; })));
disFacts.forEach(function (f) { add(f.subject, f.object, f.topic || "", "disagreesWith", [f]); });
var byTarget = {};
stances.forEach(function (f) { (byTarget[f.object] = byTarget[f.object] || []).push(f); });
keys(byTarget).forEach(function (t) {
  var pro = byTarget[t].filter(function (f) { return f.polarity > 0; });
  var con = byTarget[t].filter(function (f) { return f.polarity < 0; });
  pro.forEach(function (p) {
    con.forEach(function (c) {
      if (params.actor && p.subject !== params.actor && c.subject !== params.actor) { return; }
      add(p.subject, c.subject, topicNames[t], "opposite stances", [p, c]);
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
        o.facts.forEach(function (f) { if (r.facts.indexOf(f) < 0) { r.facts.push(f); } });
        if (o.over.length > r.over.length) { r.over = o.over; }
      }
    });
    rows.push(r);
  });
});
var names = labels([].concat(rows.map(function (r) { return r.a; }), rows.map(function (r) { return r.b; })));
rows.sort(function (x, y) { return y.facts.length - x.facts.length || cmp(names[x.a], names[y.a]) || cmp(names[x.b], names[y.b]) || cmp(x.over, y.over); });
rows.slice(0, params.limit).forEach(function (r) {
  var ev = evidence(r.facts);
  emit({
    a: names[r.a], b: names[r.b], over: r.over, basis: keys(r.basis).sort().join(", "),
    facts_n: r.facts.length, articles: ev.articles, sentences: ev.sentences, facts: ev.facts,
    source: names[r.a], target: names[r.b], source_iri: r.a, target_iri: r.b
  });
});
