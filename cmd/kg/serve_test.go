package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/loaders/quads"
	"github.com/kg-project/kg/schema"
)

// The fact the serve tests look for, under the default base IRI.
const (
	serveLeDrian = "https://kg.local/actor/jean-yves-le-drian"
	serveShoigu  = "https://kg.local/actor/sergei-shoigu"
	serveMeets   = "https://kg.local/ont/meets"
)

// serveTestBinary builds kg into dir, or returns $KG_TEST_BINARY (to test a
// binary built elsewhere).
func serveTestBinary(t *testing.T, dir string) string {
	t.Helper()
	if p := os.Getenv("KG_TEST_BINARY"); p != "" {
		return p
	}
	bin := filepath.Join(dir, "kg")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, "go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// writeServeStore creates a bolt store at path holding one article with the
// fact "Jean-Yves Le Drian meets Sergei Shoigu", written through
// loaders/quads and graph like kg load does. It does not depend on the
// extractor, so these tests check kg serve alone.
func writeServeStore(t *testing.T, path string) {
	t.Helper()
	b, err := quads.New(schema.Default())
	if err != nil {
		t.Fatal(err)
	}
	art := fact.Article{ID: "serve-test", Title: "Le Drian meets Shoigu", Date: "2019-09-09", Hash: "sha256:00"}
	drian := fact.Actor{ID: "Jean-Yves Le Drian", Name: "Jean-Yves Le Drian", Type: schema.Person}
	shoigu := fact.Actor{ID: "Sergei Shoigu", Name: "Sergei Shoigu", Type: schema.Person}
	f := fact.Fact{
		Doc: art.ID, Kind: schema.Event, Subject: drian, Object: shoigu, Predicate: "meets", CAMEO: "040",
		Modality: fact.Asserted, Sentence: "Jean-Yves Le Drian met Sergei Shoigu in Moscow.", Rule: "test",
	}
	fq, err := b.Fact(art, f)
	if err != nil {
		t.Fatal(err)
	}
	var all []quad.Quad
	all = append(all, b.Article(art)...)
	all = append(all, b.Actor(drian)...)
	all = append(all, b.Actor(shoigu)...)
	all = append(all, fq...)
	if got := b.ActorIRI(drian); string(got) != serveLeDrian {
		t.Fatalf("Le Drian's IRI is %s, the test expects %s", got, serveLeDrian)
	}
	st, err := graph.Open(context.Background(), graph.Config{Backend: graph.Bolt, Path: path})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Apply(all, nil); err != nil {
		st.Close()
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
}

// syncBuffer collects a process's stderr while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) add(line string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.b.WriteString(line + "\n")
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var serveURLRe = regexp.MustCompile(`web UI at (http://127\.0\.0\.1:\d+/)`)

// startServe runs `kg serve` on a free loopback port and returns its base
// URL and stderr. At cleanup it is interrupted (Ctrl-C) and must exit 0
// within 10 s, or it is killed and the test fails.
func startServe(t *testing.T, bin string, args ...string) (string, *syncBuffer) {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	cmd.Env = append(os.Environ(), "KG_DB=", "KG_BACKEND=")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	log := &syncBuffer{}
	urlc := make(chan string, 1)
	readDone := make(chan struct{})
	go func() {
		defer close(readDone)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			log.add(sc.Text())
			if m := serveURLRe.FindStringSubmatch(sc.Text()); m != nil {
				select {
				case urlc <- m[1]:
				default:
				}
			}
		}
	}()
	exited := make(chan error, 1)
	go func() {
		<-readDone // Wait closes the pipe; read it to the end first
		exited <- cmd.Wait()
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		select {
		case err := <-exited:
			if err != nil {
				t.Errorf("kg serve did not stop cleanly on interrupt: %v\n%s", err, log)
			}
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-exited
			t.Errorf("kg serve ignored the interrupt for 10s; killed\n%s", log)
		}
	})
	select {
	case u := <-urlc:
		return u, log
	case err := <-exited:
		t.Fatalf("kg serve exited early: %v\n%s", err, log)
	case <-time.After(60 * time.Second):
		t.Fatalf("kg serve printed no URL within 60s\n%s", log)
	}
	return "", nil
}

