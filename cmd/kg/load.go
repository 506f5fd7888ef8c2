package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/loaders/source"
	"github.com/kg-project/kg/schema"
)

func newLoadCmd() *cobra.Command {
	var in inputFlags
	var batch int
	cmd := &cobra.Command{
		Use:   "load PATH...",
		Short: "Extract facts from articles and write them to the store",
		Long: `Load reads articles (text files, directories searched recursively for *.txt
and *.jsonl, JSON Lines files, or - for standard input), extracts facts and
writes them to the store, creating it on first use.

Each article is written whole or not at all. An article whose content hash is
already stored is skipped; a changed one replaces its earlier facts. A file
that cannot be read or decoded is reported by name and the others still load;
the exit status is then non-zero.

JSON Lines input has one article per line:
  {"id": "...", "title": "...", "date": "YYYY-MM-DD", "url": "...", "publisher": "...", "text": "..."}
Text files take their metadata from a manifest.tsv or manifest.jsonl beside
them (see the README); --date and --publisher fill what is still missing.`,
		Example: `  kg load seeds
  kg load --db /tmp/news.db articles/ more.jsonl
  curl -s https://example.org/story.txt | kg load --publisher "Example News" --date 2024-05-01 -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, paths []string) error {
			return runLoad(cmd, &in, batch, paths)
		},
	}
	in.register(cmd)
	cmd.Flags().IntVar(&batch, "batch", graph.DefaultBatchSize, "quads per write transaction")
	return cmd
}

// loadQueue is how many extracted articles may wait for the store writer:
// about two batches of generated news articles (some 500 quads each at the
// default --batch), so that the writer finds the next batch ready when it
// has written one, with a few megabytes of results held.
const loadQueue = 48

// loadMemoryLimit is the Go runtime's soft memory limit during kg load,
// unless GOMEMLIMIT sets one. A load's live heap is 90 MB at 1,000 articles
// and up to 150 MB at 10,000 (the syntax model's tables are 45 MB of it),
// and with the default GOGC the heap was let grow to twice that before a
// collection: 300 MB of a 10,000-article load's 540 MB peak. Under the limit
// the collector runs earlier instead (2% of the CPU became about 4%). It is
// soft: an article whose pipeline needs more (a 1 MiB one of the worst
// shapes) still gets it, at the cost of more frequent collections.
const loadMemoryLimit = 200 << 20

// limitHeap applies loadMemoryLimit unless the environment chose a limit.
func limitHeap() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(loadMemoryLimit)
	}
}

// loadSummary counts what a load did.
type loadSummary struct {
	articles  map[graph.Status]int
	bad       int // inputs that never reached the store (unreadable, undecodable, not extracted)
	facts     map[schema.Kind]int
	actors    map[string]bool
	named     map[string]int // facts per actor name, for "what was learned"
	preds     map[string]int // facts per predicate
	quadsAdd  int            // article quads written (new and replaced articles)
	quadsDel  int            // article quads removed (replaced articles)
	actorAdds int64
	total     int64
	elapsed   time.Duration
}

func runLoad(cmd *cobra.Command, in *inputFlags, batch int, paths []string) error {
	ctx := cmd.Context()
	start := time.Now()
	limitHeap()
	v, b, err := quadBuilder(cmd)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, cmd, false)
	if err != nil {
		return err
	}
	defer st.Close()
	before, err := st.Count(ctx)
	if err != nil {
		return err
	}
	stderr := cmd.ErrOrStderr()
	prog := newProgress(stderr)
	sum := loadSummary{articles: map[graph.Status]int{}, facts: map[schema.Kind]int{}, actors: map[string]bool{}, named: map[string]int{}, preds: map[string]int{}}
	names := map[quad.IRI]string{} // article -> file, until its outcome is known
	factsOf := map[quad.IRI]map[schema.Kind]int{}
	ld := st.NewLoader(batch, func(o graph.Outcome) {
		sum.articles[o.Status]++
		if o.Status == graph.Failed {
			prog.clear()
			fmt.Fprintf(stderr, "kg load: %s: not written: %v\n", names[o.IRI], o.Err)
		} else if o.Status != graph.Unchanged {
			sum.quadsAdd += o.Added
			sum.quadsDel += o.Removed
			for k, n := range factsOf[o.IRI] {
				sum.facts[k] += n
			}
		}
		delete(names, o.IRI)
		delete(factsOf, o.IRI)
		prog.article(sum.quadsAdd)
	})
	// Every actor's number of facts and articles, kept exact by the loader
	// when it is the store's only writer; where several loads may write
	// at once (PostgreSQL) counts read and rewritten by each would lose
	// updates, so none are kept and the queries count from the facts.
	if st.SingleWriter() {
		ld.SetSummaries(b.Counter())
	}
	// One article from the extractor to the loader: what handle needs.
	type toLoad struct {
		x           extracted
		art, actors []quad.Quad
		err         error // from building its quads
	}
	handle := func(t toLoad) error {
		x := t.x
		for _, w := range x.src.Warnings {
			prog.clear()
			fmt.Fprintf(stderr, "kg load: %s: warning: %s\n", describe(x.src), w)
		}
		if x.err != nil {
			if !errors.Is(x.err, source.ErrSkipped) {
				sum.bad++
			}
			prog.clear()
			fmt.Fprintf(stderr, "kg load: %v\n", x.err)
			return nil
		}
		prog.file(describe(x.src))
		if t.err != nil {
			sum.bad++
			prog.clear()
			fmt.Fprintf(stderr, "kg load: %s: %v\n", describe(x.src), t.err)
			return nil
		}
		iri := b.ArticleIRI(x.res.Article)
		names[iri] = describe(x.src)
		kinds := map[schema.Kind]int{}
		for _, f := range x.res.Facts {
			kinds[f.Kind]++
			sum.actors[f.Subject.ID] = true
			sum.actors[f.Object.ID] = true
			if !f.Negated {
				sum.named[f.Subject.Name]++
				sum.named[f.Object.Name]++
				sum.preds[f.Predicate]++
			}
		}
		factsOf[iri] = kinds
		return ld.Load(ctx, graph.Article{
			IRI:      iri,
			Hash:     x.res.Article.Hash,
			HashPred: v.Term(schema.PContentHash),
			Quads:    t.art,
			Actors:   t.actors,
			Stored: func(lookup func(quad.Direction, quad.Value) ([]quad.Quad, error)) ([]quad.Quad, error) {
				return b.Stored(iri, lookup)
			},
		})
	}
	// The store is written on a goroutine of its own, up to loadQueue
	// articles behind extraction: while one batch is written the next is
	// extracted, instead of the extractors waiting for every write. The
	// loader and everything handle touches (the summary, the progress
	// line, stderr) belong to that goroutine alone.
	queue := make(chan toLoad, loadQueue)
	xctx, stopExtracting := context.WithCancel(ctx)
	defer stopExtracting()
	loaded := make(chan error, 1)
	go func() {
		var err error
		for t := range queue {
			// After an error or an interrupt the rest is drained unread.
			if err == nil && ctx.Err() == nil {
				if err = handle(t); err != nil {
					stopExtracting()
				}
			}
		}
		loaded <- err
	}()
	err = extractAll(xctx, cmd, in, paths, func(x extracted) error {
		t := toLoad{x: x}
		if x.err == nil {
			t.art, t.actors, t.err = b.Result(x.res.Article, x.res.Facts)
		}
		select {
		case queue <- t:
			return nil
		case <-xctx.Done():
			return xctx.Err()
		}
	})
	close(queue)
	if lerr := <-loaded; lerr != nil {
		err = lerr // extraction was stopped for it
	}
	// On an interrupt the articles already extracted are still written
	// (each whole), rather than lost with the batch.
	if ferr := ld.Flush(context.WithoutCancel(ctx)); err == nil {
		err = ferr
	}
	prog.clear()
	if err != nil && ctx.Err() != nil {
		return fmt.Errorf("load: interrupted; %d article(s) written before it, each whole", sum.articles[graph.Added]+sum.articles[graph.Replaced])
	}
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	if sum.total, err = st.Count(ctx); err != nil {
		return err
	}
	sum.actorAdds = sum.total - before - int64(sum.quadsAdd-sum.quadsDel)
	sum.elapsed = time.Since(start)
	printLoadSummary(cmd, st.Config(), sum)
	if n := sum.bad + sum.articles[graph.Failed]; n > 0 {
		return fmt.Errorf("load: %d input(s) failed (see above)", n)
	}
	return nil
}
