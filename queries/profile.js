// @name profile
// @description Who or what ACTOR is: type, aliases, posts held (roleIn), memberships, alliances, officials and members, first and last date seen, articles.
// @arg actor actor required the actor
// @columns field value dates articles
// @evidence sentences

var me = params.actor;
function row(field, value, facts, dates) {
  var ev = facts ? evidence(facts) : { articles: [], sentences: [], facts: [] };
  emit({ field: field, value: value, dates: dates || "", articles: ev.articles, sentences: ev.sentences, facts: ev.facts });
}

var self = props([me], [LABEL, RDF_TYPE, ont("alias"), ont("countryCode"), "<" + vocab.sameAs + ">"])[me];
var label = self[vocab.label] ? self[vocab.label][0] : params.actorLabel;
row("name", label);
var types = (self[vocab.rdfType] || []).map(function (c) { return vocab.classes[local(c, "")]; }).filter(function (t) { return t; });
if (types.length) { row("type", types.join(", ")); }
if (self.alias) { row("aliases", uniq(self.alias).sort().join(", ")); }
if (self.countryCode) { row("country code", self.countryCode.join(", ")); }
if (self[vocab.sameAs]) { row("same as", self[vocab.sameAs].map(function (x) { return local(x, ""); }).join(", ")); }