func postQuery(t *testing.T, url, body string) (int, string) {
	t.Helper()
	c := &http.Client{Timeout: 30 * time.Second}
	resp, err := c.Post(url, "text/plain", strings.NewReader(body))
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

func TestServe(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the kg binary")
	}
	dir := t.TempDir()
	bin := serveTestBinary(t, dir)
	db := filepath.Join(dir, "kg.db")
	writeServeStore(t, db)
	gizmo := fmt.Sprintf(`g.V("<%s>").Out("<%s>").All()`, serveLeDrian, serveMeets)
	// Each server runs in its own subtest and is stopped at its end: only one
	// process can hold the store at a time.
	t.Run("read-only", func(t *testing.T) {
		base, log := startServe(t, bin, "--db", db)
		t.Run("api", func(t *testing.T) { checkGizmo(t, base, gizmo) })
		t.Run("write-refused", func(t *testing.T) {
			code, body := postQuery(t, base+"api/v1/write", testWrite)
			if code != http.StatusForbidden || !strings.Contains(body, "read-only") {
				t.Errorf("write: status %d body %s, want 403 read-only", code, body)
			}
			_, body = postQuery(t, base+"api/v1/query/gizmo", testWriteCheck)
			if strings.Contains(body, "actor/y") {
				t.Errorf("the refused write reached the store: %s", body)
			}
		})
		t.Run("store-locked", func(t *testing.T) { checkLocked(t, bin, db) })
		if t.Failed() {
			t.Logf("kg serve stderr:\n%s", log)
		}
	})
	t.Run("browser-seeds", func(t *testing.T) {
		// The web UI in a real browser, over the graph `kg load seeds`
		// builds from the bundled articles.
		chromium := findChromium()
		if chromium == "" {
			if os.Getenv("CI") == "true" {
				t.Fatal("chromium is not installed, and CI=true requires the browser test (apt-get install chromium)")
			}
			t.Skip("chromium not installed; skipping the browser test (apt-get install chromium)")
		}
		seedsDB := filepath.Join(t.TempDir(), "seeds.db")
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		if out, err := exec.CommandContext(ctx, bin, "load", "--db", seedsDB, seedsDir(t)).CombinedOutput(); err != nil {
			t.Fatalf("kg load seeds: %v\n%s", err, out)
		}
		base, log := startServe(t, bin, "--db", seedsDB)
		seedsQuery := fmt.Sprintf(`g.V("<%s>").Out("<%s>").Unique().All()`, serveLeDrian, serveMeets)
		browseQueryPage(t, chromium, base, seedsQuery)
		if t.Failed() {
			t.Logf("kg serve stderr:\n%s", log)
		}
	})
	t.Run("write", func(t *testing.T) {
		base, log := startServe(t, bin, "--db", db, "--write")
		if code, body := postQuery(t, base+"api/v1/write", testWrite); code != 200 {
			t.Fatalf("write with --write: status %d body %s\n%s", code, body, log)
		}
		if _, body := postQuery(t, base+"api/v1/query/gizmo", testWriteCheck); !strings.Contains(body, "actor/y") {
			t.Errorf("written quad not found: %s", body)
		}
		if code, body := postQuery(t, base+"api/v1/delete", testWrite); code != 200 {
			t.Fatalf("delete with --write: status %d body %s", code, body)
		}
	})
	t.Run("no-ui", func(t *testing.T) {
		// Cayley's UI files are missing: kg serve says what to do and still
		// serves the API.
		base, log := startServe(t, bin, "--db", db, "--ui-dir", t.TempDir())
		if s := log.String(); !strings.Contains(s, "go mod download github.com/cayleygraph/cayley@") || !strings.Contains(s, "HTTP API only") {
			t.Errorf("stderr does not explain the missing UI:\n%s", s)
		}
		resp, err := http.Get(base)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(body), "--ui-dir") {
			t.Errorf("GET / without UI: status %d body %s", resp.StatusCode, body)
		}
		checkGizmo(t, base, gizmo)
	})
	t.Run("no-store", func(t *testing.T) {
		// Read-only serving never creates an empty store by accident.
		missing := filepath.Join(t.TempDir(), "missing.db")
		out, err := exec.Command(bin, "serve", "--addr", "127.0.0.1:0", "--db", missing).CombinedOutput()
		if err == nil || !strings.Contains(string(out), "kg load") {
			t.Errorf("serve of a missing store: err %v, output %s", err, out)
		}
		if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("serve created %s", missing)
		}
	})
	t.Run("non-loopback", func(t *testing.T) {
		// Refused before anything is bound.
		for _, addr := range []string{"0.0.0.0:0", ":0", "[::]:0"} {
			out, err := exec.Command(bin, "serve", "--addr", addr, "--db", db).CombinedOutput()
			if err == nil || !strings.Contains(string(out), "--allow-remote") {
				t.Errorf("serve --addr %s: err %v, output %s; want a refusal naming --allow-remote", addr, err, out)
			}
		}
	})
}

