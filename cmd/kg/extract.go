package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/kg-project/kg/graph/rdfio"
	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/loaders/quads"
	"github.com/kg-project/kg/loaders/source"
)

func newExtractCmd() *cobra.Command {
	var in inputFlags
	var format string
	var explain bool
	cmd := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Print the facts found in articles, without a store",
		Long: `Extract runs the same pipeline as load on the same inputs but prints the facts
instead of storing them.

Formats:
  jsonl   one fact per line (the contract of ../shared/gold/score.py): doc, kind,
          subject, object, predicate, cameo, polarity, negated, modality, speaker,
          date, sentence, sentence_index, offsets, trigger, rule
  json    one object per article: {"article": {...}, "facts": [...]}, indented
  table   aligned columns for reading
  nquads  the quads load would write (article, facts, actors)

--explain shows how each fact was found: with table it adds the columns RULE,
TRIGGER and the character offsets of subject, trigger and object; with the
other formats it writes one line per fact to standard error, so standard
output stays machine-readable.

--trace writes, for every sentence, its tokens with their part-of-speech
tags and the actor mentions found in it with what they resolved to: the
place to look when a fact you expected is missing.

` + lexiconHelp(),
		Example: `  kg extract seeds/000_c3a10e7d3e14a95b.txt
  kg extract --format jsonl seeds > facts.jsonl
  python3 ../shared/gold/score.py ../shared/gold/seeds.jsonl facts.jsonl
  kg extract --trace --format table article.txt
  kg extract --format table --explain seeds/001_b9c36c3e7aa15db4.txt
  printf 'list\tword\nnegators\tscarcely\n' > mywords.tsv
  kg extract --lexicon mywords.tsv article.txt`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, paths []string) error {
			return runExtract(cmd, &in, format, explain, paths)
		},
	}
	in.register(cmd)
	cmd.Flags().StringVarP(&format, "format", "f", "jsonl", "output format: jsonl, json, table or nquads")
	cmd.Flags().BoolVar(&explain, "explain", false, "show the rule, trigger and offsets of each fact")
	cmd.Flags().BoolVar(&in.trace, "trace", false, "write each sentence's tagged tokens and the actors found in it to standard error")
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"jsonl", "json", "table", "nquads"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// factWriter prints the facts of one article at a time.
type factWriter interface {
	article(a fact.Article, facts []fact.Fact) error
	close() error
}

func runExtract(cmd *cobra.Command, in *inputFlags, format string, explain bool, paths []string) error {
	out, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
	var fw factWriter
	switch format {
	case "jsonl":
		fw = &jsonlFacts{enc: json.NewEncoder(out)}
	case "json":
		fw = &jsonFacts{w: out}
	case "table":
		fw = newTableFacts(out, explain)
	case "nquads":
		_, b, err := quadBuilder(cmd)
		if err != nil {
			return err
		}
		fw = &nquadFacts{b: b, w: rdfio.NewWriter(out), actors: map[string]bool{}}
	default:
		return fmt.Errorf("--format %q: want jsonl, json, table or nquads", format)
	}
	failed := 0
	err := extractAll(cmd.Context(), cmd, in, paths, func(x extracted) error {
		for _, w := range x.src.Warnings {
			fmt.Fprintf(stderr, "kg extract: %s: warning: %s\n", describe(x.src), w)
		}
		if x.err != nil {
			if !errors.Is(x.err, source.ErrSkipped) {
				failed++
			}
			fmt.Fprintf(stderr, "kg extract: %v\n", x.err)
			return nil
		}
		if x.res.Trace != "" {
			fmt.Fprintf(stderr, "== %s\n%s", describe(x.src), x.res.Trace)
		}
		if explain && format != "table" {
			for _, f := range x.res.Facts {
				fmt.Fprintln(stderr, explainLine(f))
			}
		}
		return fw.article(x.res.Article, x.res.Facts)
	})
	if cerr := fw.close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	if failed > 0 {
		return fmt.Errorf("extract: %d input(s) failed (see above)", failed)
	}
	return nil
}

