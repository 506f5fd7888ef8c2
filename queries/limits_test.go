package queries

import (
	"fmt"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// The questions that rank their rows from totals before reading what they
// show (allies and adversaries from the loader's votes, disagreements from
// a count of its private pairs) must show with --limit N exactly the
// first N rows of --limit 0, and say how many there are. The synthetic
// store has hub targets and counterparts enough for rows to be cut and
// tied at the cut.
func TestLimitIsPrefix(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a synthetic store")
	}
	qs, err := cgraph.NewQuadStore("memstore", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	writeSynthetic(t, qs, 150_000)
	r, err := NewRunner(qs, schema.Default())
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		actor string
	}{
		{"disagreements", ""}, {"disagreements", "Russia"}, {"disagreements", "Putin"},
		{"allies", "Russia"}, {"allies", "France"}, {"adversaries", "Russia"}, {"adversaries", "Turkey"},
	}
	answers := map[string]string{} // allies and adversaries, by case and limit
	for _, c := range cases {
		q, err := Get(c.name)
		if err != nil {
			t.Fatal(err)
		}
		vals := func(limit int) map[string]string {
			v := map[string]string{"limit": fmt.Sprint(limit)}
			if c.actor != "" {
				v["actor"] = c.actor
			}
			return v
		}
		all, err := r.Run(t.Context(), q, vals(0))
		if err != nil {
			t.Fatal(err)
		}
		if len(all.Rows) < 20 {
			t.Fatalf("%s %s: %d rows, want a store with more", c.name, c.actor, len(all.Rows))
		}
		for _, limit := range []int{1, 2, 7, 19, len(all.Rows) - 1, len(all.Rows)} {
			res, err := r.Run(t.Context(), q, vals(limit))
			if err != nil {
				t.Fatal(err)
			}
			answers[fmt.Sprint(c, limit)] = fmt.Sprint(res.Summary, res.Rows)
			if got, want := fmt.Sprint(res.Rows), fmt.Sprint(all.Rows[:limit]); got != want {
				t.Errorf("%s %s --limit %d: rows are not the first %d of --limit 0:\n%s\nwant\n%s", c.name, c.actor, limit, limit, got, want)
			}
			want := fmt.Sprintf("showing the first %d of %d rows; --limit 0 shows all", limit, len(all.Rows))
			if limit == len(all.Rows) {
				want = ""
			}
			if got := fmt.Sprint(append(res.Summary, "")[0]); got != want {
				t.Errorf("%s %s --limit %d: summary %q, want %q", c.name, c.actor, limit, got, want)
			}
		}
	}
	// And allies and adversaries give the same without the votes (every
	// fact voted).
	var del []cgraph.Delta
	err = cgraph.Iterate(t.Context(), qs.QuadIterator(quad.Predicate, qs.ValueOf(schema.Default().Term(schema.PVotes)))).Each(func(ref cgraph.Ref) {
		del = append(del, cgraph.Delta{Quad: qs.Quad(ref), Action: cgraph.Delete})
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(del) == 0 {
		t.Fatal("the synthetic store has no votes")
	}
	if err := qs.ApplyDeltas(del, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		if c.name == "disagreements" {
			continue
		}
		q, err := Get(c.name)
		if err != nil {
			t.Fatal(err)
		}
		for _, limit := range []int{1, 2, 7, 19} {
			res, err := r.Run(t.Context(), q, map[string]string{"actor": c.actor, "limit": fmt.Sprint(limit)})
			if err != nil {
				t.Fatal(err)
			}
			if got, want := fmt.Sprint(res.Summary, res.Rows), answers[fmt.Sprint(c, limit)]; got != want {
				t.Errorf("%s %s --limit %d: with the votes\n%s\nwithout\n%s", c.name, c.actor, limit, want, got)
			}
		}
	}
}
