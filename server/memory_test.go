package server

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
	"time"
)

// A Gizmo query doubling a string took 12 GB in 26 s; the timeout bounded
// only time. With a 64 MiB budget it is stopped with the budget named, on
// both APIs, and the server answers the next query.
func TestQueryMemoryBudget(t *testing.T) {
	_, srv := start(t, Config{QueryMemory: 64 << 20, Timeout: time.Minute})
	hog := `var s = "xxxxxxxxxxxxxxxx"; while (true) { s = s + s; } g.V().All()`
	for _, url := range []string{srv.URL + "/api/v1/query/gizmo", srv.URL + "/api/v2/query?lang=gizmo"} {
		start := time.Now()
		code, body := post(t, url, hog)
		if code != 400 || !strings.Contains(body, "query memory budget of 64 MiB") {
			t.Fatalf("%s: status %d body %s", url, code, body)
		}
		t.Logf("%s: stopped after %v", url, time.Since(start).Round(time.Millisecond))
		code, body = post(t, url, `g.V("<`+leDrian+`>").Out().All()`)
		if code != 200 || !strings.Contains(body, shoigu) {
			t.Fatalf("%s after the stopped query: status %d body %s", url, code, body)
		}
	}
}

// /api/v2/query ran the first MiB of a larger body; v1 answered 400.
func TestV2QueryBodyLimit(t *testing.T) {
	_, srv := start(t, Config{})
	big := `g.V("<` + leDrian + `>").Out().All()//` + strings.Repeat("x", maxBodySize)
	code, body := post(t, srv.URL+"/api/v2/query?lang=gizmo", big)
	if code != 400 || !strings.Contains(body, "larger than") {
		t.Fatalf("status %d body %.200s", code, body)
	}
}

// kg serve --write stored relative IRIs and bare words that kg import
// refuses; now nothing of such a request is written.
func TestWriteRefusesWhatImportRefuses(t *testing.T) {
	h, srv := start(t, Config{Writable: true})
	for _, q := range []string{
		`[{"subject": "<s>", "predicate": "<https://kg.local/p>", "object": "x"}]`,
		`[{"subject": "hello", "predicate": "<https://kg.local/p>", "object": "x"}]`,
		`[{"subject": "<https://kg.local/s>", "predicate": "<https://kg.local/p>", "object": "\"1\"^^<integer>"}]`,
		`[{"subject": "<https://kg.local/ok>", "predicate": "<https://kg.local/p>", "object": "x"}, {"subject": "<https://kg.local/s>", "predicate": "<p>", "object": "x"}]`,
	} {
		code, body := post(t, srv.URL+"/api/v1/write", q)
		if code != 400 || !strings.Contains(body, "nothing written") {
			t.Errorf("%s: status %d body %s", q, code, body)
		}
	}
	n := 0
	it := h.QuadStore.QuadsAllIterator()
	for it.Next(t.Context()) {
		n++
	}
	it.Close()
	if n != 1 {
		t.Errorf("store holds %d quads, want the 1 it started with", n)
	}
}

// /api/v2/write went straight to Cayley's handler: its N-Quads reader
// stored relative IRIs and bare words that kg import refuses, its JSON
// reader the same, a bad line after a good batch left the batch written,
// and the body had no size limit. kg now parses the whole body with kg
// import's rules first and writes nothing of a request it refuses.
func TestV2WriteRefusesWhatImportRefuses(t *testing.T) {
	h, srv := start(t, Config{Writable: true})
	url := srv.URL + "/api/v2/write"
	good := "<https://kg.local/a> <https://kg.local/p> \"x\" .\n"
	for _, c := range []struct{ body, ctype, want string }{
		{"<s> <https://kg.local/p> \"x\" .\n", "application/n-quads", "not an absolute IRI"},
		{"<s> <https://kg.local/p> \"x\" .\n", "", "not an absolute IRI"}, // N-Quads is the default
		{"<https://kg.local/s> <https://kg.local/p> hello .\n", "application/n-quads", ":1:"},
		{"<https://kg.local/s> <https://kg.local/p> \"1\"^^<integer> .\n", "application/n-quads", "not an absolute IRI"},
		{"<http://x/c .\n", "application/n-quads", ":1:"},
		{strings.Repeat(good, 3) + "<https://kg.local/s> <p> \"x\" .\n", "application/n-quads", ":4:"},
		{`[{"subject": "<s>", "predicate": "<https://kg.local/p>", "object": "x"}]`, "application/json", "not an absolute IRI"},
		{`[{"subject": "<https://kg.local/s>", "predicate": "<https://kg.local/p>", "object": "\"1\"^^<integer>"}]`, "application/json", "not an absolute IRI"},
		{strings.Repeat(good, maxWriteBody/len(good)+1), "application/n-quads", "larger than"},
	} {
		hdr := []string{}
		if c.ctype != "" {
			hdr = []string{"Content-Type", c.ctype}
		}
		want := 400
		if c.want == "larger than" {
			want = 413
		}
		code, body := post(t, url, c.body, hdr...)
		if code != want || !strings.Contains(body, c.want) || !strings.Contains(body, "nothing written") {
			t.Errorf("%.60q (%s): status %d body %.300s, want %d naming %q and nothing written", c.body, c.ctype, code, body, want, c.want)
		}
	}
	if n := quadCount(t, h); n != 1 {
		t.Fatalf("store holds %d quads after refused writes, want the 1 it started with", n)
	}
	// What import accepts is written, in either format.
	code, body := post(t, url, good+"<https://kg.local/b> <https://kg.local/p> \"caf\\u00E9\"@fr <https://kg.local/g> .\n", "Content-Type", "application/n-quads")
	if code != 200 || !strings.Contains(body, "wrote 2 quads") {
		t.Fatalf("good N-Quads: status %d body %s", code, body)
	}
	code, body = post(t, url, `[{"subject": "<https://kg.local/c>", "predicate": "<https://kg.local/p>", "object": "\"y\""}]`, "Content-Type", "application/json")
	if code != 200 || !strings.Contains(body, "wrote 1 quads") {
		t.Fatalf("good JSON: status %d body %s", code, body)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<https://kg.local/d> <https://kg.local/p> \"z\" .\n"))
	zw.Close()
	code, body = post(t, url, gz.String(), "Content-Type", "application/n-quads", "Content-Encoding", "gzip")
	if code != 200 || !strings.Contains(body, "wrote 1 quads") {
		t.Fatalf("gzip N-Quads: status %d body %s", code, body)
	}
	if code, body = post(t, url, good, "Content-Type", "text/turtle"); code != 415 {
		t.Fatalf("Turtle: status %d body %s, want 415", code, body)
	}
	if n := quadCount(t, h); n != 5 {
		t.Fatalf("store holds %d quads, want 5", n)
	}
}
