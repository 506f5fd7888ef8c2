package graph

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Every positive W3C N-Quads test file goes into a bolt store and out
// again, and that export goes into a fresh store and out: the two exports
// must be the same bytes (export -> import -> export is stable).
func TestW3CExportImportExportStable(t *testing.T) {
	dir := "../../shared/w3c/rdf-n-quads"
	f, err := os.Open(filepath.Join(dir, "tests.tsv"))
	if err != nil {
		t.Skip("W3C suite not found:", err)
	}
	defer f.Close()
	ctx := context.Background()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		name, expect, _ := strings.Cut(sc.Text(), "\t")
		if expect != "positive" {
			continue
		}
		n++
		roundTrip := func(in, db string) string {
			s, err := Open(ctx, Config{Backend: Bolt, Path: filepath.Join(t.TempDir(), db)})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if _, err := s.Import(ctx, strings.NewReader(in), name); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			var b strings.Builder
			if _, err := s.Export(ctx, &b); err != nil {
				t.Fatal(err)
			}
			return b.String()
		}
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		first := roundTrip(string(raw), "a.db")
		if second := roundTrip(first, "b.db"); second != first {
			t.Errorf("%s: export -> import -> export changed:\n%s---\n%s", name, first, second)
		}
	}
	if n != 53 {
		t.Errorf("%d positive tests, want 53", n)
	}
}

// Import writes in batches but still refuses a file whole: a bad last line
// after more than two batches' worth leaves nothing; the same lines without
// it all arrive, from a stream (spooled) as from a file (re-read).
func TestImportBatchesAllOrNothing(t *testing.T) {
	ctx := context.Background()
	var b strings.Builder
	n := 2*ImportBatch + 5
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "<https://kg.local/s%d> <https://kg.local/p> \"%d\" .\n", i, i)
	}
	good := b.String()
	dir := t.TempDir()
	path := filepath.Join(dir, "good.nq")
	os.WriteFile(path, []byte(good), 0o644)
	s, err := Open(ctx, Config{Backend: Bolt, Path: filepath.Join(dir, "kg.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Import(ctx, strings.NewReader(good+"<https://kg.local/s> <p> \"x\" .\n"), "bad.nq"); err == nil || !strings.Contains(err.Error(), fmt.Sprintf("bad.nq:%d:", n+1)) {
		t.Fatalf("bad last line: %v", err)
	}
	if c, _ := s.Count(ctx); c != 0 {
		t.Fatalf("%d quads written from a refused file", c)
	}
	res, err := s.Import(ctx, strings.NewReader(good), "stream")
	if err != nil || res.Read != n || res.Added != n {
		t.Fatalf("stream: %+v %v", res, err)
	}
	f, _ := os.Open(path)
	defer f.Close()
	res, err = s.Import(ctx, f, path)
	if err != nil || res.Read != n || res.Added != 0 {
		t.Fatalf("file again: %+v %v", res, err)
	}
}

// Two processes opening one new PostgreSQL database at once both created
// Cayley's tables, and one failed. Opens now take turns creating them.
func TestPostgresConcurrentFirstOpen(t *testing.T) {
	dsn := os.Getenv("KG_TEST_POSTGRES_DSN")
	if dsn == "" {
		t.Skip("set KG_TEST_POSTGRES_DSN to a database the test may empty")
	}
	ctx := context.Background()
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, `DROP TABLE IF EXISTS quads, nodes CASCADE`); err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 4)
	for i := 0; i < cap(errs); i++ {
		go func() {
			s, err := Open(ctx, Config{Backend: Postgres, Path: dsn})
			if err == nil {
				err = s.Close()
			}
			errs <- err
		}()
	}
	for i := 0; i < cap(errs); i++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
