// @name timeline
// @description Dated facts in date order (of ACTOR, if given), from --from to --to.
// @arg actor actor optional only facts with this actor as subject or object
// @flag from date - earliest date (YYYY, YYYY-MM or YYYY-MM-DD)
// @flag to date - latest date; a partial date covers its whole year or month
// @flag limit int 500 at most this many rows
// @columns date source predicate target kind modality articles
// @evidence sentences
// @subgraph
//
// Dates keep the precision the text gave (2014, 2015-11, 2015-11-24) and
// sort as text, so "2014" comes before any day of 2014's successors and a
// month before the days in it.

var ids = params.actor ? factIds([params.actor], ["subject", "object"]) : g.V(ont("Fact")).in(RDF_TYPE).toArray();
// Read only the dates first (one hop), filter, then read the survivors.
var dated = [];
pairs(ids, ont("date"), "out").forEach(function (r) {
  var d = lit(r.id);
  if (params.from && d < params.from && params.from.indexOf(d) !== 0) { return; }
  if (params.to && d > params.to && d.indexOf(params.to) !== 0) { return; }
  dated.push(r.n);
});
var groups = {};
loadFacts(uniq(dated)).forEach(function (f) {
  var k = f.date + " " + f.subject + " " + f.predicate + " " + f.object;
  (groups[k] = groups[k] || { date: f.date, subject: f.subject, predicate: f.predicate, object: f.object, kind: f.kind, facts: [] }).facts.push(f);
});
var rows = keys(groups).map(function (k) { return groups[k]; });
var names = labels([].concat(rows.map(function (r) { return r.subject; }), rows.map(function (r) { return r.object; })));
rows.sort(function (x, y) {
  return cmp(x.date, y.date) || y.facts.length - x.facts.length || cmp(names[x.subject], names[y.subject]) || cmp(x.predicate, y.predicate) || cmp(names[x.object], names[y.object]);
});
if (rows.length > params.limit) {
  emit({ "@summary": "showing the first " + params.limit + " of " + rows.length + " dated facts (--limit)" });
}
rows.slice(0, params.limit).forEach(function (r) {
  var ev = evidence(r.facts);
  emit({
    date: r.date, source: names[r.subject], predicate: r.predicate, target: names[r.object], kind: r.kind,
    modality: uniq(r.facts.map(function (f) { return f.modality; })).sort().join(","),
    articles: ev.articles, sentences: ev.sentences, facts: ev.facts, source_iri: r.subject, target_iri: r.object
  });
});
