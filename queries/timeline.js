// @name timeline
// @description Dated facts in date order (of ACTOR and those acting for it, if given), from --from to --to; a fact without an event date of its own is placed at its article's date.
// @arg actor actor optional only facts with this actor (or, unless --direct, one acting for it) as subject or object
// @flag from date - earliest date (YYYY, YYYY-MM or YYYY-MM-DD)
// @flag to date - latest date; a partial date covers its whole year or month
// @flag limit int 500 at most this many rows (0: all)
// @columns date date_basis source predicate target status mentions_n sources_n articles
// @evidence kind modality first_report last_report sentences
// @subgraph
//
// Dates keep the precision the text gave (2014, 2015-11, 2015-11-24) and
// sort as text, so "2014" comes before any day of 2014's successors and a
// month before the days in it.
//
// A fact's date is its event date where the text fixes one, else its
// report date, the article's (lib.js when); date_basis says which. Without
// either it is not on the timeline, nor is a relation (a state, such as a
// post held) that only its article dates.
//
// Without an actor, facts are read by period (kg:period/2015-11, or
// kg:period/2015 for a year-only date; see lib.js), in date order, only
// the periods --from/--to overlap, and only until --limit rows are complete.

function inRange(f) {
  var d = when(f).date;
  if (!d) { return false; }
  if (params.from && d < params.from && params.from.indexOf(d) !== 0) { return false; }
  if (params.to && d > params.to && d.indexOf(params.to) !== 0) { return false; }
  return true;
}
var groups = {}, nGroups = 0, facts = [], more = 0, through = "";
function addFacts(fs) {
  fs.forEach(function (f) {
    if (!inRange(f)) { return; }
    var w = when(f);
    // A relation (roleIn, memberOf, allyOf) is a state, not a happening:
    // on the timeline only where the text dates it, not at every article
    // that mentions it.
    if (f.kind === "relation" && w.basis !== "event") { return; }
    facts.push(f);
    var k = w.date + " " + w.basis + " " + f.subject + " " + f.predicate + " " + f.object;
    if (!groups[k]) { groups[k] = { date: w.date, basis: w.basis, subject: f.subject, predicate: f.predicate, object: f.object, kind: f.kind, facts: [] }; nGroups++; }
    groups[k].facts.push(f);
  });
}
// cutOf is the last date a statement can have and still change one of the
// first --limit rows, given the groups' dates (see the pruning below).
function cutOf(dates) {
  dates.sort();
  var cut = dates[params.limit - 1];
  return cut.length === 10 ? new Date(Date.UTC(+cut.substring(0, 4), +cut.substring(5, 7) - 1, +cut.substring(8, 10)) + 7 * 86400000).toISOString().substring(0, 10) : cut + "\uffff";
}
var readThrough = ""; // with an actor: the last year read, when later ones were not
if (params.actor) {
  var S = side(params.actor), inS = set(S);
  var years = yearsIndexed(S) ? factYears() : null;
  if (years) {
    // The side's facts year by year (lib.js actorYear), earliest first,
    // only the years --from/--to overlap, until the groups read reach
    // --limit and the next year begins after the last date that can change
    // a row shown (cutOf). Then the facts are taken in factsOf's order.
    years = years.filter(function (y) {
      return (!params.from || y >= params.from.substring(0, 4)) && (!params.to || y <= params.to.substring(0, 4));
    });
    // The stop is decided on groups that are surely rows' groups: those of
    // facts that are their statement's only fact so far (of a statement
    // read twice, which fact oneMentionEach keeps is decided below, in
    // factsOf's order), so that the cut is never earlier than the real one.
    var raws = [], seenFact = {}, mention = {}, contrib = {}, dateOf = {}, nSure = 0;
    var sureDates = function () { return keys(contrib).filter(function (k) { return contrib[k] > 0; }).map(function (k) { return dateOf[k]; }); };
    for (var yi = 0; yi < years.length; yi++) {
      if (params.limit > 0 && nSure > params.limit && years[yi] > cutOf(sureDates())) { readThrough = years[yi - 1]; break; }
      S.forEach(function (x) {
        rawFrom(actorYear(x, years[yi]), FACT_SUMMARY).forEach(function (a) {
          if (seenFact[a[1]] === true) { return; }
          seenFact[a[1]] = true;
          if (a[6] === "true") { return; }
          raws.push(a);
          var f = unsummary(a), mk = mentionKey(f), w = when(f), k = null;
          if (inRange(f) && !(f.kind === "relation" && w.basis !== "event")) { k = w.date + " " + w.basis + " " + f.subject + " " + f.predicate + " " + f.object; }
          if (!mention.hasOwnProperty(mk)) {
            mention[mk] = k;
            if (k !== null) { dateOf[k] = w.date; if (!(contrib[k] > 0)) { nSure++; } contrib[k] = (contrib[k] || 0) + 1; }
          } else if (mention[mk] !== false) {
            var was = mention[mk];
            mention[mk] = false;
            if (was !== null && --contrib[was] === 0) { nSure--; }
          }
        });
      });
    }
    addFacts(oneMentionEach(inFactsOfOrder(S, raws).map(unsummary)));
  } else {
    addFacts(oneMentionEach(factsOf(S, ["subject", "object"]).filter(function (f) { return inS[f.subject] || inS[f.object]; })));
  }
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
      for (var j = i; j < ps.length; j++) { more += sizeOfPeriod(ps[j].iri); }
      through = ps[i - 1].date;
      break;
    }
    addFacts(oneMentionEach(factsOfPeriods([ps[i].iri])));
  }
}
// Only the earliest --limit rows are shown, and an event dated d is made
// of statements dated d up to a week later (lib.js eventsOf): so beyond
// the date of the limit-th group (date, actors, predicate) plus a week no
// statement can change a row shown, and those are left out before the
// events are built. A rolled-up hub has tens of thousands of statements.
var pruned = false;
if (params.limit > 0 && nGroups > params.limit) {
  var cut = cutOf(keys(groups).map(function (k) { return groups[k].date; }));
  var kept = facts.filter(function (f) { return when(f).date <= cut; });
  pruned = kept.length < facts.length;
  facts = kept;
}
// Rows are events (lib.js eventsOf): the mentions of one happening across
// articles, planned apart from happened, with their corroboration.
var rows = eventsOf(facts, params.actor ? canonFor([params.actor]) : null);
var names = nameMap(facts);
rows.forEach(function (e) {
  if (e.facts.length === 1) {
    var f = e.facts[0];
    e.subjects = [f.subject]; e.objects = [f.object]; e.predicates = [f.predicate];
  } else {
    e.subjects = uniq(e.facts.map(function (f) { return f.subject; }));
    e.objects = uniq(e.facts.map(function (f) { return f.object; }));
    e.predicates = uniq(e.facts.map(function (f) { return f.predicate; }));
  }
  e.sourceName = e.subjects.length === 1 ? names[e.subjects[0]] : e.subjects.map(function (x) { return names[x]; }).join(", ");
  // One sort key (date, basis, more mentions first, names; U+0001 sorts
  // below any character): thousands of rows for a rolled-up hub, and goja
  // pays for every property a comparator reads.
  e.sk = e.date + "\u0001" + e.basis + "\u0001" + (1e6 - e.facts.length) + "\u0001" + e.sourceName + "\u0001" +
    e.predicates[0] + "\u0001" + names[e.objects[0]];
});
rows.sort(function (x, y) { return x.sk < y.sk ? -1 : x.sk > y.sk ? 1 : 0; });
if (params.limit > 0 && readThrough) {
  emit({ "@summary": "showing the first " + params.limit + " rows (dated through " + readThrough + "; later years not read); --limit 0 shows all" });
} else if (params.limit > 0 && (rows.length > params.limit || more > 0 || pruned)) {
  emit({ "@summary": "showing the first " + params.limit + " of " + (more ? "more than " : pruned ? "at most " : "") + (pruned ? nGroups : rows.length) + " rows" +
    (more ? " (dated through " + through + "; later periods hold " + more + " more facts)" : "") + "; --limit 0 shows all" });
}
var shown = params.limit > 0 ? rows.slice(0, params.limit) : rows;
var info = sourceInfo([].concat.apply([], shown.map(function (e) { return e.facts; })));
shown.forEach(function (e) {
  var ev = evidence(e.facts), c = corroboration(e.facts, info);
  emit({
    date: e.date, date_basis: e.basis, source: e.sourceName, predicate: e.predicates.join(","),
    target: e.objects.map(function (x) { return names[x]; }).join(", "), kind: e.facts[0].kind,
    modality: uniq(e.facts.map(function (f) { return f.modality; })).sort().join(","), status: e.status,
    mentions_n: c.mentions_n, sources_n: c.sources_n, first_report: c.first_report, last_report: c.last_report,
    articles: ev.articles, sentences: ev.sentences, facts: ev.facts, source_iri: e.subjects[0], target_iri: e.objects[0]
  });
});
