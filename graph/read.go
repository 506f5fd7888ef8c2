package graph

import (
	"context"
	"errors"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
)

// Count is the number of quads in the store.
func (s *Store) Count(ctx context.Context) (int64, error) {
	// Only PostgreSQL needs exact=true for an exact quad count (else it
	// estimates); the kv stores keep the count exact either way, and
	// exact=true makes them also count every node by reading the whole store.
	st, err := s.qs.Stats(ctx, s.cfg.Backend == Postgres)
	if errors.Is(err, kv.ErrNoBucket) {
		return 0, nil // a kv store that was never written has no size yet
	}
	if err != nil {
		return 0, fmt.Errorf("count quads in %s: %w", s.cfg, err)
	}
	return st.Quads.Size, nil
}

// EachQuad calls fn for every quad in the store, stopping at fn's first error.
func (s *Store) EachQuad(ctx context.Context, fn func(quad.Quad) error) error {
	return s.iterate(ctx, s.qs.QuadsAllIterator(), fn)
}

// Quads returns the quads whose dir is v (for example every quad labelled
// with an article IRI).
func (s *Store) Quads(ctx context.Context, dir quad.Direction, v quad.Value) ([]quad.Quad, error) {
	ref := s.qs.ValueOf(v)
	if ref == nil {
		return nil, nil // the value is not in the store, so no quad uses it
	}
	var out []quad.Quad
	err := s.iterate(ctx, s.qs.QuadIterator(dir, ref), func(q quad.Quad) error {
		out = append(out, q)
		return nil
	})
	return out, err
}

func (s *Store) iterate(ctx context.Context, it cgraph.Iterator, fn func(quad.Quad) error) error {
	defer it.Close()
	for n := 0; it.Next(ctx); n++ {
		// Cayley's kv iterators do not watch ctx themselves.
		if n%1024 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		if err := fn(s.qs.Quad(it.Result())); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("read store %s: %w", s.cfg, err)
	}
	return ctx.Err()
}
