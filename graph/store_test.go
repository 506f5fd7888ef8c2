package graph

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// backendsUnderTest opens a fresh, empty store per backend. Postgres runs
// only when KG_TEST_POSTGRES_DSN names a database it may empty.
func backendsUnderTest(t *testing.T) map[string]func(t *testing.T) *Store {
	open := func(cfg Config) func(t *testing.T) *Store {
		return func(t *testing.T) *Store {
			t.Helper()
			cfg := cfg
			if cfg.Path == "tmp" {
				cfg.Path = filepath.Join(t.TempDir(), "kg.db")
			}
			s, err := Open(context.Background(), cfg)
			if err != nil {
				t.Fatalf("open %s: %v", cfg.Backend, err)
			}
			t.Cleanup(func() { s.Close() })
			emptyStore(t, s)
			return s
		}
	}
	m := map[string]func(t *testing.T) *Store{
		Bolt:     open(Config{Backend: Bolt, Path: "tmp"}),
		LevelDB:  open(Config{Backend: LevelDB, Path: "tmp"}),
		Memstore: open(Config{Backend: Memstore}),
	}
	if dsn := os.Getenv("KG_TEST_POSTGRES_DSN"); dsn != "" {
		m[Postgres] = open(Config{Backend: Postgres, Path: dsn})
	} else {
		t.Log("postgres: skipped, set KG_TEST_POSTGRES_DSN to a database the test may empty")
	}
	return m
}

func emptyStore(t *testing.T, s *Store) {
	t.Helper()
	var all []quad.Quad
	if err := s.EachQuad(context.Background(), func(q quad.Quad) error { all = append(all, q); return nil }); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(all); err != nil {
		t.Fatal(err)
	}
}

const (
	hashPred = quad.IRI("https://kg.local/ont/contentHash")
	ex       = "https://kg.local/"
)

// article builds a small article: its hash quad, n fact quads and one actor.
func article(id, hash string, facts ...string) Article {
	iri := quad.IRI(ex + "article/" + id)
	a := Article{IRI: iri, Hash: hash, HashPred: hashPred}
	a.Quads = append(a.Quads, quad.Quad{Subject: iri, Predicate: hashPred, Object: quad.String(hash), Label: iri})
	for _, f := range facts {
		a.Quads = append(a.Quads, quad.Quad{Subject: quad.IRI(ex + "actor/a"), Predicate: quad.IRI(ex + "ont/" + f), Object: quad.IRI(ex + "actor/b"), Label: iri})
	}
	// a repeated quad, as two sentences stating the same edge give
	a.Quads = append(a.Quads, a.Quads[len(a.Quads)-1])
	a.Actors = []quad.Quad{{Subject: quad.IRI(ex + "actor/a"), Predicate: quad.IRI("http://www.w3.org/2000/01/rdf-schema#label"), Object: quad.String("A"), Label: quad.IRI(ex + "graph/actors")}}
	return a
}

