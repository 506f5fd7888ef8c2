package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/graph"
)

// kgBin is the kg binary TestMain builds once for every end-to-end test
// (KG_TEST_BINARY, which the serve tests read too, points at it).
var kgBin string

func TestMain(m *testing.M) {
	if path := os.Getenv("KG_TEST_HOLD_STORE"); path != "" {
		os.Exit(holdStore(path))
	}
	os.Exit(runTests(m))
}

func runTests(m *testing.M) int {
	if kgBin = os.Getenv("KG_TEST_BINARY"); kgBin == "" {
		dir, err := os.MkdirTemp("", "kg-cli-test")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(dir)
		kgBin = filepath.Join(dir, "kg")
		if out, err := exec.Command("go", "build", "-o", kgBin, ".").CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
			return 1
		}
		os.Setenv("KG_TEST_BINARY", kgBin)
	}
	return m.Run()
}

// holdStore keeps a store open until stdin closes, standing in for kg serve.
func holdStore(path string) int {
	s, err := graph.Open(context.Background(), graph.Config{Path: path})
	if err != nil {
		fmt.Println("error:", err)
		return 1
	}
	defer s.Close()
	fmt.Println("ready")
	var b [1]byte
	os.Stdin.Read(b[:])
	return 0
}

type result struct {
	stdout, stderr string
	code           int
}

// kg runs the binary in dir with KG_* cleared, so the test's own
// environment cannot redirect it.
func kg(t *testing.T, dir, stdin string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, kgBin, args...)
	cmd.Dir = dir
	for _, e := range os.Environ() {
		if !strings.HasPrefix(e, "KG_") {
			cmd.Env = append(cmd.Env, e)
		}
	}
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("kg %v: %v", args, err)
	}
	return result{out.String(), errb.String(), code}
}

func (r result) must(t *testing.T) result {
	t.Helper()
	if r.code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
	return r
}

func seedsDir(t *testing.T) string {
	t.Helper()
	p, err := filepath.Abs("../../seeds")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadSeedsTwice(t *testing.T) {
	dir := t.TempDir()
	r := kg(t, dir, "", "load", seedsDir(t)).must(t)
	if !strings.Contains(r.stdout, "articles: 5 loaded, 0 unchanged, 0 replaced, 0 failed") {
		t.Fatalf("first load:\n%s", r.stdout)
	}
	if _, err := os.Stat(filepath.Join(dir, "kg.db")); err != nil {
		t.Fatalf("no ./kg.db after kg load: %v", err)
	}
	r = kg(t, dir, "", "load", seedsDir(t)).must(t)
	if !strings.Contains(r.stdout, "articles: 0 loaded, 5 unchanged") || !strings.Contains(r.stdout, "quads:    0 written, 0 removed") {
		t.Fatalf("second load wrote something:\n%s", r.stdout)
	}
	if r.stderr != "" {
		t.Errorf("stderr not empty on a clean load (no terminal, so no progress line): %q", r.stderr)
	}
}

func TestLoadReportsBadFilesAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	os.WriteFile(filepath.Join(in, "good.txt"), []byte("France and Russia agreed to share intelligence on Monday.\n"), 0o644)
	os.WriteFile(filepath.Join(in, "image.txt"), []byte("\x89PNG\x00\x00"), 0o644)
	os.WriteFile(filepath.Join(in, "feed.jsonl"), []byte(`{"id":"ok","text":"Putin met Hollande."}`+"\n"+`{"id":"broken"`+"\n"), 0o644)
	r := kg(t, dir, "", "load", in, filepath.Join(dir, "missing.txt"))
	if r.code == 0 {
		t.Fatalf("exit 0 although inputs failed:\n%s", r.stderr)
	}
	for _, want := range []string{"image.txt: binary file", "feed.jsonl:2: not a JSON article record", "missing.txt: stat: no such file"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if !strings.Contains(r.stdout, "articles: 2 loaded, 0 unchanged, 0 replaced, 3 failed") {
		t.Errorf("summary:\n%s", r.stdout)
	}
}

func TestReplacedArticle(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "a.txt")
	os.WriteFile(f, []byte("France and Russia agreed to share intelligence.\n"), 0o644)
	kg(t, dir, "", "load", f).must(t)
	os.WriteFile(f, []byte("Turkey shot down a Russian jet.\n"), 0o644)
	r := kg(t, dir, "", "load", f).must(t)
	if !strings.Contains(r.stdout, "0 loaded, 0 unchanged, 1 replaced") {
		t.Fatalf("changed article:\n%s", r.stdout)
	}
	out := kg(t, dir, "", "export").must(t).stdout
	if strings.Contains(out, "share intelligence") || !strings.Contains(out, "shot down") {
		t.Fatalf("the old text's quads survived or the new ones are missing:\n%s", out)
	}
}

