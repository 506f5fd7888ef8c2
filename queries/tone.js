// @name tone
// @description Cooperation vs conflict between A and B: events per CAMEO quad class and the mean Goldstein score, by month, and overall.
// @arg a actor required one actor
// @arg b actor required the other
// @columns month verbal_coop material_coop verbal_conflict material_conflict events goldstein_mean tone articles
// @evidence sentences
// @subgraph
//
// Quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal
// conflict, 4 material conflict. An event without a date of its own is
// counted in its article's month.

var A = side(params.a), B = side(params.b), inA = set(A), inB = set(B);
var facts = oneMentionEach((factsBetween(A, B) || factsOf(A, ["subject", "object"], false, rawHas(B))).filter(function (f) {
  return f.quadClass && ((inA[f.subject] && inB[f.object]) || (inB[f.subject] && inA[f.object]));
}));
var arts = articlesOf(facts);
function bucket() { return { q: [0, 0, 0, 0, 0], g: 0, n: 0, facts: [] }; }
var months = {}, total = bucket();
facts.forEach(function (f) {
  var d = f.date || arts[f.article].date || "";
  var m = d ? d.substring(0, 7) : "undated";
  var bs = [months[m] = months[m] || bucket(), total];
  bs.forEach(function (b) { b.q[f.quadClass]++; b.g += f.goldstein || 0; b.n++; b.facts.push(f); });
});
function row(m, b) {
  var mean = b.n ? Math.round(100 * b.g / b.n) / 100 : 0;
  var ev = evidence(b.facts);
  return {
    month: m, verbal_coop: b.q[1], material_coop: b.q[2], verbal_conflict: b.q[3], material_conflict: b.q[4],
    events: b.n, goldstein_mean: mean, tone: mean > 0 ? "cooperative" : mean < 0 ? "conflictual" : "neutral",
    articles: ev.articles, sentences: ev.sentences, facts: ev.facts,
    source: params.aLabel, target: params.bLabel, source_iri: params.a, target_iri: params.b
  };
}
keys(months).sort().forEach(function (m) { emit(row(m, months[m])); });
if (total.n) {
  emit(row("total", total));
  var t = row("total", total);
  emit({ "@summary": params.aLabel + " / " + params.bLabel + ": net " + t.tone + " (mean Goldstein " + t.goldstein_mean + " over " + t.events + " events)" });
}
