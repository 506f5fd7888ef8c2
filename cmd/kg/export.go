package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
)

func newExportCmd() *cobra.Command {
	var format, out string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the whole store as N-Quads",
		Long: `Export writes every quad of the store as N-Quads (RDF 1.1) that other tools
accept (rapper, rdflib, Jena): full IRIs only, XSD datatypes as full IRIs with
canonical lexical forms ("true", not "True"), N-Quads escapes in literals.
The fourth element of each quad is its graph: the article IRI for everything
read from an article, <base>graph/actors for actor descriptions.

With -o the file is written beside its destination and renamed into place
at the end, so it is never seen half-written.`,
		Example: `  kg export > kg.nq
  kg export -o kg.nq && rapper -i nquads -c kg.nq`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "nquads" {
				return fmt.Errorf("--format %q: only nquads is supported", format)
			}
			return runExport(cmd, out)
		},
	}
	cmd.Flags().StringVar(&format, "format", "nquads", "output format (nquads)")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to this file instead of standard output")
	return cmd
}

func runExport(cmd *cobra.Command, out string) error {
	ctx := cmd.Context()
	st, err := openStore(ctx, cmd, true)
	if err != nil {
		return err
	}
	defer st.Close()
	if out == "" || out == "-" {
		_, err := st.Export(ctx, cmd.OutOrStdout())
		return err
	}
	n, err := writeFileAtomic(out, func(w io.Writer) (int, error) { return st.Export(ctx, w) })
	if err != nil {
		return err
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "kg export: %d quads written to %s\n", n, out)
	return nil
}

// writeFileAtomic writes path through a temporary file in the same
// directory and renames it into place once complete.
func writeFileAtomic(path string, write func(io.Writer) (int, error)) (int, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return 0, fmt.Errorf("export to %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // no-op once renamed
	n, err := write(tmp)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return n, fmt.Errorf("export to %s: %w", path, err)
	}
	return n, nil
}