func exportLines(t *testing.T, out string) []string {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	sort.Strings(lines)
	return lines
}

func TestExportImportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	kg(t, dir, "", "load", seedsDir(t)).must(t)
	// Literals that break naive writers, added through import.
	tricky := `<https://kg.local/t/s> <https://kg.local/t/p> "a \"quoted\"\nline\\with backslash, été, Москва, 東京 \u00e9" <https://kg.local/t/g> .
<https://kg.local/t/s> <https://kg.local/t/n> "7"^^<http://www.w3.org/2001/XMLSchema#integer> .
<https://kg.local/t/s> <https://kg.local/t/b> "True"^^<http://www.w3.org/2001/XMLSchema#boolean> .
_:b1 <https://kg.local/t/p> "x"@fr _:g .
`
	os.WriteFile(filepath.Join(dir, "tricky.nq"), []byte(tricky), 0o644)
	kg(t, dir, "", "import", "tricky.nq").must(t)
	kg(t, dir, "", "export", "-o", "a.nq").must(t)
	a, _ := os.ReadFile(filepath.Join(dir, "a.nq"))
	for _, bad := range []string{"<xsd:", `"True"`, `"False"`} {
		if strings.Contains(string(a), bad) {
			t.Errorf("export contains %s", bad)
		}
	}
	if !strings.Contains(string(a), `"true"^^<http://www.w3.org/2001/XMLSchema#boolean>`) ||
		!strings.Contains(string(a), `"a \"quoted\"\nline\\with backslash, été, Москва, 東京 é"`) {
		t.Errorf("tricky literals did not survive:\n%s", grep(string(a), "kg.local/t/"))
	}
	r := kg(t, dir, "", "--db", "fresh.db", "import", "a.nq").must(t)
	n := len(exportLines(t, string(a)))
	if !strings.Contains(r.stdout, fmt.Sprintf("a.nq: %d statements, %d new quads", n, n)) {
		t.Errorf("import into an empty store: %s", r.stdout)
	}
	b := kg(t, dir, "", "--db", "fresh.db", "export").must(t).stdout
	if got, want := exportLines(t, b), exportLines(t, string(a)); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("round trip differs: %d quads before, %d after", len(want), len(got))
	}
	validateRapper(t, filepath.Join(dir, "a.nq"), n)
	validateRDFLib(t, filepath.Join(dir, "a.nq"), n)
}

func grep(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// tool finds an external validator; missing, it skips locally and fails in CI.
func tool(t *testing.T, name, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing in CI (apt-get install %s)", name, pkg)
		}
		t.Skipf("%s not installed (apt-get install %s); CI runs this", name, pkg)
	}
	return p
}

