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
