// Adding a canned query as a subcommand of "kg query" (kg query list,
// kg query who accuses Turkey): in your own file (cmd/kg/query_canned*.go),
//
//	func init() { queryCommands = append(queryCommands, newQueryListCmd) }
//
// where newQueryListCmd() *cobra.Command builds the subcommand. Open the
// store inside RunE with openStore(cmd.Context(), cmd, true) and the
// vocabulary with vocab(cmd), so --db, --backend and --base apply; print
// with writeRows (query_output.go) for the same -o table|json|jsonl output.
// An argument that names no subcommand still runs as raw Gizmo.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// queryCommands builds the subcommands of "kg query"; files that add canned
// queries append to it in init (see the comment at the top of this file).
var queryCommands []func() *cobra.Command

func newQueryCmd() *cobra.Command {
	var file, format string
	var limit int
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:   "query [GIZMO]",
		Short: "Run a Gizmo query against the store",
		Long: `Query runs Gizmo (Cayley's JavaScript query language) against the store and
prints the results. The query comes from the argument, from --file, or from
standard input when neither is given.

Node names are full IRIs in angle brackets, e.g.
  g.V("<https://kg.local/actor/fra>").Out("<https://kg.local/ont/requests>").All()
See the README for the data model. The store is opened read-only.`,
		Example: `  kg query 'g.V("<https://kg.local/actor/jean-yves-le-drian>").Out().All()'
  kg query -o json --file question.js
  echo 'g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://schema.org/Person>").Count()' | kg query`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			src, err := queryText(cmd, args, file)
			if err != nil {
				return err
			}
			return runGizmo(cmd, src, format, limit, timeout)
		},
	}
	f := cmd.PersistentFlags()
	f.StringVarP(&format, "output", "o", "table", "output format: table, json or jsonl")
	cmd.Flags().StringVar(&file, "file", "", "read the query from this file (- for standard input)")
	cmd.Flags().IntVar(&limit, "limit", 0, "stop after this many results (0: no limit)")
	cmd.Flags().DurationVar(&timeout, "timeout", 30*time.Second, "give up on a query after this long")
	cmd.RegisterFlagCompletionFunc("output", cobra.FixedCompletions([]string{"table", "json", "jsonl"}, cobra.ShellCompDirectiveNoFileComp))
	for _, sub := range queryCommands {
		cmd.AddCommand(sub())
	}
	return cmd
}

// queryText finds the query: the argument, --file, or standard input.
func queryText(cmd *cobra.Command, args []string, file string) (string, error) {
	switch {
	case len(args) == 1 && file != "":
		return "", errors.New("give the query as an argument or with --file, not both")
	case len(args) == 1:
		return args[0], nil
	case file != "" && file != "-":
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("read query: %w", err)
		}
		return string(b), nil
	}
	in := cmd.InOrStdin()
	if f, ok := in.(*os.File); ok && file == "" && term.IsTerminal(int(f.Fd())) {
		return "", errors.New("no query: give one as an argument, with --file, or on standard input")
	}
	b, err := io.ReadAll(in)
	if err != nil {
		return "", fmt.Errorf("read query from standard input: %w", err)
	}
	return string(b), nil
}

func runGizmo(cmd *cobra.Command, src, format string, limit int, timeout time.Duration) error {
	if strings.TrimSpace(src) == "" {
		return errors.New("the query is empty")
	}
	if err := checkRowFormat(format); err != nil {
		return err
	}
	ctx, st, closeStore, err := openForQuery(cmd, timeout)
	if err != nil {
		return err
	}
	defer closeStore()
	it, err := gizmo.NewSession(st.QuadStore()).Execute(ctx, src, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return fmt.Errorf("gizmo: %w", err)
	}
	defer it.Close()
	var rows []any
	for it.Next(ctx) {
		if r := it.Result(); r != nil {
			rows = append(rows, r)
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("gizmo: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("gizmo: query stopped after %v: %w", timeout, err)
	}
	return writeRows(cmd.OutOrStdout(), format, rows)
}
