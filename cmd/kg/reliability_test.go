package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Ids that slugged to one IRI ("Report 1", "report_1", "REPORT-1"; "!!!" and
// "???") replaced each other with exit status 0, and every re-load
// reported replacements. Each id now has its own article, and a second
// load changes nothing.
func TestArticleIDsDoNotCollide(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	texts := map[string]string{
		"Report 1.txt": "France met Russia.\n",
		"report_1.txt": "Turkey met Iran.\n",
		"REPORT-1.txt": "Kenya met Uganda.\n",
		"ids.jsonl": `{"id": "!!!", "text": "Japan met China."}
{"id": "???", "text": "Brazil met Argentina."}
{"id": "😀", "text": "Egypt met Israel."}
{"id": "😁", "text": "Germany met Poland."}
`,
	}
	for name, text := range texts {
		os.WriteFile(filepath.Join(in, name), []byte(text), 0o644)
	}
	r := kg(t, dir, "", "load", in).must(t)
	if !strings.Contains(r.stdout, "7 loaded, 0 unchanged, 0 replaced") {
		t.Fatalf("first load:\n%s%s", r.stdout, r.stderr)
	}
	r = kg(t, dir, "", "load", in).must(t)
	if !strings.Contains(r.stdout, "0 loaded, 7 unchanged, 0 replaced") {
		t.Fatalf("second load is not idempotent:\n%s%s", r.stdout, r.stderr)
	}
	out := kg(t, dir, "", "export").must(t).stdout
	for _, iri := range []string{"article/Report%201>", "article/report_1>", "article/REPORT-1>", "article/%21%21%21>", "article/%3F%3F%3F>", "article/%F0%9F%98%80>"} {
		if !strings.Contains(out, iri) {
			t.Errorf("export has no %s", iri)
		}
	}
	st := kg(t, dir, "", "stats").must(t).stdout
	for _, id := range []string{"Report 1", "!!!", "😁"} {
		if !strings.Contains(st, "\n"+id+" ") {
			t.Errorf("stats does not show article id %q:\n%s", id, st)
		}
	}
}

// A FIFO named *.txt in a directory blocked `kg load DIR` forever, and the
// articles read before it were lost with it. It is skipped with a message;
// the articles around it load and the status is 0.
func TestFIFOInDirectoryIsSkipped(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	os.WriteFile(filepath.Join(in, "a.txt"), []byte("France met Russia.\n"), 0o644)
	os.WriteFile(filepath.Join(in, "c.txt"), []byte("Turkey met Iran.\n"), 0o644)
	if err := syscall.Mkfifo(filepath.Join(in, "b.txt"), 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	r := kg(t, dir, "", "load", in).must(t)
	if !strings.Contains(r.stdout, "2 loaded") || !strings.Contains(r.stderr, "b.txt: skipped: a FIFO, not a regular file") {
		t.Fatalf("load with a FIFO:\n%s%s", r.stdout, r.stderr)
	}
}

// A FIFO named on the command line is read as a stream.
func TestFIFOOnCommandLineIsRead(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "piped.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.WriteString("France met Russia.\n")
		f.Close()
	}()
	r := kg(t, dir, "", "extract", fifo).must(t)
	if !strings.Contains(r.stdout, `"doc":"piped"`) || !strings.Contains(r.stdout, `"predicate":"meets"`) {
		t.Fatalf("extract from a FIFO:\n%s%s", r.stdout, r.stderr)
	}
}

// A load blocked on an input (a FIFO no one writes to) and then stopped
// with SIGTERM writes the articles read before it instead of losing them.
func TestTerminatedLoadKeepsEarlierArticles(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("France met Russia.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.txt"), []byte("Turkey met Iran.\n"), 0o644)
	fifo := filepath.Join(dir, "wait.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	cmd := exec.Command(kgBin, "load", "a.txt", "c.txt", "wait.txt")
	cmd.Dir = dir
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Opening the write end without blocking succeeds once kg has the FIFO
	// open for reading, that is, once it has read a.txt and c.txt.
	var w *os.File
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(20 * time.Millisecond) {
		f, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0)
		if err == nil {
			w = f
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("kg never opened the FIFO: %v", err)
		}
	}
	defer w.Close()
	time.Sleep(time.Second) // let the two articles reach the loader
	cmd.Process.Signal(syscall.SIGTERM)
	err := cmd.Wait()
	if err == nil || !strings.Contains(stderr.String(), "interrupted; 2 article(s) written") {
		t.Fatalf("exit %v, stderr:\n%s", err, stderr.String())
	}
	out := kg(t, dir, "", "export").must(t).stdout
	if !strings.Contains(out, "article/a>") || !strings.Contains(out, "article/c>") {
		t.Fatalf("articles before the interrupt were lost:\n%.500s", out)
	}
}