func load(t *testing.T, s *Store, batch int, inject func([]cgraph.Delta) []cgraph.Delta, arts ...Article) []Outcome {
	t.Helper()
	var out []Outcome
	l := s.NewLoader(batch, func(o Outcome) { out = append(out, o) })
	l.inject = inject
	ctx := context.Background()
	for _, a := range arts {
		if err := l.Load(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if len(out) != len(arts) {
		t.Fatalf("got %d outcomes for %d articles", len(out), len(arts))
	}
	return out
}

func labelled(t *testing.T, s *Store, label quad.IRI) map[string]bool {
	t.Helper()
	qs, err := s.Quads(context.Background(), quad.Label, label)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]bool{}
	for _, q := range qs {
		if p, ok := q.Predicate.(quad.IRI); ok {
			m[string(p)] = true
		}
	}
	return m
}

func count(t *testing.T, s *Store) int64 {
	t.Helper()
	n, err := s.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestLoaderPerBackend(t *testing.T) {
	for name, open := range backendsUnderTest(t) {
		t.Run(name, func(t *testing.T) {
			t.Run("replace with fewer facts", func(t *testing.T) {
				s := open(t)
				load(t, s, 0, nil, article("x", "h1", "meets", "accuses", "praises", "kills"))
				load(t, s, 0, nil, article("x", "h2", "visits"))
				checkIntact(t, s)
				if n := count(t, s); n != 3 {
					t.Fatalf("store holds %d quads, want 3", n)
				}
			})
			t.Run("write, unchanged, replace", func(t *testing.T) {
				s := open(t)
				out := load(t, s, 0, nil, article("x", "h1", "meets", "accuses"))
				if out[0].Status != Added || out[0].Added != 3 {
					t.Fatalf("first load: %+v, want added with 3 quads (duplicate dropped)", out[0])
				}
				if n := count(t, s); n != 4 {
					t.Fatalf("store holds %d quads, want 4 (3 article + 1 actor)", n)
				}
				out = load(t, s, 0, nil, article("x", "h1", "meets", "accuses"))
				if out[0].Status != Unchanged || count(t, s) != 4 {
					t.Fatalf("reload: %+v, %d quads; want unchanged, 4", out[0], count(t, s))
				}
				out = load(t, s, 0, nil, article("x", "h2", "meets", "praises"))
				if out[0].Status != Replaced || out[0].Added != 3 || out[0].Removed != 3 {
					t.Fatalf("changed: %+v, want replaced +3 -3", out[0])
				}
				checkIntact(t, s)
				got := labelled(t, s, quad.IRI(ex+"article/x"))
				if got[ex+"ont/accuses"] || !got[ex+"ont/praises"] || !got[ex+"ont/meets"] || len(got) != 3 {
					t.Fatalf("after replace the article holds %v", got)
				}
				if n := count(t, s); n != 4 {
					t.Fatalf("store holds %d quads after replace, want 4", n)
				}
			})
			t.Run("a failing article leaves nothing", func(t *testing.T) {
				s := open(t)
				bad := quad.IRI(ex + "article/b")
				// Deleting a quad that is not there fails the transaction after
				// the adds before it went in: a real mid-transaction failure.
				inject := func(d []cgraph.Delta) []cgraph.Delta {
					for _, x := range d {
						if x.Quad.Label == bad {
							return append(d, cgraph.Delta{Action: cgraph.Delete, Quad: quad.MakeIRI(ex+"no", ex+"such", ex+"quad", string(bad))})
						}
					}
					return d
				}
				out := load(t, s, 0, inject, article("a", "1", "meets"), article("b", "2", "meets", "accuses"), article("c", "3", "accuses"))
				want := []Status{Added, Failed, Added}
				for i, o := range out {
					if o.Status != want[i] {
						t.Fatalf("article %d: %v (%v), want %v", i, o.Status, o.Err, want[i])
					}
				}
				if out[1].Err == nil || !strings.Contains(out[1].Err.Error(), cgraph.ErrQuadNotExist.Error()) {
					t.Errorf("failure reason %v, want the injected one", out[1].Err)
				}
				if got := labelled(t, s, bad); len(got) != 0 {
					t.Fatalf("failed article left quads: %v", got)
				}
				if len(labelled(t, s, quad.IRI(ex+"article/a"))) != 2 || len(labelled(t, s, quad.IRI(ex+"article/c"))) != 2 {
					t.Fatal("the other articles of the batch were not written")
				}
				// A replacement whose write fails leaves the article absent, not
				// half old and half new, and the next load writes it whole.
				inject2 := func(d []cgraph.Delta) []cgraph.Delta {
					if d[0].Action == cgraph.Add {
						return append(d, cgraph.Delta{Action: cgraph.Delete, Quad: quad.MakeIRI(ex+"no", ex+"such", ex+"quad", "")})
					}
					return d
				}
				out = load(t, s, 0, inject2, article("a", "9", "praises"))
				if out[0].Status != Failed {
					t.Fatalf("replacement: %v", out[0].Status)
				}
				if got := labelled(t, s, quad.IRI(ex+"article/a")); len(got) != 0 {
					t.Fatalf("failed replacement left part of the article: %v", got)
				}
				if out = load(t, s, 0, nil, article("a", "9", "praises")); out[0].Status != Added {
					t.Fatalf("reload after a failed replacement: %v", out[0].Status)
				}
			})
			t.Run("small batches", func(t *testing.T) {
				s := open(t)
				var arts []Article
				for _, id := range []string{"1", "2", "3", "4", "5"} {
					arts = append(arts, article(id, id, "meets", "accuses"))
				}
				load(t, s, 4, nil, arts...)
				if n := count(t, s); n != 16 {
					t.Fatalf("store holds %d quads, want 5*3+1", n)
				}
			})
		})
	}
}

func cgraphRegistered(typ string) bool { return cgraph.IsRegistered(typ) }

// checkIntact fails if any stored quad lost a node (Cayley's kv backends do
// that when one transaction mixes deletions and additions).
func checkIntact(t *testing.T, s *Store) {
	t.Helper()
	err := s.EachQuad(context.Background(), func(q quad.Quad) error {
		if q.Subject == nil || q.Predicate == nil || q.Object == nil {
			t.Errorf("broken quad %v", q)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
