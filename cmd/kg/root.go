package main

import (
	"context"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/loaders/quads"
	"github.com/kg-project/kg/schema"
)

// Persistent flags of the root command, shared by every subcommand. Each
// defaults to its environment variable, then to kg's default.
const (
	flagDB      = "db"
	flagBackend = "backend"
	flagBase    = "base"
)

func newRootCmd() *cobra.Command {
	root, _ := newRoot()
	return root
}

// newRoot makes the command tree and the profiler of its hidden
// --cpuprofile and --memprofile flags; main stops the profiler after the
// command, however it ended (cobra skips post-run hooks after an error).
func newRoot() (*cobra.Command, *profiler) {
	root := &cobra.Command{
		Use:   "kg",
		Short: "Build a knowledge graph of who does what to whom from news articles",
		Long: `kg reads news articles, extracts facts about actors (people, countries,
organisations, armed groups) and their relationships — events coded with
CAMEO, lasting relations, stances — and stores them in a Cayley graph that
answers Gizmo queries and exports N-Quads.

The store is an embedded file (./kg.db) unless --db/--backend say otherwise.
Data goes to standard output, diagnostics to standard error.`,
		Example: `  kg load seeds                 # build ./kg.db from the bundled articles
  kg stats
  kg query 'g.V("<https://kg.local/actor/fra>").Out().All()'
  kg export -o kg.nq`,
		SilenceUsage:  true, // a failed load is not a usage error
		SilenceErrors: true, // main prints the error once, prefixed "kg:"
	}
	pf := root.PersistentFlags()
	pf.String(flagDB, envOr("KG_DB", graph.DefaultPath), "store path (bolt file, leveldb directory) or postgres connection string (env KG_DB)")
	pf.String(flagBackend, envOr("KG_BACKEND", graph.DefaultBackend), "store backend: bolt, leveldb, memstore or postgres (env KG_BACKEND)")
	pf.String(flagBase, envOr("KG_BASE", schema.DefaultBase), "base IRI of every node kg writes (env KG_BASE)")
	prof := registerProfileFlags(root)
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error { return prof.start(cmd) }
	root.RegisterFlagCompletionFunc(flagBackend, cobra.FixedCompletions(graph.Backends(), cobra.ShellCompDirectiveNoFileComp))

	root.AddCommand(
		newLoadCmd(),
		newExtractCmd(),
		newParseCmd(),
		newQueryCmd(),
		newExportCmd(),
		newImportCmd(),
		newStatsCmd(),
		newVersionCmd(),
		newServeCmd(),
	)
	addCompletionExamples(root)
	return root, prof
}

// addCompletionExamples creates cobra's completion command now, rather than
// when it runs, to give it and its shells an Example like every command.
func addCompletionExamples(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		c.Example = "  source <(kg completion bash)\n  kg completion zsh > \"${fpath[1]}/_kg\""
		for _, sh := range c.Commands() {
			sh.Example = "  kg completion " + sh.Name() + " --help   # where to install it"
		}
	}
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

// storeConfig is the store the root's --db and --backend flags name (their
// defaults already folded in KG_DB and KG_BACKEND).
func storeConfig(cmd *cobra.Command) graph.Config {
	db, _ := cmd.Flags().GetString(flagDB)
	backend, _ := cmd.Flags().GetString(flagBackend)
	cfg := graph.Config{Backend: backend, Path: db}
	if backend == graph.Memstore {
		cfg.Path = ""
	}
	return cfg
}

// openStore opens the store of the root flags. Commands that only read pass
// readOnly, so several of them may share a bolt store; any command fails
// within about a second, naming the store, when another process holds it.
// Use it from every command (kg serve and the canned queries included) so
// that they all resolve the store the same way.
func openStore(ctx context.Context, cmd *cobra.Command, readOnly bool) (*graph.Store, error) {
	cfg := storeConfig(cmd)
	cfg.ReadOnly = readOnly
	return graph.Open(ctx, cfg)
}

// vocab is the vocabulary for the root's --base flag.
func vocab(cmd *cobra.Command) (schema.Vocab, error) {
	base, _ := cmd.Flags().GetString(flagBase)
	return schema.NewVocab(base)
}

// quadBuilder maps facts to quads under the root's --base.
func quadBuilder(cmd *cobra.Command) (schema.Vocab, *quads.Builder, error) {
	v, err := vocab(cmd)
	if err != nil {
		return v, nil, err
	}
	b, err := quads.New(v)
	return v, b, err
}

// openForQuery opens the store read-only for a query that may run at most
// timeout (0: no limit); close undoes both.
func openForQuery(cmd *cobra.Command, timeout time.Duration) (ctx context.Context, st *graph.Store, close func(), err error) {
	ctx = cmd.Context()
	cancel := func() {}
	if timeout > 0 {
		ctx, cancel = context.WithTimeout(ctx, timeout)
	}
	st, err = openStore(ctx, cmd, true)
	if err != nil {
		cancel()
		return nil, nil, nil, err
	}
	return ctx, st, func() { st.Close(); cancel() }, nil
}
