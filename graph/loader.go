package graph

import (
	"context"
	"errors"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// DefaultBatchSize is how many changed quads a Loader gathers before writing;
// about 10k was fastest on bbolt (fewer, larger transactions).
const DefaultBatchSize = 10000

// Article is what a Loader writes for one article.
type Article struct {
	IRI      quad.IRI    // the article node, and the label of all its quads
	Hash     string      // content hash; equal hashes mean nothing to write
	HashPred quad.IRI    // predicate under which the hash is stored on the article node
	Quads    []quad.Quad // every quad labelled IRI, including the hash quad
	Actors   []quad.Quad // shared descriptions, written with duplicates ignored
	// Stored, when set, finds the quads an earlier load wrote for the
	// article with the lookups it is given (by subject or object); a
	// replace deletes those. Nil means a lookup by label, which Cayley's kv
	// backends answer by reading every quad in the store.
	Stored func(lookup func(quad.Direction, quad.Value) ([]quad.Quad, error)) ([]quad.Quad, error)
}

// Status says what a Loader did with an article.
type Status int

const (
	Added     Status = iota // new article
	Unchanged               // same content hash as stored: nothing written
	Replaced                // changed article: its old quads were replaced
	Failed                  // nothing of it was written
	Removed                 // its quads were deleted (Loader.Remove)
	Absent                  // Loader.Remove found no such article: nothing to do
)

func (s Status) String() string {
	return [...]string{"added", "unchanged", "replaced", "failed", "removed", "absent"}[s]
}

// Summaries keeps store-wide summaries that no one article owns (such as
// an actor's number of facts across all articles) exact as a Loader adds,
// replaces and removes articles. Lookups are by subject or object, as in
// Article.Stored.
type Summaries interface {
	// Stale returns the stored summary quads that the article quads add
	// and del may change; the loader deletes them before it writes.
	Stale(lookup func(quad.Direction, quad.Value) ([]quad.Quad, error), add, del []quad.Quad) ([]quad.Quad, error)
	// Fresh returns the summary quads to write after the articles: stale
	// is what Stale returned (now deleted), added and deleted the article
	// quads that were actually written and deleted.
	//
	// The loader holds Fresh's answer back rather than writing it after
	// every batch (see Loader.Flush) and passes it, with the next batch's
	// Stale, as that batch's stale: Fresh must read its own earlier answers
	// as it reads stored summaries, and answer for every summary in stale.
	Fresh(lookup func(quad.Direction, quad.Value) ([]quad.Quad, error), stale, added, deleted []quad.Quad) ([]quad.Quad, error)
}

// Outcome reports one article once its fate is known.
type Outcome struct {
	IRI     quad.IRI
	Status  Status
	Added   int   // article quads added
	Removed int   // article quads removed (replaced articles)
	Err     error // why it failed
}

// Loader writes articles in batches. It is not safe for concurrent use.
type Loader struct {
	s         *Store
	batchSize int
	done      func(Outcome)
	pending   []pendingArticle
	size      int
	sums      Summaries
	// held is what sums.Fresh last answered, not written yet: the stored
	// summaries it replaces were deleted when a batch first touched them,
	// and it is written once, by Flush (see there).
	held []quad.Quad
	// actorsStored are the shared quads (Article.Actors) this loader has
	// written or found stored; they are never deleted, so a later batch
	// need not send them again (checking a stored quad costs Cayley an
	// index read per quad).
	actorsStored map[quad.Quad]struct{}
	// inject lets tests corrupt a transaction to prove it rolls back.
	inject func([]cgraph.Delta) []cgraph.Delta
}

type pendingArticle struct {
	out      Outcome
	add, del []quad.Quad
	actors   []quad.Quad
	// Which of del and add were applied, for Summaries.Fresh: a replaced
	// article whose write failed was still deleted.
	delDone, addDone bool
}

// SetSummaries has the loader keep s exact with every batch it writes.
func (l *Loader) SetSummaries(s Summaries) { l.sums = s }

// Remove queues the deletion of an article: the quads stored finds, as in
// Article.Stored (nil: a lookup by label, which reads every quad). Its
// Outcome is Removed, or Absent when the store has no such article.
func (l *Loader) Remove(ctx context.Context, iri quad.IRI, stored func(lookup func(quad.Direction, quad.Value) ([]quad.Quad, error)) ([]quad.Quad, error)) error {
	for _, p := range l.pending {
		if p.out.IRI == iri {
			if err := l.write(ctx); err != nil {
				return err
			}
			break
		}
	}
	var old []quad.Quad
	var err error
	if stored != nil {
		old, err = stored(func(dir quad.Direction, v quad.Value) ([]quad.Quad, error) { return l.s.Quads(ctx, dir, v) })
	} else {
		old, err = l.s.Quads(ctx, quad.Label, iri)
	}
	if err != nil {
		return fmt.Errorf("remove %s: %w", iri, err)
	}
	if len(old) == 0 {
		l.done(Outcome{IRI: iri, Status: Absent})
		return nil
	}
	l.pending = append(l.pending, pendingArticle{out: Outcome{IRI: iri, Status: Removed, Removed: len(old)}, del: old})
	l.size += len(old)
	if l.size >= l.batchSize {
		return l.write(ctx)
	}
	return nil
}

// NewLoader returns a Loader that calls done once per article, in the order
// the articles were given, when it has been written, skipped or has failed.
// batchSize <= 0 means DefaultBatchSize.
func (s *Store) NewLoader(batchSize int, done func(Outcome)) *Loader {
	if batchSize <= 0 {
		batchSize = DefaultBatchSize
	}
	if done == nil {
		done = func(Outcome) {}
	}
	return &Loader{s: s, batchSize: batchSize, done: done, actorsStored: map[quad.Quad]struct{}{}}
}

// Load queues an article, writing the batch when it is full. It returns an
// error only when the store itself cannot be read; a failed write is
// reported through the Outcome and the next articles still load.
func (l *Loader) Load(ctx context.Context, a Article) error {
	for _, p := range l.pending {
		if p.out.IRI == a.IRI {
			// The same article twice in one batch: the second must see the first.
			if err := l.write(ctx); err != nil {
				return err
			}
			break
		}
	}
	// The hash hangs off the article node: a lookup by subject, which the
	// kv backends index. Only a changed article needs its label scanned.
	own, err := l.s.Quads(ctx, quad.Subject, a.IRI)
	if err != nil {
		return fmt.Errorf("load %s: %w", a.IRI, err)
	}
	p := pendingArticle{out: Outcome{IRI: a.IRI, Status: Added}, actors: a.Actors}
	var old []quad.Quad
	if stored, ok := storedHash(own, a.IRI, a.HashPred); ok {
		if stored == a.Hash {
			l.done(Outcome{IRI: a.IRI, Status: Unchanged})
			return nil
		}
		if a.Stored != nil {
			old, err = a.Stored(func(dir quad.Direction, v quad.Value) ([]quad.Quad, error) { return l.s.Quads(ctx, dir, v) })
		} else {
			old, err = l.s.Quads(ctx, quad.Label, a.IRI)
		}
		if err != nil {
			return fmt.Errorf("load %s: %w", a.IRI, err)
		}
		p.out.Status = Replaced
	}
	p.add, p.del = dedup(a.Quads), old
	p.out.Added, p.out.Removed = len(p.add), len(p.del)
	l.pending = append(l.pending, p)
	l.size += len(p.add) + len(p.del) + len(p.actors)
	if l.size >= l.batchSize {
		return l.write(ctx)
	}
	return nil
}

// Flush writes every queued article, then the summaries held back.
//
// Summaries (SetSummaries) are kept exact per batch but written once per
// Flush, not after every batch: a batch deletes the stored summaries it is
// the first to touch, and the loader carries their new values in memory
// from batch to batch. Rewriting them every batch cost two transactions
// per batch, and every deleted quad stays in Cayley's index lists, so the
// list of all actors' counts grew with every batch and with it the cost of
// each later delete. A load stopped before Flush leaves those summaries
// missing, which Summaries tells from zero, never wrong; an interrupted
// kg load still flushes.
func (l *Loader) Flush(ctx context.Context) error {
	if err := l.write(ctx); err != nil {
		return err
	}
	held := l.held
	l.held = nil
	if err := l.s.apply(appendDeltas(nil, held, cgraph.Add), cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
		return fmt.Errorf("update summaries: %w (queries count the actors concerned the slow way until a load touches them again)", err)
	}
	return nil
}

// write writes the queued articles: the batch.
//
// Deletions and additions go in separate transactions: Cayley v0.7.7's kv
// backends lose the node ids of a transaction that both deletes and adds
// quads sharing a node whose reference count drops overall (the added quads
// are stored with empty subjects or objects). So a replaced article is
// first deleted whole, then written whole; if the second step fails the
// article is absent, not half there, and the next load writes it again
// (its hash is gone with it).
func (l *Loader) write(ctx context.Context) error {
	// Checked before the batch is taken: after an interrupt a Flush with
	// an uncancelled context still writes it.
	if err := ctx.Err(); err != nil {
		return err
	}
	batch := l.pending
	l.pending, l.size = nil, 0
	if len(batch) == 0 {
		return nil
	}
	// Actors first: they are shared and idempotent, so a failed article
	// after them leaves only descriptions that another article may use.
	var actors []quad.Quad
	for _, p := range batch {
		for _, q := range p.actors {
			if _, ok := l.actorsStored[q]; !ok {
				actors = append(actors, q)
			}
		}
	}
	lookup := func(dir quad.Direction, v quad.Value) ([]quad.Quad, error) { return l.s.Quads(ctx, dir, v) }
	// The stored summaries the batch may change are deleted before the
	// articles are written, in a transaction of their own (never one that
	// mixes deletes and adds, see above); their new values are held until
	// Flush.
	var stale []quad.Quad
	var err error
	staleGone := false
	if l.sums != nil {
		var add, del []quad.Quad
		for _, p := range batch {
			add, del = append(add, p.add...), append(del, p.del...)
		}
		if stale, err = l.sums.Stale(lookup, add, del); err == nil {
			err = l.s.apply(appendDeltas(nil, stale, cgraph.Delete), cgraph.IgnoreOpts{IgnoreMissing: true})
			staleGone = err == nil
		}
		if err != nil {
			err = fmt.Errorf("update summaries: %w", err)
		}
	}
	if err == nil {
		actors = dedup(actors)
		if err = l.s.AddIgnoringDuplicates(actors); err == nil {
			for _, q := range actors {
				l.actorsStored[q] = struct{}{}
			}
		}
	}
	if err != nil {
		for i := range batch {
			batch[i].fail(err)
		}
	} else {
		// Missing quads are ignored on delete: an Article.Stored may rebuild
		// a quad (a fact's direct edge) rather than read it.
		l.step(batch, func(p *pendingArticle) []quad.Quad { return p.del }, cgraph.Delete, cgraph.IgnoreOpts{IgnoreMissing: true})
		for i := range batch {
			batch[i].delDone = batch[i].out.Status != Failed
		}
		l.step(batch, func(p *pendingArticle) []quad.Quad { return p.add }, cgraph.Add, cgraph.IgnoreOpts{})
		for i := range batch {
			batch[i].addDone = batch[i].out.Status != Failed
		}
	}
	// Once the stale summaries are deleted, their values move to held
	// whatever became of the articles (with no change if none was written).
	if staleGone {
		var added, deleted []quad.Quad
		for _, p := range batch {
			if p.delDone {
				deleted = append(deleted, p.del...)
			}
			if p.addDone {
				added = append(added, p.add...)
			}
		}
		fresh, ferr := l.sums.Fresh(lookup, append(l.held, stale...), added, deleted)
		if ferr != nil {
			// Everything held is missing from the store now: counted again
			// by the next batch that touches it, never taken for zero.
			fresh = nil
			err = errors.Join(err, fmt.Errorf("update summaries: %w (queries count the actors concerned the slow way until a load touches them again)", ferr))
		}
		l.held = fresh
	}
	for _, p := range batch {
		l.done(p.out)
	}
	// The articles' outcomes are reported either way; an error here means
	// only the summaries were not rewritten.
	if err != nil && l.sums != nil {
		for _, p := range batch {
			if p.out.Status != Failed {
				return err
			}
		}
	}
	return nil
}

// step applies one kind of change for the batch's articles that have not
// failed, in one transaction. If that fails it retries article by article,
// so that only the article at fault fails.
func (l *Loader) step(batch []pendingArticle, quads func(*pendingArticle) []quad.Quad, action cgraph.Procedure, opts cgraph.IgnoreOpts) {
	var d []cgraph.Delta
	for i := range batch {
		if batch[i].out.Status != Failed {
			d = appendDeltas(d, quads(&batch[i]), action)
		}
	}
	if len(d) == 0 || l.s.apply(l.corrupt(d), opts) == nil {
		return
	}
	for i := range batch {
		p := &batch[i]
		if p.out.Status == Failed || len(quads(p)) == 0 {
			continue
		}
		if err := l.s.apply(l.corrupt(appendDeltas(nil, quads(p), action)), opts); err != nil {
			p.fail(err)
		}
	}
}

func appendDeltas(d []cgraph.Delta, qs []quad.Quad, action cgraph.Procedure) []cgraph.Delta {
	for _, q := range qs {
		d = append(d, cgraph.Delta{Quad: q, Action: action})
	}
	return d
}

func (p *pendingArticle) fail(err error) {
	p.out = Outcome{IRI: p.out.IRI, Status: Failed, Err: err}
}

func (l *Loader) corrupt(d []cgraph.Delta) []cgraph.Delta {
	if l.inject != nil {
		return l.inject(d)
	}
	return d
}

// storedHash finds the content hash among the article node's quads.
func storedHash(qs []quad.Quad, article, pred quad.IRI) (string, bool) {
	for _, q := range qs {
		if q.Predicate == pred && q.Label == article {
			return quad.ToString(q.Object), true
		}
	}
	return "", false
}
