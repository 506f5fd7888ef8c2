// Package server is kg's web front end: Cayley's own web UI (query, query
// shape, visualize and write pages) and Cayley's HTTP API (v1 and v2) over a
// kg store.
//
// Cayley's implementation lives in github.com/cayleygraph/cayley/internal/http,
// which another module cannot import, and cayley's `http` command owns the
// process (global viper keys, http.DefaultServeMux, its own store opening).
// So kg serves the same pages and endpoints with its own handlers: the page
// templates and static files are read from the cayley module directory
// (FindUIDir), query execution goes through Cayley's query languages and the
// v2 API through the public server/http package. That keeps the store the one
// kg opened (same backend registration, same lock) and lets kg refuse writes
// unless asked, refuse cross-site requests, and keep serving the API when the
// UI files are missing.
package server

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"log"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/rdfio"

	"github.com/kg-project/kg/schema"
	"github.com/kg-project/kg/server/view"

	// The UI offers Gizmo, MQL and GraphQL in its drop-down; register the
	// first two here so the server works whatever else the binary imports.
	// GraphQL is left out: it needs github.com/dennwc/graphql, a module kg
	// does not otherwise depend on, and kg's queries are Gizmo.
	_ "github.com/cayleygraph/cayley/query/gizmo"
	_ "github.com/cayleygraph/cayley/query/mql"
	// The "single" quad writer used by the write endpoints.
	_ "github.com/cayleygraph/cayley/writer"
)

// Defaults match Cayley's http command.
const (
	DefaultTimeout = 30 * time.Second
	DefaultLimit   = 100
	maxBodySize    = 1 << 20 // queries and JSON quad lists, as in Cayley
)

// Config configures New.
type Config struct {
	// Handle is the open store. The caller owns it and closes it after the
	// server has stopped.
	Handle *graph.Handle
	// Writable enables the write and delete endpoints; by default they answer
	// 403 so that browsing a store cannot change it.
	Writable bool
	// Timeout bounds each query (0: DefaultTimeout).
	Timeout time.Duration
	// QueryMemory bounds how much the heap may grow while a query runs
	// (0: DefaultQueryMemory).
	QueryMemory uint64
	// Limit is the default number of results of a v1 query when the request
	// has no ?limit= (0: DefaultLimit).
	Limit int
	// UIDir holds Cayley's templates/ and static/ (see FindUIDir). Empty means
	// no UI: pages answer 503 with UIMissing, the API still works.
	UIDir string
	// UIMissing explains why UIDir is empty; shown on the pages.
	UIMissing error
	// LoopbackOnly makes the server answer only requests whose Host header
	// names a loopback address, which defeats DNS rebinding against a server
	// bound to 127.0.0.1. Set it whenever the listener is loopback.
	LoopbackOnly bool
	// Log receives one line per API request and errors; nil discards.
	Log *log.Logger
	// Vocab is the store's vocabulary, for kg's analyst view at /kg/
	// (zero: schema.Default()).
	Vocab schema.Vocab
}

type server struct {
	cfg      Config
	pages    *template.Template
	log      *log.Logger
	heapBase uint64 // live heap at New, under the query memory budget
}

