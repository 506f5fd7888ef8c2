// @name between
// @description Every fact linking A and B, either direction, in date order, with sentences and sources.
// @arg a actor required one actor
// @arg b actor required the other
// @flag direct bool false only A and B themselves, not the people holding posts in them (a country's ministers act for it)
// @flag limit int 100 at most this many rows (0: all)
// @columns date source predicate target kind tone modality article publisher
// @evidence sentence
// @subgraph

var A = side(params.a), B = side(params.b);
var inA = set(A), inB = set(B);
// A fact linking the two sides is among either side's facts: read A's.
var facts = factsOf(A, ["subject", "object"], false, rawHas(B)).filter(function (f) {
  return (inA[f.subject] && inB[f.object]) || (inB[f.subject] && inA[f.object]);
});
var arts = articlesOf(facts);
var names = nameMap(facts);
facts.sort(function (x, y) {
  // Undated facts last; then by article date, then sentence order.
  return cmp(x.date || "9999", y.date || "9999") || cmp(arts[x.article].date, arts[y.article].date) ||
    cmp(x.article, y.article) || (x.sentenceIndex - y.sentenceIndex) || cmp(x.predicate, y.predicate);
});
limited(facts).forEach(function (f) {
  var art = arts[f.article];
  emit({
    date: f.date || "", source: names[f.subject], predicate: f.predicate, target: names[f.object],
    kind: f.kind, tone: toneOf(f), modality: f.modality || "",
    article: art.id, publisher: art.publisher, articles: [art.id],
    sentence: f.sentence, facts: [f.id], source_iri: f.subject, target_iri: f.object
  });
});
