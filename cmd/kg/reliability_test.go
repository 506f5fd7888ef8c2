package main

import (
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