// Every fact that mentions the actor or (unless --direct) one acting for
// it (lib.js side), negated ones included (they count as facts and their
// articles mention it), from their summaries: a hub's side has thousands
// (about 15k on the synthetic 1M-quad store for Russia). Each summary is
// taken as it is read (take), not kept: of most only the statement key,
// kind, date and article are wanted, and only the actor's own ties
// become fact objects.
var ROLES = ["subject", "object", "speaker"], slowArticles = [];
var meBare = me.substring(1, me.length - 1);
var S = side(me), inS = {};
S.forEach(function (a) { inS[a.substring(1, a.length - 1)] = true; });
// readMentions hands take the split summaries of each of actors in each
// role, in that order, with their texts. A store without summaries is
// read property by property (no text), its articles' dates from the
// articles (articlesOf).
function readMentions(actors, take) {
  actors.forEach(function (n) {
    for (var j = 0; j < ROLES.length; j++) {
      var vs = g.V(n).out(ROLE_SUMMARY[ROLES[j]]).toArray(), any = false;
      for (var i = 0; i < vs.length; i++) {
        // splitSummary, inline: thousands of summaries.
        var v = String(vs[i]), a = v.split("\t");
        if (a[0] === SUMMARY_VERSION && a.length > SF.sentence) { any = true; take(a, v); }
      }
      if (any) { continue; }
      // Read property by property (lib.js loadFactProps, which gives each
      // its IRI as fact), in the order of writing.
      var raws = writtenFacts(factIds([n], [ROLES[j]]), true).map(rawOf);
      for (var k = 0; k < raws.length; k++) {
        if (raws[k][16] === "") { slowArticles.push("<" + raws[k][15] + ">"); }
        take(raws[k], null);
      }
    }
  });
}
// activity takes a summary read: the facts with the side as subject or
// object, one per statement (lib.js mentionKey), are counted by kind and
// dated, and the articles of every fact read dated by the summaries
// (lib.js articlesOf). A fact read twice (two of the side's actors in it)
// is a statement met again, which the keys skip. The whole key is built
// only for a sentence met twice (most are once); the first fact of a
// sentence is kept as its text (one string, not 24, for the garbage
// collector to walk while the side is read), which the same summary read
// again (the common case) is told by at once.
var kinds = {}, nMine = 0, firstDate = "", lastDate = "", seenMention = {}, firstIn = {};
var artDate = {}, artIRIs = [], lastArt = null;
function statement(a) {
  var x = a[2], y = a[4];
  if (isSymmetric(a[3]) && y < x) { x = a[4]; y = a[2]; }
  return a[15] + " " + a[18] + " " + a[3] + " " + x + " " + y + " " + (a[7] === "planned" ? "planned" : a[7] === "hedged" ? "hedged" : "happened");
}
function activity(a, text) {
  var art = a[15];
  if (art !== lastArt) {
    lastArt = art;
    if (artDate[art] === undefined) { artDate[art] = a[16]; artIRIs.push(art); }
  }
  if (inS[a[2]] !== true && inS[a[4]] !== true) { return; }
  var at = art + "#" + a[18], first = firstIn[at];
  if (first === undefined) {
    firstIn[at] = text || a;
  } else {
    if (first === text) { return; }
    if (first !== true) { seenMention[statement(typeof first === "string" ? splitSummary(first) : first)] = true; firstIn[at] = true; }
    var mk = statement(a);
    if (seenMention[mk] === true) { return; }
    seenMention[mk] = true;
  }
  nMine++;
  kinds[a[5]] = (kinds[a[5]] || 0) + 1;
  var d = a[8];
  if (d) {
    if (firstDate === "" || d < firstDate) { firstDate = d; }
    if (lastDate === "" || d > lastDate) { lastDate = d; }
  }
}
// Ties: the actor's relation facts, in either role, once each.
var tieRaws = [], seenTie = {};
readMentions([me], function (a, text) {
  activity(a, text);
  if ((a[2] === meBare || a[4] === meBare) && a[6] !== "true" && (a[3] === "roleIn" || a[3] === "memberOf" || a[3] === "allyOf") && seenTie[a[1]] !== true) {
    seenTie[a[1]] = true;
    tieRaws.push(a);
  }
});
var ties = tieRaws.map(unsummary);
var names = nameMap(ties);
function groupBy(fs, key) {
  var g = {}, order = [];
  fs.forEach(function (f) { var k = key(f); if (!g[k]) { g[k] = []; order.push(k); } g[k].push(f); });
  return order.sort().map(function (k) { return { key: k, facts: g[k] }; });
}
function tie(field, pred, mine, fmt) {
  var fs = ties.filter(function (f) { return f.predicate === pred && (mine ? f.subject === me : f.object === me); });
  groupBy(fs, fmt).forEach(function (gr) { row(field, gr.key, gr.facts, dateSpan(gr.facts.map(function (f) { return f.date; }))); });
}
tie("post", "roleIn", true, function (f) { return (f.post ? f.post + " of " : "post in ") + names[f.object]; });
tie("member of", "memberOf", true, function (f) { return names[f.object]; });
var allies = ties.filter(function (f) { return f.predicate === "allyOf"; });
groupBy(allies, function (f) { return names[f.subject === me ? f.object : f.subject]; }).forEach(function (gr) { row("ally of", gr.key, gr.facts); });
tie("official", "roleIn", false, function (f) { return names[f.subject] + (f.post ? " (" + f.post + ")" : ""); });
tie("member", "memberOf", false, function (f) { return names[f.subject]; });

if (S.length > 1) {
  var others = S.filter(function (a) { return a !== me; });
  readMentions(others, activity);
  var on = labels(others);
  row("acting for it", others.map(function (a) { return on[a]; }).sort().join(", "));
}
row("facts", nMine + (nMine ? " (" + keys(kinds).sort().map(function (k) { return kinds[k] + " " + k; }).join(", ") + ")" : ""));
if (firstDate) { row("events dated", firstDate + " to " + lastDate); }
if (slowArticles.length) {
  var known = articles(uniq(slowArticles));
  keys(known).forEach(function (k) { artDate[k.substring(1, k.length - 1)] = known[k].date; });
}
var pubFirst = "", pubLast = "";
artIRIs.forEach(function (k) {
  var d = artDate[k];
  if (d) {
    if (pubFirst === "" || d < pubFirst) { pubFirst = d; }
    if (pubLast === "" || d > pubLast) { pubLast = d; }
  }
});
if (pubFirst) { row("seen", "first " + pubFirst + ", last " + pubLast); }
var ids = artIRIs.map(articleId).sort();
emit({ field: "articles", value: String(ids.length), dates: "", articles: ids, sentences: [], facts: [] });
