// @name path
// @description How two actors are connected: a shortest chain of facts between A and B (either direction), with each link's evidence.
// @arg a actor required where the path starts
// @arg b actor required where it ends
// @flag max-hops int 4 give up beyond this many links
// @columns hop source predicate target articles
// @evidence sentences
// @subgraph
//
// Gizmo has no shortest-path operator, and a chained traversal joins badly
// on the kv backends, so this is a breadth-first search in JavaScript, one
// hop at a time from both ends over the direct actor-to-actor edges
// (negated facts have none), always widening the smaller frontier.

var PREDS = keys(vocab.predicates).map(ont);
var maxHops = params["max-hops"];

// neighbours maps each node of frontier to its adjacent actors, one hop.
function expand(frontier, seen, other) {
  var next = [], meet = null;
  [["out", false], ["in", true]].forEach(function (d) {
    pairs(frontier, PREDS, d[0]).forEach(function (r) {
      if (r.id.indexOf("<" + ACTOR) !== 0 || seen.hasOwnProperty(r.id)) { return; }
      // Record the edge as stored: subject, predicate, object.
      seen[r.id] = { prev: r.n, s: d[1] ? r.id : r.n, p: predName(r.p), o: d[1] ? r.n : r.id };
      next.push(r.id);
      if (meet === null && other.hasOwnProperty(r.id)) { meet = r.id; }
    });
  });
  return { next: next, meet: meet };
}

// Unless --direct, the search starts from every actor on A's side and ends
// at any on B's (lib.js side): a path from Le Drian is a path from France.
var fa = side(params.a), fb = side(params.b);
var fromA = {}, fromB = {}, meet = null, hops = 0;
fa.forEach(function (n) { fromA[n] = null; });
fb.forEach(function (n) { fromB[n] = null; if (meet === null && fromA.hasOwnProperty(n)) { meet = n; } });
while (meet === null && hops < maxHops && fa.length && fb.length) {
  var r;
  if (fa.length <= fb.length) { r = expand(fa, fromA, fromB); fa = r.next; } else { r = expand(fb, fromB, fromA); fb = r.next; }
  meet = r.meet;
  hops++;
}

if (meet === null) {
  emit({ "@summary": "no path between " + params.aLabel + " and " + params.bLabel + " within " + maxHops + " hops" });
} else {
  // Walk back from the meeting node to each end.
  var links = [];
  for (var n = meet; fromA[n]; n = fromA[n].prev) { links.unshift(fromA[n]); }
  for (var m = meet; fromB[m]; m = fromB[m].prev) { links.push(fromB[m]); }
  var names = labels([].concat(links.map(function (l) { return l.s; }), links.map(function (l) { return l.o; })));
  links.forEach(function (l, i) {
    var fs = (factsBetween([l.s], [l.o]) || factsOf([l.s], ["subject"], false, rawHas([l.o]))).filter(function (f) {
      return f.subject === l.s && f.object === l.o && f.predicate === l.p;
    });
    var ev = evidence(fs);
    emit({
      hop: i + 1, source: names[l.s], predicate: l.p, target: names[l.o],
      articles: ev.articles, sentences: ev.sentences, facts: ev.facts, source_iri: l.s, target_iri: l.o
    });
  });
  emit({ "@summary": params.aLabel + " to " + params.bLabel + ": " + links.length + " hop(s)" });
}
