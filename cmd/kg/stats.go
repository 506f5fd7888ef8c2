package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/kg-project/kg/schema"
)

func newStatsCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count actors by type, facts by predicate, and quads and facts by article",
		Long: `Stats reads the whole store once and counts: actors by type (their rdf:type),
facts by predicate (fact nodes, negated ones included, and direct edges,
which negated facts do not get), and per article its title, quads and facts.`,
		Example: `  kg stats
  kg stats -o json | jq .predicates`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "table" && format != "json" {
				return fmt.Errorf("-o %q: want table or json", format)
			}
			return runStats(cmd, format)
		},
	}
	cmd.Flags().StringVarP(&format, "output", "o", "table", "output format: table or json")
	return cmd
}

type articleStats struct {
	Article string `json:"article"`
	Title   string `json:"title,omitempty"`
	Quads   int    `json:"quads"`
	Facts   int    `json:"facts"`
}

type predicateStats struct {
	Facts int `json:"facts"`
	Edges int `json:"edges"`
}

type storeStats struct {
	Quads      int                       `json:"quads"`
	Actors     map[string]int            `json:"actors"`
	Predicates map[string]predicateStats `json:"predicates"`
	Articles   []articleStats            `json:"articles"`
}

func runStats(cmd *cobra.Command, format string) error {
	ctx := cmd.Context()
	v, err := vocab(cmd)
	if err != nil {
		return err
	}
	preds, err := schema.LoadPredicates()
	if err != nil {
		return err
	}
	st, err := openStore(ctx, cmd, true)
	if err != nil {
		return err
	}
	defer st.Close()

	predName := map[quad.IRI]string{}
	for _, p := range preds.All() {
		predName[v.Predicate(p.Name)] = p.Name
	}
	actorsGraph := v.Graph("actors")
	countsGraph := v.Graph("counts") // the loader's per-actor counts: no article's
	var (
		s        = storeStats{Actors: map[string]int{}, Predicates: map[string]predicateStats{}}
		typed    = map[quad.Value]bool{}
		articles = map[quad.IRI]*articleStats{}
	)
	art := func(iri quad.IRI) *articleStats {
		a := articles[iri]
		if a == nil {
			a = &articleStats{Article: string(iri)}
			articles[iri] = a
		}
		return a
	}
	err = st.EachQuad(ctx, func(q quad.Quad) error {
		s.Quads++
		p, _ := q.Predicate.(quad.IRI)
		label, _ := q.Label.(quad.IRI)
		switch {
		case p == quad.IRI(schema.RDFType) && label == actorsGraph:
			if t := v.TypeOfClass(iriOf(q.Object)); t != "" && !typed[q.Subject] {
				typed[q.Subject] = true
				s.Actors[string(t)]++
			}
		case p == v.Term(schema.PPredicate):
			name := predName[iriOf(q.Object)]
			ps := s.Predicates[name]
			ps.Facts++
			s.Predicates[name] = ps
		case predName[p] != "":
			ps := s.Predicates[predName[p]]
			ps.Edges++
			s.Predicates[predName[p]] = ps
		case p == v.Term(schema.PArticle):
			art(iriOf(q.Object)).Facts++
		case p == quad.IRI(schema.Headline):
			art(iriOf(q.Subject)).Title = quad.ToString(q.Object)
		}
		if label != "" && label != actorsGraph && label != countsGraph {
			art(label).Quads++
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, a := range articles {
		s.Articles = append(s.Articles, *a)
	}
	sort.Slice(s.Articles, func(i, j int) bool { return s.Articles[i].Article < s.Articles[j].Article })
	if format == "json" {
		enc := json.NewEncoder(cmd.OutOrStdout())
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	return printStats(cmd.OutOrStdout(), v, s)
}

func iriOf(v quad.Value) quad.IRI {
	iri, _ := v.(quad.IRI)
	return iri
}

func printStats(w io.Writer, v schema.Vocab, s storeStats) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "quads\t%d\n\nACTOR TYPE\tACTORS\n", s.Quads)
	for _, t := range schema.ActorTypes {
		if n := s.Actors[string(t)]; n > 0 {
			fmt.Fprintf(tw, "%s\t%d\n", t, n)
		}
	}
	fmt.Fprintf(tw, "\nPREDICATE\tFACTS\tEDGES\n")
	var names []string
	for n := range s.Predicates {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(tw, "%s\t%d\t%d\n", n, s.Predicates[n].Facts, s.Predicates[n].Edges)
	}
	fmt.Fprintf(tw, "\nARTICLE\tQUADS\tFACTS\tTITLE\n")
	for _, a := range s.Articles {
		id := schema.DecodeID(strings.TrimPrefix(v.Local(quad.IRI(a.Article)), "article/"))
		if id == "" {
			id = a.Article
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\n", oneLine(id), a.Quads, a.Facts, oneLine(a.Title))
	}
	return tw.Flush()
}

// oneLine quotes a value holding a newline, tab or other control character,
// which would otherwise break the table's rows and columns.
func oneLine(s string) string {
	if strings.IndexFunc(s, unicode.IsControl) < 0 {
		return s
	}
	return strconv.Quote(s)
}
