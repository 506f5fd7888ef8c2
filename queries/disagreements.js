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

// stanceFacts is factsOfPredicate's supports and opposes facts that are
// stances (negated ones dropped), made into objects of only the fields
// this question reads: the store has thousands, and goja pays for every
// property. A store without their summaries is read as factsOfPredicate
// reads it.
function stanceFacts() {
  var out = [], seen = {}, names = ["supports", "opposes"];
  for (var k = 0; k < names.length; k++) {
    var vs = g.V(ont(names[k])).out(FACT_SUMMARY).toArray(), n = 0;
    for (var i = 0; i < vs.length; i++) {
      var a = splitSummary(vs[i]);
      if (!a) { continue; }
      n++;
      var id = "<" + a[1] + ">";
      if (seen[id] === true) { continue; }
      seen[id] = true;
      if (a[6] === "true" || a[5] !== "stance") { continue; }
      var f = { id: id, subject: "<" + a[2] + ">", object: "<" + a[4] + ">", article: "<" + a[15] + ">", sentence: a[22] };
      if (a[12] !== "") { f.polarity = +a[12]; }
      if (a[19] !== "") { f.subjectLabel = a[19]; }
      if (a[20] !== "") { f.objectLabel = a[20]; }
      out.push(f);
    }
    if (n === 0) { return factsOfPredicate({ predicates: names, cameo: [] }).filter(function (f) { return f.kind === "stance"; }); }
  }
  return out;
}

// disagreementFacts is factsOfPredicate's disagreesWith facts (negated
// ones dropped), made into objects of only the fields this question and
// oneMentionEach read, as stanceFacts makes the stances: a thousand or
// more in a big store. A store without their summaries is read as
// factsOfPredicate reads it.
function disagreementFacts() {
  var vs = g.V(ont("disagreesWith")).out(FACT_SUMMARY).toArray(), out = [], seen = {}, n = 0;
  for (var i = 0; i < vs.length; i++) {
    var a = splitSummary(vs[i]);
    if (!a) { continue; }
    n++;
    if (seen[a[1]] === true) { continue; }
    seen[a[1]] = true;
    if (a[6] === "true") { continue; }
    var f = { id: "<" + a[1] + ">", subject: "<" + a[2] + ">", predicate: a[3], object: "<" + a[4] + ">", article: "<" + a[15] + ">", sentenceIndex: +a[18], sentence: a[22] };
    if (a[7] !== "") { f.modality = a[7]; }
    if (a[19] !== "") { f.subjectLabel = a[19]; }
    if (a[20] !== "") { f.objectLabel = a[20]; }
    if (a[21] !== "") { f.topic = a[21]; }
    out.push(f);
  }
  return n ? out : factsOfPredicate({ predicates: ["disagreesWith"], cameo: [] });
}

// 1. Stated disagreements.
var S = side(params.actor), inS = set(S);
var disFacts = params.actor ?
  factsOf(S, ["subject", "object"], false, rawHas(["disagreesWith"], "predicate")).filter(function (f) { return f.predicate === "disagreesWith"; }) :
  disagreementFacts();
disFacts = oneMentionEach(disFacts);