const (
	testWrite      = `[{"subject":"<https://kg.local/actor/x>","predicate":"<https://kg.local/ont/meets>","object":"<https://kg.local/actor/y>"}]`
	testWriteCheck = `g.V("<https://kg.local/actor/x>").Out().All()`
)

func checkGizmo(t *testing.T, base, gizmo string) {
	t.Helper()
	code, body := postQuery(t, base+"api/v1/query/gizmo", gizmo)
	var res struct {
		Result []map[string]any `json:"result"`
	}
	if err := json.Unmarshal([]byte(body), &res); code != 200 || err != nil {
		t.Fatalf("status %d, %v: %s", code, err, body)
	}
	if len(res.Result) != 1 || res.Result[0]["id"] != "<"+serveShoigu+">" {
		t.Fatalf("result %s, want Sergei Shoigu", body)
	}
}

// checkLocked: while kg serve holds the store, opening it again fails fast,
// in this process and in another kg command.
func checkLocked(t *testing.T, bin, db string) {
	start := time.Now()
	st, err := graph.Open(context.Background(), graph.Config{Backend: graph.Bolt, Path: db})
	if err == nil {
		st.Close()
		t.Fatal("opened the store while kg serve holds it")
	}
	if !errors.Is(err, graph.ErrInUse) || time.Since(start) > 3*time.Second {
		t.Errorf("second open: %v after %v, want ErrInUse within 3s", err, time.Since(start))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	start = time.Now()
	out, err := exec.CommandContext(ctx, bin, "query", "--db", db, "g.V().All()").CombinedOutput()
	if strings.Contains(string(out), "unknown command") {
		t.Skipf("kg query does not exist yet: %s", out)
	}
	if err == nil || !strings.Contains(string(out), "in use") || time.Since(start) > 3*time.Second {
		t.Errorf("kg query while serving: err %v after %v, output %q; want a non-zero exit within 3s saying the store is in use", err, time.Since(start), out)
	}
}

// browseQueryPage opens the query page in headless Chromium, types the query
// into the editor, presses "Run Query" and checks the result pane.
func browseQueryPage(t *testing.T, chromium, base, gizmo string) {
	// Generous bounds: on a loaded 2-core machine Chromium alone can take
	// tens of seconds to start and lay out the page.
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	began := time.Now()
	b := startBrowser(t, chromium)
	page, err := b.newPage(1280, 800)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if errs := b.pageErrors(); t.Failed() && len(errs) > 0 {
			t.Logf("page messages:\n%s", strings.Join(errs, "\n"))
		}
	}()
	ready := `document.readyState === "complete" && typeof editor === "object" && editor !== null && typeof output_editor === "object"`
	if err := b.call(page, "Page.navigate", map[string]any{"url": base}, nil); err != nil {
		t.Fatal(err)
	}
	if err := b.waitFor(ctx, page, ready, 60*time.Second); err != nil {
		t.Fatalf("query page did not load: %v", err)
	}
	t.Logf("query page loaded after %v", time.Since(began).Round(time.Millisecond))

	// Type the query as a user would: empty the editor, click into it, type.
	if err := b.eval(page, `editor.setValue(""); true`, nil); err != nil {
		t.Fatal(err)
	}
	if err := b.click(page, "#main .CodeMirror"); err != nil {
		t.Fatal(err)
	}
	if err := b.call(page, "Input.insertText", map[string]any{"text": gizmo}, nil); err != nil {
		t.Fatal(err)
	}
	// CodeMirror reads its hidden textarea on a timer, so wait for the text.
	if err := b.waitFor(ctx, page, fmt.Sprintf(`editor.getValue() === %q`, gizmo), 5*time.Second); err != nil {
		var typed string
		_ = b.eval(page, `editor.getValue()`, &typed)
		t.Fatalf("editor holds %q, want %q: %v", typed, gizmo, err)
	}
	if err := b.click(page, "#run_button"); err != nil {
		t.Fatal(err)
	}
	want := "<" + serveShoigu + ">"
	if err := b.waitFor(ctx, page, fmt.Sprintf(`output_editor.getValue().includes(%q)`, want), 30*time.Second); err != nil {
		var got string
		_ = b.eval(page, `output_editor.getValue()`, &got)
		t.Fatalf("result pane: %v; it shows %q", err, got)
	}
	// What is on screen, not just in the editor's model: the result pane is
	// the second CodeMirror on the page.
	var shown string
	if err := b.eval(page, `document.querySelectorAll(".CodeMirror")[1].innerText`, &shown); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(shown, want) {
		t.Errorf("result pane text %q lacks %s", shown, want)
	}
	png, err := b.screenshot(page)
	if err != nil {
		t.Fatal(err)
	}
	shotDir := os.Getenv("KG_SCREENSHOT_DIR")
	if shotDir == "" {
		shotDir = t.TempDir()
	}
	shot := filepath.Join(shotDir, "kg-serve-query.png")
	if err := os.WriteFile(shot, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("result shown after %v; screenshot of the query page: %s (%d bytes)", time.Since(began).Round(time.Millisecond), shot, len(png))

	// The other two pages of the UI load and set up their editor.
	for _, p := range []string{"ui/query_shape", "ui/visualize"} {
		if err := b.call(page, "Page.navigate", map[string]any{"url": base + p}, nil); err != nil {
			t.Fatal(err)
		}
		if err := b.waitFor(ctx, page, `document.readyState === "complete" && typeof editor === "object" && editor !== null && !!document.getElementById("run_button")`, 60*time.Second); err != nil {
			t.Errorf("%s did not load: %v", p, err)
		}
	}
}

func TestLoopbackAddr(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:64210": true,
		"127.0.0.2:1":     true,
		"[::1]:0":         true,
		"localhost:0":     true,
		"0.0.0.0:64210":   false,
		":64210":          false,
		"[::]:0":          false,
		"192.0.2.1:80":    false,
	} {
		got, err := loopbackAddr(addr)
		if err != nil || got != want {
			t.Errorf("loopbackAddr(%q) = %v, %v; want %v", addr, got, err, want)
		}
	}
	if _, err := loopbackAddr("127.0.0.1"); err == nil {
		t.Error("loopbackAddr accepted an address without a port")
	}
}