// Ids are encoded injectively, but two inputs of one load can still name
// the same id (a.txt in two directories, a JSONL id twice, a file and a
// record), and the later one would replace the earlier. The later one
// fails with a message naming both (the check is source.All's); the first
// is written, the exit status is non-zero, and loading the same inputs
// again changes nothing.
func TestArticleIDClashInOneLoadFails(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"d1", "d2"} {
		os.Mkdir(filepath.Join(dir, d), 0o755)
	}
	os.WriteFile(filepath.Join(dir, "d1", "a.txt"), []byte("France met Russia.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "d2", "a.txt"), []byte("Turkey met Iran.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "more.jsonl"), []byte(`{"id": "b", "text": "Kenya met Uganda."}
{"id": "b", "text": "Japan met China."}
{"id": "a", "text": "Brazil met Argentina."}
`), 0o644)
	args := []string{"load", "d1", "d2", "more.jsonl"}
	for run := 1; run <= 2; run++ {
		r := kg(t, dir, "", args...)
		if r.code == 0 {
			t.Fatalf("run %d: exit 0 with clashing ids:\n%s%s", run, r.stdout, r.stderr)
		}
		want := "2 loaded, 0 unchanged, 0 replaced"
		if run == 2 {
			want = "0 loaded, 2 unchanged, 0 replaced"
		}
		if !strings.Contains(r.stdout, want) {
			t.Errorf("run %d: want %q in:\n%s%s", run, want, r.stdout, r.stderr)
		}
		for _, msg := range []string{
			`d2/a.txt: article id "a" was already read from d1/a.txt`,
			`more.jsonl:2: article id "b" was already read from more.jsonl:1`,
			`more.jsonl:3: article id "a" was already read from d1/a.txt`,
		} {
			if !strings.Contains(r.stderr, msg) {
				t.Errorf("run %d: no %q in stderr:\n%s", run, msg, r.stderr)
			}
		}
	}
	out := kg(t, dir, "", "export").must(t).stdout
	for _, w := range []string{"Russia", "Uganda"} {
		if !strings.Contains(out, w) {
			t.Errorf("the first article of a clash is missing: no %s in the export", w)
		}
	}
	for _, w := range []string{"Iran", "China", "Argentina"} {
		if strings.Contains(out, w) {
			t.Errorf("a clashing article was written: %s in the export", w)
		}
	}
}

// kg stats printed a title's newline raw, breaking the table's rows; an
// id or title with a control character is now quoted on its one row.
func TestStatsKeepsOneRowPerArticle(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(`{"id": "t1", "title": "Line one\nLine two\tand a tab", "text": "France met Russia."}
{"id": "t\n2", "title": "Plain", "text": "Turkey met Iran."}
`), 0o644)
	kg(t, dir, "", "load", "a.jsonl").must(t)
	st := kg(t, dir, "", "stats").must(t).stdout
	if !strings.Contains(st, `"Line one\nLine two\tand a tab"`) || !strings.Contains(st, `"t\n2"`) {
		t.Errorf("stats does not quote a title or id holding control characters:\n%s", st)
	}
	for _, line := range strings.Split(st, "\n") {
		if strings.HasPrefix(line, "Line two") || strings.HasPrefix(line, "2 ") {
			t.Errorf("a row was broken in two at %q:\n%s", line, st)
		}
	}
}

// SIGTERM during `kg export -o` left its temporary file behind. The
// signal now ends the export through its context: the temporary file is
// removed, no half-written output takes the file's name, and the status
// is non-zero.
func TestTerminatedExportLeavesNoTempFile(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := 0; i < 30000; i++ {
		fmt.Fprintf(&b, "<https://kg.local/s%d> <https://kg.local/p%d> \"value %d, long enough to take a while\" .\n", i, i%50, i)
	}
	os.WriteFile(filepath.Join(dir, "in.nq"), []byte(b.String()), 0o644)
	kg(t, dir, "", "import", "in.nq").must(t)
	out := filepath.Join(dir, "out")
	os.Mkdir(out, 0o755)
	cmd := exec.Command(kgBin, "--db", filepath.Join(dir, "kg.db"), "export", "-o", filepath.Join(out, "kg.nq"))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Signal as soon as the temporary file exists, that is, mid-export.
	sawTemp := false
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if tmp, _ := filepath.Glob(filepath.Join(out, ".kg.nq.*.tmp")); len(tmp) > 0 {
			sawTemp = true
			break
		}
	}
	cmd.Process.Signal(syscall.SIGTERM)
	err := cmd.Wait()
	if !sawTemp {
		t.Fatalf("the export never made its temporary file; stderr:\n%s", stderr.String())
	}
	left, _ := os.ReadDir(out)
	var names []string
	for _, e := range left {
		names = append(names, e.Name())
	}
	if err == nil {
		// The export won the race: then it must have finished whole.
		if len(names) != 1 || names[0] != "kg.nq" {
			t.Fatalf("finished export left %v", names)
		}
		t.Skip("the export finished before the signal reached it")
	}
	if len(names) != 0 {
		t.Fatalf("terminated export left %v in the output directory; stderr:\n%s", names, stderr.String())
	}
}
