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

// Every fact that mentions the actor, negated ones included (they count as
// facts and their articles mention it), from its summaries, split: a hub
// has thousands, and only its ties become fact objects.
var ROLES = ["subject", "object", "speaker"], seenFact = {}, mentions = [], slowArticles = [];
function readMentions(actors) {
  actors.forEach(function (n) {
    ROLES.forEach(function (r) {
      var raws = rawFrom(n, ROLE_SUMMARY[r]);
      if (raws.length === 0) {
        // A store without summaries: the facts property by property, their
        // articles' dates from the articles (articlesOf).
        raws = loadFacts(factIds([n], [r]), true).map(rawOf);
        raws.forEach(function (a) { if (a[16] === "") { slowArticles.push("<" + a[15] + ">"); } });
      }
      for (var i = 0; i < raws.length; i++) {
        var a = raws[i];
        if (seenFact[a[1]] === true) { continue; }
        seenFact[a[1]] = true;
        mentions.push(a);
      }
    });
  });
}
readMentions([me]);
var meBare = me.substring(1, me.length - 1);
// Ties: relation facts in either role.
var ties = mentions.filter(function (a) {
  return (a[2] === meBare || a[4] === meBare) && a[6] !== "true" && (a[3] === "roleIn" || a[3] === "memberOf" || a[3] === "allyOf");
}).map(unsummary);
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

// Activity: facts by kind, dates of the facts, and the articles that
// mention the actor (as subject, object or speaker of a fact); unless
// --direct, also those of the actors acting for it (lib.js side), as every
// other question counts them.
var S = side(me), inS = {};
S.forEach(function (a) { inS[a.substring(1, a.length - 1)] = true; });
if (S.length > 1) {
  var others = S.filter(function (a) { return a !== me; });
  readMentions(others);
  var on = labels(others);
  row("acting for it", others.map(function (a) { return on[a]; }).sort().join(", "));
}
// The facts with the side as subject or object, one per statement (lib.js
// mentionKey), counted by kind and dated.
// The whole key is built only for a sentence met twice (most are once).
var kinds = {}, nMine = 0, firstDate = "", lastDate = "", seenMention = {}, firstIn = {};
function statement(a) {
  var x = a[2], y = a[4];
  if (isSymmetric(a[3]) && y < x) { x = a[4]; y = a[2]; }
  return a[15] + " " + a[18] + " " + a[3] + " " + x + " " + y + " " + (a[7] === "planned" ? "planned" : a[7] === "hedged" ? "hedged" : "happened");
}
mentions.forEach(function (a) {
  if (inS[a[2]] !== true && inS[a[4]] !== true) { return; }
  var at = a[15] + "#" + a[18], first = firstIn[at];
  if (first === undefined) {
    firstIn[at] = a;
  } else {
    if (first !== true) { seenMention[statement(first)] = true; firstIn[at] = true; }
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
});
row("facts", nMine + (nMine ? " (" + keys(kinds).sort().map(function (k) { return kinds[k] + " " + k; }).join(", ") + ")" : ""));
if (firstDate) { row("events dated", firstDate + " to " + lastDate); }
// The articles of every mention, dated by the summaries (lib.js articlesOf).
var artDate = {}, artIRIs = [];
mentions.forEach(function (a) {
  var k = a[15];
  if (artDate[k] === undefined) { artDate[k] = a[16]; artIRIs.push(k); }
});
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
