package graph

import (
	"errors"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Apply deletes del and adds add in one ApplyDeltas call, which every
// offered backend runs as one transaction: either all of it happens or none.
// Adding a quad that exists or deleting one that does not is an error.
func (s *Store) Apply(add, del []quad.Quad) error {
	return s.apply(deltas(add, del), cgraph.IgnoreOpts{})
}

// AddIgnoringDuplicates adds quads, skipping those already stored (shared
// descriptions such as actors, written by many articles).
func (s *Store) AddIgnoringDuplicates(add []quad.Quad) error {
	return s.apply(deltas(add, nil), cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
}

func (s *Store) apply(d []cgraph.Delta, opts cgraph.IgnoreOpts) error {
	if len(d) == 0 {
		return nil
	}
	if err := s.qs.ApplyDeltas(d, opts); err != nil {
		err = fmt.Errorf("write %d changes to %s: %w", len(d), s.cfg, err)
		if rerr := s.reopen(); rerr != nil {
			return errors.Join(err, rerr)
		}
		return err
	}
	return nil
}

// reopen drops a kv store's in-memory state after a failed write. Cayley's
// kv QuadStore caches node ids and bloom filters while it applies deltas and
// does not undo that when the transaction rolls back; the next write would
// then reuse ids of nodes that were never stored. Memstore checks before it
// writes and the SQL backend keeps no such cache, so they need nothing.
func (s *Store) reopen() error {
	if !isFileBackend(s.cfg.Backend) {
		return nil
	}
	if err := s.qs.Close(); err != nil {
		return fmt.Errorf("reopen %s after a failed write: %w", s.cfg, err)
	}
	qs, err := cgraph.NewQuadStore(s.typ, s.cfg.Path, s.opts)
	if err != nil {
		return fmt.Errorf("reopen %s after a failed write: %w", s.cfg, s.cfg.openError(err))
	}
	s.qs = qs
	return nil
}

func deltas(add, del []quad.Quad) []cgraph.Delta {
	d := make([]cgraph.Delta, 0, len(add)+len(del))
	for _, q := range del {
		d = append(d, cgraph.Delta{Quad: q, Action: cgraph.Delete})
	}
	for _, q := range add {
		d = append(d, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	return d
}

// dedup drops repeated quads, keeping the first of each. Quads compare by
// their N-Quads text, which is how Cayley hashes values too.
func dedup(qs []quad.Quad) []quad.Quad {
	seen := make(map[string]struct{}, len(qs))
	out := qs[:0:0]
	for _, q := range qs {
		k := q.NQuad()
		if _, ok := seen[k]; ok {
			continue
		}
		seen[k] = struct{}{}
		out = append(out, q)
	}
	return out
}
