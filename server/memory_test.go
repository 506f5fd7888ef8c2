package server

import (
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
