// @name stance
// @description What ACTOR supports or opposes (--on TARGET: towards TARGET), with polarity, evidence sentence and source.
// @arg actor actor required whose stance
// @flag on actor - only stances towards this target
// @columns source stance polarity target topic date date_basis article publisher sentence
// @subgraph
//
// ACTOR's stance is its own and, unless --direct, that of those who act
// for it (lib.js side): Putin's support for Assad is Russia's, as in allies.
// The target rolls up the same way (Syria includes "Syria (government)").

var S = side(params.actor), inS = set(S);
var inT = params.on ? sideSet(params.on) : null;
var facts = factsOf(S, ["subject"], false, rawHas(["supports", "opposes"], "predicate")).filter(function (f) {
  return inS[f.subject] && (f.predicate === "supports" || f.predicate === "opposes") &&
    f.kind === "stance" && (!inT || inT[f.object]);
});
facts = oneMentionEach(facts);
var arts = articlesOf(facts);
var names = nameMap(facts, [params.actor]);
facts.sort(function (x, y) {
  return cmp(names[x.object], names[y.object]) || cmp(when(x).date, when(y).date) || cmp(x.article, y.article) || (x.sentenceIndex - y.sentenceIndex);
});
facts.forEach(function (f) {
  var art = arts[f.article], w = when(f);
  emit({
    source: names[f.subject], stance: f.polarity > 0 ? "support" : "opposition", polarity: f.polarity,
    target: names[f.object], topic: f.topic || "", date: w.date, date_basis: w.basis,
    article: art.id, publisher: art.publisher, sentence: f.sentence,
    articles: [art.id], facts: [f.id], source_iri: f.subject, target_iri: f.object
  });
});
if (facts.length) {
  var net = facts.reduce(function (s, f) { return s + f.polarity; }, 0);
  emit({ "@summary": params.actorLabel + (params.on ? " on " + params.onLabel : "") + ": " +
    facts.filter(function (f) { return f.polarity > 0; }).length + " supporting, " +
    facts.filter(function (f) { return f.polarity < 0; }).length + " opposing (net " + (net > 0 ? "+" : "") + net + ")" +
    (S.length > 1 ? "; counting " + (S.length - 1) + " actor(s) acting for " + params.actorLabel + " (--direct: itself only)" : "") });
}
