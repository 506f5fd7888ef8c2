package queries

// The actors' counts (loaders/quads Counter) are a summary no article owns:
// graph.Loader keeps them as it adds, replaces and removes articles. These
// tests check that they stay exactly what counting the store gives, and
// that `actors` answers the same with them as without.

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/loaders"
	"github.com/kg-project/kg/loaders/quads"
	"github.com/kg-project/kg/loaders/source"
	"github.com/kg-project/kg/schema"
)

// loaderStore loads srcs through graph.Loader, as kg load does, keeping
// the counts; it fails the test on any outcome other than want.
type loaderStore struct {
	st    *graph.Store
	b     *quads.Builder
	ex    *loaders.Extractor
	batch int // graph.NewLoader's batch size; 0 is the default
}

func newLoaderStore(t *testing.T) *loaderStore {
	t.Helper()
	st, err := graph.Open(t.Context(), graph.Config{Backend: graph.Bolt, Path: filepath.Join(t.TempDir(), "counts.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	b, err := quads.New(schema.Default())
	if err != nil {
		t.Fatal(err)
	}
	ex, err := loaders.New(loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return &loaderStore{st: st, b: b, ex: ex}
}

func (s *loaderStore) loader(t *testing.T, want graph.Status) *graph.Loader {
	ld := s.st.NewLoader(s.batch, func(o graph.Outcome) {
		if o.Status != want {
			t.Errorf("%s: %v (%v), want %v", o.IRI, o.Status, o.Err, want)
		}
	})
	ld.SetSummaries(s.b.Counter())
	return ld
}

func (s *loaderStore) load(t *testing.T, want graph.Status, srcs ...source.Source) {
	t.Helper()
	ld := s.loader(t, want)
	s.queue(t, ld, srcs...)
	if err := ld.Flush(t.Context()); err != nil {
		t.Fatal(err)
	}
}

// queue hands srcs to ld without flushing it: what ld writes is the
// batches that filled.
func (s *loaderStore) queue(t *testing.T, ld *graph.Loader, srcs ...source.Source) {
	t.Helper()
	ctx := t.Context()
	for _, src := range srcs {
		res, err := s.ex.Extract(src)
		if err != nil {
			t.Fatalf("extract %s: %v", src.ID, err)
		}
		art, actors, err := s.b.Result(res.Article, res.Facts)
		if err != nil {
			t.Fatal(err)
		}
		iri := s.b.ArticleIRI(res.Article)
		if err := ld.Load(ctx, graph.Article{IRI: iri, Hash: res.Article.Hash, HashPred: schema.Default().Term(schema.PContentHash),
			Quads: art, Actors: actors, Stored: func(lookup func(quad.Direction, quad.Value) ([]quad.Quad, error)) ([]quad.Quad, error) {
				return s.b.Stored(iri, lookup)
			}}); err != nil {
			t.Fatal(err)
		}
	}
}

func (s *loaderStore) remove(t *testing.T, ids ...string) {
	t.Helper()
	ctx := t.Context()
	ld := s.loader(t, graph.Removed)
	for _, id := range ids {
		iri := schema.Default().Article(id)
		if err := ld.Remove(ctx, iri, func(lookup func(quad.Direction, quad.Value) ([]quad.Quad, error)) ([]quad.Quad, error) {
			return s.b.Stored(iri, lookup)
		}); err != nil {
			t.Fatal(err)
		}
	}
	if err := ld.Flush(ctx); err != nil {
		t.Fatal(err)
	}
}

// check compares every stored count with a count of the store, and that
// every actor with a fact or an article has counts; it returns how many
// actors it checked.
func (s *loaderStore) check(t *testing.T, when string) int {
	t.Helper()
	v := schema.Default()
	counted := map[quad.IRI]*quads.Counts{}
	stored := map[quad.IRI][]string{}
	listed := map[string]int{} // the literals off the node of all counts
	votes := map[quad.IRI][]string{}
	var all []quad.Quad
	err := s.st.EachQuad(t.Context(), func(q quad.Quad) error {
		all = append(all, q)
		subj, _ := q.Subject.(quad.IRI)
		at := func() *quads.Counts {
			if counted[subj] == nil {
				counted[subj] = &quads.Counts{}
			}
			return counted[subj]
		}
		switch q.Predicate {
		case v.Term(schema.PSummaryAsSubject), v.Term(schema.PSummaryAsObject):
			at().Facts++
		case v.Term(schema.PMentionedIn):
			at().Articles++
		case v.Term(schema.PCounts):
			if q.Label != v.Graph("counts") {
				t.Errorf("%s: counts quad %v not in the counts graph", when, q)
			}
			if subj == v.Term(schema.ClassCounts) {
				listed[quad.ToString(q.Object)]++
				break
			}
			a := quad.IRI(v.Base() + "actor/" + strings.TrimPrefix(string(subj), v.Base()+"count/"))
			stored[a] = append(stored[a], quad.ToString(q.Object))
		case v.Term(schema.PVotes):
			if q.Label != v.Graph("counts") {
				t.Errorf("%s: votes quad %v not in the counts graph", when, q)
			}
			a := quad.IRI(v.Base() + "actor/" + strings.TrimPrefix(string(subj), v.Base()+"count/"))
			votes[a] = append(votes[a], quad.ToString(q.Object))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for a, want := range counted {
		got := stored[a]
		if len(got) != 1 {
			t.Errorf("%s: %s has %d counts literals %q, want 1 (%+v)", when, a, len(got), got, *want)
			continue
		}
		if c, of, ok := quads.ParseCounts(got[0]); !ok || c != *want || of != a {
			t.Errorf("%s: %s counts %q, the store holds %+v", when, a, got[0], *want)
		}
		n++
	}
	for a, got := range stored {
		if counted[a] == nil {
			// An actor whose every fact was removed keeps a count of zero.
			if c, _, ok := quads.ParseCounts(got[0]); len(got) != 1 || !ok || c != (quads.Counts{}) {
				t.Errorf("%s: %s counts %q, the store holds none", when, a, got)
			}
		}
		for _, l := range got {
			if listed[l] != 1 {
				t.Errorf("%s: %s counts %q listed %d times off the node of all counts, want 1", when, a, l, listed[l])
			}
			delete(listed, l)
		}
	}
	if len(listed) > 0 {
		t.Errorf("%s: counts listed off the node of all counts but no actor's: %v", when, listed)
	}
	// Every actor with counts has its votes beside them, exactly those a
	// count of the whole store gives (an actor left without facts: none).
	want := map[quad.IRI]string{}
	for _, q := range s.b.Counter().Tally(all) {
		if q.Predicate == v.Term(schema.PVotes) {
			want[quad.IRI(v.Base()+"actor/"+strings.TrimPrefix(string(q.Subject.(quad.IRI)), v.Base()+"count/"))] = quad.ToString(q.Object)
		}
	}
	for a := range stored {
		w, ok := want[a]
		if !ok {
			w = quads.Votes{}.Literal(a)
		}
		if got := votes[a]; len(got) != 1 || got[0] != w {
			t.Errorf("%s: %s votes %q, the store gives %q", when, a, got, w)
		}
	}
	for a := range votes {
		if stored[a] == nil {
			t.Errorf("%s: %s has votes and no counts", when, a)
		}
	}
	return n
}

// alignmentAnswers runs allies and adversaries for every actor of the
// store (default limit, every row, a cut, --direct) with the votes the
// loader keeps, and again without them (every fact voted), and fails if
// the two differ.
func (s *loaderStore) alignmentAnswers(t *testing.T, when string) {
	t.Helper()
	ctx := t.Context()
	v := schema.Default()
	var actors []string
	var votes []quad.Quad
	err := s.st.EachQuad(ctx, func(q quad.Quad) error {
		switch {
		case q.Predicate == v.Term(schema.PVotes):
			votes = append(votes, q)
		case q.Predicate == quad.IRI(schema.Label) && q.Label == v.Graph("actors"):
			actors = append(actors, quad.ToString(q.Object))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(votes) == 0 {
		t.Fatalf("%s: no votes in the store", when)
	}
	run := func() string {
		r, err := NewRunner(s.st.QuadStore(), v)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, name := range []string{"allies", "adversaries"} {
			q, err := Get(name)
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range actors {
				for _, vals := range []map[string]string{{}, {"limit": "0"}, {"limit": "1"}, {"limit": "2"}, {"direct": "true"}} {
					vals["actor"] = a
					res, err := r.Run(ctx, q, vals)
					if err != nil {
						// A name two actors share is ambiguous: asked by
						// neither way.
						out = append(out, fmt.Sprint(name, vals, err))
						continue
					}
					out = append(out, fmt.Sprint(name, vals, res.Summary, res.Rows))
				}
			}
		}
		return strings.Join(out, "\n")
	}
	with := run()
	if err := s.st.Delete(votes); err != nil {
		t.Fatal(err)
	}
	without := run()
	if with != without {
		w, o := strings.Split(with, "\n"), strings.Split(without, "\n")
		for i := range w {
			if i < len(o) && w[i] != o[i] {
				t.Errorf("%s: allies/adversaries with the stored votes differ from voting every fact:\nwith:    %s\nwithout: %s", when, w[i], o[i])
				break
			}
		}
	}
	if err := s.st.Add(votes); err != nil {
		t.Fatal(err)
	}
}

// actorsAnswers runs actors (default limit and every row) on the store,
// and again with its counts deleted (the slow path, which counts the
// summaries), and fails if the two differ.
func (s *loaderStore) actorsAnswers(t *testing.T, when string) {
	t.Helper()
	ctx := t.Context()
	run := func() string {
		r, err := NewRunner(s.st.QuadStore(), schema.Default())
		if err != nil {
			t.Fatal(err)
		}
		q, err := Get("actors")
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, vals := range []map[string]string{nil, {"limit": "0"}, {"limit": "3"}, {"type": "person"}} {
			res, err := r.Run(ctx, q, vals)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprint(res.Summary, res.Rows))
		}
		return strings.Join(out, "\n")
	}
	with := run()
	var counts []quad.Quad
	err := s.st.EachQuad(ctx, func(q quad.Quad) error {
		if q.Predicate == schema.Default().Term(schema.PCounts) {
			counts = append(counts, q)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.st.Delete(counts); err != nil {
		t.Fatal(err)
	}
	without := run()
	if with != without {
		t.Errorf("%s: actors with the stored counts differs from counting:\nwith:\n%s\nwithout:\n%s", when, with, without)
	}
	if err := s.st.Add(counts); err != nil {
		t.Fatal(err)
	}
}

func seedSources(t *testing.T) []source.Source {
	t.Helper()
	var seeds []source.Source
	for src, err := range source.All([]string{seedsDir(t)}, source.Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, src)
	}
	if len(seeds) < 3 {
		t.Fatalf("%d seed articles, want at least 3", len(seeds))
	}
	return seeds
}

func TestLoaderKeepsCountsExact(t *testing.T) {
	// One batch for each load, and batches of a few hundred quads (a seed
	// article has about a thousand): the loader carries the counts from
	// batch to batch in memory and writes them at Flush.
	for _, batch := range []int{0, 300} {
		t.Run(fmt.Sprintf("batch=%d", batch), func(t *testing.T) { loaderKeepsCountsExact(t, batch) })
	}
}

func loaderKeepsCountsExact(t *testing.T, batch int) {
	seeds := seedSources(t)
	s := newLoaderStore(t)
	s.batch = batch

	// Incremental loads: two articles, then the rest.
	s.load(t, graph.Added, seeds[:2]...)
	s.check(t, "after 2 articles")
	s.load(t, graph.Added, seeds[2:]...)
	n := s.check(t, "after the seeds")
	if n < 10 {
		t.Fatalf("only %d actors counted on the seeds", n)
	}
	s.actorsAnswers(t, "seeds")
	s.alignmentAnswers(t, "seeds")

	// Loading again changes nothing.
	s.load(t, graph.Unchanged, seeds...)
	s.check(t, "after reloading the seeds")

	// Replace: the same id with other text (half its paragraphs), which
	// drops some facts and actors' mentions.
	changed := seeds[0]
	paras := strings.Split(string(changed.Raw), "\n\n")
	changed.Raw = []byte(strings.Join(paras[:len(paras)/2], "\n\n") + "\n")
	s.load(t, graph.Replaced, changed)
	s.check(t, "after replacing "+changed.ID)
	s.actorsAnswers(t, "after a replace")
	s.alignmentAnswers(t, "after a replace")

	// Remove: two articles, one of them the replaced one.
	s.remove(t, seeds[0].ID, seeds[1].ID)
	s.check(t, "after removing two articles")
	s.actorsAnswers(t, "after removing two articles")
	s.alignmentAnswers(t, "after removing two articles")

	// And back: the counts are those of a fresh load of the same articles.
	s.load(t, graph.Added, seeds[0], seeds[1])
	s.check(t, "after loading them again")
	fresh := newLoaderStore(t)
	fresh.batch = batch
	fresh.load(t, graph.Added, seeds...)
	if a, b := countsOf(t, s.st), countsOf(t, fresh.st); !reflect.DeepEqual(a, b) {
		t.Errorf("counts after replace, remove and reload differ from a fresh load:\n%v\n%v", a, b)
	}
}

// TestCountsMissingAreCounted: an actor whose counts are missing (a store
// loaded before counts existed, or a load stopped between its steps) gets
// them counted from the store by the next load that touches it, not taken
// for zero.
func TestCountsMissingAreCounted(t *testing.T) {
	var seeds []source.Source
	for src, err := range source.All([]string{seedsDir(t)}, source.Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, src)
	}
	s := newLoaderStore(t)
	s.load(t, graph.Added, seeds[:len(seeds)-1]...)
	var counts []quad.Quad
	if err := s.st.EachQuad(t.Context(), func(q quad.Quad) error {
		if q.Predicate == schema.Default().Term(schema.PCounts) {
			counts = append(counts, q)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := s.st.Delete(counts); err != nil {
		t.Fatal(err)
	}
	s.actorsAnswers(t, "no counts at all")
	s.load(t, graph.Added, seeds[len(seeds)-1])
	// The last article's actors are counted whole; the others have none,
	// and the check below wants every actor counted: load them all again
	// as replacements to touch every actor.
	for i := range seeds[:len(seeds)-1] {
		seeds[i].Raw = append(append([]byte(nil), seeds[i].Raw...), []byte("\n")...)
	}
	s.load(t, graph.Replaced, seeds[:len(seeds)-1]...)
	s.check(t, "after counting the missing")
	s.actorsAnswers(t, "after counting the missing")
	s.alignmentAnswers(t, "after counting the missing")
}

func countsOf(t *testing.T, st *graph.Store) map[string]string {
	t.Helper()
	out := map[string]string{}
	if err := st.EachQuad(context.Background(), func(q quad.Quad) error {
		if q.Predicate == schema.Default().Term(schema.PCounts) {
			out[quad.ToString(q.Subject)] = quad.ToString(q.Object)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestCountsMissingUntilFlush: between the batches of one load the counts
// of the actors already written are held in memory and missing from the
// store, never stale there; Flush writes them exact.
func TestCountsMissingUntilFlush(t *testing.T) {
	seeds := seedSources(t)
	s := newLoaderStore(t)
	s.load(t, graph.Added, seeds[:1]...)
	// Each actor's own counts node (the node of all counts holds the same
	// literals, in no particular order).
	perActor := func() map[string]string {
		m := countsOf(t, s.st)
		delete(m, quad.ToString(schema.Default().Term(schema.ClassCounts)))
		return m
	}
	before := perActor()
	s.batch = 300
	ld := s.loader(t, graph.Added)
	s.queue(t, ld, seeds[1:]...)
	mid := perActor()
	if len(mid) >= len(before) {
		t.Fatalf("mid-load: %d actors' counts stored, want fewer than the %d before the load", len(mid), len(before))
	}
	for node, lit := range mid {
		if before[node] != lit {
			t.Errorf("mid-load: %s counts %q, stored before the load as %q: a count the load changed is stored", node, lit, before[node])
		}
	}
	if err := ld.Flush(t.Context()); err != nil {
		t.Fatal(err)
	}
	s.check(t, "after the flush")
}