// A write through kg serve --write bypasses the loader, so it must drop the
// per-actor counts rather than leave them stale: an edge saying Russia is
// mentioned in one more article then shows in actors, which counts from
// the facts once the counts are gone.
func TestServeWriteDropsCounts(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the kg binary")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	kg(t, dir, "", "--db", db, "load", seedsDir(t)).must(t)
	articlesOf := func(name string) int {
		t.Helper()
		out := kg(t, dir, "", "--db", db, "query", "actors", "--limit", "0", "-o", "jsonl").must(t).stdout
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			var r struct {
				Name     string `json:"name"`
				Articles int    `json:"articles_n"`
			}
			if err := json.Unmarshal([]byte(line), &r); err != nil {
				t.Fatalf("actors line %q: %v", line, err)
			}
			if r.Name == name {
				return r.Articles
			}
		}
		t.Fatalf("no %s among the actors:\n%s", name, out)
		return 0
	}
	before := articlesOf("Russia")
	if full := kg(t, dir, "", "--db", db, "export", "--with-indexes", "-o", "-").must(t).stdout; !strings.Contains(full, "/graph/counts>") {
		t.Fatal("a loaded store has no counts graph")
	}
	write := `[{"subject":"<https://kg.local/actor/rus>","predicate":"<https://kg.local/ont/mentionedIn>","object":"<https://kg.local/article/written-by-hand>","label":"<https://kg.local/article/written-by-hand>"}]`
	t.Run("serve", func(t *testing.T) {
		// The server holds the store until this subtest's cleanup stops it.
		base, log := startServe(t, kgBin, "--db", db, "--write")
		if code, body := postQuery(t, base+"api/v1/write", write); code != 200 {
			t.Fatalf("write: status %d body %s\n%s", code, body, log)
		}
		// A second write finds no counts left to drop.
		if code, body := postQuery(t, base+"api/v1/write", testWrite); code != 200 {
			t.Fatalf("write: status %d body %s\n%s", code, body, log)
		}
		time.Sleep(100 * time.Millisecond) // let stderr be read
		if n := strings.Count(log.String(), "dropped the actors' counts"); n != 1 {
			t.Errorf("the server said %d times that it dropped the counts, want once:\n%s", n, log)
		}
	})
	if full := kg(t, dir, "", "--db", db, "export", "--with-indexes", "-o", "-").must(t).stdout; strings.Contains(full, "/graph/counts>") {
		t.Error("counts left after a write through kg serve --write")
	}
	if after := articlesOf("Russia"); after != before+1 {
		t.Errorf("Russia's articles after a write adding one: %d, want %d (stale counts?)", after, before+1)
	}
}
