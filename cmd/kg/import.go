package main

import (
	"fmt"
	"io"
	"os"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/kg-project/kg/graph"
)

func newImportCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "import FILE...",
		Short: "Add N-Quads or N-Triples files to the store",
		Long: `Import adds the statements of N-Quads (or N-Triples) files to the store, for
example a kg export or data from another RDF tool. Values are normalised the
way kg writes them, and quads already stored are skipped.

Each file is parsed completely before anything is written: a malformed line
is reported as FILE:LINE and nothing of that file enters the store. It is
then written in transactions of 10,000 quads, so memory stays flat however
large the file; if the store fails part way, importing the file again
completes it. The other files are still imported, and the exit
status is non-zero if any failed. "-" reads standard input.

The per-actor counts kg load keeps (graph kg:graph/counts) cannot know what
an import adds, so an import that adds quads to a store holding counts drops
them: kg query actors then counts from the facts (slower on a large store,
same answer) until kg load counts the actors it touches again. Into a store
without counts, a kg export --with-indexes brings its own.`,
		Example: `  kg import kg.nq
  kg --db fresh.db import kg.nq wikidata-extra.nt`,
		Args: cobra.MinimumNArgs(1),
		RunE: runImport,
	}
}

func runImport(cmd *cobra.Command, files []string) error {
	ctx := cmd.Context()
	st, err := openStore(ctx, cmd, false)
	if err != nil {
		return err
	}
	defer st.Close()
	stderr := cmd.ErrOrStderr()
	// Counts the store already holds go stale when quads are added; an
	// import into a store without any (a kg export --with-indexes into
	// a fresh store) brings its own, consistent with what it brings.
	had, err := countsQuads(cmd, st)
	if err != nil {
		return err
	}
	hadCounts := len(had) > 0
	failed, added := 0, 0
	for _, name := range files {
		var r io.Reader = cmd.InOrStdin()
		if name != "-" {
			f, err := os.Open(name)
			if err != nil {
				failed++
				fmt.Fprintf(stderr, "kg import: %v\n", err)
				continue
			}
			r = f
			defer f.Close()
		}
		res, err := st.Import(ctx, r, name)
		if err != nil {
			failed++
			fmt.Fprintf(stderr, "kg import: %v (nothing of %s was written)\n", err, name)
			continue
		}
		fmt.Fprintf(cmd.OutOrStdout(), "%s: %d statements, %d new quads\n", name, res.Read, res.Added)
		added += res.Added
	}
	if added > 0 && hadCounts {
		if err := dropCounts(cmd, st); err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("import: %d of %d file(s) failed (see above)", failed, len(files))
	}
	return nil
}

// countsQuads are the loader's per-actor counts in the store.
func countsQuads(cmd *cobra.Command, st *graph.Store) ([]quad.Quad, error) {
	_, b, err := quadBuilder(cmd)
	if err != nil {
		return nil, err
	}
	qs, err := st.Quads(cmd.Context(), quad.Label, b.CountsGraph())
	if err != nil {
		return nil, fmt.Errorf("import: read the actors' counts: %w", err)
	}
	return qs, nil
}

// dropCounts deletes the loader's per-actor counts, which an import makes
// stale; the queries count the slow way for an actor without them.
func dropCounts(cmd *cobra.Command, st *graph.Store) error {
	qs, err := countsQuads(cmd, st)
	if err != nil || len(qs) == 0 {
		return err
	}
	if err := st.Delete(qs); err != nil {
		return fmt.Errorf("import: drop the actors' counts: %w", err)
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "kg import: dropped the actors' counts (%d quads); kg load counts the actors it touches again\n", len(qs))
	return nil
}