// New returns the HTTP handler serving the UI and the API.
func New(cfg Config) (http.Handler, error) {
	if cfg.Handle == nil || cfg.Handle.QuadStore == nil {
		return nil, errors.New("server: no store")
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.Limit <= 0 {
		cfg.Limit = DefaultLimit
	}
	if cfg.QueryMemory == 0 {
		cfg.QueryMemory = DefaultQueryMemory
	}
	s := &server{cfg: cfg, log: cfg.Log, heapBase: heapBase()}
	if s.log == nil {
		s.log = log.New(io.Discard, "", 0)
	}
	mux := http.NewServeMux()
	if cfg.UIDir != "" {
		// Each file is its own named template, as Cayley's packr box loads
		// them: pages refer to "head", "sidebar", ... defined in the .tmpl files.
		t, err := template.ParseGlob(filepath.Join(cfg.UIDir, "templates", "*"))
		if err != nil {
			return nil, fmt.Errorf("server: parsing Cayley UI templates in %s: %w", cfg.UIDir, err)
		}
		s.pages = t
		static := http.FileServer(noDirFS{http.Dir(filepath.Join(cfg.UIDir, "static"))})
		mux.Handle("GET /static/", http.StripPrefix("/static", static))
		mux.HandleFunc("GET /docs/{page}", s.serveDoc)
	}
	// kg's own analyst view, independent of Cayley's UI files.
	kgView, err := view.New(view.Config{QuadStore: cfg.Handle.QuadStore, Vocab: cfg.Vocab, Timeout: cfg.Timeout, Log: s.log})
	if err != nil {
		return nil, fmt.Errorf("server: analyst view: %w", err)
	}
	mux.Handle("GET /kg/", s.api(kgView.ServeHTTP))
	mux.HandleFunc("GET /kg", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/kg/", http.StatusMovedPermanently) })
	mux.HandleFunc("GET /{$}", s.servePage)
	mux.HandleFunc("GET /ui/{page}", s.servePage)

	mux.HandleFunc("POST /api/v1/query/{lang}", s.api(s.serveQuery))
	mux.HandleFunc("POST /api/v1/shape/{lang}", s.api(s.serveShape))
	mux.HandleFunc("POST /api/v1/write", s.api(s.writable(s.serveWrite)))
	mux.HandleFunc("POST /api/v1/write/file/nquad", s.api(s.writable(s.serveWriteNQuads)))
	mux.HandleFunc("POST /api/v1/delete", s.api(s.writable(s.serveDelete)))

	// Cayley's v2 API has its own router; it only registers write routes
	// when writable, so in read-only mode they are answered here with a
	// clear 403 instead of its 404.
	v2 := cayleyhttp.NewAPIv2(cfg.Handle)
	v2.SetReadOnly(!cfg.Writable)
	v2.SetQueryTimeout(cfg.Timeout)
	v2.SetQueryLimit(cfg.Limit)
	mux.HandleFunc("/api/v2/", s.api(v2.ServeHTTP))
	mux.HandleFunc("/api/v2/query", s.api(s.v2Query(v2.ServeHTTP)))
	mux.HandleFunc("POST /api/v2/write", s.api(s.writable(s.serveV2Write)))
	for _, p := range []string{"/api/v2/delete", "/api/v2/node/delete"} {
		mux.HandleFunc("POST "+p, s.api(s.writable(v2.ServeHTTP)))
	}
	return s.guard(mux), nil
}

// guard refuses requests that a browser makes on behalf of another site.
func (s *server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.cfg.LoopbackOnly && !isLoopbackHost(r.Host) {
			jsonError(w, http.StatusForbidden, fmt.Sprintf("host %q is not a loopback address; kg serve only answers requests to 127.0.0.1, [::1] or localhost", r.Host))
			return
		}
		// Cayley answered CORS for any origin; kg does not, and refuses
		// cross-origin POSTs outright: a "simple" POST needs no preflight,
		// so a web page could otherwise run queries (or, with --write,
		// writes) against a local kg serve.
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			if o := r.Header.Get("Origin"); o != "" && !sameOrigin(o, r.Host) {
				jsonError(w, http.StatusForbidden, fmt.Sprintf("cross-origin request from %s refused", o))
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

func sameOrigin(origin, host string) bool {
	u, err := url.Parse(origin)
	return err == nil && u.Host != "" && strings.EqualFold(u.Host, host)
}

func isLoopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// statusRecorder remembers the status code for the request log.
type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (r *statusRecorder) WriteHeader(code int) {
	if r.code == 0 {
		r.code = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(p []byte) (int, error) {
	if r.code == 0 {
		r.code = http.StatusOK
	}
	return r.ResponseWriter.Write(p)
}

// Flush keeps streaming responses of the v2 read endpoint streaming.
func (r *statusRecorder) Flush() {
	if f, ok := r.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// api logs an API request with its status and duration.
func (s *server) api(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		h(rec, r)
		if rec.code == 0 {
			rec.code = http.StatusOK
		}
		s.log.Printf("%s %s %d %s", r.Method, r.URL.Path, rec.code, time.Since(start).Round(time.Millisecond))
	}
}

// ReadOnlyMessage is the error of every write request to a read-only server.
const ReadOnlyMessage = "kg serve is read-only: restart it with --write to allow writes"

func (s *server) writable(h http.HandlerFunc) http.HandlerFunc {
	if s.cfg.Writable {
		return h
	}
	return func(w http.ResponseWriter, r *http.Request) {
		jsonError(w, http.StatusForbidden, ReadOnlyMessage)
	}
}

func jsonError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(struct {
		Error string `json:"error"`
	}{msg})
}

// uiJSONType is the Content-Type of successful v1 answers. Cayley's UI calls
// JSON.parse on them itself, which fails if jQuery has already parsed them
// because they were labelled application/json; Cayley sent them unlabelled.
const uiJSONType = "text/plain; charset=utf-8"

func jsonResult(w http.ResponseWriter, result interface{}) {
	w.Header().Set("Content-Type", uiJSONType)
	if err := json.NewEncoder(w).Encode(struct {
		Result interface{} `json:"result"`
	}{result}); err != nil {
		// The status line is gone; all that is left is to stop the stream.
		panic(http.ErrAbortHandler)
	}
}

// servePage renders one of Cayley's pages: / is the query page, /ui/NAME the
// page NAME.html (query, query_shape, visualize, write).
func (s *server) servePage(w http.ResponseWriter, r *http.Request) {
	if s.pages == nil {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusServiceUnavailable)
		msg := "Cayley web UI files are not available."
		if s.cfg.UIMissing != nil {
			msg = s.cfg.UIMissing.Error()
		}
		fmt.Fprintf(w, "kg serve: %s\n\nThe HTTP API still works, e.g.\n  curl -d 'g.V().Limit(5).All()' http://%s/api/v1/query/gizmo\n", msg, r.Host)
		return
	}
	name := r.PathValue("page")
	if name == "" {
		name = "query"
	}
	t := s.pages.Lookup(name + ".html")
	if t == nil || strings.ContainsAny(name, "./") {
		http.NotFound(w, r)
		return
	}
	var page strings.Builder
	if err := t.Execute(&page, nil); err != nil {
		s.log.Printf("rendering %s: %v", name, err)
		http.Error(w, "rendering "+name+": "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = io.WriteString(w, withViewLink(page.String()))
}

// viewLink points Cayley's pages at kg's analyst view; it goes first in
// <body> so that it shows above Cayley's own sidebar.
const viewLink = `<div id="kg-view-link" style="padding:6px 12px;background:#1d2330;font:14px sans-serif"><a href="/kg/" style="color:#fff">kg analyst view: actors, who does what to whom, and the evidence &rarr;</a></div>`

func withViewLink(page string) string {
	i := strings.Index(page, "<body")
	if i < 0 {
		return page
	}
	j := strings.Index(page[i:], ">")
	if j < 0 {
		return page
	}
	return page[:i+j+1] + viewLink + page[i+j+1:]
}

// serveDoc serves Cayley's markdown documentation linked from the sidebar,
// as plain text: rendering it would pull in a markdown library for pages
// that are one click away on the web anyway.
func (s *server) serveDoc(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("page")
	if strings.ContainsAny(name, `/\`) || strings.HasPrefix(name, ".") {
		http.NotFound(w, r)
		return
	}
	if !strings.HasSuffix(name, ".md") {
		name += ".md"
	}
	data, err := os.ReadFile(filepath.Join(s.cfg.UIDir, "docs", name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = w.Write(data)
}

// noDirFS hides directory listings of the static tree.
type noDirFS struct{ fs http.FileSystem }

func (n noDirFS) Open(name string) (http.File, error) {
	f, err := n.fs.Open(name)
	if err != nil {
		return nil, err
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, os.ErrNotExist
	}
	return f, nil
}

func (s *server) queryContext(r *http.Request) (context.Context, context.CancelFunc) {
	// The request context ends the query when the browser gives up, which
	// Cayley's own handler (context.TODO) does not.
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	ctx, stop := watchMemory(ctx, s.heapBase, s.cfg.QueryMemory)
	return ctx, func() { stop(); cancel() }
}

func readBody(r *http.Request) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r.Body, maxBodySize+1))
	if err != nil {
		return nil, fmt.Errorf("reading request body: %w", err)
	}
	if len(data) > maxBodySize {
		return nil, fmt.Errorf("request body is larger than %d bytes", maxBodySize)
	}
	return data, nil
}

func language(w http.ResponseWriter, r *http.Request) *query.Language {
	name := r.PathValue("lang")
	l := query.GetLanguage(name)
	if l == nil {
		jsonError(w, http.StatusBadRequest, fmt.Sprintf("unknown query language %q (kg serves gizmo and mql)", name))
	}
	return l
}

// serveQuery is POST /api/v1/query/{lang}: the body is the query, the answer
// {"result": [...]} or {"error": "..."}, as the UI expects.
func (s *server) serveQuery(w http.ResponseWriter, r *http.Request) {
	l := language(w, r)
	if l == nil {
		return
	}
	ctx, cancel := s.queryContext(r)
	defer cancel()
	qs := s.cfg.Handle.QuadStore
	if l.HTTPQuery != nil {
		l.HTTPQuery(ctx, qs, w, http.MaxBytesReader(w, r.Body, maxBodySize))
		return
	}
	fail := func(err error) {
		if l.HTTPError != nil {
			l.HTTPError(w, err)
			return
		}
		jsonError(w, http.StatusBadRequest, err.Error())
	}
	if l.HTTP == nil {
		fail(fmt.Errorf("query language %s has no HTTP interface", l.Name))
		return
	}
	limit := s.cfg.Limit
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			fail(fmt.Errorf("limit %q: want a positive integer", v))
			return
		}
		limit = n
	}
	body, err := readBody(r)
	if err != nil {
		fail(err)
		return
	}
	it, err := l.HTTP(qs).Execute(ctx, string(body), query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		fail(err)
		return
	}
	defer it.Close()
	out := []interface{}{}
	for it.Next(ctx) {
		out = append(out, it.Result())
	}
	// A stopped query's own error is only "context canceled".
	if err := s.stopCause(ctx); err != nil {
		fail(err)
		return
	}
	if err := it.Err(); err != nil {
		fail(err)
		return
	}
	jsonResult(w, out)
}

// serveShape is POST /api/v1/shape/{lang}, used by the query shape page.
func (s *server) serveShape(w http.ResponseWriter, r *http.Request) {
	l := language(w, r)
	if l == nil {
		return
	}
	if l.HTTP == nil {
		jsonError(w, http.StatusBadRequest, fmt.Sprintf("query language %s has no query shapes", l.Name))
		return
	}
	body, err := readBody(r)
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	shape, err := l.HTTP(s.cfg.Handle.QuadStore).ShapeOf(string(body))
	if errors.Is(err, query.ErrParseMore) {
		jsonError(w, http.StatusBadRequest, "incomplete query")
		return
	} else if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	w.Header().Set("Content-Type", uiJSONType)
	if err := json.NewEncoder(w).Encode(shape); err != nil {
		panic(http.ErrAbortHandler)
	}
}

// jsonQuad is the v1 wire form of a quad: each term in Cayley's string
// notation ("<iri>", "\"literal\"", "_:blank").
type jsonQuad struct {
	Subject   string `json:"subject"`
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
	Label     string `json:"label"`
}

func parseQuadList(body []byte) ([]quad.Quad, error) {
	var in []jsonQuad
	if err := json.Unmarshal(body, &in); err != nil {
		return nil, fmt.Errorf("decoding quad list: %w", err)
	}
	out := make([]quad.Quad, 0, len(in))
	for i, jq := range in {
		q := quad.Quad{
			Subject:   quad.StringToValue(jq.Subject),
			Predicate: quad.StringToValue(jq.Predicate),
			Object:    quad.StringToValue(jq.Object),
			Label:     quad.StringToValue(jq.Label),
		}
		if !q.IsValid() {
			return nil, fmt.Errorf("quad %d (%v) is not valid: subject, predicate and object are required", i, q)
		}
		out = append(out, q)
	}
	return out, nil
}

// requestQuads reads the JSON quad list of a write or delete request; on a
// bad request it has answered already and returns false.
func requestQuads(w http.ResponseWriter, r *http.Request) ([]quad.Quad, bool) {
	body, err := readBody(r)
	if err == nil {
		var qs []quad.Quad
		if qs, err = parseQuadList(body); err == nil {
			return qs, true
		}
	}
	jsonError(w, http.StatusBadRequest, err.Error())
	return nil, false
}

func (s *server) serveWrite(w http.ResponseWriter, r *http.Request) {
	qs, ok := requestQuads(w, r)
	if !ok {
		return
	}
	// Cayley takes "a" or "<b>" for a literal or a relative IRI; kg's own
	// import would refuse them, and export could not write them back.
	for i, q := range qs {
		if err := rdfio.CheckQuad(q); err != nil {
			jsonError(w, http.StatusBadRequest, fmt.Sprintf("quad %d: %v (nothing written)", i, err))
			return
		}
	}
	if err := s.cfg.Handle.QuadWriter.AddQuadSet(qs); err != nil {
		jsonError(w, http.StatusBadRequest, fmt.Sprintf("writing %d quads: %v", len(qs), err))
		return
	}
	jsonResult(w, fmt.Sprintf("Successfully wrote %d quads.", len(qs)))
}

func (s *server) serveDelete(w http.ResponseWriter, r *http.Request) {
	qs, ok := requestQuads(w, r)
	if !ok {
		return
	}
	for _, q := range qs {
		if err := s.cfg.Handle.QuadWriter.RemoveQuad(q); err != nil && !graph.IsQuadNotExist(err) {
			jsonError(w, http.StatusBadRequest, fmt.Sprintf("deleting %v: %v", q, err))
			return
		}
	}
	jsonResult(w, fmt.Sprintf("Successfully deleted %d quads.", len(qs)))
}

// serveWriteNQuads takes the write page's upload: an N-Quads file (gzip
// allowed) in the multipart field NQuadFile, written in batches.
func (s *server) serveWriteNQuads(w http.ResponseWriter, r *http.Request) {
	f, _, err := r.FormFile("NQuadFile")
	if err != nil {
		jsonError(w, http.StatusBadRequest, fmt.Sprintf("reading uploaded file NQuadFile: %v", err))
		return
	}
	defer f.Close()
	batch := quad.DefaultBatch
	if v := r.URL.Query().Get("block_size"); v != "" {
		if n, err := strconv.Atoi(v); err == nil && n > 0 {
			batch = n
		}
	}
	br := bufio.NewReader(f)
	var in io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			jsonError(w, http.StatusBadRequest, fmt.Sprintf("reading gzip upload: %v", err))
			return
		}
		defer zr.Close()
		in = zr
	}
	qw := graph.NewWriter(s.cfg.Handle.QuadWriter)
	n, err := quad.CopyBatch(qw, rdfio.QuadReader{Reader: rdfio.NewReader(in, "NQuadFile")}, batch)
	if cerr := qw.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		jsonError(w, http.StatusBadRequest, fmt.Sprintf("writing N-Quads after %d quads: %v", n, err))
		return
	}
	jsonResult(w, fmt.Sprintf("Successfully wrote %d quads.", n))
}
