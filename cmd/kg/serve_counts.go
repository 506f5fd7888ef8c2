package main

import (
	"context"
	"fmt"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/loaders/quads"
)

// countsDropper is kg serve --write's quad writer. Writes and deletes
// through the server bypass the loader, so the per-actor counts it keeps
// (graph kg:graph/counts) would go stale: before each change it drops the
// counts the store holds, as kg import does, and the queries count from
// the facts until kg load counts the actors it touches again. Dropping
// first means a change that fails leaves the counts missing, never wrong.
type countsDropper struct {
	cgraph.QuadWriter
	st  *graph.Store
	b   *quads.Builder
	say func(dropped int) // reports a drop
	mu  sync.Mutex        // one drop and change at a time: handlers run concurrently
}

// dropCounts deletes the store's counts quads, if it holds any. The node
// of all counts is checked first (one indexed lookup), so that the label
// scan, which reads every quad on the kv stores, runs only when there is
// something to drop: once in a server's life, or after a write that
// brought counts of its own.
func (w *countsDropper) dropCounts() error {
	ctx := context.Background()
	some, err := w.st.Quads(ctx, quad.Subject, w.b.CountsIRI())
	if err != nil {
		return fmt.Errorf("read the actors' counts: %w", err)
	}
	if len(some) == 0 {
		return nil
	}
	qs, err := w.st.Quads(ctx, quad.Label, w.b.CountsGraph())
	if err != nil {
		return fmt.Errorf("read the actors' counts: %w", err)
	}
	if len(qs) == 0 {
		return nil
	}
	if err := w.st.Delete(qs); err != nil {
		return fmt.Errorf("drop the actors' counts before a write: %w", err)
	}
	if w.say != nil {
		w.say(len(qs))
	}
	return nil
}

// change drops the counts, then applies fn.
func (w *countsDropper) change(fn func() error) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if err := w.dropCounts(); err != nil {
		return err
	}
	return fn()
}

func (w *countsDropper) AddQuad(q quad.Quad) error {
	return w.change(func() error { return w.QuadWriter.AddQuad(q) })
}

func (w *countsDropper) AddQuadSet(qs []quad.Quad) error {
	return w.change(func() error { return w.QuadWriter.AddQuadSet(qs) })
}

func (w *countsDropper) RemoveQuad(q quad.Quad) error {
	return w.change(func() error { return w.QuadWriter.RemoveQuad(q) })
}

func (w *countsDropper) ApplyTransaction(t *cgraph.Transaction) error {
	return w.change(func() error { return w.QuadWriter.ApplyTransaction(t) })
}

func (w *countsDropper) RemoveNode(v quad.Value) error {
	return w.change(func() error { return w.QuadWriter.RemoveNode(v) })
}
