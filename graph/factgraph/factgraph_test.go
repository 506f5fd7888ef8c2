package factgraph

import (
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/loaders/quads"
	"github.com/kg-project/kg/schema"
)

func TestFilterDates(t *testing.T) {
	m := &Model{Articles: map[string]*Article{"a": {IRI: "a", Date: "2015-11-20"}}}
	cases := []struct {
		date, from, to string
		keep           bool
	}{
		{"2015", "2015-09-01", "", true}, // a year overlaps a later start inside it
		{"2015-11", "", "2015-11-01", true},
		{"2015-11-24", "2015-12", "", false},
		{"2015-11-24", "2015-11", "2015-11", true},
		{"", "2015-11-01", "2015-11-30", true}, // the article's date stands in
		{"", "2016", "", false},
	}
	for _, c := range cases {
		f := &Fact{Date: c.date, Article: "a"}
		if got := (Filter{From: c.from, To: c.to}).Keep(m, f); got != c.keep {
			t.Errorf("date %q in [%q, %q]: keep %v, want %v", c.date, c.from, c.to, got, c.keep)
		}
	}
	if err := CheckDate("from", "2015-1"); err == nil {
		t.Error("2015-1 accepted")
	}
	if f := (&Fact{Modality: "hedged"}); (Filter{Modalities: map[string]bool{}}).Keep(m, f) {
		t.Error("hedged fact kept with no modalities asked for")
	}
}

func TestHighlightFallback(t *testing.T) {
	m := &Model{Actors: map[string]*Actor{"s": {Label: "France"}, "o": {Label: "Russia"}}}
	// Offsets that do not land on the trigger: search for the words instead.
	f := &Fact{Subject: "s", Object: "o", Sentence: "Yesterday France bombed Russia.", Trigger: "bombed",
		TrigSpan: [2]int{0, 3}, SubjSpan: [2]int{4, 8}, hasOffsets: 4}
	got := map[string]string{}
	for _, s := range m.Highlight(f) {
		got[s.Mark] = s.Text
	}
	if got["trigger"] != "bombed" || got["subject"] != "France" || got["object"] != "Russia" {
		t.Errorf("highlights %v", got)
	}
}

func TestSummaryRoundTrip(t *testing.T) {
	g := -10.0
	s := quads.Summary{Fact: "https://kg.local/fact/x", Subject: "https://kg.local/actor/fra", Predicate: "bombs",
		Object: "https://kg.local/actor/isis", Kind: "event", Modality: "asserted", Date: "2015-11", CAMEO: "195",
		Goldstein: &g, QuadClass: 4, Article: "https://kg.local/article/a", Published: "2015-11-20", Publisher: "AFP",
		SubjectLabel: "France", ObjectLabel: "Islamic State", Sentence: "France bombed IS."}
	f, a, sl, ol, ok := parseSummary(s.String(), summaryIndex())
	if !ok || f.IRI != s.Fact || f.Predicate != "bombs" || f.QuadClass != 4 || *f.Goldstein != -10 || f.Date != "2015-11" ||
		a.Publisher != "AFP" || a.Date != "2015-11-20" || sl != "France" || ol != "Islamic State" || Family(f) != "material-conflict" {
		t.Errorf("parsed %+v %+v %q %q %v", f, a, sl, ol, ok)
	}
	if _, _, _, _, ok := parseSummary("kg-fact-0\tx", summaryIndex()); ok {
		t.Error("another version accepted")
	}
	// A summary written before the position field existed ends with the sentence.
	old := s.String()
	old = old[:strings.LastIndex(old, "\t")]
	if f, _, _, _, ok := parseSummary(old, summaryIndex()); !ok || f.Sentence != "France bombed IS." {
		t.Errorf("summary without position: %+v %v", f, ok)
	}
}

func TestIsIndex(t *testing.T) {
	v := schema.Default()
	idx := quad.Quad{Subject: v.Actor("fra"), Predicate: v.Term(schema.PMentionedIn), Object: v.Article("a"), Label: v.Article("a")}
	model := quad.Quad{Subject: v.Actor("fra"), Predicate: v.Predicate("bombs"), Object: v.Actor("isis"), Label: v.Article("a")}
	if !IsIndex(v, idx) || IsIndex(v, model) {
		t.Errorf("IsIndex: mentionedIn %v, direct edge %v", IsIndex(v, idx), IsIndex(v, model))
	}
	for _, p := range []string{schema.PRelationAsSubject, schema.PRelationAsObject, schema.PStanceAsSubject, schema.PStanceAsObject, schema.PFactSummary} {
		if q := (quad.Quad{Subject: v.Actor("fra"), Predicate: v.Term(p), Object: quad.String("kg-fact-1\t..."), Label: v.Article("a")}); !IsIndex(v, q) {
			t.Errorf("IsIndex(%s) is false", p)
		}
	}
}
