// @name timeline
// @description Dated facts in date order (of ACTOR, if given), from --from to --to.
// @arg actor actor optional only facts with this actor as subject or object
// @flag from date - earliest date (YYYY, YYYY-MM or YYYY-MM-DD)
// @flag to date - latest date; a partial date covers its whole year or month
// @flag limit int 500 at most this many rows (0: all)
// @columns date source predicate target kind modality articles
// @evidence sentences
// @subgraph
//
// Dates keep the precision the text gave (2014, 2015-11, 2015-11-24) and
// sort as text, so "2014" comes before any day of 2014's successors and a
// month before the days in it.
//
// Without an actor, facts are read by period (kg:period/2015-11, or
// kg:period/2015 for a year-only date; see lib.js), in date order, only
// the periods --from/--to overlap, and only until --limit rows are complete.

function inRange(d) {
  if (!d) { return false; }
  if (params.from && d < params.from && params.from.indexOf(d) !== 0) { return false; }
  if (params.to && d > params.to && d.indexOf(params.to) !== 0) { return false; }
  return true;
}
var groups = {}, nGroups = 0, facts = [], more = 0, through = "";
function addFacts(fs) {
  fs.forEach(function (f) {
    if (!inRange(f.date)) { return; }
    facts.push(f);
    var k = f.date + " " + f.subject + " " + f.predicate + " " + f.object;
    if (!groups[k]) { groups[k] = { date: f.date, subject: f.subject, predicate: f.predicate, object: f.object, kind: f.kind, facts: [] }; nGroups++; }
    groups[k].facts.push(f);
  });
}
if (params.actor) {
  addFacts(factsOf([params.actor], ["subject", "object"]).filter(function (f) { return f.subject === params.actor || f.object === params.actor; }));
} else {
  // A period p holds dates p and p-..., so it can hold a date in range
  // unless it lies wholly before --from or after --to.
  var ps = periodList().filter(function (p) {
    return (!params.from || p.date >= params.from || params.from.indexOf(p.date) === 0) &&
      (!params.to || p.date <= params.to || p.date.indexOf(params.to) === 0);
  });
  for (var i = 0; i < ps.length; i++) {
    if (params.limit > 0 && nGroups >= params.limit) {
      // The rest is only counted (facts, negated ones included).
      for (var j = i; j < ps.length; j++) { more += countOut(ps[j].iri, FACT_SUMMARY); }
      through = ps[i - 1].date;
      break;
    }
    addFacts(factsOfPeriods([ps[i].iri]));
  }
}
var rows = keys(groups).map(function (k) { return groups[k]; });
var names = nameMap(facts);
rows.sort(function (x, y) {
  return cmp(x.date, y.date) || y.facts.length - x.facts.length || cmp(names[x.subject], names[y.subject]) || cmp(x.predicate, y.predicate) || cmp(names[x.object], names[y.object]);
});
if (params.limit > 0 && (rows.length > params.limit || more > 0)) {
  emit({ "@summary": "showing the first " + params.limit + " of " + (more ? "more than " : "") + rows.length + " rows" +
    (more ? " (dated through " + through + "; later periods hold " + more + " more facts)" : "") + "; --limit 0 shows all" });
}
(params.limit > 0 ? rows.slice(0, params.limit) : rows).forEach(function (r) {
  var ev = evidence(r.facts);
  emit({
    date: r.date, source: names[r.subject], predicate: r.predicate, target: names[r.object], kind: r.kind,
    modality: uniq(r.facts.map(function (f) { return f.modality; })).sort().join(","),
    articles: ev.articles, sentences: ev.sentences, facts: ev.facts, source_iri: r.subject, target_iri: r.object
  });
});
