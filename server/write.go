package server

import (
	"compress/gzip"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/rdfio"
)

// maxWriteBody bounds a /api/v2/write request (after gzip), which is
// parsed whole before anything is written. Larger files go through
// kg import, or the write page's upload.
const maxWriteBody = 16 << 20

// serveV2Write is POST /api/v2/write in place of Cayley's handler, which
// read N-Quads with Cayley's lax parser (relative IRIs and bare words
// were stored, so export could not write them back), wrote batch by
// batch (a bad line after a batch left the batch written) and read bodies
// of any size. The body, N-Quads (the default, as in Cayley) or a JSON
// quad list as for /api/v1/write, is parsed and checked whole with kg
// import's rules; a request with any bad quad writes nothing.
func (s *server) serveV2Write(w http.ResponseWriter, r *http.Request) {
	fail := func(code int, err error) {
		jsonError(w, code, fmt.Sprintf("%v (nothing written)", err))
	}
	var body io.Reader = r.Body
	switch enc := strings.ToLower(strings.TrimSpace(r.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip":
		zr, err := gzip.NewReader(r.Body)
		if err != nil {
			fail(http.StatusBadRequest, fmt.Errorf("reading gzip body: %w", err))
			return
		}
		defer zr.Close()
		body = zr
	default:
		fail(http.StatusUnsupportedMediaType, fmt.Errorf("Content-Encoding %q: kg serve reads gzip or none", enc))
		return
	}
	data, err := io.ReadAll(io.LimitReader(body, maxWriteBody+1))
	if err != nil {
		fail(http.StatusBadRequest, fmt.Errorf("reading request body: %w", err))
		return
	}
	if len(data) > maxWriteBody {
		fail(http.StatusRequestEntityTooLarge, fmt.Errorf("request body is larger than %d bytes; load larger files with kg import", maxWriteBody))
		return
	}
	var qs []quad.Quad
	ctype, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ctype {
	case "", "application/n-quads", "application/n-triples", "text/plain":
		qs, err = rdfio.ReadAll(strings.NewReader(string(data)), "request body")
	case "application/json":
		if qs, err = parseQuadList(data); err == nil {
			for i, q := range qs {
				if cerr := rdfio.CheckQuad(q); cerr != nil {
					err = fmt.Errorf("quad %d: %w", i, cerr)
					break
				}
			}
		}
	default:
		fail(http.StatusUnsupportedMediaType, fmt.Errorf("Content-Type %q: kg serve writes application/n-quads (the default) or application/json", ctype))
		return
	}
	if err != nil {
		fail(http.StatusBadRequest, err)
		return
	}
	qs = uniqueQuads(qs)
	if err := s.cfg.Handle.QuadWriter.AddQuadSet(qs); err != nil {
		code := http.StatusInternalServerError
		if graph.IsQuadExist(err) {
			code = http.StatusBadRequest
		}
		fail(code, fmt.Errorf("writing %d quads: %w", len(qs), err))
		return
	}
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"result": "Successfully wrote %d quads.", "count": %d}`+"\n", len(qs), len(qs))
}

// uniqueQuads drops repeats within one request, which one transaction
// would otherwise refuse as existing.
func uniqueQuads(qs []quad.Quad) []quad.Quad {
	seen := make(map[quad.Quad]bool, len(qs))
	out := qs[:0]
	for _, q := range qs {
		if !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	return out
}
