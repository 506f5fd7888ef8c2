package factgraph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// ReadAll builds the model of a whole store from a full scan (each calls
// its argument for every quad, as graph.Store.EachQuad does).
func ReadAll(ctx context.Context, v schema.Vocab, each func(context.Context, func(quad.Quad) error) error) (*Model, error) {
	r := NewReader(v)
	if err := each(ctx, func(q quad.Quad) error { r.Add(q); return nil }); err != nil {
		return nil, fmt.Errorf("reading the store: %w", err)
	}
	return r.Model(), nil
}

// Around reads, through the store's indexes rather than a scan, the facts
// within hops of actor (and within one hop of each of also) and their
// articles. Each hop past the first expands at most expand neighbours, the
// best-connected first, so that a hub's two-hop view stays bounded. The
// result is a superset of what any Filter then keeps, so filters can be
// applied to it afterwards. Actor descriptions are read on demand with the
// returned Loader, for the actors actually shown: reading a hub's
// description walks the thousands of index quads it is the subject of.
func Around(ctx context.Context, qs cgraph.QuadStore, v schema.Vocab, actor string, hops, expand int, also ...string) (*Model, *Loader, error) {
	rd := &storeReader{qs: qs, v: v, r: NewReader(v), facts: map[string]bool{}, actors: map[string]bool{}, articles: map[string]bool{}, done: map[string]bool{}}
	if err := rd.grow(ctx, []string{actor}, hops, expand); err != nil {
		return nil, nil, err
	}
	if err := rd.grow(ctx, also, 1, expand); err != nil {
		return nil, nil, err
	}
	m := rd.r.Model()
	for _, f := range m.Facts {
		if rd.r.articles[f.Article] == nil {
			if err := rd.readArticle(ctx, f.Article); err != nil {
				return nil, nil, err
			}
		}
	}
	return m, &Loader{rd: rd}, nil
}

// Loader reads more of the store into a Model returned by Around.
type Loader struct{ rd *storeReader }

// Articles reads articles in full (title, URL), where the summaries gave
// only their date and publisher.
func (l *Loader) Articles(ctx context.Context, iris []string) error {
	for _, a := range iris {
		if err := l.rd.readArticle(ctx, a); err != nil {
			return err
		}
	}
	return nil
}

// Actors reads the descriptions of the given actors and of their
// countries, so that officials read with their state. The Model's Actors
// map is updated in place.
func (l *Loader) Actors(ctx context.Context, iris []string) error {
	for _, a := range iris {
		if err := l.rd.readActor(ctx, a); err != nil {
			return err
		}
	}
	for _, a := range iris {
		if d := l.rd.r.actors[a]; d != nil {
			if err := l.rd.readActor(ctx, d.Country); err != nil {
				return err
			}
		}
	}
	return nil
}

// grow reads the facts of the frontier, hop after hop.
func (rd *storeReader) grow(ctx context.Context, frontier []string, hops, expand int) error {
	for h := 0; h < hops && len(frontier) > 0; h++ {
		count := map[string]int{}
		for _, a := range frontier {
			if rd.done[a] {
				continue
			}
			rd.done[a] = true
			if ok, err := rd.summariesOf(ctx, a); err != nil {
				return err
			} else if ok {
				continue
			}
			fs, err := rd.factsOf(ctx, a)
			if err != nil {
				return err
			}
			for _, f := range fs {
				if err := rd.readFact(ctx, f); err != nil {
					return err
				}
			}
		}
		if h == hops-1 {
			break
		}
		for _, f := range rd.r.Model().Facts {
			for _, n := range []string{f.Subject, f.Object} {
				if !rd.done[n] {
					count[n]++
				}
			}
		}
		frontier = frontier[:0]
		for n := range count {
			frontier = append(frontier, n)
		}
		sort.Slice(frontier, func(i, j int) bool {
			if count[frontier[i]] != count[frontier[j]] {
				return count[frontier[i]] > count[frontier[j]]
			}
			return frontier[i] < frontier[j]
		})
		if expand > 0 && len(frontier) > expand {
			frontier = frontier[:expand]
		}
	}
	return ctx.Err()
}

