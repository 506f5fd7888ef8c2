package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/queries"
)

// Examples shown in each canned query's --help, with arguments from the
// bundled seeds so they work right after "kg load seeds".
var cannedExamples = map[string]string{
	"actors":         "  kg query actors --type person\n  kg query actors -o csv > actors.csv",
	"profile":        "  kg query profile Shoigu\n  kg query profile \"Le Drian\" -o json",
	"relations":      "  kg query relations France\n  kg query relations Russia --predicate 19",
	"between":        "  kg query between France Russia --evidence\n  kg query between France Russia --direct",
	"who":            "  kg query who accuses Turkey\n  kg query who meets Shoigu --evidence\n  kg query who attacks Russia\n  kg query who 19 Russia    # any CAMEO 19 (fight) event",
	"stance":         "  kg query stance Putin --on Assad\n  kg query stance Hollande",
	"disagreements":  "  kg query disagreements\n  kg query disagreements Hollande --evidence",
	"allies":         "  kg query allies Russia",
	"adversaries":    "  kg query adversaries Russia",
	"timeline":       "  kg query timeline\n  kg query timeline Russia --from 2015-11 --to 2015-11",
	"path":           "  kg query path \"Le Drian\" Turkey\n  kg query path Hollande \"Islamic State\" --max-hops 3",
	"sources":        "  kg query sources \"Le Drian\" meets Shoigu",
	"tone":           "  kg query tone France Russia\n  kg query tone Russia Turkey -o json",
	"claims":         "  kg query claims --speaker Putin\n  kg query claims --publisher Mediapart --evidence",
	"contradictions": "  kg query contradictions\n  kg query contradictions Russia --evidence",
}

// Registered with query.go's queryCommands: list, show, and one command per
// embedded query. Each entry builds a fresh command, so that every root
// command (tests build many) gets its own flag state.
func init() {
	qs, err := queries.List()
	if err != nil {
		// Only a corrupt embedded query can get here; say so when used.
		queryCommands = append(queryCommands, func() *cobra.Command {
			return &cobra.Command{Use: "list", Short: "List the canned queries", RunE: func(*cobra.Command, []string) error { return err }}
		})
		return
	}
	queryCommands = append(queryCommands,
		func() *cobra.Command { return newQueryListCmd(qs) },
		func() *cobra.Command { return newQueryShowCmd(qs) })
	for _, q := range qs {
		queryCommands = append(queryCommands, func() *cobra.Command { return newCannedCmd(q, false) })
	}
}

// newQueryShowCmd has one subcommand per query, in show mode, so that
// "kg query show who accuses Turkey --exact" parses exactly like the query.
func newQueryShowCmd(qs []*queries.Query) *cobra.Command {
	show := &cobra.Command{
		Use:   "show NAME [ARGS]",
		Short: "Print the Gizmo text a canned query runs, parameters filled in, for the Cayley web UI",
		Long: `Print the exact Gizmo a canned query runs: its parameters (bound as data in
"var params = {...}"), the vocabulary, kg's helper library and the query.
Paste it into the query page of "kg serve"; queries that emit source and
target fields also render on its visualize page.`,
		Example: "  kg query show who accuses Turkey\n  kg query show path \"Le Drian\" Turkey --max-hops 3 > path.js",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return fmt.Errorf("name a canned query: %s", strings.Join(names(qs), ", "))
		},
	}
	for _, q := range qs {
		show.AddCommand(newCannedCmd(q, true))
	}
	return show
}

func names(qs []*queries.Query) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.Name)
	}
	return out
}