// explainLine says how a fact was found, for --explain.
func explainLine(f fact.Fact) string {
	o := f.Offsets
	return fmt.Sprintf("%s s%d %s %s %s: rule=%s trigger=%q subject=[%d,%d) trigger=[%d,%d) object=[%d,%d) sentence=[%d,%d)",
		f.Doc, f.SentenceIndex, f.Subject.Name, f.Predicate, f.Object.Name, f.Rule, f.Trigger,
		o.Subject.Start, o.Subject.End, o.Trigger.Start, o.Trigger.End, o.Object.Start, o.Object.End, o.Sentence.Start, o.Sentence.End)
}

type jsonlFacts struct{ enc *json.Encoder }

func (j *jsonlFacts) article(_ fact.Article, facts []fact.Fact) error {
	for _, f := range facts {
		if err := j.enc.Encode(f); err != nil {
			return err
		}
	}
	return nil
}
func (j *jsonlFacts) close() error { return nil }

// jsonFacts streams a JSON array, one element per article.
type jsonFacts struct {
	w io.Writer
	n int
}

func (j *jsonFacts) article(a fact.Article, facts []fact.Fact) error {
	if facts == nil {
		facts = []fact.Fact{}
	}
	b, err := json.MarshalIndent(struct {
		Article fact.Article `json:"article"`
		Facts   []fact.Fact  `json:"facts"`
	}{a, facts}, "  ", "  ")
	if err != nil {
		return err
	}
	sep := "[\n  "
	if j.n > 0 {
		sep = ",\n  "
	}
	j.n++
	_, err = fmt.Fprintf(j.w, "%s%s", sep, b)
	return err
}

func (j *jsonFacts) close() error {
	if j.n == 0 {
		_, err := io.WriteString(j.w, "[]\n")
		return err
	}
	_, err := io.WriteString(j.w, "\n]\n")
	return err
}

type tableFacts struct {
	tw      *tabwriter.Writer
	explain bool
}

func newTableFacts(w io.Writer, explain bool) *tableFacts {
	t := &tableFacts{tw: tabwriter.NewWriter(w, 0, 4, 2, ' ', 0), explain: explain}
	h := "DOC\tKIND\tSUBJECT\tPREDICATE\tOBJECT\tCAMEO\tPOL\tNEG\tMODALITY\tDATE"
	if explain {
		h += "\tRULE\tTRIGGER\tSUBJ@\tTRIG@\tOBJ@"
	}
	fmt.Fprintln(t.tw, h)
	return t
}

func (t *tableFacts) article(_ fact.Article, facts []fact.Fact) error {
	for _, f := range facts {
		row := []string{f.Doc, string(f.Kind), f.Subject.Name, f.Predicate, f.Object.Name, dash(f.CAMEO),
			signed(f.Polarity), fmt.Sprint(f.Negated), dash(string(f.Modality)), dash(f.Date)}
		if t.explain {
			o := f.Offsets
			row = append(row, f.Rule, dash(f.Trigger),
				fmt.Sprintf("%d-%d", o.Subject.Start, o.Subject.End),
				fmt.Sprintf("%d-%d", o.Trigger.Start, o.Trigger.End),
				fmt.Sprintf("%d-%d", o.Object.Start, o.Object.End))
		}
		for i := range row {
			row[i] = strings.NewReplacer("\t", " ", "\n", " ").Replace(row[i])
		}
		if _, err := fmt.Fprintln(t.tw, strings.Join(row, "\t")); err != nil {
			return err
		}
	}
	return nil
}

func (t *tableFacts) close() error { return t.tw.Flush() }

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func signed(n int) string {
	switch {
	case n > 0:
		return fmt.Sprintf("+%d", n)
	case n < 0:
		return fmt.Sprint(n)
	}
	return "-"
}

// nquadFacts prints what load would store; actors once each.
type nquadFacts struct {
	b      *quads.Builder
	w      *rdfio.Writer
	actors map[string]bool
}

func (n *nquadFacts) article(a fact.Article, facts []fact.Fact) error {
	art, actors, err := n.b.Result(a, facts)
	if err != nil {
		return err
	}
	for _, q := range append(art, actors...) {
		k := quad.Quad(q).NQuad()
		if q.Label == n.b.ActorsGraph() {
			if n.actors[k] {
				continue
			}
			n.actors[k] = true
		}
		if err := n.w.WriteQuad(q); err != nil {
			return err
		}
	}
	return nil
}

func (n *nquadFacts) close() error { return n.w.Flush() }
