// @name disagreements
// @description Pairs of actors at odds, and over what: disagreesWith facts, and opposite stances (one supports, the other opposes) on the same target.
// @arg actor actor optional only pairs that include this actor (or, unless --direct, one acting for it)
// @flag limit int 200 at most this many pairs (0: all)
// @columns a b over basis facts_n articles
// @evidence sentences
// @subgraph
//
// A hub target has thousands of stances, and so its supporters times its
// opponents pairs: a pair row keeps its facts as chunks (one subject's
// stances on one target), counted without copying, and its evidence is read
// only if it is shown.

// 1. Stated disagreements.
var S = side(params.actor), inS = set(S);
var disFacts = params.actor ?
  factsOf(S, ["subject", "object"], false, rawHas(["disagreesWith"], "predicate")).filter(function (f) { return f.predicate === "disagreesWith"; }) :
  factsOfPredicate({ predicates: ["disagreesWith"], cameo: [] });
disFacts = oneMentionEach(disFacts);

// 2. Opposite stances on one target. With an actor: its stances, then the
// other stances on the same targets; without: every stance.
var stances = factsOfPredicate({ predicates: ["supports", "opposes"], cameo: [] }).filter(function (f) { return f.kind === "stance"; });
if (params.actor) {
  var targets = set(stances.filter(function (f) { return inS[f.subject]; }).map(function (f) { return f.object; }));
  stances = stances.filter(function (f) { return targets[f.object]; });
}

