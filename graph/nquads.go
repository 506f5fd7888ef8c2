package graph

import (
	"context"
	"fmt"
	"io"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/rdfio"
)

// Export writes every quad as N-Quads that raptor and rdflib accept (see
// rdfio) and returns how many it wrote.
func (s *Store) Export(ctx context.Context, w io.Writer) (int, error) {
	nw := rdfio.NewWriter(w)
	err := s.EachQuad(ctx, func(q quad.Quad) error { return nw.WriteQuad(q) })
	if err == nil {
		err = nw.Flush()
	}
	if err != nil {
		return nw.Count(), fmt.Errorf("export %s: %w", s.cfg, err)
	}
	return nw.Count(), nil
}

// ImportResult counts what an import did.
type ImportResult struct {
	Read  int // statements in the input
	Added int // quads the store did not have yet
}

// Import reads N-Quads from r and adds them. The input is parsed in full
// first and then written in one transaction, so a malformed line (reported
// as an *rdfio.ParseError with its line number) or a failed write leaves
// nothing of it in the store. Quads already stored are skipped.
func (s *Store) Import(ctx context.Context, r io.Reader, name string) (ImportResult, error) {
	qs, err := rdfio.ReadAll(r, name)
	if err != nil {
		return ImportResult{}, err
	}
	res := ImportResult{Read: len(qs)}
	before, err := s.Count(ctx)
	if err != nil {
		return res, err
	}
	if err := s.AddIgnoringDuplicates(dedup(qs)); err != nil {
		return res, fmt.Errorf("import %s: %w", name, err)
	}
	after, err := s.Count(ctx)
	if err != nil {
		return res, err
	}
	res.Added = int(after - before)
	return res, nil
}
