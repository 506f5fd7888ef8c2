// @name actors
// @description Actors with type, country, number of facts and of articles, most active first.
// @flag type actortype - only actors of this type (person, country, organization, group, collective, unit, asset, place)
// @flag limit int 0 at most this many actors (0: all)
// @columns name type country facts_n articles_n
//
// Places (cities, regions) are listed only with --type place: they are
// where things happen, not who does them. Counting is one hop per actor
// (count() on the object index), never a join.

var classes = params.type ? [params.type["class"]] :
  keys(vocab.classes).filter(function (c) { return vocab.classes[c] !== "place"; }).map(function (c) { return "<" + c + ">"; });
var typeOf = {};
pairs(classes, RDF_TYPE, "in").forEach(function (r) { typeOf[r.id] = vocab.classes[local(r.n, "")]; });
var actors = keys(typeOf);
var names = labels(actors);
var ACTORS_GRAPH = "<" + vocab.base + "graph/actors>";

// Country: a country's own code; otherwise the code of the country the
// actor holds a post in or belongs to.
var own = props(actors, [ont("countryCode"), ont("roleIn"), ont("memberOf")]);
var via = [];
actors.forEach(function (a) { via = via.concat(own[a].roleIn || [], own[a].memberOf || []); });
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

var rows = actors.map(function (a) {
  var n = g.V(a).in([ont("subject"), ont("object")]).count();
  // Every quad touching an actor is labelled with an article, except its
  // own description in the actors graph.
  var arts = g.V(a).labels().toArray().filter(function (l) { return l !== ACTORS_GRAPH; }).length;
  return { name: names[a], type: typeOf[a], country: country(a), facts_n: n, articles_n: arts, iri: a };
});
rows.sort(function (x, y) { return y.facts_n - x.facts_n || cmp(x.name, y.name); });
if (params.limit > 0) { rows = rows.slice(0, params.limit); }
rows.forEach(emit);
