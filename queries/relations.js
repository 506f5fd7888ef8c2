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
var keep = params.predicate ? rawMatches(params.predicate) : null;
var kindOrder = { relation: 0, stance: 1, event: 2 };

// One pass over the split summaries of the side's facts (a hub's side has
// thousands; only the rows shown become fact objects). It does what
// factsOf, oneMentionEach, the grouping and nameMap did: each fact once,
// negated ones left out, the first fact of each statement (lib.js
// mentionKey), grouped by subject, predicate and object, and each actor's
// name from the first fact that names it. Rows are bucketed by the head of
// their sort key (kind, predicate, direction): only the buckets that reach
// the limit are sorted, and a bucket sorted alone is in the order the whole
// list would be.
var groups = {}, nGroups = 0, buckets = {}, heads = [], names = {}, partial = false;
(function () {
  var seenFact = {}, seenMention = {};
  function visit(a) {
    if (keep && !keep(a)) { return; }
    if (seenFact[a[1]] === true) { return; }
    seenFact[a[1]] = true;
    if (a[6] === "true") { return; }
    var s = a[2], o = a[4], p = a[3];
    if (isSymmetric(p) && o < s) { var t = s; s = o; o = t; }
    var mk = a[15] + " " + a[18] + " " + p + " " + s + " " + o + " " + (a[7] === "planned" ? "planned" : a[7] === "hedged" ? "hedged" : "happened");
    if (seenMention[mk] === true) { return; }
    seenMention[mk] = true;
    var src = "<" + a[2] + ">", dst = "<" + a[4] + ">";
    if (a[19] !== "" && names[src] === undefined) { names[src] = a[19]; }
    if (a[20] !== "" && names[dst] === undefined) { names[dst] = a[20]; }
    var gk = a[2] + "\t" + p + "\t" + a[4], g = groups[gk];
    if (g === undefined) {
      var out = inS[src] === true && dst !== me;
      g = groups[gk] = { kind: a[5], predicate: p, source: src, target: dst, out: out, raws: [] };
      nGroups++;
      var head = kindOrder[a[5]] + "\u0001" + p + "\u0001" + (out ? 0 : 1);
      if (buckets[head] === undefined) { buckets[head] = []; heads.push(head); }
      buckets[head].push(g);
    }
    g.raws.push(a);
  }
  // Rows are sorted relations first, then stances, then events: the
  // side's relations (lib.js KIND_SUMMARY) and then its stances are read
  // first, and the rest only if they make fewer rows than --limit.
  // Statements never straddle kinds, and each kind's facts come in the
  // order of the actor's whole index, so the rows are the same.
  // A store without the kind index (one written before it, or without
  // summaries) has the side's facts read whole first and taken kind by
  // kind in the same order, so that it answers the same, "at least" too.
  var all = null;
  function allRaws(n, role) {
    var raws = rawFrom(n, ROLE_SUMMARY[role]);
    // A store without summaries: the facts property by property.
    if (raws.length === 0) { raws = writtenFacts(factIds([n], [role]), true).map(rawOf); }
    return raws;
  }
  if (!kindIndexed(S)) {
    all = {};
    S.forEach(function (n) { ["subject", "object"].forEach(function (role) { all[role + " " + n] = allRaws(n, role); }); });
  }
  ["relation", "stance"].forEach(function (kind) {
    if (params.limit > 0 && nGroups >= params.limit) { return; }
    S.forEach(function (n) {
      ["subject", "object"].forEach(function (role) {
        if (all === null) { rawFrom(n, KIND_SUMMARY[kind][role]).forEach(visit); return; }
        all[role + " " + n].forEach(function (a) { if (a[5] === kind) { visit(a); } });
      });
    });
  });
  if (params.limit > 0 && nGroups >= params.limit) { partial = true; return; }
  S.forEach(function (n) {
    ["subject", "object"].forEach(function (role) {
      var raws = all === null ? allRaws(n, role) : all[role + " " + n];
      for (var i = 0; i < raws.length; i++) { visit(raws[i]); }
    });
  });
})();

// Names the store has to give: actors no summary names (nameMap asked the
// store for every one of them; only the rows sorted need them here).
function nameOf(x) {
  if (names[x] === undefined) { names[x] = labels([x])[x]; }
  return names[x];
}
heads.sort();
var rows = [];
for (var h = 0; h < heads.length && !(params.limit > 0 && rows.length >= params.limit); h++) {
  var bs = buckets[heads[h]];
  bs.forEach(function (r) { r.sk = heads[h] + "\u0001" + nameOf(r.out ? r.target : r.source) + "\u0001" + nameOf(r.source); });
  bs.sort(function (x, y) { return x.sk < y.sk ? -1 : x.sk > y.sk ? 1 : 0; });
  for (var b = 0; b < bs.length; b++) { rows.push(bs[b]); }
}
if (params.limit > 0 && (nGroups > params.limit || partial)) {
  // Without the events read, their rows are not counted.
  emit({ "@summary": "showing the first " + params.limit + " of " + (partial ? "at least " : "") + nGroups + " rows; --limit 0 shows all" });
  rows = rows.slice(0, params.limit);
}
rows.forEach(function (r) {
  var fs = r.raws.map(unsummary), ev = evidence(fs);
  emit({
    kind: r.kind, predicate: r.predicate, source: nameOf(r.source), target: nameOf(r.target),
    counterpart: nameOf(r.out ? r.target : r.source),
    direction: r.out ? "out" : "in",
    dates: dateSpan(fs.map(function (f) { return when(f).date; })),
    facts_n: fs.length, articles_n: ev.articles.length, articles: ev.articles,
    sentences: ev.sentences, facts: ev.facts, source_iri: r.source, target_iri: r.target
  });
});
