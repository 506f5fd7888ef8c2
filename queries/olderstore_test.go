package queries

// A store written before the pair, kind and year indexes and the summaries'
// position field answers every question as a store with them does: the
// queries fall back to reading an actor's facts (lib.js pairIndexed,
// yearsIndexed, the kind index found empty).

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/loaders"
	"github.com/kg-project/kg/loaders/quads"
	"github.com/kg-project/kg/loaders/source"
	"github.com/kg-project/kg/schema"
)

// olderQuads is qq as a store written before the pair, kind and year
// indexes would hold it: without those edges, and with summaries that end
// at the sentence.
func olderQuads(qq []quad.Quad) []quad.Quad {
	v := schema.Default()
	kind := map[quad.Value]bool{
		v.Term(schema.PRelationAsSubject): true, v.Term(schema.PRelationAsObject): true,
		v.Term(schema.PStanceAsSubject): true, v.Term(schema.PStanceAsObject): true,
	}
	var out []quad.Quad
	for _, q := range qq {
		if s, _ := q.Subject.(quad.IRI); strings.HasPrefix(string(s), v.Base()+"pair/") || strings.HasPrefix(string(s), v.Base()+"year/") || kind[q.Predicate] {
			continue
		}
		if lit, ok := q.Object.(quad.String); ok && strings.HasPrefix(string(lit), quads.SummaryVersion+"\t") {
			q.Object = quad.String(string(lit)[:strings.LastIndex(string(lit), "\t")])
		}
		out = append(out, q)
	}
	return out
}

func TestOlderStoreAnswersTheSame(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts the seeds twice")
	}
	ctx := context.Background()
	ex, err := loaders.New(loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := quads.New(schema.Default())
	if err != nil {
		t.Fatal(err)
	}
	open := func(name string) cgraph.QuadStore {
		st, err := graph.Open(ctx, graph.Config{Backend: graph.Bolt, Path: filepath.Join(t.TempDir(), name)})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st.QuadStore()
	}
	now, older := open("now.db"), open("older.db")
	for src, err := range source.All([]string{seedsDir(t)}, source.Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		res, err := ex.Extract(src)
		if err != nil {
			t.Fatal(err)
		}
		art, actors, err := b.Result(res.Article, res.Facts)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range []struct {
			qs cgraph.QuadStore
			qq []quad.Quad
		}{{now, art}, {now, actors}, {older, olderQuads(art)}, {older, olderQuads(actors)}} {
			if err := applyQuads(w.qs, w.qq); err != nil {
				t.Fatal(err)
			}
		}
	}
	rNow, err := NewRunner(now, schema.Default())
	if err != nil {
		t.Fatal(err)
	}
	rOlder, err := NewRunner(older, schema.Default())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range benchCases {
		for _, direct := range []bool{false, true} {
			values := map[string]string{}
			for k, x := range c.values {
				values[k] = x
			}
			if direct {
				q, _ := Get(c.name)
				if _, ok := q.Param("direct"); !ok {
					continue
				}
				values["direct"] = "true"
			}
			got, want := run(t, rOlder, c.name, values), run(t, rNow, c.name, values)
			if !reflect.DeepEqual(got.Rows, want.Rows) || !reflect.DeepEqual(got.Summary, want.Summary) {
				t.Errorf("%s %v: the older store answers %d rows %v, the store now %d rows %v", c.name, values, len(got.Rows), got.Summary, len(want.Rows), want.Summary)
			}
		}
	}
}

// withoutSummaries is qq without the summaries and the indexes that hold
// them, as a store written before them (or imported from kg export, which
// writes none) holds it.
func withoutSummaries(qq []quad.Quad) []quad.Quad {
	v := schema.Default()
	drop := map[quad.Value]bool{}
	for _, t := range []string{schema.PSummary, schema.PSummaryAsSubject, schema.PSummaryAsObject, schema.PSummaryAsSpeaker,
		schema.PFactSummary, schema.PRelationAsSubject, schema.PRelationAsObject, schema.PStanceAsSubject, schema.PStanceAsObject} {
		drop[v.Term(t)] = true
	}
	var out []quad.Quad
	for _, q := range qq {
		if !drop[q.Predicate] {
			out = append(out, q)
		}
	}
	return out
}

// A store without summaries reads profile's facts property by property;
// it answers as a store with them (it used to count every such fact of an
// actor as one: the fact had no id in its split form).
func TestProfileWithoutSummaries(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts the seeds")
	}
	ctx := context.Background()
	ex, err := loaders.New(loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := quads.New(schema.Default())
	if err != nil {
		t.Fatal(err)
	}
	open := func(name string) cgraph.QuadStore {
		st, err := graph.Open(ctx, graph.Config{Backend: graph.Bolt, Path: filepath.Join(t.TempDir(), name)})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st.QuadStore()
	}
	with, without := open("with.db"), open("without.db")
	for src, err := range source.All([]string{seedsDir(t)}, source.Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		res, err := ex.Extract(src)
		if err != nil {
			t.Fatal(err)
		}
		art, actors, err := b.Result(res.Article, res.Facts)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range []struct {
			qs cgraph.QuadStore
			qq []quad.Quad
		}{{with, art}, {with, actors}, {without, withoutSummaries(art)}, {without, withoutSummaries(actors)}} {
			if err := applyQuads(w.qs, w.qq); err != nil {
				t.Fatal(err)
			}
		}
	}
	rWith, err := NewRunner(with, schema.Default())
	if err != nil {
		t.Fatal(err)
	}
	rWithout, err := NewRunner(without, schema.Default())
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Russia", "France", "Putin", "Le Drian", "Shoigu", "Turkey", "Islamic State"} {
		for _, direct := range []string{"false", "true"} {
			values := map[string]string{"actor": name, "direct": direct}
			got, want := run(t, rWithout, "profile", values), run(t, rWith, "profile", values)
			if len(want.Rows) < 5 {
				t.Fatalf("profile %v: %d rows on the seeds, want a few more", values, len(want.Rows))
			}
			if !reflect.DeepEqual(got.Rows, want.Rows) {
				t.Errorf("profile %v without summaries:\n%v\nwith them:\n%v", values, got.Rows, want.Rows)
			}
		}
	}
}
