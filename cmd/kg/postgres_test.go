package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// pgDSN is a database the test may empty, or the test is skipped.
func pgDSN(t *testing.T) string {
	t.Helper()
	dsn := os.Getenv("KG_TEST_POSTGRES_DSN")
	if dsn == "" {
		t.Skip("set KG_TEST_POSTGRES_DSN to a database the test may empty")
	}
	return dsn
}

func pgEmpty(t *testing.T, dsn string) {
	t.Helper()
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ExecContext(context.Background(), `DROP TABLE IF EXISTS quads, nodes CASCADE`); err != nil {
		t.Fatal(err)
	}
}

// seedCorpus writes n distinct articles made from the seeds (each seed
// with its paragraphs rotated) as two JSONL halves, and returns their paths.
func seedCorpus(t *testing.T, dir string, n int) (string, string) {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(seedsDir(t), "*.txt"))
	if len(paths) == 0 {
		t.Skip("no seeds")
	}
	var texts [][]string
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var paras []string
		for _, l := range strings.Split(string(raw), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				paras = append(paras, l)
			}
		}
		texts = append(texts, paras)
	}
	var halves [2]strings.Builder
	for i := 0; i < n; i++ {
		p := texts[i%len(texts)]
		body := p[1:]
		r := (i / len(texts)) % len(body)
		body = append(append([]string{}, body[r:]...), body[:r]...)
		rec, _ := json.Marshal(map[string]string{
			"id": fmt.Sprintf("pg-%03d", i), "title": p[0], "publisher": fmt.Sprintf("Publisher %d", i%7),
			"date": fmt.Sprintf("2015-%02d-%02d", 1+i%12, 1+i%28), "text": p[0] + "\n\n" + strings.Join(body, "\n\n"),
		})
		halves[i*2/n].Write(append(rec, '\n'))
	}
	a, b := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")
	os.WriteFile(a, []byte(halves[0].String()), 0o644)
	os.WriteFile(b, []byte(halves[1].String()), 0o644)
	return a, b
}

func pgExport(t *testing.T, dir, dsn string) []string {
	t.Helper()
	out := kg(t, dir, "", "--backend", "postgres", "--db", dsn, "export", "--with-indexes").must(t).stdout
	lines := strings.Split(strings.TrimSpace(out), "\n")
	sort.Strings(lines)
	return lines
}

func pgLoad(dir, dsn, file string) *exec.Cmd {
	cmd := exec.Command(kgBin, "--backend", "postgres", "--db", dsn, "load", file)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "KG_DB=", "KG_BACKEND=")
	return cmd
}

// Two kg load processes writing different halves of a corpus into one
// PostgreSQL store at the same time both succeed, and the store then
// exports exactly what one process loading both halves writes.
func TestPostgresTwoLoadsAtOnce(t *testing.T) {
	dsn := pgDSN(t)
	dir := t.TempDir()
	a, b := seedCorpus(t, dir, 24)
	pgEmpty(t, dsn)
	kg(t, dir, "", "--backend", "postgres", "--db", dsn, "load", a, b).must(t)
	one := pgExport(t, dir, dsn)
	if len(one) < 1000 {
		t.Fatalf("one load wrote %d quads", len(one))
	}
	pgEmpty(t, dsn)
	cmds := []*exec.Cmd{pgLoad(dir, dsn, a), pgLoad(dir, dsn, b)}
	outs := make([]strings.Builder, len(cmds))
	for i, c := range cmds {
		c.Stdout, c.Stderr = &outs[i], &outs[i]
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
	}
	for i, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Fatalf("concurrent load %d: %v\n%s", i, err, outs[i].String())
		}
		if !strings.Contains(outs[i].String(), "12 loaded, 0 unchanged, 0 replaced, 0 failed") {
			t.Errorf("concurrent load %d:\n%s", i, outs[i].String())
		}
	}
	two := pgExport(t, dir, dsn)
	if strings.Join(one, "\n") != strings.Join(two, "\n") {
		t.Fatalf("two loads at once exported %d quads, one load %d (or different ones)", len(two), len(one))
	}
}

// kg serve on a PostgreSQL store answers queries while kg load writes to
// it, and sees the new articles once the load is done.
func TestPostgresServeWhileLoading(t *testing.T) {
	dsn := pgDSN(t)
	dir := t.TempDir()
	a, b := seedCorpus(t, dir, 60)
	pgEmpty(t, dsn)
	kg(t, dir, "", "--backend", "postgres", "--db", dsn, "load", a).must(t)
	base, _ := startServe(t, kgBin, "--backend", "postgres", "--db", dsn)
	count := `g.Emit(g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://schema.org/NewsArticle>").Count())`
	articles := func() int {
		code, body := postQuery(t, base+"api/v1/query/gizmo", count)
		if code != 200 {
			t.Fatalf("query during load: status %d body %s", code, body)
		}
		var res struct{ Result []int }
		if err := json.Unmarshal([]byte(body), &res); err != nil || len(res.Result) != 1 {
			t.Fatalf("query answer %s: %v", body, err)
		}
		return res.Result[0]
	}
	if n := articles(); n != 30 {
		t.Fatalf("%d articles before the second load, want 30", n)
	}
	load := pgLoad(dir, dsn, b)
	var out strings.Builder
	load.Stdout, load.Stderr = &out, &out
	if err := load.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- load.Wait() }()
	answered := 0
	var err error
	for running := true; running; {
		select {
		case err = <-done:
			running = false
		case <-time.After(50 * time.Millisecond):
			if n := articles(); n < 30 || n > 60 {
				t.Fatalf("%d articles during the load", n)
			}
			answered++
		}
	}
	if err != nil {
		t.Fatalf("load beside kg serve: %v\n%s", err, out.String())
	}
	if answered < 3 {
		t.Fatalf("kg serve answered %d queries during the load; want the load to be long enough to see it answer", answered)
	}
	if n := articles(); n != 60 {
		t.Fatalf("%d articles after the load, want 60", n)
	}
	t.Logf("%d queries answered during the load", answered)
}
