package rdfio

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

// w3cDir is the W3C RDF 1.1 N-Quads syntax suite, shared beside the
// worktrees (see ../shared/w3c/README.md).
const w3cDir = "../../../shared/w3c/rdf-n-quads"

// TestW3CNQuadsSyntax runs the 87 W3C N-Quads syntax tests: a positive
// file must parse, a negative one must be refused. Every positive file
// must also survive a write and re-read byte for byte.
func TestW3CNQuadsSyntax(t *testing.T) {
	f, err := os.Open(filepath.Join(w3cDir, "tests.tsv"))
	if err != nil {
		t.Skip("W3C suite not found:", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	passed, total := 0, 0
	for sc.Scan() {
		name, expect, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		total++
		raw, err := os.ReadFile(filepath.Join(w3cDir, name))
		if err != nil {
			t.Fatal(err)
		}
		qs, err := ReadAll(strings.NewReader(string(raw)), name)
		switch {
		case expect == "positive" && err != nil:
			t.Errorf("%s: refused a valid file: %v", name, err)
			continue
		case expect == "negative" && err == nil:
			t.Errorf("%s: accepted an invalid file as %d statements", name, len(qs))
			continue
		}
		passed++
		if expect != "positive" {
			continue
		}
		once := format(qs)
		again, err := ReadAll(strings.NewReader(once), name+" (written)")
		if err != nil {
			t.Errorf("%s: kg's own output does not parse: %v\n%s", name, err, once)
			continue
		}
		if twice := format(again); twice != once {
			t.Errorf("%s: write, read, write is not stable:\n%s\n%s", name, once, twice)
		}
	}
	t.Logf("W3C N-Quads syntax: %d of %d passed", passed, total)
	if total != 87 {
		t.Errorf("tests.tsv lists %d tests, want 87", total)
	}
}

func format(qs []quad.Quad) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString(FormatQuad(q) + "\n")
	}
	return b.String()
}
