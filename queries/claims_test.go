package queries

// Issue 10's contradiction test: publisher A says Russia shelled Turkey,
// publisher B quotes the Kremlin's spokesman denying it; the claims and
// contradictions questions show the pair, each side with who says so.

import (
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/kg-project/kg/loaders/source"
	"github.com/kg-project/kg/schema"
)

func contradictionStore(t *testing.T) *Runner {
	t.Helper()
	qs, err := cgraph.NewQuadStore("memstore", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { qs.Close() })
	loadSources(t, qs, []source.Source{
		{ID: "agency-a", Path: "agency-a.txt", Meta: source.Meta{Publisher: "Agency A", Date: "2015-11-30"},
			Raw: []byte("Russia shells Turkish border post\n\nBy Agency A staff\n\nRussia shelled Turkey on 29 November, Turkish officials said.\n")},
		{ID: "agency-b", Path: "agency-b.txt", Meta: source.Meta{Publisher: "Agency B", Date: "2015-11-30"},
			Raw: []byte("Kremlin denies shelling Turkish post\n\n\"Russia did not shell Turkey,\" Kremlin spokesman Dmitry Peskov said on Monday.\n")},
		// Unrelated, and uncontradicted.
		{ID: "agency-c", Path: "agency-c.txt", Meta: source.Meta{Publisher: "Agency C", Date: "2015-11-30"},
			Raw: []byte("Talks\n\nFrance and Russia agreed to share intelligence on Islamic State.\n")},
	})
	r, err := NewRunner(qs, schema.Default())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestContradictionAssertedAndDenied(t *testing.T) {
	r := contradictionStore(t)
	for _, args := range []map[string]string{nil, {"actor": "Russia"}, {"actor": "Turkey", "direct": "true"}} {
		res := run(t, r, "contradictions", args)
		row := mustFind(t, res, map[string]string{"kind": "asserted and denied", "source": "Russia", "target": "Turkey",
			"asserted_by": "Turkey (government) (in Agency A)", "denied_by": "Dmitry Peskov (in Agency B)"})
		if got := cell(row["articles"], ","); got != "agency-a,agency-b" {
			t.Errorf("contradictions %v: articles %s", args, got)
		}
		// Agency A reports the attack on the word of Turkish officials
		// ("..., Turkish officials said") and in its own headline
		// ("Russia shells Turkish border post"). Two denials of each:
		// Peskov's words, and Agency B's own headline ("Kremlin denies
		// shelling Turkish post").
		for _, pair := range [][2]string{
			{"Turkey (government) (in Agency A)", "Agency B"},
			{"Agency A", "Dmitry Peskov (in Agency B)"},
			{"Agency A", "Agency B"},
		} {
			mustFind(t, res, map[string]string{"kind": "asserted and denied", "source": "Russia", "target": "Turkey",
				"asserted_by": pair[0], "denied_by": pair[1]})
		}
		if len(res.Rows) != 4 {
			t.Errorf("contradictions %v: %d rows:\n%s", args, len(res.Rows), dump(res))
		}
	}
	a := run(t, r, "claims", map[string]string{"publisher": "Agency A"})
	mustFind(t, a, map[string]string{"by": "Turkey (government) (in Agency A)", "says": "asserts", "source": "Russia", "target": "Turkey", "contradicted_by": "Agency B; Dmitry Peskov (in Agency B)"})
	b := run(t, r, "claims", map[string]string{"speaker": "Peskov"})
	mustFind(t, b, map[string]string{"by": "Dmitry Peskov (in Agency B)", "says": "denies", "source": "Russia", "contradicted_by": "Agency A; Turkey (government) (in Agency A)"})
	c := run(t, r, "claims", map[string]string{"publisher": "Agency C"})
	for _, row := range c.Rows {
		if row["contradicted_by"] != "" {
			t.Errorf("uncontradicted claim shown contradicted: %v", row)
		}
	}
	q, _ := Get("claims")
	if _, err := r.Run(t.Context(), q, nil); err == nil || !strings.Contains(err.Error(), "--publisher") {
		t.Errorf("claims without --publisher or --speaker: %v", err)
	}
}

func TestContradictionsSeedsRun(t *testing.T) {
	r := seedsStore(t)
	res := run(t, r, "contradictions", nil)
	t.Logf("seeds: %v", res.Summary)
	for _, row := range res.Rows {
		if row["asserted_by"] == row["denied_by"] {
			t.Errorf("a claimant contradicts itself: %v", row)
		}
	}
}

// sources says on whose word a statement rests: the speaker the text quotes.
func TestSourcesOnWhoseWord(t *testing.T) {
	r := fixture(t)
	res := run(t, r, "sources", map[string]string{"a": "Putin", "predicate": "accuses", "b": "Turkey"})
	mustFind(t, res, map[string]string{"publisher": "Reuters", "on_word_of": "Vladimir Putin", "article": "a3-jet"})
}
