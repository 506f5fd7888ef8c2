package queries

import (
	"context"
	"fmt"
	"testing"
)

// TestSummaries checks that every fact's summary literal, and every index
// edge to it, says what the fact node's own properties say: the queries
// read facts through the summaries (lib.js factsOf, loadFacts), and the
// properties are the model.
func TestSummaries(t *testing.T) {
	r := fixture(t)
	script := "var params = {};\n" + r.vocabJS + lib + `
var fields = ["subject", "predicate", "object", "kind", "negated", "date", "article", "modality", "sentence",
  "sentenceIndex", "cameo", "goldstein", "quadClass", "polarity", "topic", "post", "speaker"];
var ids = g.V(ont("Fact")).in(RDF_TYPE).toArray();
g.emit({ n: ids.length });
var viaProps = {};
loadFactProps(ids, fields).forEach(function (f) { viaProps[f.id] = f; });
function check(f, where) {
  var p = viaProps[f.id];
  if (!p) { g.emit({ err: where + ": no fact " + f.id }); return; }
  fields.forEach(function (k) {
    var a = f[k], b = p[k];
    if (k === "negated") { a = a === true; }
    if (a !== b && !(a === undefined && b === undefined)) { g.emit({ err: where + ": " + f.id + " " + k + ": summary " + a + ", property " + b }); }
  });
}
var seen = 0;
ids.forEach(function (id) {
  var fs = loadFacts([id], true);
  if (fs.length !== 1 || fs[0].fact === undefined) { g.emit({ err: "no summary for " + id }); return; }
  check(fs[0], "summary");
  var f = fs[0];
  [["subject", f.subject], ["object", f.object]].concat(f.speaker ? [["speaker", f.speaker]] : []).forEach(function (x) {
    if (!factsOf([x[1]], [x[0]], true).some(function (y) { return y.id === id; })) { g.emit({ err: id + " missing from its " + x[0] + "'s summaries" }); }
  });
  if (!factsOfPredicate({ predicates: [f.predicate], cameo: [] }, true).some(function (y) { return y.id === id; })) { g.emit({ err: id + " missing from its predicate's summaries" }); }
  if (f.date && !factsOfPeriods(periodList().filter(function (p) { return f.date.indexOf(p.date) === 0; }).map(function (p) { return p.iri; }), true).some(function (y) { return y.id === id; })) {
    g.emit({ err: id + " missing from its period's summaries" });
  }
  [f.subject, f.object].forEach(function (n) {
    if (g.V(n).out(ont("mentionedIn")).toArray().indexOf(f.article) < 0) { g.emit({ err: n + " not mentionedIn " + f.article }); }
  });
  var inv = { roleIn: "postHolder", memberOf: "hasMember" }[f.predicate];
  if (inv && !f.negated && g.V(f.object).out(ont(inv)).toArray().indexOf(f.subject) < 0) { g.emit({ err: id + ": no " + inv + " edge" }); }
  seen++;
});
uniq(values(ids, [ont("subject"), ont("object")], "out")).forEach(function (a) {
  g.V(a).out(ont("country")).toArray().forEach(function (c) {
    if (g.V(c).out(ont("countryOf")).toArray().indexOf(a) < 0) { g.emit({ err: c + " has no countryOf edge to " + a }); }
  });
});
g.emit({ checked: seen });
`
	var n, checked float64
	err := r.exec(context.Background(), script, func(v any) {
		m := v.(map[string]any)
		if e, ok := m["err"]; ok {
			t.Error(e)
		}
		if x, ok := m["n"]; ok {
			n = toFloat(x)
		}
		if x, ok := m["checked"]; ok {
			checked = toFloat(x)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 || checked != n {
		t.Errorf("checked %v of %v facts", checked, n)
	}
}

func toFloat(v any) float64 {
	var f float64
	fmt.Sscan(fmt.Sprint(v), &f)
	return f
}