// Rows are numbered and kept in parallel arrays, not objects: a hub target
// makes tens of thousands of pairs, goja pays for every object, property
// and global it touches, and only the rows shown become objects. The work
// runs inside a function, where variables are locals. A row is keyed by a
// pair of actor indexes (in IRI order, so the pair's first actor is the
// smaller IRI) and its topic. Its facts are a chain of contributions (one
// subject's stances on one target and the other's, or one stated
// disagreement), counted without copying; no chunk occurs twice in a row,
// so its count is their sum.
(function () {
  var ids = {}, iris = [null], nIds = 1;
  uniq([].concat(disFacts.map(function (f) { return f.subject; }), disFacts.map(function (f) { return f.object; }),
    stances.map(function (f) { return f.subject; }))).sort().forEach(function (x) { ids[x] = nIds++; iris.push(x); });
  var topicNames = nameMap(stances);

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

  // A stated disagreement whose topic names the stance target is one pair:
  // rows of one pair whose topics contain one another merge. Only a topic
  // that occurs inside another (or twice, case aside) can: one native
  // search over all the topics marks them, and only pairs with a marked
  // row are compared.
  var overs = uniq(disFacts.map(function (f) { return f.topic || ""; }).concat(targetOrder.map(function (tn) { return topicNames[tn]; })));
  var lowerOf = {}, inner = {};
  overs.forEach(function (o) { lowerOf[o] = o.toLowerCase(); });
  var allOvers = "\u0001" + overs.map(function (o) { return lowerOf[o]; }).join("\u0001") + "\u0001";
  overs.forEach(function (o) { var x = lowerOf[o]; inner[o] = x !== "" && allOvers.indexOf(x, allOvers.indexOf(x) + 1) >= 0; });

  var rowPair = [], rowOver = [], rowN = [], rowBasis = [], rowHead = [], rowTail = [], nRows = 0;
  var cA = [], cB = [], cNext = [], nC = 0;
  var byOver = {}, marked = {}, anyMarked = false;
  var DISAGREES = 1, OPPOSITE = 2;
  function add(rows, mark, pn, over, basis, c1, c2, n) {
    var r = rows[pn], j = nC++;
    cA[j] = c1; cB[j] = c2; cNext[j] = -1;
    if (r === undefined) {
      r = rows[pn] = nRows++;
      rowPair[r] = pn; rowOver[r] = over; rowN[r] = n; rowBasis[r] = basis; rowHead[r] = j; rowTail[r] = j;
      if (mark) { marked[pn] = true; anyMarked = true; }
    } else {
      cNext[rowTail[r]] = j; rowTail[r] = j; rowN[r] += n; rowBasis[r] |= basis;
    }
  }
  disFacts.forEach(function (f) {
    if (f.subject === f.object) { return; }
    var over = f.topic || "", ia = ids[f.subject], ib = ids[f.object];
    add(byOver[over] || (byOver[over] = {}), inner[over], ia < ib ? ia * nIds + ib : ib * nIds + ia, over, DISAGREES, [f], null, 1);
  });
  var mine = [];
  S.forEach(function (a) { if (ids[a]) { mine[ids[a]] = true; } });
  var me = params.actor ? true : false;
  targetOrder.forEach(function (tn) {
    var t = byTarget[tn], over = topicNames[tn], rows = byOver[over] || (byOver[over] = {}), mark = inner[over];
    var np = t.pros.length, nc = t.cons.length, conIds = [], conChunks = [];
    for (var j = 0; j < nc; j++) { conIds[j] = ids[t.cons[j]]; conChunks[j] = t.con[t.cons[j]]; }
    for (var i = 0; i < np; i++) {
      var ia = ids[t.pros[i]], pc = t.pro[t.pros[i]], pn0 = ia * nIds, pl = pc.length;
      for (var j = 0; j < nc; j++) {
        var ib = conIds[j];
        if (ia === ib || (me && !mine[ia] && !mine[ib])) { continue; }
        add(rows, mark, ia < ib ? pn0 + ib : ib * nIds + ia, over, OPPOSITE, pc, conChunks[j], pl + conChunks[j].length);
      }
    }
  });

  // factsOfRow lists a row's facts, once each.
  function factsOfRow(r) {
    var has = {}, out = [];
    function put(c) {
      for (var i = 0; i < c.length; i++) { var f = c[i]; if (!has[f.id]) { has[f.id] = true; out.push(f); } }
    }
    for (var j = rowHead[r]; j >= 0; j = cNext[j]) { put(cA[j]); if (cB[j]) { put(cB[j]); } }
    return out;
  }

  var merged = [];
  if (anyMarked) {
    var byPair = {}, multi = [];
    for (var r = 0; r < nRows; r++) {
      var pn = rowPair[r];
      if (!marked[pn]) { continue; }
      var rs = byPair[pn];
      if (rs === undefined) { byPair[pn] = [r]; } else { if (rs.length === 1) { multi.push(rs); } rs.push(r); }
    }
    multi.forEach(function (is) {
      var rs = is.map(function (i) { return { i: i, over: rowOver[i], lower: lowerOf[rowOver[i]] }; });
      var all = "\u0001" + rs.map(function (r) { return r.lower; }).join("\u0001") + "\u0001";
      if (!rs.some(function (r) { return r.lower && all.indexOf(r.lower, all.indexOf(r.lower) + 1) >= 0; })) { return; }
      rs.forEach(function (r) {
        if (merged[r.i]) { return; }
        rs.forEach(function (o) {
          if (o === r || merged[o.i] || !r.over || !o.over) { return; }
          var x = r.lower, y = o.lower;
          if (x.indexOf(y) >= 0 || y.indexOf(x) >= 0) {
            merged[o.i] = true;
            rowBasis[r.i] |= rowBasis[o.i];
            cNext[rowTail[r.i]] = rowHead[o.i]; rowTail[r.i] = rowTail[o.i];
            rowN[r.i] = factsOfRow(r.i).length;
            if (o.over.length > r.over.length) { r.over = rowOver[r.i] = o.over; r.lower = o.lower; }
          }
        });
      });
    });
  }
  var total = 0;
  for (var r = 0; r < nRows; r++) { if (!merged[r]) { total++; } }

  // Rank by number of facts, then by names; read the facts of the rows
  // shown only. The fewest facts a shown row can have comes from a
  // histogram (no sort of every row); only rows with at least that many
  // become objects.
  var names = nameMap(stances.concat(disFacts));
  var limit = params.limit, least = 0;
  if (limit > 0 && total > limit) {
    var hist = [], ns = [];
    for (var r = 0; r < nRows; r++) {
      if (merged[r]) { continue; }
      var n = rowN[r];
      if (hist[n] === undefined) { hist[n] = 1; ns.push(n); } else { hist[n]++; }
    }
    ns.sort(function (x, y) { return y - x; });
    least = ns[ns.length - 1];
    for (var i = 0, seen = 0; i < ns.length; i++) { seen += hist[ns[i]]; if (seen >= limit) { least = ns[i]; break; } }
  }
  var shown = [];
  for (var r = 0; r < nRows; r++) {
    if (merged[r] || rowN[r] < least) { continue; }
    var pn = rowPair[r], ia = Math.floor(pn / nIds);
    shown.push({ i: r, a: iris[ia], b: iris[pn - ia * nIds], over: rowOver[r], n: rowN[r] });
  }
  shown.sort(function (x, y) { return y.n - x.n || cmp(names[x.a], names[y.a]) || cmp(names[x.b], names[y.b]) || cmp(x.over, y.over); });
  if (limit > 0 && total > limit) {
    emit({ "@summary": "showing the first " + limit + " of " + total + " rows; --limit 0 shows all" });
    shown = shown.slice(0, limit);
  }
  shown.forEach(function (r) { r.facts = factsOfRow(r.i); });
  shown.forEach(function (r) {
    var ev = evidence(r.facts), basis = [];
    if (rowBasis[r.i] & DISAGREES) { basis.push("disagreesWith"); }
    if (rowBasis[r.i] & OPPOSITE) { basis.push("opposite stances"); }
    emit({
      a: names[r.a], b: names[r.b], over: r.over, basis: basis.join(", "),
      facts_n: r.facts.length, articles: ev.articles, sentences: ev.sentences, facts: ev.facts,
      source: names[r.a], target: names[r.b], source_iri: r.a, target_iri: r.b
    });
  });
})();
