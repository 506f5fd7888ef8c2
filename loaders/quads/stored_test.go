package quads

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/rdfio"
	"github.com/kg-project/kg/loaders"
	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/loaders/source"
	"github.com/kg-project/kg/schema"
)

type seedArticle struct {
	art   fact.Article
	facts []fact.Fact
}

func seedArticles(t testing.TB) []seedArticle {
	t.Helper()
	x, err := loaders.New(loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob("../../seeds/*.txt")
	if len(paths) == 0 {
		t.Skip("no seeds")
	}
	var out []seedArticle
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		r, err := x.Extract(source.Source{ID: strings.TrimSuffix(filepath.Base(p), ".txt"), Path: p, Raw: raw})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, seedArticle{r.Article, r.Facts})
	}
	return out
}

// copyAs is article a under another id, its facts re-labelled to match.
func (a seedArticle) copyAs(id string) seedArticle {
	c := seedArticle{art: a.art}
	c.art.ID = id
	c.art.Hash = "sha256:" + id + "/" + a.art.ID
	for _, f := range a.facts {
		f.Doc = id
		c.facts = append(c.facts, f)
	}
	return c
}

func (a seedArticle) load(t testing.TB, b *Builder, l *graph.Loader) { a.loadWith(t, b, l, true) }

// loadWith loads a; without useStored a replace scans the store by label.
func (a seedArticle) loadWith(t testing.TB, b *Builder, l *graph.Loader, useStored bool) {
	arts, actors, err := b.Result(a.art, a.facts)
	if err != nil {
		t.Fatal(err)
	}
	iri := b.ArticleIRI(a.art)
	ga := graph.Article{IRI: iri, Hash: a.art.Hash, HashPred: b.v.Term(schema.PContentHash), Quads: arts, Actors: actors}
	if useStored {
		ga.Stored = func(lookup func(quad.Direction, quad.Value) ([]quad.Quad, error)) ([]quad.Quad, error) {
			return b.Stored(iri, lookup)
		}
	}
	err = l.Load(context.Background(), ga)
	if err != nil {
		t.Fatal(err)
	}
}

func sortedLines(qs []quad.Quad) []string {
	var out []string
	for _, q := range qs {
		out = append(out, rdfio.FormatQuad(q))
	}
	sort.Strings(out)
	return out
}

