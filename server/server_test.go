package server

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
)

const (
	leDrian = "https://kg.local/actor/jean-yves-le-drian"
	shoigu  = "https://kg.local/actor/sergei-shoigu"
	meets   = "https://kg.local/ont/meets"
	article = "https://kg.local/article/test"
)

func newHandle(t *testing.T) *graph.Handle {
	t.Helper()
	qs, err := graph.NewQuadStore("memstore", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	qw, err := graph.NewQuadWriter("single", qs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := qw.AddQuad(quad.Make(quad.IRI(leDrian), quad.IRI(meets), quad.IRI(shoigu), quad.IRI(article))); err != nil {
		t.Fatal(err)
	}
	h := &graph.Handle{QuadStore: qs, QuadWriter: qw}
	t.Cleanup(func() { h.Close() })
	return h
}

// start serves cfg on a loopback httptest server, stopped at cleanup.
func start(t *testing.T, cfg Config) (*graph.Handle, *httptest.Server) {
	t.Helper()
	if cfg.Handle == nil {
		cfg.Handle = newHandle(t)
	}
	h, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h) // binds 127.0.0.1
	t.Cleanup(srv.Close)
	return cfg.Handle, srv
}

func post(t *testing.T, url, body string, hdr ...string) (int, string) {
	t.Helper()
	req, err := http.NewRequest("POST", url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

func quadCount(t *testing.T, h *graph.Handle) int64 {
	t.Helper()
	st, err := h.QuadStore.Stats(t.Context(), true)
	if err != nil {
		t.Fatal(err)
	}
	return st.Quads.Size
}

func TestGizmoQuery(t *testing.T) {
	_, srv := start(t, Config{})
	code, body := post(t, srv.URL+"/api/v1/query/gizmo", `g.V("<`+leDrian+`>").Out("<`+meets+`>").All()`)
	if code != 200 {
		t.Fatalf("status %d: %s", code, body)
	}
	var res struct {
		Result []map[string]string `json:"result"`
	}
	if err := json.Unmarshal([]byte(body), &res); err != nil {
		t.Fatalf("%v: %s", err, body)
	}
	if len(res.Result) != 1 || res.Result[0]["id"] != "<"+shoigu+">" {
		t.Fatalf("result %s, want one node <%s>", body, shoigu)
	}

	code, body = post(t, srv.URL+"/api/v1/query/gizmo", `g.V(`)
	if code != 400 || !strings.Contains(body, "error") {
		t.Errorf("bad query: status %d body %s, want 400 with an error", code, body)
	}
	code, body = post(t, srv.URL+"/api/v1/query/nosuch", `x`)
	if code != 400 || !strings.Contains(body, "unknown query language") {
		t.Errorf("unknown language: status %d body %s", code, body)
	}
	code, body = post(t, srv.URL+"/api/v1/shape/gizmo", `g.V("<`+leDrian+`>").Out().All()`)
	if code != 200 || !strings.Contains(body, `"nodes"`) {
		t.Errorf("shape: status %d body %s", code, body)
	}
	code, body = get(t, srv.URL+"/api/v2/query?lang=gizmo&qu="+strings.ReplaceAll(`g.V("<`+leDrian+`>").Out().All()`, `"`, "%22"))
	if code != 200 || !strings.Contains(body, shoigu) {
		t.Errorf("v2 query: status %d body %s", code, body)
	}
}

func TestReadOnlyRefusesWrites(t *testing.T) {
	h, srv := start(t, Config{})
	before := quadCount(t, h)
	q := `[{"subject":"<https://kg.local/actor/x>","predicate":"<https://kg.local/ont/meets>","object":"<https://kg.local/actor/y>"}]`
	for _, path := range []string{"/api/v1/write", "/api/v1/delete", "/api/v1/write/file/nquad", "/api/v2/write", "/api/v2/delete", "/api/v2/node/delete"} {
		code, body := post(t, srv.URL+path, q)
		if code != http.StatusForbidden || !strings.Contains(body, "read-only") {
			t.Errorf("POST %s: status %d body %s, want 403 read-only", path, code, body)
		}
	}
	if after := quadCount(t, h); after != before {
		t.Errorf("quads %d -> %d: a read-only server changed the store", before, after)
	}
}

func TestWritable(t *testing.T) {
	h, srv := start(t, Config{Writable: true})
	before := quadCount(t, h)
	q := `[{"subject":"<https://kg.local/actor/x>","predicate":"<https://kg.local/ont/meets>","object":"<https://kg.local/actor/y>"}]`
	if code, body := post(t, srv.URL+"/api/v1/write", q); code != 200 || !strings.Contains(body, "wrote 1 quads") {
		t.Fatalf("write: status %d body %s", code, body)
	}
	if after := quadCount(t, h); after != before+1 {
		t.Fatalf("quads %d -> %d after writing one", before, after)
	}
	if code, body := post(t, srv.URL+"/api/v1/delete", q); code != 200 {
		t.Fatalf("delete: status %d body %s", code, body)
	}
	if after := quadCount(t, h); after != before {
		t.Fatalf("quads %d -> %d after write and delete", before, after)
	}
}

func TestRefusesCrossSiteAndForeignHosts(t *testing.T) {
	_, srv := start(t, Config{LoopbackOnly: true})
	gizmo := `g.V().All()`
	if code, body := post(t, srv.URL+"/api/v1/query/gizmo", gizmo, "Origin", "http://evil.example"); code != http.StatusForbidden {
		t.Errorf("cross-origin POST: status %d body %s, want 403", code, body)
	}
	if code, body := post(t, srv.URL+"/api/v1/query/gizmo", gizmo, "Origin", srv.URL); code != 200 {
		t.Errorf("same-origin POST: status %d body %s, want 200", code, body)
	}
	req, _ := http.NewRequest("GET", srv.URL+"/", nil)
	req.Host = "attacker.example:64210" // DNS rebinding: a foreign name pointing at 127.0.0.1
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("foreign Host header: status %d, want 403", resp.StatusCode)
	}
}

func TestUIPages(t *testing.T) {
	dir, err := FindUIDir("")
	if err != nil {
		t.Skipf("Cayley UI files not available here: %v", err)
	}
	_, srv := start(t, Config{UIDir: dir})
	for path, want := range map[string]string{
		"/":                          `id="run_button"`,
		"/ui/query":                  "cayley_query.js",
		"/ui/query_shape":            "cayley_shape.js",
		"/ui/visualize":              "cayley_visualize.js",
		"/static/js/cayley_query.js": "/api/v1/query/",
	} {
		code, body := get(t, srv.URL+path)
		if code != 200 || !strings.Contains(body, want) {
			t.Errorf("GET %s: status %d, body lacks %q", path, code, want)
		}
	}
	for _, path := range []string{"/ui/nosuch", "/ui/..%2fgo.mod", "/static/", "/static/js/", "/docs/..%2fgo.mod"} {
		if code, _ := get(t, srv.URL+path); code != 404 {
			t.Errorf("GET %s: status %d, want 404", path, code)
		}
	}
}

func TestUIMissing(t *testing.T) {
	empty := t.TempDir()
	_, err := FindUIDir(empty)
	if err == nil {
		t.Fatal("FindUIDir accepted an empty directory")
	}
	for _, want := range []string{"go mod download github.com/cayleygraph/cayley@", "--ui-dir", empty} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	_, srv := start(t, Config{UIMissing: err})
	code, body := get(t, srv.URL+"/")
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "go mod download") {
		t.Errorf("GET / without UI: status %d body %s", code, body)
	}
	if code, body := post(t, srv.URL+"/api/v1/query/gizmo", `g.V("<`+leDrian+`>").Out().All()`); code != 200 || !strings.Contains(body, shoigu) {
		t.Errorf("API without UI: status %d body %s", code, body)
	}
}

func TestFindUIDirSearchesModuleCache(t *testing.T) {
	// A fake module cache holding only the marker files must be found via
	// GOMODCACHE when the compiled-in path is not usable.
	cache := t.TempDir()
	dir := filepath.Join(cache, modulePath(CayleyVersion()))
	for _, m := range uiMarkers {
		p := filepath.Join(dir, m)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("GOMODCACHE", cache)
	found := false
	for _, d := range moduleDirCandidates(CayleyVersion()) {
		if d == dir {
			found = true
		}
	}
	if !found {
		t.Fatalf("candidates %v lack %s", moduleDirCandidates(CayleyVersion()), dir)
	}
}
