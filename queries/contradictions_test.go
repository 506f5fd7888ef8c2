package queries

// contradictions ACTOR rolls up as every question does (README, "One
// roll-up rule"): an act asserted of one of the actor's side and denied of
// another of it is one act. It reads the same on a store with the denial
// and pair indexes as on one without them (kg import of kg export), and a
// negated plan or hedge is no denial.

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

// bothStores runs one question on both runners and fails unless they
// answer alike; it returns the answer of the first.
func bothStores(t *testing.T, indexed, imported *Runner, name string, values map[string]string) *Result {
	t.Helper()
	want, got := run(t, indexed, name, values), run(t, imported, name, values)
	if !reflect.DeepEqual(got.Rows, want.Rows) || !reflect.DeepEqual(got.Summary, want.Summary) {
		t.Errorf("%s %v: the store without indexes answers %d rows %v, the store with them %d rows %v\n%s", name, values,
			len(got.Rows), got.Summary, len(want.Rows), want.Summary, firstDifference(got.Rows, want.Rows))
	}
	return want
}

func runners(t *testing.T, a, b cgraph.QuadStore) (*Runner, *Runner) {
	t.Helper()
	ra, err := NewRunner(a, schema.Default())
	if err != nil {
		t.Fatal(err)
	}
	rb, err := NewRunner(b, schema.Default())
	if err != nil {
		t.Fatal(err)
	}
	return ra, rb
}

func negated(f fact.Fact, speaker *fact.Actor) fact.Fact {
	f.Negated, f.Speaker = true, speaker
	return f
}