// 2. Opposite stances on one target. With an actor: its stances, then the
// other stances on the same targets; without: every stance.
var stances = stanceFacts();
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
    // The side's map and list picked directly: a key joined per stance
    // (side + "s") is a string made thousands of times.
    var m, list;
    if (f.polarity > 0) { m = t.pro; list = t.pros; } else if (f.polarity < 0) { m = t.con; list = t.cons; } else { return; }
    var c = m[f.subject];
    if (!c) { c = m[f.subject] = []; list.push(f.subject); }
    c.push(f);
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
  // The topics related to each (lower-case) topic: those that hold it or
  // that it holds, whose rows of one pair a merge may join.
  var related = {};
  overs.forEach(function (o) {
    var x = lowerOf[o];
    if (inner[o] !== true) { return; }
    for (var at = allOvers.indexOf(x); at >= 0; at = allOvers.indexOf(x, at + 1)) {
      var y = allOvers.substring(allOvers.lastIndexOf("\u0001", at) + 1, allOvers.indexOf("\u0001", at));
      if (y !== x) { (related[x] = related[x] || []).push(y); (related[y] = related[y] || []).push(x); }
    }
  });

  var rowPair = [], rowOver = [], rowN = [], rowBasis = [], rowHead = [], rowTail = [], rowSeq = [], nRows = 0;
  var cA = [], cB = [], cNext = [], nC = 0;
  var byOver = {}, marked = {}, anyMarked = false;
  var DISAGREES = 1, OPPOSITE = 2;
  // seq is where the rows being added are made in the order of the loops
  // below (target, pro, con; -1 for a stated disagreement): rows a target
  // defers are made later, and are put back in that order before ranking.
  var seq = null;
  function add(rows, mark, pn, over, basis, c1, c2, n) {
    var r = rows[pn], j = nC++;
    cA[j] = c1; cB[j] = c2; cNext[j] = -1;
    if (r === undefined) {
      r = rows[pn] = nRows++;
      rowPair[r] = pn; rowOver[r] = over; rowN[r] = n; rowBasis[r] = basis; rowHead[r] = j; rowTail[r] = j; rowSeq[r] = seq;
      if (mark) { marked[pn] = true; anyMarked = true; }
    } else {
      cNext[rowTail[r]] = j; rowTail[r] = j; rowN[r] += n; rowBasis[r] |= basis;
    }
  }
  disFacts.forEach(function (f, k) {
    if (f.subject === f.object) { return; }
    seq = [-1, k, 0];
    var over = f.topic || "", ia = ids[f.subject], ib = ids[f.object];
    add(byOver[over] || (byOver[over] = {}), inner[over], ia < ib ? ia * nIds + ib : ib * nIds + ia, over, DISAGREES, [f], null, 1);
  });
  var mine = [];
  S.forEach(function (a) { if (ids[a]) { mine[ids[a]] = true; } });
  var me = params.actor ? true : false;
  // A pair of a target's supporter and opponent, not both of whom take
  // both sides (else the pair is theirs both ways), whose pair nothing
  // else gives a row of its topic or of a related one (no stated
  // disagreement, no other target), is private: it
  // is a row of its own, of as many facts as its two chunks, which no merge
  // changes. Private pairs are only counted here (virtual, a histogram of
  // their sizes), and made into rows once the fewest facts a shown row has
  // is known (below): a hub target has thousands, and a few hundred rows
  // show. Every other pair is a row as it comes.
  var targetsOfTopic = {}, disPairsOf = {};
  targetOrder.forEach(function (tn) { var l = lowerOf[topicNames[tn]]; (targetsOfTopic[l] = targetsOfTopic[l] || []).push(tn); });
  disFacts.forEach(function (f) {
    var l = lowerOf[f.topic || ""], ia = ids[f.subject], ib = ids[f.object];
    (disPairsOf[l] = disPairsOf[l] || {})[ia < ib ? ia * nIds + ib : ib * nIds + ia] = true;
  });
  var virtual = [], nVirtual = 0, least = 0;
  // pairsOf runs the loops over target k's pairs: made for the pairs made
  // as they come, and, with virtuals, counts the private ones or, after,
  // makes those with at least least facts.
  var plans = [];
  function planOf(k) {
    if (plans[k]) { return plans[k]; }
    var tn = targetOrder[k], t = byTarget[tn], over = topicNames[tn], l = lowerOf[over];
    var np = t.pros.length, nc = t.cons.length, conIds = [], conChunks = [], both = {};
    for (var j = 0; j < nc; j++) { conIds[j] = ids[t.cons[j]]; conChunks[j] = t.con[t.cons[j]]; if (t.pro[t.cons[j]]) { both[conIds[j]] = true; } }
    var others = [], dis = [];
    [l].concat(related[l] || []).forEach(function (x) {
      (targetsOfTopic[x] || []).forEach(function (u) { if (u !== tn) { others.push(byTarget[u]); } });
      if (disPairsOf[x]) { dis.push(disPairsOf[x]); }
    });
    // The opponents' chunk sizes, of all and of the side's, and the
    // largest: a supporter who takes one side only, of a target that
    // nothing else touches, has only private pairs, counted from these.
    var sizes = [], sizesMine = [], sizeList = [], maxCl = 0;
    for (var j = 0; j < nc; j++) {
      var cl = conChunks[j].length;
      if (sizes[cl] === undefined) { sizes[cl] = 0; sizesMine[cl] = 0; sizeList.push(cl); }
      sizes[cl]++;
      if (mine[conIds[j]]) { sizesMine[cl]++; }
      if (cl > maxCl) { maxCl = cl; }
    }
    return (plans[k] = {
      t: t, over: over, np: np, nc: nc, conIds: conIds, conChunks: conChunks, both: both, others: others, dis: dis,
      alone: others.length === 0 && dis.length === 0, sizes: sizes, sizesMine: sizesMine, sizeList: sizeList, maxCl: maxCl
    });
  }
  function pairsOf(k, pass) {
    var P = planOf(k), t = P.t, over = P.over, rows = byOver[over] || (byOver[over] = {}), mark = inner[over];
    var others = P.others, dis = P.dis, no = others.length, nd = dis.length, both = P.both, conIds = P.conIds, conChunks = P.conChunks;
    for (var i = 0; i < P.np; i++) {
      var p = t.pros[i], ia = ids[p], pc = t.pro[p], pn0 = ia * nIds, pl = pc.length, bothA = both[ia] === true;
      if (P.alone && !bothA) {
        // Every pair of this supporter is private (and none is with itself).
        if (pass === 0) {
          var by = me && !mine[ia] ? P.sizesMine : P.sizes;
          for (var x = 0; x < P.sizeList.length; x++) {
            var c = by[P.sizeList[x]], n = pl + P.sizeList[x];
            if (c) { virtual[n] = (virtual[n] || 0) + c; nVirtual += c; }
          }
          continue;
        }
        if (pl + P.maxCl < least) { continue; }
      }
      for (var j = 0; j < P.nc; j++) {
        var ib = conIds[j];
        if (ia === ib || (me && !mine[ia] && !mine[ib])) { continue; }
        var pn = ia < ib ? pn0 + ib : ib * nIds + ia, n = pl + conChunks[j].length, own = !bothA || both[ib] !== true;
        for (var x = 0; own && x < nd; x++) { if (dis[x][pn] === true) { own = false; } }
        if (own && no) {
          var q = t.cons[j];
          for (var x = 0; x < no; x++) {
            var u = others[x];
            if ((u.pro[p] && u.con[q]) || (u.pro[q] && u.con[p])) { own = false; break; }
          }
        }
        if (pass === 0) {
          if (own) { virtual[n] = (virtual[n] || 0) + 1; nVirtual++; continue; }
        } else if (!own || n < least) {
          continue;
        }
        seq = [k, i, j];
        add(rows, mark, pn, over, OPPOSITE, pc, conChunks[j], n);
      }
    }
  }
  targetOrder.forEach(function (tn, k) { pairsOf(k, 0); });

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
  var total = nVirtual;
  for (var r = 0; r < nRows; r++) { if (!merged[r]) { total++; } }

  // Rank by number of facts, then by names; read the facts of the rows
  // shown only. The fewest facts a shown row can have comes from a
  // histogram (no sort of every row); only rows with at least that many
  // become objects.
  var limit = params.limit;
  if (limit > 0 && total > limit) {
    var hist = [], ns = [];
    for (var r = 0; r < nRows; r++) {
      if (merged[r]) { continue; }
      var n = rowN[r];
      if (hist[n] === undefined) { hist[n] = 1; ns.push(n); } else { hist[n]++; }
    }
    for (var n = 0; n < virtual.length; n++) {
      if (!virtual[n]) { continue; }
      if (hist[n] === undefined) { hist[n] = virtual[n]; ns.push(n); } else { hist[n] += virtual[n]; }
    }
    ns.sort(function (x, y) { return y - x; });
    least = ns[ns.length - 1];
    for (var i = 0, seen = 0; i < ns.length; i++) { seen += hist[ns[i]]; if (seen >= limit) { least = ns[i]; break; } }
  }
  // The private pairs with at least that many facts become rows.
  var made = nRows;
  if (nVirtual > 0) { targetOrder.forEach(function (tn, k) { pairsOf(k, 1); }); }
  var shown = [];
  for (var r = 0; r < nRows; r++) {
    if (merged[r] || rowN[r] < least) { continue; }
    var pn = rowPair[r], ia = Math.floor(pn / nIds);
    shown.push({ i: r, a: iris[ia], b: iris[pn - ia * nIds], over: rowOver[r], n: rowN[r] });
  }
  // The names of the actors of those rows, as nameMap(stances.concat(
  // disFacts)) names them (lib.js namesIn), without a pass over every fact.
  var names = namesIn(shown.map(function (r) { return r.a; }).concat(shown.map(function (r) { return r.b; })),
    function (visit) { stances.forEach(visit); disFacts.forEach(visit); });
  if (nRows > made) {
    shown.sort(function (x, y) {
      var p = rowSeq[x.i], q = rowSeq[y.i];
      return p[0] - q[0] || p[1] - q[1] || p[2] - q[2];
    });
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
