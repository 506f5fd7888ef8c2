// @name actors
// @description Actors with type, country, number of facts and of articles, most active first.
// @flag type actortype - only actors of this type (person, country, organization, group, collective, unit, asset, place)
// @flag limit int 100 at most this many actors, most active first (0: all)
// @columns name type country facts_n articles_n
//
// Places (cities, regions) are listed only with --type place: they are
// where things happen, not who does them. Counting is one hop per actor:
// the counts the loader keeps (loaders/quads Counter, all read in one
// hop), or, for an actor
// without them, count() on its summary index, never a join.

var classes = params.type ? [params.type["class"]] :
  keys(vocab.classes).filter(function (c) { return vocab.classes[c] !== "place"; }).map(function (c) { return "<" + c + ">"; });
var typeOf = {};
pairs(classes, RDF_TYPE, "in").forEach(function (r) { typeOf[r.id] = vocab.classes[local(r.n, "")]; });
var actors = keys(typeOf);
var ACTORS_GRAPH = "<" + vocab.base + "graph/actors>";

// Facts: the actor's counts as the loader keeps them (lib.js storedCounts);
// without them, its subject and object summaries counted on the index
// (quad by quad); a store without summaries counts the fact nodes.
var counts = storedCounts();
var rows = actors.map(function (a) {
  var c = counts.hasOwnProperty(a) ? counts[a] : null;
  var n = c ? c.facts : countOut(a, ROLE_SUMMARY.subject) + countOut(a, ROLE_SUMMARY.object);
  if (n === 0) { n = g.V(a).in([ont("subject"), ont("object")]).count(); }
  return { type: typeOf[a], facts_n: n, iri: a, arts: c ? c.articles : -1 };
});
// Names, countries and articles only for the rows shown (and, to break
// ties by name, every row with as many facts as the last one shown).
rows.sort(function (x, y) { return y.facts_n - x.facts_n; });
if (params.limit > 0 && rows.length > params.limit) {
  var least = rows[params.limit - 1].facts_n;
  emit({ "@summary": "showing the " + params.limit + " most active of " + rows.length + " actors; --limit 0 shows all" });
  rows = rows.filter(function (r) { return r.facts_n >= least; });
}
var names = labels(rows.map(function (r) { return r.iri; }));
rows.forEach(function (r) { r.name = names[r.iri]; });
rows.sort(function (x, y) { return y.facts_n - x.facts_n || cmp(x.name, y.name); });
if (params.limit > 0) { rows = rows.slice(0, params.limit); }

// Country: a country's own code; otherwise the code of the country the
// actor holds a post in or belongs to.
var shown = rows.map(function (r) { return r.iri; });
// A country's own code first: only the others need their posts and
// memberships read (a hop each).
var own = props(shown, [ont("countryCode")]);
var ups = props(shown.filter(function (a) { return !own[a].countryCode; }), [ont("roleIn"), ont("memberOf")]);
keys(ups).forEach(function (a) { own[a].roleIn = ups[a].roleIn; own[a].memberOf = ups[a].memberOf; });
var via = [];
shown.forEach(function (a) { via = via.concat(own[a].roleIn || [], own[a].memberOf || []); });
var viaCodes = props(uniq(via), [ont("countryCode")]);
function country(a) {
  if (own[a].countryCode) { return own[a].countryCode[0]; }
  var ups = (own[a].roleIn || []).concat(own[a].memberOf || []);
  for (var i = 0; i < ups.length; i++) {
    var c = viaCodes[ups[i]] && viaCodes[ups[i]].countryCode;
    if (c) { return c[0]; }
  }
  return "";
}

rows.forEach(function (r) {
  // The articles whose facts name the actor (ont:mentionedIn); a store
  // without those edges: every quad touching an actor is labelled with an
  // article, except its own description in the actors graph.
  var arts = r.arts >= 0 ? r.arts : countOut(r.iri, ont("mentionedIn"));
  if (arts === 0) { arts = g.V(r.iri).labels().toArray().filter(function (l) { return l !== ACTORS_GRAPH; }).length; }
  emit({ name: r.name, type: r.type, country: country(r.iri), facts_n: r.facts_n, articles_n: arts, iri: r.iri });
});