func validateRapper(t *testing.T, file string, n int) {
	rapper := tool(t, "rapper", "raptor2-utils")
	out, err := exec.Command(rapper, "-i", "nquads", "-c", file).CombinedOutput()
	if err != nil {
		t.Fatalf("rapper rejected the export: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), fmt.Sprintf("returned %d triples", n)) || strings.Contains(string(out), "Error") || strings.Contains(string(out), "Warning") {
		t.Fatalf("rapper: want %d statements, no warnings:\n%s", n, out)
	}
	t.Logf("rapper: %s", strings.TrimSpace(string(out)))
}

func validateRDFLib(t *testing.T, file string, n int) {
	py := "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil || exec.Command(py, "-c", "import rdflib").Run() != nil {
		tool(t, "rdflib-is-missing", "python3-rdflib")
	}
	script := `import sys, warnings, rdflib
warnings.simplefilter("error")
ds = rdflib.Dataset()
ds.parse(sys.argv[1], format="nquads")
print(sum(1 for _ in ds.quads((None, None, None, None))))`
	out, err := exec.Command(py, "-c", script, file).CombinedOutput()
	if err != nil {
		t.Fatalf("rdflib rejected the export: %v\n%s", err, out)
	}
	if strings.TrimSpace(string(out)) != fmt.Sprint(n) {
		t.Fatalf("rdflib read %s quads, want %d", out, n)
	}
	t.Logf("rdflib: %d quads", n)
}

func TestImportRefusesAMalformedFileWhole(t *testing.T) {
	dir := t.TempDir()
	bad := "<https://kg.local/a> <https://kg.local/p> \"ok\" .\n\n<https://kg.local/a> <https://kg.local/p> \"unterminated .\n<https://kg.local/a> <https://kg.local/p> <https://kg.local/b> .\n"
	os.WriteFile(filepath.Join(dir, "bad.nq"), []byte(bad), 0o644)
	os.WriteFile(filepath.Join(dir, "rel.nt"), []byte("<a> <https://kg.local/p> \"x\" .\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "good.nt"), []byte("<https://kg.local/a> <https://kg.local/p> \"x\" .\n"), 0o644)
	r := kg(t, dir, "", "import", "bad.nq", "rel.nt", "good.nt")
	if r.code == 0 {
		t.Fatal("exit 0 for a malformed file")
	}
	if !strings.Contains(r.stderr, "bad.nq:3:") || !strings.Contains(r.stderr, "rel.nt:1: subject: <a> is not an absolute IRI") {
		t.Fatalf("errors do not give file:line:\n%s", r.stderr)
	}
	out := kg(t, dir, "", "export").must(t).stdout
	if strings.Count(out, "\n") != 1 || strings.Contains(out, `"ok"`) {
		t.Fatalf("a malformed file was half written; store holds:\n%s", out)
	}
}

func TestExtractJSONLContract(t *testing.T) {
	r := kg(t, t.TempDir(), "", "extract", "--format", "jsonl", seedsDir(t)).must(t)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) < 5 {
		t.Fatalf("only %d facts from the seeds", len(lines))
	}
	for i, l := range lines {
		var f map[string]any
		if err := json.Unmarshal([]byte(l), &f); err != nil {
			t.Fatalf("line %d is not JSON: %v", i+1, err)
		}
		for _, k := range []string{"doc", "kind", "subject", "object", "predicate", "negated", "sentence", "offsets", "modality", "rule"} {
			if _, ok := f[k]; !ok {
				t.Fatalf("line %d lacks %q: %s", i+1, k, l)
			}
		}
		switch f["kind"] {
		case "event", "relation", "stance":
		default:
			t.Fatalf("line %d: kind %v", i+1, f["kind"])
		}
		if s, ok := f["subject"].(map[string]any); !ok || s["name"] == "" {
			t.Fatalf("line %d: subject has no name: %s", i+1, l)
		}
	}
	tab := kg(t, t.TempDir(), "", "extract", "--format", "table", "--explain", seedsDir(t)).must(t)
	if !strings.HasPrefix(tab.stdout, "DOC") || !strings.Contains(tab.stdout, "RULE") {
		t.Errorf("table --explain header:\n%.300s", tab.stdout)
	}
	nq := kg(t, t.TempDir(), "", "extract", "--format", "nquads", seedsDir(t)+"/000_c3a10e7d3e14a95b.txt").must(t)
	if !strings.Contains(nq.stdout, "<https://schema.org/NewsArticle>") {
		t.Errorf("nquads lacks the article node")
	}
}

func TestQuery(t *testing.T) {
	dir := t.TempDir()
	kg(t, dir, "", "load", seedsDir(t)).must(t)
	q := `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://schema.org/NewsArticle>").Out("<https://schema.org/headline>").All()`
	var rows []map[string]any
	if err := json.Unmarshal([]byte(kg(t, dir, "", "query", "-o", "json", q).must(t).stdout), &rows); err != nil || len(rows) != 5 {
		t.Fatalf("headlines: %v %v", rows, err)
	}
	// from stdin, as jsonl
	r := kg(t, dir, q, "query", "-o", "jsonl").must(t)
	if strings.Count(r.stdout, "\n") != 5 {
		t.Fatalf("jsonl from stdin:\n%s", r.stdout)
	}
	r = kg(t, dir, "", "query", "g.V(")
	if r.code == 0 || !strings.Contains(r.stderr, "gizmo: SyntaxError") {
		t.Fatalf("syntax error: %d %s", r.code, r.stderr)
	}
}

func TestCommandsFailFastOnAHeldStore(t *testing.T) {
	dir := t.TempDir()
	kg(t, dir, "", "load", seedsDir(t)).must(t)
	holder := exec.Command(os.Args[0], "-test.run=^$")
	holder.Env = append(os.Environ(), "KG_TEST_HOLD_STORE="+filepath.Join(dir, "kg.db"))
	stdin, _ := holder.StdinPipe()
	stdout, _ := holder.StdoutPipe()
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { stdin.Close(); holder.Wait() }()
	buf := make([]byte, 6)
	if n, _ := stdout.Read(buf); string(buf[:n]) != "ready\n" {
		t.Fatalf("holder: %q", buf[:n])
	}
	for _, args := range [][]string{{"query", "g.V().All()"}, {"load", seedsDir(t)}, {"export"}, {"stats"}} {
		start := time.Now()
		r := kg(t, dir, "", args...) // kg() gives up after 2 minutes: a hang fails
		if r.code == 0 || !strings.Contains(r.stderr, "store ./kg.db is in use by another kg process (kg serve?)") {
			t.Fatalf("kg %s on a held store: exit %d, %q", args[0], r.code, r.stderr)
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Fatalf("kg %s took %v to give up", args[0], d)
		}
	}
}

func TestEveryCommandHasAnExample(t *testing.T) {
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if !c.Hidden && c.Name() != "help" && c.Example == "" {
			t.Errorf("kg %s has no Example", c.CommandPath())
		}
		for _, s := range c.Commands() {
			walk(s)
		}
	}
	root := newRootCmd()
	root.InitDefaultCompletionCmd()
	walk(root)
}

