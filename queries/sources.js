// @name sources
// @description The articles, publishers and sentences behind a claim "A PREDICATE B": each statement once, what happened apart from what was planned, and how many independent sources report it.
// @arg a actor required the subject of the claim
// @arg predicate predicate required the predicate (or CAMEO code; its CAMEO family counts, as in who)
// @arg b actor required the object of the claim
// @flag exact bool false only PREDICATE itself, not its CAMEO family
// @columns event status article publisher on_word_of published predicate modality date date_basis source target topic sentence
// @evidence headline
// @subgraph
//
// A and B roll up (lib.js side): Turkey's military shooting down a Russian
// jet is Turkey shooting down Russia's; --direct counts the named actors
// only. A symmetric predicate (meets) counts both directions, and the two
// facts the extractor may make of one such sentence are one statement.
// Statements are grouped by status: happened (asserted or reported),
// planned, hedged, and into events (lib.js eventsOf: one happening however
// many articles report it), each with its corroboration: mentions,
// articles, independent sources (one per publisher and per family of
// near-copied texts; lib.js independentSources) and report dates. Each
// statement says who reports it (publisher) and on whose word (on_word_of:
// the speaker the text quotes; "reported" modality without a named
// speaker says so: the extractor recorded no speaker for it).

var p = params.predicate;
var A = side(params.a), B = side(params.b), inA = set(A), inB = set(B);
var facts = (factsBetween(A, B) || factsOf(A, ["subject", "object"], false, rawHas(B))).filter(function (f) {
  if (!matches(f, p)) { return false; }
  if (inA[f.subject] && inB[f.object]) { return true; }
  return isSymmetric(f.predicate) && inB[f.subject] && inA[f.object];
});
facts = oneMentionEach(facts);
var arts = articles(facts.map(function (f) { return f.article; }));
var ORDER = { happened: 0, planned: 1, hedged: 2 };
facts.sort(function (x, y) {
  return ORDER[status(x)] - ORDER[status(y)] || cmp(when(x).date, when(y).date) || cmp(arts[x.article].date, arts[y.article].date) ||
    cmp(x.article, y.article) || (x.sentenceIndex - y.sentenceIndex);
});
var names = nameMap(facts);
var info = sourceInfo(facts);
var spk = speakerNames(facts);
var events = eventsOf(facts, canonFor([params.a, params.b]));
events.sort(function (x, y) { return ORDER[x.status] - ORDER[y.status] || cmp(x.date || "9999", y.date || "9999"); });
var eventOf = {};
events.forEach(function (e, i) { e.n = i + 1; e.facts.forEach(function (f) { eventOf[f.id] = e; }); });
facts.sort(function (x, y) { return eventOf[x.id].n - eventOf[y.id].n || cmp(x.article, y.article) || (x.sentenceIndex - y.sentenceIndex); });
facts.forEach(function (f) {
  var art = arts[f.article], w = when(f);
  emit({
    event: eventOf[f.id].n, status: status(f), article: art.id, publisher: art.publisher,
    on_word_of: f.speaker ? spk[f.speaker] : (f.modality === "reported" ? "(reported; no speaker recorded)" : ""), topic: f.topic || "", published: art.date, headline: art.headline,
    predicate: f.predicate, modality: f.modality || "", date: w.date, date_basis: w.basis, sentence: f.sentence,
    source: names[f.subject], target: names[f.object],
    articles: [art.id], facts: [f.id], source_iri: f.subject, target_iri: f.object
  });
});
var parts = [];
["happened", "planned", "hedged"].forEach(function (st) {
  var fs = facts.filter(function (f) { return status(f) === st; });
  if (fs.length) {
    parts.push(st + ": " + fs.length + " statement(s) in " + uniq(fs.map(function (f) { return f.article; })).length +
      " article(s), " + independentSources(fs.map(function (f) { return f.article; }), info) + " independent source(s)");
  }
});
emit({ "@summary": params.aLabel + " " + p.name + " " + params.bLabel + ": " + (parts.length ? parts.join("; ") : "0 statements") +
  (A.length + B.length > 2 ? " (counting those acting for them; --direct: the named actors only)" : "") });
events.forEach(function (e) {
  var c = corroboration(e.facts, info);
  emit({ "@summary": "event " + e.n + " (" + e.status + ", " + (e.date ? e.date + " by " + e.basis + " date" : "undated") + "): " +
    c.mentions_n + " mention(s) in " + c.articles_n + " article(s), " + c.sources_n + " independent source(s)" +
    (c.first_report ? ", reported " + (c.first_report === c.last_report ? c.first_report : c.first_report + ".." + c.last_report) : "") });
});
