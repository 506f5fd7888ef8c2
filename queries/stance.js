// @name stance
// @description What ACTOR supports or opposes (--on TARGET: towards TARGET), with polarity, evidence sentence and source.
// @arg actor actor required whose stance
// @flag on actor - only stances towards this target
// @columns source stance polarity target topic date article publisher sentence
// @subgraph

var facts = factsOf([params.actor], ["subject"], false, rawHas(["supports", "opposes"], "predicate")).filter(function (f) {
  return f.subject === params.actor && (f.predicate === "supports" || f.predicate === "opposes") &&
    f.kind === "stance" && (!params.on || f.object === params.on);
});
var arts = articlesOf(facts);
var names = nameMap(facts, [params.actor]);
facts.sort(function (x, y) {
  return cmp(names[x.object], names[y.object]) || cmp(arts[x.article].date, arts[y.article].date) || cmp(x.article, y.article) || (x.sentenceIndex - y.sentenceIndex);
});
facts.forEach(function (f) {
  var art = arts[f.article];
  emit({
    source: names[f.subject], stance: f.polarity > 0 ? "support" : "opposition", polarity: f.polarity,
    target: names[f.object], topic: f.topic || "", date: f.date || art.date || "",
    article: art.id, publisher: art.publisher, sentence: f.sentence,
    articles: [art.id], facts: [f.id], source_iri: f.subject, target_iri: f.object
  });
});
if (facts.length) {
  var net = facts.reduce(function (s, f) { return s + f.polarity; }, 0);
  emit({ "@summary": params.actorLabel + (params.on ? " on " + params.onLabel : "") + ": " +
    facts.filter(function (f) { return f.polarity > 0; }).length + " supporting, " +
    facts.filter(function (f) { return f.polarity < 0; }).length + " opposing (net " + (net > 0 ? "+" : "") + net + ")" });
}
