package queries

// A store written before the pair, kind and year indexes and the summaries'
// position field answers every question as a store with them does: the
// queries fall back to reading an actor's facts (lib.js pairIndexed,
// yearsIndexed, the kind index found empty).

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/factgraph"
	"github.com/kg-project/kg/graph/rdfio"
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
	rNow, rOlder := seedsRunners(t, olderQuads)
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
	rWith, rWithout := seedsRunners(t, withoutSummaries)
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

// importedSeeds is the seeds loaded as kg load writes them (counts
// included) and a copy of them that went through kg export's data model
// (factgraph.ModelOf, what kg export writes by default) and kg import: a
// store without summaries, inverse edges, mentionedIn, periods or counts.
func importedSeeds(t *testing.T) (orig, imported cgraph.QuadStore) {
	t.Helper()
	ctx := context.Background()
	open := func(name string) *graph.Store {
		st, err := graph.Open(ctx, graph.Config{Backend: graph.Bolt, Path: filepath.Join(t.TempDir(), name)})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
	a, b := open("seeds.db"), open("imported.db")
	if loadSeeds(t, a.QuadStore()) == 0 {
		t.Fatal("no facts in the seeds")
	}
	copyModel(t, a, b)
	return a.QuadStore(), b.QuadStore()
}

// copyModel imports into to what kg export writes of from by default (its
// data model, factgraph.ModelOf), as kg import does.
func copyModel(t *testing.T, from, to *graph.Store) {
	t.Helper()
	ctx := context.Background()
	var buf bytes.Buffer
	nw, model := rdfio.NewWriter(&buf), factgraph.ModelOf(schema.Default())
	err := from.EachQuad(ctx, func(q quad.Quad) error {
		if q, ok := model(q); ok {
			return nw.WriteQuad(q)
		}
		return nil
	})
	if err == nil {
		err = nw.Flush()
	}
	if err != nil {
		t.Fatal(err)
	}
	if _, err := to.Import(ctx, &buf, "export.nq"); err != nil {
		t.Fatal(err)
	}
}

// importCases lists, for every canned question, the arguments it is asked
// with on the seeds: each actor argument with several actors (two-actor
// questions with pairs of them), each predicate with several predicates
// and CAMEO codes, the flags that change how facts are read (--limit, a
// date range, --direct), so that every way a question reads facts runs.
// A parameter it does not know fails the test: a new question (or flag)
// is added here.
func importCases(t *testing.T) []map[string]string {
	actors := []string{"Russia", "France", "Putin", "Le Drian", "Shoigu", "Turkey", "Islamic State", "Hollande", "Assad"}
	pairs := [][2]string{{"France", "Russia"}, {"Russia", "France"}, {"Le Drian", "Shoigu"}, {"Turkey", "Russia"}, {"Le Drian", "Turkey"}, {"Putin", "Assad"}, {"France", "Islamic State"}}
	preds := []string{"attacks", "meets", "accuses", "19", "04", "agrees"}
	qs, err := List()
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]string
	for _, q := range qs {
		var cases []map[string]string
		add := func(v map[string]string) {
			v["@query"] = q.Name
			cases = append(cases, v)
		}
		names := map[string]bool{}
		for _, p := range q.Params() {
			names[p.Name] = true
		}
		switch {
		case names["a"] && names["b"] && names["predicate"]: // sources
			for _, ab := range pairs {
				for _, p := range preds {
					add(map[string]string{"a": ab[0], "b": ab[1], "predicate": p})
				}
			}
			add(map[string]string{"a": "Le Drian", "b": "Shoigu", "predicate": "meets", "exact": "true"})
		case names["a"] && names["b"]: // between, path, tone
			for _, ab := range pairs {
				add(map[string]string{"a": ab[0], "b": ab[1]})
			}
			if names["limit"] {
				add(map[string]string{"a": "France", "b": "Russia", "limit": "0"})
				add(map[string]string{"a": "France", "b": "Russia", "limit": "2"})
			}
			if names["max-hops"] {
				add(map[string]string{"a": "Le Drian", "b": "Islamic State", "max-hops": "1"})
			}
		case names["predicate"] && names["actor"] && !names["on"] && q.Args[0].Name == "predicate": // who
			for _, p := range preds {
				add(map[string]string{"predicate": p})
				add(map[string]string{"predicate": p, "exact": "true", "limit": "0"})
				for _, a := range actors[:6] {
					add(map[string]string{"predicate": p, "actor": a})
				}
			}
		case names["speaker"]: // claims
			for _, a := range actors {
				add(map[string]string{"speaker": a})
			}
			for _, p := range []string{"Middle East Eye", "MEP", "Mediapart", "AFP"} {
				add(map[string]string{"publisher": p})
				add(map[string]string{"publisher": p, "speaker": "Hollande"})
			}
			add(map[string]string{"speaker": "Putin", "limit": "2"})
		case names["type"]: // actors
			for _, ty := range []string{"", "person", "country", "organization"} {
				add(map[string]string{"type": ty})
			}
			add(map[string]string{"limit": "3"})
			add(map[string]string{"limit": "0"})
		case names["actor"]:
			var opt bool
			for _, p := range q.Args {
				opt = opt || (p.Name == "actor" && !p.Required)
			}
			as := append([]string(nil), actors...)
			if opt {
				as = append(as, "")
			}
			for _, a := range as {
				v := map[string]string{"actor": a}
				add(v)
				if names["limit"] {
					add(map[string]string{"actor": a, "limit": "0"})
					add(map[string]string{"actor": a, "limit": "3"})
				}
				if names["on"] {
					for _, o := range []string{"Assad", "Islamic State", "Russia"} {
						add(map[string]string{"actor": a, "on": o})
					}
				}
				if names["predicate"] {
					for _, p := range preds[:3] {
						add(map[string]string{"actor": a, "predicate": p})
					}
				}
				if names["from"] {
					add(map[string]string{"actor": a, "from": "2015-11", "to": "2015-12"})
					add(map[string]string{"actor": a, "from": "2015-11-26", "limit": "4"})
					add(map[string]string{"actor": a, "to": "2014"})
				}
			}
		}
		if len(cases) == 0 {
			t.Fatalf("%s: no arguments to ask it with; add it to importCases", q.Name)
		}
		for _, v := range cases {
			for k := range v {
				if _, ok := q.Param(k); !ok && k != "@query" && k != "direct" {
					t.Fatalf("%s: importCases gives %s, which it does not take", q.Name, k)
				}
			}
			out = append(out, v)
			if _, ok := q.Param("direct"); ok {
				w := map[string]string{"direct": "true"}
				for k, x := range v {
					w[k] = x
				}
				out = append(out, w)
			}
		}
	}
	return out
}

