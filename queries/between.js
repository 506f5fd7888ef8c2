// @name between
// @description Every fact linking A and B, either direction, in date order, with sentences and sources.
// @arg a actor required one actor
// @arg b actor required the other
// @flag limit int 100 at most this many rows (0: all)
// @columns date date_basis source predicate target kind tone modality article publisher
// @evidence sentence
// @subgraph

var A = side(params.a), B = side(params.b);
var inA = set(A), inB = set(B);
// A fact linking the two sides is among either side's facts: read A's.
var facts = oneMentionEach(factsOf(A, ["subject", "object"], false, rawHas(B)).filter(function (f) {
  return (inA[f.subject] && inB[f.object]) || (inB[f.subject] && inA[f.object]);
}));
var arts = articlesOf(facts);
var names = nameMap(facts);
facts.sort(function (x, y) {
  // By event date, else report date (lib.js when); facts with neither last.
  return cmp(when(x).date || "9999", when(y).date || "9999") || cmp(when(x).basis, when(y).basis) ||
    cmp(x.article, y.article) || (x.sentenceIndex - y.sentenceIndex) || cmp(x.predicate, y.predicate);
});
limited(facts).forEach(function (f) {
  var art = arts[f.article], w = when(f);
  emit({
    date: w.date, date_basis: w.basis, source: names[f.subject], predicate: f.predicate, target: names[f.object],
    kind: f.kind, tone: toneOf(f), modality: f.modality || "",
    article: art.id, publisher: art.publisher, articles: [art.id],
    sentence: f.sentence, facts: [f.id], source_iri: f.subject, target_iri: f.object
  });
});