// rollUpContradictionStores holds, as kg load writes it and as a copy
// through kg export and kg import: Agency A saying France bombed Syria,
// France bombed Turkey and Turkey met Russia; Agency B quoting France's
// president Hollande, "We did not bomb Syria" (a denial by one who acts
// for France) and "Turkey must not be targeted by our actions" (hedged: a
// commitment, no denial of what happened), and reporting that Russia did
// not meet Turkey (meets is symmetric: Turkey meeting Russia is the act).
func rollUpContradictionStores(t *testing.T) (indexed, imported *Runner) {
	t.Helper()
	open := func(name string) *graph.Store {
		st, err := graph.Open(context.Background(), graph.Config{Backend: graph.Bolt, Path: filepath.Join(t.TempDir(), name)})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
	a, b := open("indexed.db"), open("imported.db")
	at := func(f fact.Fact, i int) fact.Fact { f.SentenceIndex = i; return f }
	writeArticles(t, a.QuadStore(), []fixtureArticle{
		{fact.Article{ID: "agency-a", Title: "Strikes", Publisher: "Agency A", Date: "2015-11-30", Hash: "sha256:a"}, []fact.Fact{
			at(ev("agency-a", france, "bombs", "195", syria, "2015-11-29", fact.Asserted, "France bombed Syria on 29 November."), 1),
			at(ev("agency-a", france, "bombs", "195", turkey, "2015-11-29", fact.Asserted, "France bombed Turkey on 29 November."), 2),
			at(ev("agency-a", turkey, "meets", "040", russia, "2015-11-29", fact.Asserted, "Turkey met Russia on 29 November."), 3),
		}},
		{fact.Article{ID: "agency-b", Title: "Denials", Publisher: "Agency B", Date: "2015-11-30", Hash: "sha256:b"}, []fact.Fact{
			at(rel("agency-b", hollande, "roleIn", france, "French President François Hollande spoke on Monday."), 1),
			at(negated(ev("agency-b", hollande, "bombs", "195", syria, "", fact.Asserted, "\"We did not bomb Syria,\" Hollande said."), &hollande), 2),
			at(negated(ev("agency-b", hollande, "bombs", "195", turkey, "", fact.Hedged, "\"Turkey must not be targeted by our actions,\" Hollande said."), &hollande), 3),
			at(negated(ev("agency-b", russia, "meets", "040", turkey, "", fact.Asserted, "Russia did not meet Turkey on Sunday."), nil), 4),
		}},
	})
	copyModel(t, a, b)
	return runners(t, a.QuadStore(), b.QuadStore())
}

// Before contradictions ACTOR rolled up the acts it reads against a
// denial, the store with indexes read only the denial's own pair
// (Hollande, Syria) and found no row for France; the store without them,
// made to agree, found none either. And a symmetric act asserted one way
// and denied the other was found only on the store without indexes.
func TestContradictionsRollUp(t *testing.T) {
	indexed, imported := rollUpContradictionStores(t)

	res := bothStores(t, indexed, imported, "contradictions", map[string]string{"actor": "France"})
	if find(res, map[string]string{"kind": "asserted and denied", "source": "France", "target": "Syria",
		"asserted_by": "Agency A", "denied_by": "François Hollande (in Agency B)"}) == nil {
		t.Errorf("contradictions France: no row for Agency A's strike on Syria against Hollande's denial:\n%s", dump(res))
	}
	if len(res.Rows) != 1 {
		t.Errorf("contradictions France: %d rows, want 1 (Syria; \"must not be targeted\" denies no strike on Turkey):\n%s", len(res.Rows), dump(res))
	}

	// --direct: France alone; Hollande's denial is his, not France's.
	res = bothStores(t, indexed, imported, "contradictions", map[string]string{"actor": "France", "direct": "true"})
	if len(res.Rows) != 0 {
		t.Errorf("contradictions France --direct: %d rows, want none:\n%s", len(res.Rows), dump(res))
	}
	// Hollande stands for himself only: France's strikes are not his.
	res = bothStores(t, indexed, imported, "contradictions", map[string]string{"actor": "Hollande"})
	if len(res.Rows) != 0 {
		t.Errorf("contradictions Hollande: %d rows, want none:\n%s", len(res.Rows), dump(res))
	}

	// Turkey met Russia; Russia did not meet Turkey: one act, both ways.
	for _, args := range []map[string]string{nil, {"actor": "Russia"}, {"actor": "Turkey", "direct": "true"}} {
		res = bothStores(t, indexed, imported, "contradictions", args)
		if find(res, map[string]string{"kind": "asserted and denied", "predicate": "meets",
			"asserted_by": "Agency A", "denied_by": "Agency B"}) == nil {
			t.Errorf("contradictions %v: no row for Turkey meeting Russia against Russia not meeting Turkey:\n%s", args, dump(res))
		}
		if len(res.Rows) != 1 {
			t.Errorf("contradictions %v: %d rows, want 1 (without an actor nothing rolls up):\n%s", args, len(res.Rows), dump(res))
		}
	}
}

// On the seeds, Hollande (France's president, so France's in every
// rolled-up question) is stored as denying that he attacks Islamic State:
// 004 (Mediapart), "... make sure that \"the forces combatting Daesh and
// other terrorist groups must not be targeted by our actions.\"" What he
// rules out is striking the forces that fight Daesh, and as a commitment
// ("must not", modality hedged), not a denial that any strike happened;
// the same sentence has him agreeing to "intensify airstrikes against
// Daesh". So the three statements that France (or its military) attacks
// Islamic State (000, Middle East Eye; 001; 003, MEP) contradict nothing,
// and neither store reports them, rolled up or not.
func TestSeedsHollandeDeniesNoStrike(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts the seeds")
	}
	orig, copied := importedSeeds(t)
	indexed, imported := runners(t, orig, copied)

	claims := run(t, indexed, "claims", map[string]string{"speaker": "Hollande", "direct": "true", "limit": "0"})
	row := mustFind(t, claims, map[string]string{"says": "denies", "predicate": "attacks", "target": "Islamic State", "status": "hedged", "article": "004_09ce43adf9c1ec7a"})
	if s, _ := row["sentence"].(string); !strings.Contains(s, "must not be targeted by our actions") {
		t.Errorf("Hollande's denial is not the sentence this test is about: %q", s)
	}
	sources := run(t, indexed, "sources", map[string]string{"a": "France", "predicate": "attacks", "b": "Islamic State"})
	happened := 0
	for _, r := range sources.Rows {
		if r["status"] == "happened" {
			happened++
		}
	}
	if happened < 3 {
		t.Errorf("sources France attacks Islamic State: %d statements of what happened, want the 3 this test is about:\n%s", happened, dump(sources))
	}

	for _, args := range []map[string]string{{"actor": "France"}, {"actor": "France", "direct": "true"}, {"actor": "Hollande"}, {"actor": "Islamic State"}, nil} {
		res := bothStores(t, indexed, imported, "contradictions", args)
		for _, r := range res.Rows {
			if strings.Contains(cell(r["denied_by"], ""), "Hollande") {
				t.Errorf("contradictions %v: Hollande's \"must not be targeted\" taken as a denial: %v", args, r)
			}
		}
		if args != nil && args["actor"] == "France" && len(res.Rows) != 0 {
			t.Errorf("contradictions %v: %d rows, want none:\n%s", args, len(res.Rows), dump(res))
		}
	}
}
