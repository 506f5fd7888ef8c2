package graph

import (
	"errors"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Add adds quads in one transaction: all of them or, on error, none.
// Adding a quad that is already stored is an error.
func (s *Store) Add(qs []quad.Quad) error {
	return s.apply(appendDeltas(nil, qs, cgraph.Add), cgraph.IgnoreOpts{})
}

// Delete deletes quads in one transaction: all of them or, on error, none.
// Deleting a quad that is not stored is an error. (There is deliberately no
// call that mixes both: see Loader.Flush.)
func (s *Store) Delete(qs []quad.Quad) error {
	return s.apply(appendDeltas(nil, qs, cgraph.Delete), cgraph.IgnoreOpts{})
}

// AddIgnoringDuplicates adds quads, skipping those already stored (shared
// descriptions such as actors, written by many articles).
func (s *Store) AddIgnoringDuplicates(add []quad.Quad) error {
	return s.apply(appendDeltas(nil, add, cgraph.Add), cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
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

// Apply deletes del, then adds add. Each step is one transaction; they are
// two because Cayley's kv backends corrupt node ids when one transaction
// mixes both (see Loader.Flush). Prefer Add or Delete.
func (s *Store) Apply(add, del []quad.Quad) error {
	if err := s.Delete(del); err != nil {
		return err
	}
	return s.Add(add)
}
