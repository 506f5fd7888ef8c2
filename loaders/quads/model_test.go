package quads

import (
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

func builder(t *testing.T) *Builder {
	t.Helper()
	b, err := New(schema.Default())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var (
	art    = fact.Article{ID: "a1", Title: `He said "no"`, Date: "2015-12-21", Hash: "sha256:00"}
	kenya  = fact.Actor{ID: "KEN", Name: "Kenya", Type: schema.Country, Country: "KEN", Aliases: []string{"Nairobi"}, Wikidata: "Q114"}
	somali = fact.Actor{ID: "SOM-MIL", Name: "Somalia (military)", Type: schema.MilitaryUnit, Country: "SOM"}
)

func accuse(negated bool) fact.Fact {
	return fact.Fact{Doc: "a1", Kind: schema.Event, Subject: kenya, Object: somali, Predicate: "accuses", CAMEO: "112",
		Negated: negated, Modality: fact.Asserted, Date: "2015-12", Sentence: "Kenya accused Somali forces.", Rule: "verb:accuse"}
}

func find(qs []quad.Quad, s quad.Value, p string) []quad.Value {
	var out []quad.Value
	for _, q := range qs {
		if (s == nil || q.Subject == s) && strings.HasSuffix(string(q.Predicate.(quad.IRI)), p) {
			out = append(out, q.Object)
		}
	}
	return out
}

func TestFactQuads(t *testing.T) {
	b := builder(t)
	v := schema.Default()
	qs, err := b.Fact(art, accuse(false))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		if q.Label != b.ArticleIRI(art) {
			t.Errorf("quad %v is not labelled with its article", q)
		}
	}
	if got := find(qs, v.Actor("KEN"), "/ont/accuses"); len(got) != 1 || got[0] != v.Actor("SOM-MIL") {
		t.Errorf("direct edge Kenya -accuses-> Somalia (military): %v", got)
	}
	node := v.Fact(FactID(accuse(false)))
	checks := map[string]quad.Value{
		"/ont/subject":   v.Actor("KEN"),
		"/ont/cameo":     quad.String("112"),
		"/ont/quadClass": quad.TypedString{Value: "3", Type: quad.IRI(schema.XSD + "integer")},
		"/ont/negated":   quad.TypedString{Value: "false", Type: quad.IRI(schema.XSD + "boolean")},
		"/ont/date":      quad.TypedString{Value: "2015-12", Type: quad.IRI(schema.XSD + "gYearMonth")},
		"/ont/goldstein": quad.TypedString{Value: "-2", Type: quad.IRI(schema.XSD + "decimal")},
	}
	for p, want := range checks {
		if got := find(qs, node, p); len(got) != 1 || got[0] != want {
			t.Errorf("fact %s = %v, want %v", p, got, want)
		}
	}
	// The same fact always gets the same node.
	if FactID(accuse(false)) != FactID(accuse(false)) || FactID(accuse(false)) == FactID(accuse(true)) {
		t.Error("fact ids are not stable, or negation does not change them")
	}
}

func TestNegatedFactHasNoDirectEdge(t *testing.T) {
	b := builder(t)
	qs, err := b.Fact(art, accuse(true))
	if err != nil {
		t.Fatal(err)
	}
	if got := find(qs, schema.Default().Actor("KEN"), "/ont/accuses"); len(got) != 0 {
		t.Errorf("a negated fact made a direct edge: %v", got)
	}
	if got := find(qs, nil, "/ont/negated"); len(got) != 1 || got[0].(quad.TypedString).Value != "true" {
		t.Errorf("negated = %v", got)
	}
}

func TestInvalidFactsAreRefused(t *testing.T) {
	b := builder(t)
	bad := accuse(false)
	bad.Predicate = "scolds"
	if _, err := b.Fact(art, bad); err == nil {
		t.Error("unknown predicate accepted")
	}
	st := accuse(false)
	st.Kind, st.Predicate, st.CAMEO = schema.Stance, "opposes", ""
	if _, err := b.Fact(art, st); err == nil {
		t.Error("stance without polarity accepted")
	}
	if _, _, err := b.Result(art, []fact.Fact{bad}); err == nil || !strings.Contains(err.Error(), "a1") {
		t.Errorf("Result error %v should name the article", err)
	}
}

func TestActorQuads(t *testing.T) {
	b := builder(t)
	v := schema.Default()
	qs := b.Actor(kenya)
	if got := find(qs, v.Actor("KEN"), "#type"); len(got) != 1 || got[0] != quad.IRI(schema.Schema+"Country") {
		t.Errorf("type = %v", got)
	}
	if got := find(qs, v.Actor("KEN"), "sameAs"); len(got) != 1 || got[0] != quad.IRI(schema.WDE+"Q114") {
		t.Errorf("sameAs = %v", got)
	}
	if got := find(qs, v.Actor("KEN"), "/ont/alias"); len(got) != 1 || got[0] != quad.String("Nairobi") {
		t.Errorf("aliases = %v", got)
	}
	// An organ links to its state.
	if got := find(b.Actor(somali), v.Actor("SOM-MIL"), "/ont/country"); len(got) != 1 || got[0] != v.Actor("SOM") {
		t.Errorf("country link = %v", got)
	}
	for _, q := range qs {
		if q.Label != b.ActorsGraph() {
			t.Errorf("actor quad %v outside the actors graph", q)
		}
	}
}
