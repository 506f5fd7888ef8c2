package factgraph

import (
	"context"
	"fmt"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/shape"
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
// within hops of actor (and within one hop of each of also) and the actors
// and articles they name. Each hop past the first expands at most expand
// neighbours, the best-connected first, so that a hub's two-hop view stays
// bounded. The result is a superset of what any Filter then keeps, so
// filters can be applied to it afterwards.
func Around(ctx context.Context, qs cgraph.QuadStore, v schema.Vocab, actor string, hops, expand int, also ...string) (*Model, error) {
	rd := &storeReader{qs: qs, v: v, r: NewReader(v), facts: map[string]bool{}, actors: map[string]bool{}, articles: map[string]bool{}, done: map[string]bool{}}
	if err := rd.grow(ctx, []string{actor}, hops, expand); err != nil {
		return nil, err
	}
	if err := rd.grow(ctx, also, 1, expand); err != nil {
		return nil, err
	}
	m := rd.r.Model()
	for _, f := range m.Facts {
		for _, a := range []string{f.Subject, f.Object, f.Speaker} {
			if err := rd.readActor(ctx, a); err != nil {
				return nil, err
			}
		}
		if err := rd.readArticle(ctx, f.Article); err != nil {
			return nil, err
		}
	}
	// Countries of the people shown, so that officials read with their state.
	for _, a := range rd.r.Model().Actors {
		if err := rd.readActor(ctx, a.Country); err != nil {
			return nil, err
		}
	}
	return rd.r.Model(), nil
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

// readActor reads an actor's description one (subject, predicate) index
// prefix at a time: a hub actor is the subject of thousands of index
// quads, which a plain subject lookup would read all of.
func (s *storeReader) readActor(ctx context.Context, a string) error {
	if a == "" || s.actors[a] {
		return nil
	}
	s.actors[a] = true
	ref := s.qs.ValueOf(quad.IRI(a))
	if ref == nil {
		return nil
	}
	for _, p := range []quad.IRI{quad.IRI(schema.Label), quad.IRI(schema.RDFType), quad.IRI(schema.SameAs),
		s.v.Term(schema.PAlias), s.v.Term(schema.PCountryCode), s.v.Term(schema.PCountry)} {
		pref := s.qs.ValueOf(p)
		if pref == nil {
			continue
		}
		sh, _ := shape.Optimize(shape.Quads{
			{Dir: quad.Subject, Values: shape.Fixed{ref}},
			{Dir: quad.Predicate, Values: shape.Fixed{pref}},
		}, s.qs)
		it := shape.BuildIterator(s.qs, sh)
		for it.Next(ctx) {
			s.r.Add(s.qs.Quad(it.Result()))
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return fmt.Errorf("reading actor %s: %w", a, err)
		}
	}
	return nil
}
