// @name sources
// @description The articles, publishers and sentences behind a claim "A PREDICATE B", and how many independent articles support it.
// @arg a actor required the subject of the claim
// @arg predicate predicate required the predicate (or CAMEO code; its CAMEO family counts, as in who)
// @arg b actor required the object of the claim
// @flag exact bool false only PREDICATE itself, not its CAMEO family
// @columns article publisher published headline predicate modality date sentence
// @subgraph
//
// Independent means distinct articles; the summary also counts distinct
// publishers, since two articles from one wire service are one source.

var p = params.predicate;
var facts = factsOf([params.a], ["subject", "object"], false, rawHas([params.b])).filter(function (f) {
  if (!matches(f, p)) { return false; }
  if (f.subject === params.a && f.object === params.b) { return true; }
  var sym = vocab.predicates[f.predicate] && vocab.predicates[f.predicate].symmetric;
  return sym && f.subject === params.b && f.object === params.a;
});
var arts = articles(facts.map(function (f) { return f.article; }));
facts.sort(function (x, y) {
  return cmp(arts[x.article].date, arts[y.article].date) || cmp(x.article, y.article) || (x.sentenceIndex - y.sentenceIndex);
});
var nArticles = uniq(facts.map(function (f) { return f.article; })).length;
var pubs = uniq(facts.map(function (f) { return arts[f.article].publisher; }).filter(function (x) { return x; }));
facts.forEach(function (f) {
  var art = arts[f.article];
  emit({
    article: art.id, publisher: art.publisher, published: art.date, headline: art.headline,
    predicate: f.predicate, modality: f.modality || "", date: f.date || "", sentence: f.sentence,
    independent_articles: nArticles, publishers_n: pubs.length,
    articles: [art.id], facts: [f.id], source_iri: f.subject, target_iri: f.object,
    source: params.aLabel, target: params.bLabel
  });
});
emit({ "@summary": params.aLabel + " " + p.name + " " + params.bLabel + ": " + facts.length + " statement(s) in " +
  nArticles + " independent article(s) from " + pubs.length + " publisher(s)" });