type storeReader struct {
	qs                      cgraph.QuadStore
	v                       schema.Vocab
	r                       *Reader
	facts, actors, articles map[string]bool
	done                    map[string]bool // actors whose facts were read
	sumIdx                  map[string]int  // summary field positions, once read
	cameo                   *schema.CAMEOTable
}

// factsOf lists the fact nodes whose subject or object is actor: the quads
// pointing at the actor, which is one index lookup.
func (s *storeReader) factsOf(ctx context.Context, actor string) ([]string, error) {
	ref := s.qs.ValueOf(quad.IRI(actor))
	if ref == nil {
		return nil, nil
	}
	subj, obj := s.v.Term(schema.PSubject), s.v.Term(schema.PObject)
	var out []string
	it := s.qs.QuadIterator(quad.Object, ref)
	defer it.Close()
	for it.Next(ctx) {
		q := s.qs.Quad(it.Result())
		if p, _ := q.Predicate.(quad.IRI); p == subj || p == obj {
			if f, ok := q.Subject.(quad.IRI); ok && !s.facts[string(f)] {
				s.facts[string(f)] = true
				out = append(out, string(f))
			}
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("facts of %s: %w", actor, err)
	}
	return out, nil
}

func (s *storeReader) subjectQuads(ctx context.Context, node string) error {
	ref := s.qs.ValueOf(quad.IRI(node))
	if ref == nil {
		return nil
	}
	it := s.qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	for it.Next(ctx) {
		s.r.Add(s.qs.Quad(it.Result()))
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", node, err)
	}
	return nil
}

func (s *storeReader) readFact(ctx context.Context, f string) error { return s.subjectQuads(ctx, f) }

func (s *storeReader) readArticle(ctx context.Context, a string) error {
	if a == "" || s.articles[a] {
		return nil
	}
	s.articles[a] = true
	return s.subjectQuads(ctx, a)
}

// readActor reads an actor's description: its quads in the actors graph.
// One subject scan, filtered by label, beats one (subject, predicate)
// shape per property: for a hub each shape also walks the thousands of
// index quads the actor is the subject of.
func (s *storeReader) readActor(ctx context.Context, a string) error {
	if a == "" || s.actors[a] {
		return nil
	}
	s.actors[a] = true
	ref := s.qs.ValueOf(quad.IRI(a))
	if ref == nil {
		return nil
	}
	actorsG := s.v.Graph("actors")
	it := s.qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	for it.Next(ctx) {
		q := s.qs.Quad(it.Result())
		if l, _ := q.Label.(quad.IRI); l == actorsG {
			s.r.Add(q)
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("reading actor %s: %w", a, err)
	}
	return nil
}

// ReadFacts reads fact nodes in full, with their articles and the
// descriptions of their actors and speakers: the evidence for a panel.
func ReadFacts(ctx context.Context, qs cgraph.QuadStore, v schema.Vocab, iris []string) (*Model, error) {
	rd := &storeReader{qs: qs, v: v, r: NewReader(v), facts: map[string]bool{}, actors: map[string]bool{}, articles: map[string]bool{}, done: map[string]bool{}}
	for _, f := range iris {
		if !strings.HasPrefix(v.Local(quad.IRI(f)), "fact/") {
			return nil, fmt.Errorf("%q is not a fact of this store", f)
		}
		if err := rd.readFact(ctx, f); err != nil {
			return nil, err
		}
	}
	m := rd.r.Model()
	for _, f := range m.Facts {
		if err := rd.readArticle(ctx, f.Article); err != nil {
			return nil, err
		}
		for _, a := range []string{f.Subject, f.Object, f.Speaker} {
			if err := rd.readActor(ctx, a); err != nil {
				return nil, err
			}
		}
	}
	return rd.r.Model(), nil
}
