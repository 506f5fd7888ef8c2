package graph

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"

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

// ImportBatch is how many quads Import writes per transaction. One
// transaction for a whole file held it all in memory: 1M lines took 2.3 GB.
const ImportBatch = 10000

// Import reads N-Quads from r and adds them. The input is parsed in full
// first, so a malformed line (reported as an *rdfio.ParseError with its
// line number) leaves nothing of it in the store; then it is read again
// and written in transactions of ImportBatch quads, so memory does not
// grow with the file. Input that cannot be read twice (standard input, a
// pipe) is copied to a temporary file on the first pass. Should the store
// fail part way, the batches before stay written; importing the file
// again completes it, since quads already stored are skipped.
func (s *Store) Import(ctx context.Context, r io.Reader, name string) (ImportResult, error) {
	var res ImportResult
	again, cleanup, err := rereadable(r)
	if err != nil {
		return res, fmt.Errorf("import %s: %w", name, err)
	}
	defer cleanup()
	if res.Read, err = validate(again.first, name); err != nil {
		return res, err
	}
	second, err := again.second()
	if err != nil {
		return res, fmt.Errorf("import %s: %w", name, err)
	}
	before, err := s.Count(ctx)
	if err != nil {
		return res, err
	}
	rd := rdfio.NewReader(second, name)
	batch := make([]quad.Quad, 0, ImportBatch)
	flush := func() error {
		if err := s.AddIgnoringDuplicates(dedup(batch)); err != nil {
			return fmt.Errorf("import %s: %w", name, err)
		}
		batch = batch[:0]
		return ctx.Err()
	}
	for {
		q, err := rd.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			// The file changed between the passes.
			return res, err
		}
		if batch = append(batch, q); len(batch) == ImportBatch {
			if err := flush(); err != nil {
				return res, err
			}
		}
	}
	if err := flush(); err != nil {
		return res, err
	}
	after, err := s.Count(ctx)
	if err != nil {
		return res, err
	}
	res.Added = int(after - before)
	return res, nil
}

// validate parses everything from r, keeping nothing, and counts statements.
func validate(r io.Reader, name string) (int, error) {
	rd := rdfio.NewReader(r, name)
	n := 0
	for {
		_, err := rd.Next()
		if errors.Is(err, io.EOF) {
			return n, nil
		}
		if err != nil {
			return n, err
		}
		n++
	}
}

// twoPass gives the same bytes twice: first is read once, then second()
// starts over.
type twoPass struct {
	first  io.Reader
	second func() (io.Reader, error)
}

// rereadable rewinds a regular file for the second pass, and spools
// anything else to a temporary file (removed by cleanup) during the first.
func rereadable(r io.Reader) (twoPass, func(), error) {
	if f, ok := r.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			start, err := f.Seek(0, io.SeekCurrent)
			if err == nil {
				return twoPass{first: f, second: func() (io.Reader, error) {
					_, err := f.Seek(start, io.SeekStart)
					return f, err
				}}, func() {}, nil
			}
		}
	}
	tmp, err := os.CreateTemp("", "kg-import-*.nq")
	if err != nil {
		return twoPass{}, func() {}, err
	}
	cleanup := func() { tmp.Close(); os.Remove(tmp.Name()) }
	w := bufio.NewWriter(tmp)
	return twoPass{first: io.TeeReader(r, w), second: func() (io.Reader, error) {
		if err := w.Flush(); err != nil {
			return nil, err
		}
		_, err := tmp.Seek(0, io.SeekStart)
		return tmp, err
	}}, cleanup, nil
}
