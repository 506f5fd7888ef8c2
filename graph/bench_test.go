package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
)

// syntheticArticle has about 250 quads: 10 facts of 24 properties each, as
// the quad builder writes them, spread over 50 actors.
func syntheticArticle(i int) Article {
	iri := quad.IRI(fmt.Sprintf("%sarticle/bench-%d", ex, i))
	a := Article{IRI: iri, Hash: fmt.Sprint(i), HashPred: hashPred}
	add := func(s, p quad.IRI, o quad.Value) {
		a.Quads = append(a.Quads, quad.Quad{Subject: s, Predicate: p, Object: o, Label: iri})
	}
	add(iri, hashPred, quad.String(a.Hash))
	for f := 0; f < 10; f++ {
		subj := quad.IRI(fmt.Sprintf("%sactor/%d", ex, (i+f)%50))
		obj := quad.IRI(fmt.Sprintf("%sactor/%d", ex, (i+f+7)%50))
		add(subj, quad.IRI(ex+"ont/meets"), obj)
		node := quad.IRI(fmt.Sprintf("%sfact/bench-%d-%d", ex, i, f))
		for p := 0; p < 23; p++ {
			add(node, quad.IRI(fmt.Sprintf("%sont/p%d", ex, p)), quad.String(fmt.Sprintf("value %d of fact %d in article %d", p, f, i)))
		}
		a.Actors = append(a.Actors, quad.Quad{Subject: subj, Predicate: quad.IRI("http://www.w3.org/2000/01/rdf-schema#label"), Object: quad.String(string(subj)), Label: quad.IRI(ex + "graph/actors")})
	}
	return a
}

// BenchmarkLoad measures kg load's write path on the file backends:
// go test ./graph -run '^$' -bench Load
func BenchmarkLoad(b *testing.B) {
	const articles = 200
	arts := make([]Article, articles)
	for i := range arts {
		arts[i] = syntheticArticle(i)
	}
	for _, c := range []struct{ backend, file string }{{Bolt, "kg.db"}, {LevelDB, "kg.ldb"}} {
		for _, batch := range []int{1000, DefaultBatchSize, 50000} {
			benchLoad(b, c.backend, c.file, batch, arts)
		}
	}
}

func benchLoad(b *testing.B, backend, file string, batch int, arts []Article) {
	b.Run(fmt.Sprintf("%s/batch=%d", backend, batch), func(b *testing.B) {
		var quads int
		var spent time.Duration
		for n := 0; n < b.N; n++ {
			b.StopTimer()
			s, err := Open(context.Background(), Config{Backend: backend, Path: filepath.Join(b.TempDir(), file)})
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			start := time.Now()
			l := s.NewLoader(batch, func(o Outcome) {
				if o.Status == Failed {
					b.Fatal(o.Err)
				}
				quads += o.Added
			})
			for _, a := range arts {
				if err := l.Load(context.Background(), a); err != nil {
					b.Fatal(err)
				}
			}
			if err := l.Flush(context.Background()); err != nil {
				b.Fatal(err)
			}
			spent += time.Since(start)
			b.StopTimer()
			s.Close()
			b.StartTimer()
		}
		b.ReportMetric(float64(quads)/spent.Seconds(), "quads/s")
	})
}
