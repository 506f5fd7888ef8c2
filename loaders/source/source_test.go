package source

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type got struct {
	srcs []Source
	errs []string
}

func collect(t *testing.T, paths []string, opt Options) got {
	t.Helper()
	var g got
	for s, err := range All(paths, opt) {
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is not a *source.Error", err)
			}
			g.errs = append(g.errs, err.Error())
			continue
		}
		g.srcs = append(g.srcs, s)
	}
	return g
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestSeedsWithManifest(t *testing.T) {
	g := collect(t, []string{"../../seeds"}, Options{Defaults: Meta{Publisher: "flag publisher", Date: "2015"}})
	if len(g.errs) != 0 || len(g.srcs) != 5 {
		t.Fatalf("seeds: %d articles, errors %v", len(g.srcs), g.errs)
	}
	want := map[string]Meta{
		"000_c3a10e7d3e14a95b": {Title: "France to press Russia on bombing Islamic State fighters", Publisher: "Middle East Eye", Date: "2015"},
		"001_b9c36c3e7aa15db4": {Title: "French defense chief to ask Russia to step up anti-ISIS ops", Publisher: "flag publisher", Date: "2015-12-21"},
		"002_420347d6e634c762": {Title: "Russia, France to up battle against Islamic State", Publisher: "flag publisher", Date: "2015-11-27"},
	}
	for _, s := range g.srcs {
		if w, ok := want[s.ID]; ok && s.Meta != w {
			t.Errorf("%s: meta %+v, want %+v", s.ID, s.Meta, w)
		}
		if raw, _ := os.ReadFile(s.Path); string(raw) != string(s.Raw) {
			t.Errorf("%s: Raw is not the file's bytes", s.ID)
		}
	}
}

func TestDirectoryJSONLAndErrors(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), "Alpha text.")
	write(t, filepath.Join(dir, "sub", "b.txt"), "Beta \xff text.")
	write(t, filepath.Join(dir, "sub", "bin.txt"), "PK\x00\x03")
	write(t, filepath.Join(dir, "sub", "notes.md"), "not an article")
	write(t, filepath.Join(dir, ".hidden", "c.txt"), "hidden")
	write(t, filepath.Join(dir, "sub", "manifest.jsonl"), `{"file":"b.txt","title":"Beta","date":"2020-02-30"}`+"\n"+`{"id":"b","title":"Beta","date":"2020-02-03"}`+"\n")
	write(t, filepath.Join(dir, "news.jsonl"), strings.Join([]string{
		`{"id":"n1","title":"One","date":"2021-01-02","url":"https://example.org/1","publisher":"P","text":"Text \"one\"."}`,
		``,
		`{"id":"n2","text":`,
		`{"id":"n3","title":"Three"}`,
		`{"id":"n4","text":"Four","url":"not a url"}`,
		`{"id":"a","text":"duplicate of a.txt"}`,
		`{"id":"n5","text":"Five"}`,
	}, "\n"))
	g := collect(t, []string{dir, filepath.Join(dir, "missing.txt")}, Options{})
	var ids []string
	for _, s := range g.srcs {
		ids = append(ids, s.ID)
	}
	if strings.Join(ids, ",") != "a,n1,n5,b" {
		t.Errorf("articles %v, want a,n1,n5,b in walk order", ids)
	}
	for _, s := range g.srcs {
		switch s.ID {
		case "n1":
			if s.Line != 1 || string(s.Raw) != `Text "one".` || s.Meta.URL != "https://example.org/1" {
				t.Errorf("n1: %+v", s)
			}
		case "b":
			if s.Meta.Title != "Beta" || s.Meta.Date != "2020-02-03" || len(s.Warnings) != 1 || !strings.Contains(s.Warnings[0], "invalid UTF-8 at byte 5") {
				t.Errorf("b: meta %+v warnings %v", s.Meta, s.Warnings)
			}
		}
	}
	wantErrs := []string{
		"news.jsonl:3: not a JSON article record",
		`news.jsonl:4: record "n3" has no "text"`,
		`news.jsonl:5: record "n4": url "not a url"`,
		`news.jsonl:6: article id "a" was already read from`,
		"sub/bin.txt: binary file (NUL byte at offset 2)",
		`sub/manifest.jsonl:1: manifest entry b.txt: date "2020-02-30": not a calendar date`,
		"missing.txt: stat: no such file or directory",
	}
	all := strings.Join(g.errs, "\n")
	for _, w := range wantErrs {
		if !strings.Contains(all, w) {
			t.Errorf("missing error %q in:\n%s", w, all)
		}
	}
	if len(g.errs) != len(wantErrs) {
		t.Errorf("%d errors, want %d:\n%s", len(g.errs), len(wantErrs), all)
	}
}

