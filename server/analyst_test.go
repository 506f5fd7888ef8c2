package server

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

// The analyst view is served without Cayley's UI files, under the same
// host and origin rules as the rest, and only reads.
func TestAnalystViewRouting(t *testing.T) {
	_, srv := start(t, Config{LoopbackOnly: true})
	resp, err := http.Get(srv.URL + "/kg/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "analyst view") {
		t.Fatalf("/kg/: %d\n%.200s", resp.StatusCode, body)
	}
	req, _ := http.NewRequest("GET", srv.URL+"/kg/api/graph?actor="+leDrian, nil)
	req.Host = "evil.example:80"
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("DNS-rebinding host: status %d, want 403", resp.StatusCode)
	}
	resp, err = http.Post(srv.URL+"/kg/api/graph?actor="+leDrian, "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST to the view: status %d, want 405", resp.StatusCode)
	}
	resp, err = http.Get(srv.URL + "/kg/api/graph?actor=" + leDrian)
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	// This store holds a bare direct edge, no fact node and no actor
	// description: the view draws kg's facts only, so there is nothing.
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("graph of Le Drian over a bare edge: %d %s", resp.StatusCode, body)
	}
}

func TestViewLink(t *testing.T) {
	got := withViewLink(`<html><body class="x"><p>hi</p></body></html>`)
	if !strings.Contains(got, `<body class="x">`+viewLink+`<p>hi`) {
		t.Errorf("link not first in body: %s", got)
	}
	if withViewLink("no body") != "no body" {
		t.Error("a page without <body> changed")
	}
}