// An import makes the loader's per-actor counts stale, so it drops them;
// actors answers the same from the facts, and the next load counts again.
func TestImportDropsCounts(t *testing.T) {
	dir := t.TempDir()
	kg(t, dir, "", "load", seedsDir(t)).must(t)
	before := kg(t, dir, "", "query", "actors", "-o", "json").must(t).stdout
	full := kg(t, dir, "", "export", "--with-indexes", "-o", "-").must(t).stdout
	if !strings.Contains(full, "/graph/counts>") {
		t.Fatal("a loaded store has no counts graph")
	}
	os.WriteFile(filepath.Join(dir, "x.nq"), []byte("<https://kg.local/t/s> <https://kg.local/t/p> \"x\" .\n"), 0o644)
	r := kg(t, dir, "", "import", "x.nq").must(t)
	if !strings.Contains(r.stderr, "dropped the actors' counts") {
		t.Errorf("import did not say it dropped the counts: %q", r.stderr)
	}
	if full := kg(t, dir, "", "export", "--with-indexes", "-o", "-").must(t).stdout; strings.Contains(full, "/graph/counts>") {
		t.Error("counts left after an import")
	}
	if after := kg(t, dir, "", "query", "actors", "-o", "json").must(t).stdout; after != before {
		t.Errorf("actors changed after the counts were dropped:\n%s\nwas\n%s", after, before)
	}
}