func newQueryListCmd(qs []*queries.Query) *cobra.Command {
	return &cobra.Command{
		Use:     "list",
		Short:   "List the canned queries with their parameters",
		Example: "  kg query list",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintln(w, "QUERY\tARGUMENTS\tFLAGS\tDESCRIPTION")
			for _, q := range qs {
				var flags []string
				for _, f := range q.Flags {
					s := "--" + f.Name
					if f.Type != queries.TypeBool {
						s += " " + strings.ToUpper(f.Type)
					}
					flags = append(flags, s)
				}
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", q.Name, q.Usage(), strings.Join(flags, " "), q.Description)
			}
			if err := w.Flush(); err != nil {
				return err
			}
			_, err := fmt.Fprintln(cmd.OutOrStdout(), "\nAll take -o table|json|jsonl|csv (and nquads where rows are facts) and --evidence; \"kg query NAME --help\" for details.")
			return err
		},
	}
}

// newCannedCmd builds the command for one query; in show mode it prints the
// Gizmo text instead of running it.
func newCannedCmd(q *queries.Query, show bool) *cobra.Command {
	long := q.Description + "\n"
	if len(q.Args) > 0 {
		long += "\nArguments:\n"
		for _, a := range q.Args {
			long += fmt.Sprintf("  %-10s %s (%s)\n", strings.ToUpper(a.Name), a.Description, a.Type)
		}
	}
	long += `
Actor arguments accept any name or alias the store knows, in any case
("Le Drian", "jean-yves le drian", "Daesh", "Moscow" for Russia); an unknown
or ambiguous name fails with the closest candidates. Every row carries its
evidence (article ids); --evidence adds the sentences.`
	required := 0
	for _, a := range q.Args {
		if a.Required {
			required++
		}
	}
	cmd := &cobra.Command{
		Use:     q.Name + " " + q.Usage(),
		Short:   q.Description,
		Long:    long,
		Example: cannedExamples[q.Name],
		Args:    cobra.RangeArgs(required, len(q.Args)),
	}
	if show {
		cmd.Short = "Gizmo text of: " + q.Description
		cmd.Example = strings.ReplaceAll(cmd.Example, "kg query ", "kg query show ")
	}
	f := cmd.Flags()
	for _, p := range q.Flags {
		if p.Type == queries.TypeBool {
			def, _ := strconv.ParseBool(p.Default)
			f.Bool(p.Name, def, p.Description)
		} else {
			f.String(p.Name, p.Default, p.Description+" ("+p.Type+")")
		}
	}
	var output string
	var evidence bool
	var timeout time.Duration
	f.DurationVar(&timeout, "timeout", 30*time.Second, "give up on the query after this long")
	if !show {
		formats := "table|json|jsonl|csv"
		if q.Subgraph {
			formats += "|nquads"
		}
		// Shadows kg query's persistent -o: same name, more formats.
		f.StringVarP(&output, "output", "o", queries.Table, "output format: "+formats)
		f.BoolVar(&evidence, "evidence", false, "add the evidence sentences (and fact IRIs) to every row")
		cmd.RegisterFlagCompletionFunc("output", cobra.FixedCompletions(queries.Formats(), cobra.ShellCompDirectiveNoFileComp))
	}
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		values := map[string]string{}
		for i, a := range args {
			values[q.Args[i].Name] = a
		}
		for _, p := range q.Flags {
			if fl := cmd.Flags().Lookup(p.Name); fl != nil && fl.Changed {
				values[p.Name] = fl.Value.String()
			}
		}
		ctx, st, closeStore, err := openForQuery(cmd, timeout)
		if err != nil {
			return err
		}
		defer closeStore()
		v, err := vocab(cmd)
		if err != nil {
			return err
		}
		r, err := queries.NewRunner(st.QuadStore(), v)
		if err != nil {
			return err
		}
		b, err := r.Bind(ctx, q, values)
		if err != nil {
			return err
		}
		if show {
			s, err := r.Script(b)
			if err != nil {
				return err
			}
			_, err = io.WriteString(cmd.OutOrStdout(), s)
			return err
		}
		res, err := r.RunBound(ctx, b)
		if err != nil {
			return err
		}
		return r.Write(ctx, cmd.OutOrStdout(), res, output, evidence)
	}
	return cmd
}
