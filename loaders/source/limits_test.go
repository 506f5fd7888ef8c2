package source

import (
	"path/filepath"
	"strings"
	"testing"
)

// An article over MaxBytes is refused with the limit named, before its
// file is read (a regular file), after MaxBytes+1 bytes (stdin), or
// without keeping a JSONL line longer than any record within the limit.
func TestMaxBytes(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "big.txt"), strings.Repeat("France met Russia. ", 100))
	write(t, filepath.Join(dir, "ok.txt"), "France met Russia.")
	write(t, filepath.Join(dir, "a.jsonl"), `{"id": "big", "text": "`+strings.Repeat("x", 2000)+`"}`+"\n"+
		`{"id": "huge", "text": "`+strings.Repeat("x", 20000)+`"}`+"\n"+
		`{"id": "small", "text": "France met Russia."}`+"\n")
	g := collect(t, []string{dir}, Options{MaxBytes: 1000})
	if len(g.srcs) != 2 || g.srcs[0].ID != "small" || g.srcs[1].ID != "ok" {
		t.Fatalf("loaded %+v", g.srcs)
	}
	if len(g.errs) != 3 {
		t.Fatalf("errors %v", g.errs)
	}
	for _, e := range g.errs {
		if !strings.Contains(e, "over the limit of 1000 bytes (--max-article-bytes") {
			t.Errorf("error %q does not name the limit", e)
		}
	}
	g = collect(t, []string{"-"}, Options{MaxBytes: 10, Stdin: strings.NewReader("France met Russia.")})
	if len(g.srcs) != 0 || len(g.errs) != 1 || !strings.Contains(g.errs[0], "over the limit of 10 bytes") {
		t.Fatalf("stdin over the limit: %+v %v", g.srcs, g.errs)
	}
}

// An empty file loaded as a 3-quad article; a BOM broke JSONL line 1;
// UTF-16 was called binary; a javascript: URL was stored as an IRI.
func TestSmallInputDefects(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "empty.txt"), " \n\n")
	write(t, filepath.Join(dir, "bom.jsonl"), "\uFEFF"+`{"id": "b1", "text": "France met Russia."}`+"\n"+`{"id": "b2", "text": "  "}`+"\n"+
		`{"id": "b3", "url": "javascript:alert(1)", "text": "France met Russia."}`+"\n")
	write(t, filepath.Join(dir, "utf16.txt"), "\xff\xfeF\x00r\x00")
	g := collect(t, []string{dir}, Options{})
	if len(g.srcs) != 1 || g.srcs[0].ID != "b1" {
		t.Fatalf("loaded %+v", g.srcs)
	}
	want := []string{`record "b2": text is empty`, `url "javascript:alert(1)": want an http or https URL`, "empty.txt: empty file, no article", "UTF-16 text is not supported"}
	all := strings.Join(g.errs, "\n")
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("no error %q in:\n%s", w, all)
		}
	}
}

// Duplicate manifest rows replaced each other and rows for no file passed
// silently: a duplicate is refused (the first kept), an unused row noted.
func TestManifestDuplicateAndUnmatchedRows(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), "France met Russia.")
	write(t, filepath.Join(dir, "manifest.tsv"), "file\ttitle\na.txt\tFirst\na.txt\tSecond\nb.txt\tNo such file\n")
	g := collect(t, []string{dir}, Options{})
	if len(g.srcs) != 1 || g.srcs[0].Meta.Title != "First" {
		t.Fatalf("loaded %+v", g.srcs)
	}
	all := strings.Join(g.errs, "\n")
	for _, w := range []string{`manifest.tsv:3: manifest entry for "a.txt" repeats line 2`, "manifest.tsv:4: skipped: manifest entry matches no article file"} {
		if !strings.Contains(all, w) {
			t.Errorf("no %q in:\n%s", w, all)
		}
	}
}