func TestStdin(t *testing.T) {
	g := collect(t, []string{"-"}, Options{Stdin: strings.NewReader("Plain text from a pipe.\n"), Defaults: Meta{Publisher: "Pipe"}})
	if len(g.srcs) != 1 || !strings.HasPrefix(g.srcs[0].ID, "stdin-") || g.srcs[0].Meta.Publisher != "Pipe" || g.srcs[0].Path != "-" {
		t.Fatalf("text on stdin: %+v %v", g.srcs, g.errs)
	}
	g2 := collect(t, []string{"-"}, Options{Stdin: strings.NewReader("Plain text from a pipe.\n")})
	if g2.srcs[0].ID != g.srcs[0].ID {
		t.Error("the id of a text on stdin is not stable")
	}
	g = collect(t, []string{"-"}, Options{Stdin: strings.NewReader("\n {\"id\":\"x\",\"text\":\"X\"}\n{\"id\":\"y\",\"text\":\"Y\"}\nnot json\n")})
	if len(g.srcs) != 2 || g.srcs[1].ID != "y" || len(g.errs) != 1 || !strings.HasPrefix(g.errs[0], "-:3:") {
		t.Fatalf("JSONL on stdin: %+v %v", g.srcs, g.errs)
	}
	g = collect(t, []string{"-"}, Options{Stdin: strings.NewReader("")})
	if len(g.errs) != 1 || !strings.Contains(g.errs[0], "empty") {
		t.Fatalf("empty stdin: %v", g.errs)
	}
}

func TestManifestTSV(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "x.txt"), "X")
	write(t, filepath.Join(dir, "manifest.tsv"), "file\tdate\tpublisher\nx.txt\t2019-05\tACME\n\ttoo\tmany\tfields\n")
	g := collect(t, []string{dir}, Options{})
	if len(g.srcs) != 1 || g.srcs[0].Meta != (Meta{Date: "2019-05", Publisher: "ACME"}) {
		t.Fatalf("tsv manifest: %+v", g.srcs)
	}
	if len(g.errs) != 1 || !strings.Contains(g.errs[0], "manifest.tsv:3:") {
		t.Fatalf("errors %v", g.errs)
	}
	// Comments, a BOM and CRLF line ends are the TSV reader's; columns kg
	// does not know are ignored.
	write(t, filepath.Join(dir, "manifest.tsv"), "\ufeff# made by hand\r\nFile\tmy notes\tTitle\r\nx.txt\tgood\tEx\r\n")
	g = collect(t, []string{dir}, Options{})
	if len(g.srcs) != 1 || g.srcs[0].Meta != (Meta{Title: "Ex"}) || len(g.errs) != 0 {
		t.Fatalf("commented manifest: %+v %v", g.srcs, g.errs)
	}
	// A bad header is one error at its line, and no entry is read.
	write(t, filepath.Join(dir, "manifest.tsv"), "file\ttitle\tfile\nx.txt\tEx\ty.txt\n")
	g = collect(t, []string{dir}, Options{})
	if len(g.srcs) != 1 || g.srcs[0].Meta != (Meta{}) || len(g.errs) != 1 || !strings.Contains(g.errs[0], "manifest.tsv:1:") {
		t.Fatalf("bad header: %+v %v", g.srcs, g.errs)
	}
}

func TestStopEarly(t *testing.T) {
	n := 0
	for range All([]string{"../../seeds"}, Options{}) {
		n++
		break
	}
	if n != 1 {
		t.Fatal("the walk did not stop when asked")
	}
}
