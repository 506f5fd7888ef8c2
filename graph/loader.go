package graph

import (
	"context"
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
			if err := l.Flush(ctx); err != nil {
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
		return l.Flush(ctx)
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
	return &Loader{s: s, batchSize: batchSize, done: done}
}

// Load queues an article, writing the batch when it is full. It returns an
// error only when the store itself cannot be read; a failed write is
// reported through the Outcome and the next articles still load.
func (l *Loader) Load(ctx context.Context, a Article) error {
	for _, p := range l.pending {
		if p.out.IRI == a.IRI {
			// The same article twice in one batch: the second must see the first.
			if err := l.Flush(ctx); err != nil {
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
		return l.Flush(ctx)
	}
	return nil
}

// Flush writes every queued article.
//
// Deletions and additions go in separate transactions: Cayley v0.7.7's kv
// backends lose the node ids of a transaction that both deletes and adds
// quads sharing a node whose reference count drops overall (the added quads
// are stored with empty subjects or objects). So a replaced article is
// first deleted whole, then written whole; if the second step fails the
// article is absent, not half there, and the next load writes it again
// (its hash is gone with it).
func (l *Loader) Flush(ctx context.Context) error {
	batch := l.pending
	l.pending, l.size = nil, 0
	if len(batch) == 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	// Actors first: they are shared and idempotent, so a failed article
	// after them leaves only descriptions that another article may use.
	var actors []quad.Quad
	for _, p := range batch {
		actors = append(actors, p.actors...)
	}
	lookup := func(dir quad.Direction, v quad.Value) ([]quad.Quad, error) { return l.s.Quads(ctx, dir, v) }
	// The summaries the batch may change are deleted before the articles
	// are written and rewritten after, each in a transaction of its own
	// (never one that mixes deletes and adds, see above): a load stopped
	// in between leaves them missing, which Summaries tells from zero, not
	// wrong.
	var stale []quad.Quad
	var err error
	if l.sums != nil {
		var add, del []quad.Quad
		for _, p := range batch {
			add, del = append(add, p.add...), append(del, p.del...)
		}
		if stale, err = l.sums.Stale(lookup, add, del); err == nil {
			err = l.s.apply(appendDeltas(nil, stale, cgraph.Delete), cgraph.IgnoreOpts{IgnoreMissing: true})
		}
		if err != nil {
			err = fmt.Errorf("update summaries: %w", err)
		}
	}
	if err == nil {
		err = l.s.AddIgnoringDuplicates(dedup(actors))
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
	if l.sums != nil && err == nil {
		var added, deleted []quad.Quad
		for _, p := range batch {
			if p.delDone {
				deleted = append(deleted, p.del...)
			}
			if p.addDone {
				added = append(added, p.add...)
			}
		}
		fresh, ferr := l.sums.Fresh(lookup, stale, added, deleted)
		if ferr == nil {
			ferr = l.s.apply(appendDeltas(nil, fresh, cgraph.Add), cgraph.IgnoreOpts{IgnoreDup: true})
		}
		if ferr != nil {
			err = fmt.Errorf("update summaries: %w (queries count the actors concerned the slow way until a load touches them again)", ferr)
		}
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
