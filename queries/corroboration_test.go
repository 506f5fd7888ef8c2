package queries

// Issue 10's corroboration test: the seeds plus 50 near-copies of one seed
// article (paragraphs shuffled, a sentence changed) under other publishers.
// The copied story's events report one independent source per text family,
// not 51; removing the copies restores every answer exactly.

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/loaders"
	"github.com/kg-project/kg/loaders/quads"
	"github.com/kg-project/kg/loaders/source"
	"github.com/kg-project/kg/schema"
)

// nearCopy rewrites an article as a republisher would: the headline block
// kept, the body paragraphs in another order, one sentence reworded.
func nearCopy(raw string, rng *rand.Rand) string {
	paras := strings.Split(strings.TrimSpace(raw), "\n\n")
	head, body := paras[:4], append([]string(nil), paras[4:]...)
	rng.Shuffle(len(body), func(i, j int) { body[i], body[j] = body[j], body[i] })
	body[0] = strings.Replace(body[0], " the ", " this ", 1) + " Officials declined to comment further."
	return strings.Join(append(head, body...), "\n\n") + "\n"
}

// loadSources extracts and writes srcs; it returns each article's own
// (article-labelled) quads, as kg load would replace or remove them.
func loadSources(tb testing.TB, qs cgraph.QuadStore, srcs []source.Source) map[string][]quad.Quad {
	tb.Helper()
	ex, err := loaders.New(loaders.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	b, err := quads.New(schema.Default())
	if err != nil {
		tb.Fatal(err)
	}
	out := map[string][]quad.Quad{}
	for _, src := range srcs {
		res, err := ex.Extract(src)
		if err != nil {
			tb.Fatalf("extract %s: %v", src.ID, err)
		}
		art, actors, err := b.Result(res.Article, res.Facts)
		if err != nil {
			tb.Fatal(err)
		}
		if err := applyQuads(qs, art); err != nil {
			tb.Fatal(err)
		}
		if err := applyQuads(qs, actors); err != nil {
			tb.Fatal(err)
		}
		out[src.ID] = art
	}
	return out
}

func TestCorroborationNearCopies(t *testing.T) {
	var seeds []source.Source
	for src, err := range source.All([]string{seedsDir(t)}, source.Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, src)
	}
	const copied = "002_420347d6e634c762"
	raw, err := os.ReadFile(filepath.Join(seedsDir(t), copied+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	qs, err := cgraph.NewQuadStore("memstore", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer qs.Close()
	loadSources(t, qs, seeds)
	r, err := NewRunner(qs, schema.Default())
	if err != nil {
		t.Fatal(err)
	}
	ask := func() (*Result, *Result) {
		return run(t, r, "timeline", map[string]string{"limit": "0"}),
			run(t, r, "sources", map[string]string{"a": "Hollande", "predicate": "meets", "b": "Putin"})
	}
	tlBefore, soBefore := ask()

	rng := rand.New(rand.NewPCG(10, 51))
	var copies []source.Source
	for i := 0; i < 50; i++ {
		id := fmt.Sprintf("copy_%02d", i)
		copies = append(copies, source.Source{ID: id, Path: id + ".txt", Raw: []byte(nearCopy(string(raw), rng)),
			Meta: source.Meta{Publisher: fmt.Sprintf("Republisher %02d", i)}})
	}
	added := loadSources(t, qs, copies)
	tlWith, soWith := ask()

	// Every event the original reports: as many independent sources as
	// before, now with the copies' mentions too.
	origArt := copied // article ids are kept as given (percent-encoded in IRIs, not slugged)
	before := map[string]map[string]any{}
	for _, row := range tlBefore.Rows {
		before[eventRowKey(row)] = row
	}
	checked, grown, family := 0, 0, 0
	for _, row := range tlWith.Rows {
		arts := cell(row["articles"], ",")
		if !strings.Contains(arts, origArt) {
			continue
		}
		old, ok := before[eventRowKey(row)]
		if !ok {
			continue
		}
		checked++
		// Reported only by the seed and its copies: one text family, one source.
		onlyFamily := true
		for _, a := range strings.Split(arts, ",") {
			if a != origArt && !strings.HasPrefix(a, "copy_") {
				onlyFamily = false
			}
		}
		if onlyFamily {
			family++
			if cell(row["sources_n"], "") != "1" {
				t.Errorf("event %s, reported only by %s and its copies: %v independent sources, want 1", eventRowKey(row), copied, row["sources_n"])
			}
		}
		if cell(row["sources_n"], "") != cell(old["sources_n"], "") {
			t.Errorf("event %s: %v independent sources with the copies, %v without\n%v", eventRowKey(row), row["sources_n"], old["sources_n"], row["articles"])
		}
		if strings.Count(arts, "copy_") > 0 {
			grown++
		}
	}
	if checked == 0 || grown < checked/2 {
		t.Fatalf("%d events of %s compared, %d mentioned by copies", checked, copied, grown)
	}
	if family == 0 {
		t.Errorf("no event is reported by %s and its copies alone", copied)
	}
	t.Logf("timeline: %d events of the copied story compared, %d with the copies' mentions, independent sources unchanged; %d reported by the copied story alone, 1 source each", checked, grown, family)
	t.Logf("sources Hollande meets Putin, seeds: %v", soBefore.Summary)
	t.Logf("sources Hollande meets Putin, + 50 copies: %v", soWith.Summary)
	if len(soWith.Rows) <= len(soBefore.Rows) {
		t.Errorf("the copies added no mentions to Hollande meets Putin")
	}
	for i := range soWith.Summary {
		if i < len(soBefore.Summary) && strings.Contains(soWith.Summary[i], "51 independent") {
			t.Errorf("copies counted as independent: %s", soWith.Summary[i])
		}
	}

	// Removing the copies restores the answers exactly.
	for _, qq := range added {
		d := make([]cgraph.Delta, 0, len(qq))
		for _, q := range qq {
			d = append(d, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
		if err := qs.ApplyDeltas(d, cgraph.IgnoreOpts{IgnoreMissing: true}); err != nil {
			t.Fatal(err)
		}
	}
	tlAfter, soAfter := ask()
	if !reflect.DeepEqual(tlAfter.Rows, tlBefore.Rows) || !reflect.DeepEqual(tlAfter.Summary, tlBefore.Summary) {
		t.Errorf("timeline after removing the copies differs from before:\nbefore:\n%s\nafter:\n%s", dump(tlBefore), dump(tlAfter))
	}
	if !reflect.DeepEqual(soAfter.Rows, soBefore.Rows) || !reflect.DeepEqual(soAfter.Summary, soBefore.Summary) {
		t.Errorf("sources after removing the copies: %v, before %v", soAfter.Summary, soBefore.Summary)
	}
}

// eventRowKey identifies a timeline event row across stores.
func eventRowKey(row map[string]any) string {
	return cell(row["date"], "") + " " + cell(row["date_basis"], "") + " " + cell(row["source"], "") + " " +
		cell(row["predicate"], "") + " " + cell(row["target"], "") + " " + cell(row["status"], "")
}

// loadWithLoader writes srcs through graph.Loader, as kg load does: a
// changed article (same id, another hash) replaces its old quads.
func loadWithLoader(t *testing.T, st *graph.Store, srcs []source.Source) {
	t.Helper()
	ex, err := loaders.New(loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := quads.New(schema.Default())
	if err != nil {
		t.Fatal(err)
	}
	var failed error
	ld := st.NewLoader(0, func(o graph.Outcome) {
		if o.Err != nil && failed == nil {
			failed = o.Err
		}
	})
	for _, src := range srcs {
		res, err := ex.Extract(src)
		if err != nil {
			t.Fatal(err)
		}
		art, actors, err := b.Result(res.Article, res.Facts)
		if err != nil {
			t.Fatal(err)
		}
		if err := ld.Load(t.Context(), graph.Article{IRI: b.ArticleIRI(res.Article), Hash: res.Article.Hash,
			HashPred: schema.Default().Term(schema.PContentHash), Quads: art, Actors: actors}); err != nil {
			t.Fatal(err)
		}
	}
	if err := ld.Flush(t.Context()); err != nil {
		t.Fatal(err)
	}
	if failed != nil {
		t.Fatal(failed)
	}
}

// Replacing an article through the loader replaces its mentions: the
// events are those of a store that never saw the old text.
func TestEventsFollowReplacedArticle(t *testing.T) {
	var seeds []source.Source
	for src, err := range source.All([]string{seedsDir(t)}, source.Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, src)
	}
	raw, err := os.ReadFile(filepath.Join(seedsDir(t), "002_420347d6e634c762.txt"))
	if err != nil {
		t.Fatal(err)
	}
	oldCopy := source.Source{ID: "copy", Path: "copy.txt", Raw: []byte(nearCopy(string(raw), rand.New(rand.NewPCG(1, 2)))), Meta: source.Meta{Publisher: "Republisher"}}
	newText := source.Source{ID: "copy", Path: "copy.txt", Meta: source.Meta{Publisher: "Republisher", Date: "2015-11-30"},
		Raw: []byte("Russia shells Turkish border post\n\nRussia shelled Turkey on 29 November, Turkish officials said.\n")}
	open := func(name string) *graph.Store {
		st, err := graph.Open(t.Context(), graph.Config{Backend: graph.Bolt, Path: filepath.Join(t.TempDir(), name)})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
	ask := func(st *graph.Store) []*Result {
		r, err := NewRunner(st.QuadStore(), schema.Default())
		if err != nil {
			t.Fatal(err)
		}
		return []*Result{
			run(t, r, "timeline", map[string]string{"limit": "0"}),
			run(t, r, "sources", map[string]string{"a": "Hollande", "predicate": "meets", "b": "Putin"}),
			run(t, r, "who", map[string]string{"predicate": "attacks", "actor": "Turkey", "limit": "0"}),
		}
	}
	replaced := open("replaced.db")
	loadWithLoader(t, replaced, append(append([]source.Source(nil), seeds...), oldCopy))
	withOld := ask(replaced)
	loadWithLoader(t, replaced, []source.Source{newText})
	fresh := open("fresh.db")
	loadWithLoader(t, fresh, append(append([]source.Source(nil), seeds...), newText))
	got, want := ask(replaced), ask(fresh)
	for i := range got {
		if !reflect.DeepEqual(got[i].Rows, want[i].Rows) || !reflect.DeepEqual(got[i].Summary, want[i].Summary) {
			t.Errorf("%s after replacing the copy differs from a fresh store:\ngot:\n%s%v\nwant:\n%s%v", got[i].Query.Name, dump(got[i]), got[i].Summary, dump(want[i]), want[i].Summary)
		}
	}
	if reflect.DeepEqual(withOld[1].Summary, got[1].Summary) {
		t.Errorf("the old copy's mentions never showed: %v", withOld[1].Summary)
	}
}