// Stored must find exactly the quads a scan by label finds, or a replace
// leaves stale facts behind (or deletes another article's).
func TestStoredEqualsLabelScan(t *testing.T) {
	ctx := context.Background()
	b, err := New(schema.Default())
	if err != nil {
		t.Fatal(err)
	}
	s, err := graph.Open(ctx, graph.Config{Path: filepath.Join(t.TempDir(), "kg.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	l := s.NewLoader(0, func(o graph.Outcome) {
		if o.Status == graph.Failed {
			t.Fatal(o.Err)
		}
	})
	seeds := seedArticles(t)
	for _, a := range seeds {
		a.load(t, b, l)
	}
	l.Flush(ctx)
	for _, a := range seeds {
		iri := b.ArticleIRI(a.art)
		want, err := s.Quads(ctx, quad.Label, iri)
		if err != nil {
			t.Fatal(err)
		}
		got, err := b.Stored(iri, func(d quad.Direction, v quad.Value) ([]quad.Quad, error) { return s.Quads(ctx, d, v) })
		if err != nil {
			t.Fatal(err)
		}
		if g, w := strings.Join(sortedLines(got), "\n"), strings.Join(sortedLines(want), "\n"); g != w || len(want) < 10 {
			t.Errorf("%s: Stored found %d quads, the label scan %d", a.art.ID, len(got), len(want))
		}
	}
	// Replacing every seed with another's text leaves exactly the new quads.
	for i, a := range seeds {
		c := seeds[(i+1)%len(seeds)].copyAs(a.art.ID)
		c.load(t, b, l)
	}
	l.Flush(ctx)
	for i, a := range seeds {
		iri := b.ArticleIRI(a.art)
		stored, _ := s.Quads(ctx, quad.Label, iri)
		want, _, _ := b.Result(seeds[(i+1)%len(seeds)].copyAs(a.art.ID).art, seeds[(i+1)%len(seeds)].copyAs(a.art.ID).facts)
		if g, w := sortedLines(stored), sortedLines(dedupQuads(want)); strings.Join(g, "\n") != strings.Join(w, "\n") {
			t.Errorf("%s after replace: %d quads stored, want %d", a.art.ID, len(g), len(w))
		}
	}
}

func dedupQuads(qs []quad.Quad) []quad.Quad {
	seen := map[quad.Quad]bool{}
	var out []quad.Quad
	for _, q := range qs {
		if !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	return out
}

// BenchmarkReplace replaces 20 articles in a store of about 20k quads and
// in one of about 1M, finding their old quads with Stored and with a scan
// by label (which grew with the store: 0.9 s at 16k quads, 19.7 s at 777k).
// go test ./loaders/quads -run '^$' -bench Replace -benchtime 3x
func BenchmarkReplace(b *testing.B) {
	ctx := context.Background()
	bld, err := New(schema.Default())
	if err != nil {
		b.Fatal(err)
	}
	seeds := seedArticles(b)
	for _, target := range []int{20_000, 1_000_000} {
		s, err := graph.Open(ctx, graph.Config{Path: filepath.Join(b.TempDir(), "kg.db")})
		if err != nil {
			b.Fatal(err)
		}
		replaced := 0
		l := s.NewLoader(0, func(o graph.Outcome) {
			if o.Status == graph.Replaced {
				replaced++
			}
		})
		n := 0
		for ; ; n++ {
			seeds[n%len(seeds)].copyAs(fmt.Sprintf("a%d", n)).load(b, bld, l)
			if n%10 == 0 {
				l.Flush(ctx)
				if c, _ := s.Count(ctx); c >= int64(target) {
					break
				}
			}
		}
		l.Flush(ctx)
		size, _ := s.Count(ctx)
		cur := map[int]int{} // article -> the seed whose text it has now
		for _, mode := range []string{"stored", "label-scan"} {
			b.Run(fmt.Sprintf("%s/quads=%d", mode, size), func(b *testing.B) {
				var spent time.Duration
				replaced = 0
				for i := 0; i < b.N; i++ {
					start := time.Now()
					for k := 0; k < 20; k++ {
						// Another text than the article has now, so each is a replace.
						id := k * (n / 20)
						if _, ok := cur[id]; !ok {
							cur[id] = id % len(seeds)
						}
						cur[id] = (cur[id] + 1) % len(seeds)
						seeds[cur[id]].copyAs(fmt.Sprintf("a%d", id)).loadWith(b, bld, l, mode == "stored")
					}
					l.Flush(ctx)
					spent += time.Since(start)
				}
				if replaced != 20*b.N {
					b.Fatalf("%d of %d loads were replaces", replaced, 20*b.N)
				}
				b.ReportMetric(spent.Seconds()/float64(b.N), "s/20-replaces")
			})
		}
		s.Close()
	}
}

// The pair index (Builder.PairIRI): one hop from the pair node reads the
// facts between two actors in either direction, and a replace or a
// removal of the article takes them away with it.
func TestPairIndexWrittenAndReplaced(t *testing.T) {
	ctx := context.Background()
	b := builder(t)
	v := schema.Default()
	ken, som := v.Actor("KEN"), v.Actor("SOM-MIL")
	if b.PairIRI(ken, som) != b.PairIRI(som, ken) || b.PairIRI(ken, som) != quad.IRI(v.Base()+"pair/ken/som-mil") {
		t.Fatalf("pair IRIs %v, %v", b.PairIRI(ken, som), b.PairIRI(som, ken))
	}
	s, err := graph.Open(ctx, graph.Config{Path: filepath.Join(t.TempDir(), "kg.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	l := s.NewLoader(0, func(o graph.Outcome) {
		if o.Status == graph.Failed {
			t.Fatal(o.Err)
		}
	})
	pairFacts := func(x, y quad.IRI) []string {
		t.Helper()
		qs, err := s.Quads(ctx, quad.Subject, b.PairIRI(x, y))
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, q := range qs {
			if q.Predicate != v.Term(schema.PFactSummary) {
				t.Errorf("pair node quad %v", q)
				continue
			}
			lit, _ := q.Object.(quad.String)
			out = append(out, strings.Split(string(lit)+"\t", "\t")[1])
		}
		sort.Strings(out)
		return out
	}
	// Kenya accuses Somalia (military); Somalia (military) denies attacking Kenya.
	back := accuse(true)
	back.Subject, back.Object, back.Predicate, back.CAMEO, back.SentenceIndex = somali, kenya, "attacks", "190", 1
	first := seedArticle{art: art, facts: []fact.Fact{accuse(false), back}}
	first.load(t, b, l)
	l.Flush(ctx)
	want := []string{string(v.Fact(FactID(accuse(false)))), string(v.Fact(FactID(back)))}
	sort.Strings(want)
	if got := pairFacts(ken, som); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("pair Kenya/Somalia (military) after load: %v, want %v", got, want)
	}
	// Each summary carries its fact's position in the article (the order of
	// writing, which a read through several pairs restores).
	for i, f := range first.facts {
		qs, err := s.Quads(ctx, quad.Subject, v.Fact(FactID(f)))
		if err != nil {
			t.Fatal(err)
		}
		pos := ""
		for _, q := range qs {
			if q.Predicate == v.Term(schema.PSummary) {
				lit, _ := q.Object.(quad.String)
				fs := strings.Split(string(lit), "\t")
				pos = fs[len(fs)-1]
			}
		}
		if pos != fmt.Sprint(i) {
			t.Errorf("fact %d: summary position %q", i, pos)
		}
	}
	// The same article with another text: Kenya accuses Ethiopia instead.
	eth := fact.Actor{ID: "ETH", Name: "Ethiopia", Type: schema.Country, Country: "ETH"}
	other := accuse(false)
	other.Object = eth
	second := seedArticle{art: art, facts: []fact.Fact{other}}
	second.art.Hash = "sha256:01"
	second.load(t, b, l)
	l.Flush(ctx)
	if got := pairFacts(ken, som); len(got) != 0 {
		t.Errorf("pair Kenya/Somalia (military) after replace: %v, want none", got)
	}
	if got := pairFacts(v.Actor("ETH"), ken); len(got) != 1 || got[0] != string(v.Fact(FactID(other))) {
		t.Errorf("pair Kenya/Ethiopia after replace: %v", got)
	}
	// Removing the article (a replace by no facts) leaves no pair behind.
	empty := seedArticle{art: art}
	empty.art.Hash = "sha256:02"
	empty.load(t, b, l)
	l.Flush(ctx)
	if got := pairFacts(v.Actor("ETH"), ken); len(got) != 0 {
		t.Errorf("pair Kenya/Ethiopia after the article lost its facts: %v", got)
	}
}

// The kind indexes (an actor's relations and stances apart from its
// events) and the actor-year index (its facts by the year they are placed
// in) are written with the fact and go with its article.
func TestKindAndYearIndexes(t *testing.T) {
	ctx := context.Background()
	b := builder(t)
	v := schema.Default()
	ken, som := v.Actor("KEN"), v.Actor("SOM-MIL")
	event := accuse(false) // dated 2015-12
	stance := fact.Fact{Doc: "a1", Kind: schema.Stance, Subject: kenya, Object: somali, Predicate: "opposes", Polarity: -1,
		Modality: fact.Asserted, SentenceIndex: 1, Sentence: "Kenya opposes Somali forces.", Rule: "fixture"}
	relation := fact.Fact{Doc: "a1", Kind: schema.Relation, Subject: somali, Object: kenya, Predicate: "allyOf",
		Modality: fact.Asserted, SentenceIndex: 2, Sentence: "Somali forces are Kenya's allies.", Rule: "fixture"}
	s, err := graph.Open(ctx, graph.Config{Path: filepath.Join(t.TempDir(), "kg.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	l := s.NewLoader(0, func(o graph.Outcome) {
		if o.Status == graph.Failed {
			t.Fatal(o.Err)
		}
	})
	// facts lists the facts (ids) one hop along p from node.
	facts := func(node quad.IRI, p string) []string {
		t.Helper()
		qs, err := s.Quads(ctx, quad.Subject, node)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, q := range qs {
			if q.Predicate == v.Term(p) {
				lit, _ := q.Object.(quad.String)
				out = append(out, strings.Split(string(lit)+"\t", "\t")[1])
			}
		}
		sort.Strings(out)
		return out
	}
	id := func(f fact.Fact) string { return string(v.Fact(FactID(f))) }
	seedArticle{art: art, facts: []fact.Fact{event, stance, relation}}.load(t, b, l)
	l.Flush(ctx)
	year := func(a quad.IRI, y string) quad.IRI {
		return quad.IRI(v.Base() + "year/" + y + "/" + strings.TrimPrefix(string(a), v.Base()+"actor/"))
	}
	if y, ok := b.ActorYearIRI(ken, "2015-12"); !ok || y != year(ken, "2015") {
		t.Errorf("ActorYearIRI(Kenya, 2015-12) = %v, %v", y, ok)
	}
	if _, ok := b.ActorYearIRI(ken, ""); ok {
		t.Error("an undated fact has a year")
	}
	checks := []struct {
		node quad.IRI
		p    string
		want []string
	}{
		{ken, schema.PStanceAsSubject, []string{id(stance)}},
		{som, schema.PStanceAsObject, []string{id(stance)}},
		{som, schema.PRelationAsSubject, []string{id(relation)}},
		{ken, schema.PRelationAsObject, []string{id(relation)}},
		{ken, schema.PRelationAsSubject, nil},
		// The event by its own date, the others by the article's (2015-12-21).
		{year(ken, "2015"), schema.PFactSummary, sortedIDs(id(event), id(stance), id(relation))},
		{year(som, "2015"), schema.PFactSummary, sortedIDs(id(event), id(stance), id(relation))},
	}
	for _, c := range checks {
		if got := facts(c.node, c.p); strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%s -%s->: %v, want %v", c.node, c.p, got, c.want)
		}
	}
	// Replaced by a text with the event only, dated 2016 by its article.
	again := event
	again.Date = ""
	second := seedArticle{art: art, facts: []fact.Fact{again}}
	second.art.Hash, second.art.Date = "sha256:01", "2016-01-02"
	second.load(t, b, l)
	l.Flush(ctx)
	for _, c := range checks[:4] {
		if got := facts(c.node, c.p); len(got) != 0 {
			t.Errorf("after replace %s -%s->: %v", c.node, c.p, got)
		}
	}
	if got := facts(year(ken, "2015"), schema.PFactSummary); len(got) != 0 {
		t.Errorf("after replace, Kenya's 2015: %v", got)
	}
	if got := facts(year(som, "2016"), schema.PFactSummary); len(got) != 1 || got[0] != id(again) {
		t.Errorf("after replace, Somalia (military)'s 2016: %v", got)
	}
}

func sortedIDs(ids ...string) []string { sort.Strings(ids); return ids }
