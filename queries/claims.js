// @name claims
// @description What one publisher's articles (--publisher NAME) or one speaker (--speaker ACTOR, and unless --direct those speaking for it) assert and deny, and who contradicts each claim.
// @flag publisher string - only what this publisher's articles state (as the manifest or the text names it)
// @flag speaker actor - only what this speaker is quoted as saying
// @flag limit int 200 at most this many rows (0: all)
// @columns by says source predicate target topic status date date_basis article contradicted_by
// @evidence publisher sentence
// @subgraph
//
// "says" is asserts, or denies for a negated fact ("Russia did not shell
// Turkey"). contradicted_by names the claimants (lib.js claimant) of the
// statements that contradict this one (lib.js contradictionsOf), among the
// facts of the same actors.

if (!params.publisher && !params.speaker) {
  throw new Error("claims: give --publisher NAME or --speaker ACTOR");
}
var facts = [];
if (params.speaker) {
  facts = factsOf(side(params.speaker), ["speaker"], true);
}
if (params.publisher) {
  var arts = g.V(str(params.publisher)).in("<https://schema.org/publisher>").toArray();
  var ids = [];
  arts.forEach(function (a) { ids = ids.concat(g.V(a).in(ont("article")).toArray()); });
  var byPub = loadFacts(uniq(ids), true);
  if (params.speaker) {
    var inPub = set(byPub.map(function (f) { return f.id; }));
    facts = facts.filter(function (f) { return inPub[f.id]; });
  } else {
    facts = byPub;
  }
}
facts = oneMentionEach(facts.filter(function (f) { return f.kind !== "relation" || f.predicate === "disagreesWith"; }));

// Contradictions: an assertion against the denials of the same pair (all
// denials are one hop), a denial or a stance against the other facts of
// its subject towards its object. (A store loaded before the denial index
// existed finds no denial that contradicts an assertion; kg load of its
// articles again writes the index.)
var negs = denials() || [];
var asserted = set(facts.filter(function (f) { return f.negated !== true && f.kind === "event"; }).map(function (f) { return f.subject + " " + f.object; }));
var others = negs.filter(function (f) { return asserted[f.subject + " " + f.object] || asserted[f.object + " " + f.subject]; })
  .concat(assertionsAgainst(facts.filter(function (f) { return f.negated === true || f.kind === "stance"; })));
var pool = oneMentionEach(facts.concat(others));
var info = sourceInfo(pool);
var spk = speakerNames(pool);
var against = {};
contradictionsOf(pool, info, spk).forEach(function (c) {
  c.a.forEach(function (f) { (against[f.id] = against[f.id] || []).push(c.cb.name); });
  c.b.forEach(function (f) { (against[f.id] = against[f.id] || []).push(c.ca.name); });
});
var names = nameMap(facts);
facts.sort(function (x, y) { return cmp(when(x).date || "9999", when(y).date || "9999") || cmp(x.article, y.article) || (x.sentenceIndex - y.sentenceIndex); });
limited(facts).forEach(function (f) {
  var w = when(f), c = claimant(f, info, spk);
  emit({
    by: c.name, says: f.negated === true ? "denies" : "asserts", source: names[f.subject], predicate: f.predicate,
    target: names[f.object], topic: f.topic || "", status: status(f), date: w.date, date_basis: w.basis,
    article: articleId(f.article), publisher: c.publisher, contradicted_by: uniq(against[f.id] || []).sort().join("; "),
    sentence: f.sentence, articles: [articleId(f.article)], facts: [f.id], source_iri: f.subject, target_iri: f.object
  });
});
var nContra = facts.filter(function (f) { return against.hasOwnProperty(f.id); }).length;
emit({ "@summary": (params.publisher ? params.publisher : "") + (params.publisher && params.speaker ? ", " : "") + (params.speaker ? params.speakerLabel : "") +
  ": " + facts.length + " claim(s), " + nContra + " contradicted" });