// Every canned question answers on a store imported from kg export as on
// the store it was exported from: rows and summary lines alike. (A store
// imported so has no summaries, pair, kind or year indexes, inverse edges,
// mentionedIn, periods or counts: every question reads the facts' own
// properties. Before the fix, relations counted every fact of an actor as
// one, timeline without an actor found nothing, who, stance and claims
// lost their report dates, and ties within a sentence came out in the
// store's own order.)
func TestImportedStoreAnswersTheSame(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts the seeds")
	}
	orig, imported := importedSeeds(t)
	rOrig, err := NewRunner(orig, schema.Default())
	if err != nil {
		t.Fatal(err)
	}
	rImp, err := NewRunner(imported, schema.Default())
	if err != nil {
		t.Fatal(err)
	}
	asked, rows, bad := map[string]int{}, 0, 0
	for _, v := range importCases(t) {
		name := v["@query"]
		values := map[string]string{}
		for k, x := range v {
			if k != "@query" && x != "" {
				values[k] = x
			}
		}
		want, got := run(t, rOrig, name, values), run(t, rImp, name, values)
		asked[name]++
		rows += len(want.Rows)
		if !reflect.DeepEqual(got.Rows, want.Rows) || !reflect.DeepEqual(got.Summary, want.Summary) {
			bad++
			if bad <= 20 {
				t.Errorf("%s %v: the imported store answers %d rows %v, the original %d rows %v\n%s", name, values,
					len(got.Rows), got.Summary, len(want.Rows), want.Summary, firstDifference(got.Rows, want.Rows))
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of the questions asked answer differently on the imported store", bad)
	}
	qs, _ := List()
	for _, q := range qs {
		if asked[q.Name] == 0 {
			t.Errorf("%s was not asked", q.Name)
		}
	}
	if rows < 1000 {
		t.Errorf("only %d rows in all on the original store: the seeds answer too little to compare", rows)
	}
	t.Logf("%d questions asked (%v), %d rows on the original store", len(importCases(t)), asked, rows)
}

// firstDifference shows the columns of the first row in which two answers
// differ.
func firstDifference(got, want []map[string]any) string {
	for i := 0; i < len(got) || i < len(want); i++ {
		var g, w map[string]any
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if reflect.DeepEqual(g, w) {
			continue
		}
		var b strings.Builder
		fmt.Fprintf(&b, "row %d:", i)
		for k := range w {
			if _, ok := g[k]; !ok {
				g = map[string]any{k: nil}
			}
		}
		for k, x := range g {
			if y := w[k]; !reflect.DeepEqual(x, y) {
				fmt.Fprintf(&b, "\n  %s: imported %.300v\n  %s: original %.300v", k, fmt.Sprint(x), k, fmt.Sprint(y))
			}
		}
		return b.String()
	}
	return "(same rows)"
}

// seedsRunners loads the seeds twice: as they are, and with every quad list
// passed through reduce (the quads a store of another kind would hold); it
// returns a runner on each store.
func seedsRunners(t *testing.T, reduce func([]quad.Quad) []quad.Quad) (full, reduced *Runner) {
	t.Helper()
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
	a, r := open("full.db"), open("reduced.db")
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
		}{{a, art}, {a, actors}, {r, reduce(art)}, {r, reduce(actors)}} {
			if err := applyQuads(w.qs, w.qq); err != nil {
				t.Fatal(err)
			}
		}
	}
	if full, err = NewRunner(a, schema.Default()); err != nil {
		t.Fatal(err)
	}
	if reduced, err = NewRunner(r, schema.Default()); err != nil {
		t.Fatal(err)
	}
	return full, reduced
}
