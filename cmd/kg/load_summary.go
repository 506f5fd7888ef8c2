package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// printLoadSummary writes the result of a load to stdout: it is the
// command's output, and scripts read it.
func printLoadSummary(cmd *cobra.Command, cfg graph.Config, s loadSummary) {
	w := cmd.OutOrStdout()
	a := s.articles
	fmt.Fprintf(w, "articles: %d loaded, %d unchanged, %d replaced, %d failed\n",
		a[graph.Added], a[graph.Unchanged], a[graph.Replaced], a[graph.Failed]+s.bad)
	var kinds []string
	total := 0
	for _, k := range []schema.Kind{schema.Event, schema.Relation, schema.Stance} {
		kinds = append(kinds, fmt.Sprintf("%d %ss", s.facts[k], k))
		total += s.facts[k]
	}
	fmt.Fprintf(w, "facts:    %d written (%s)\n", total, strings.Join(kinds, ", "))
	fmt.Fprintf(w, "actors:   %d named in those facts\n", len(s.actors))
	fmt.Fprintf(w, "quads:    %d written, %d removed; the store holds %d\n", int64(s.quadsAdd)+s.actorAdds, s.quadsDel, s.total)
	fmt.Fprintf(w, "time:     %.2f s\n", s.elapsed.Seconds())
	top := topKeys(s.named, 5)
	if len(top) > 0 {
		var parts []string
		for _, k := range top {
			parts = append(parts, fmt.Sprintf("%s (%d)", k, s.named[k]))
		}
		fmt.Fprintf(w, "most named: %s\n", strings.Join(parts, ", "))
	}
	if ps := topKeys(s.preds, 6); len(ps) > 0 {
		var parts []string
		for _, k := range ps {
			parts = append(parts, fmt.Sprintf("%s %d", k, s.preds[k]))
		}
		fmt.Fprintf(w, "most said: %s\n", strings.Join(parts, ", "))
	}
	if a[graph.Added]+a[graph.Replaced] > 0 && cfg.Backend != graph.Memstore {
		fmt.Fprintf(w, "\nWhat to try next:\n")
		if len(top) >= 2 {
			fmt.Fprintf(w, "  kg query relations %q\n", top[0])
			fmt.Fprintf(w, "  kg query between %q %q\n", top[0], top[1])
		}
		fmt.Fprintf(w, "  kg query timeline              # dated facts in order\n")
		fmt.Fprintf(w, "  kg query list                  # every canned question\n")
		fmt.Fprintf(w, "  kg stats                       # what the graph holds\n")
		fmt.Fprintf(w, "  kg query 'g.V().Has(\"<%s>\", \"<%s>\").Out(\"<%s>\").All()'\n", schema.RDFType, schema.NewsArticle, schema.Headline)
		fmt.Fprintf(w, "  kg export -o kg.nq             # N-Quads for other RDF tools\n")
		fmt.Fprintf(w, "  kg serve                       # Cayley's web UI at http://127.0.0.1:64210/\n")
	}
}

// topKeys returns the n keys with the highest counts, ties by name.
func topKeys(m map[string]int, n int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) > n {
		keys = keys[:n]
	}
	return keys
}
