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
// facts and their articles mention it), from its summaries.
var mentions = factsOf([me], ["subject", "object", "speaker"], true);
var mine = mentions.filter(function (f) { return f.subject === me || f.object === me; });
// Ties: relation facts in either role.
var ties = mine.filter(function (f) { return f.negated !== true && (f.predicate === "roleIn" || f.predicate === "memberOf" || f.predicate === "allyOf"); });
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
var S = side(me);
if (S.length > 1) {
  var inS = set(S), others = S.filter(function (a) { return a !== me; });
  var more = factsOf(others, ["subject", "object", "speaker"], true);
  var on = labels(others);
  row("acting for it", others.map(function (a) { return on[a]; }).sort().join(", "));
  var had = set(mentions.map(function (f) { return f.id; }));
  more.forEach(function (f) { if (!had[f.id]) { had[f.id] = true; mentions.push(f); } });
  mine = mentions.filter(function (f) { return inS[f.subject] || inS[f.object]; });
}
mine = oneMentionEach(mine);
var kinds = {};
mine.forEach(function (f) { kinds[f.kind] = (kinds[f.kind] || 0) + 1; });
row("facts", mine.length + (mine.length ? " (" + keys(kinds).sort().map(function (k) { return kinds[k] + " " + k; }).join(", ") + ")" : ""));
var dates = mine.map(function (f) { return f.date; }).filter(function (d) { return d; }).sort();
if (dates.length) { row("events dated", dates[0] + " to " + dates[dates.length - 1]); }
var arts = articlesOf(mentions);
var artIRIs = keys(arts);
var pub = artIRIs.map(function (a) { return arts[a].date; }).filter(function (d) { return d; }).sort();
if (pub.length) { row("seen", "first " + pub[0] + ", last " + pub[pub.length - 1]); }
var ids = artIRIs.map(function (a) { return arts[a].id; }).sort();
emit({ field: "articles", value: String(ids.length), dates: "", articles: ids, sentences: [], facts: [] });
