package graph

import (
	"bufio"
	"context"
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
