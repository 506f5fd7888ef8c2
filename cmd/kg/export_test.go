package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// needTool returns the path of a validating tool, failing under CI=true
// when it is missing (a broken install must show), skipping otherwise.
func needTool(t *testing.T, path, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not installed, and CI=true requires the export validation (apt-get install %s)", path, pkg)
		}
		t.Skipf("%s not installed; skipping (apt-get install %s)", path, pkg)
	}
	return p
}

// exportPython checks kg's exports with the consumers themselves: networkx
// reads GraphML and GEXF and must find kg stats' node and edge counts;
// rdflib parses the N-Quads and the JSON-LD and must find the same quads.
const exportPython = `
import json, sys, csv
import networkx as nx, rdflib
d = sys.argv[1]
st = json.load(open(d + "/stats.json"))
nodes = sum(st["actors"].values())
edges = sum(p["edges"] for p in st["predicates"].values())
for name, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
    g = read(d + "/kg." + name)
    assert (g.number_of_nodes(), g.number_of_edges()) == (nodes, edges), (name, g.number_of_nodes(), g.number_of_edges(), nodes, edges)
    types = {a.get("type") for _, a in g.nodes(data=True)}
    assert set(st["actors"]) <= types, (name, types)
    preds = {a.get("predicate") or a.get("label") for _, _, a in g.edges(data=True)}
    assert "meets" in preds, (name, preds)
with open(d + "/csv/nodes.csv") as f:
    rows = list(csv.DictReader(f))
    assert len(rows) == nodes and "Id" in rows[0] and "Label" in rows[0], len(rows)
with open(d + "/csv/edges.csv") as f:
    g = nx.MultiDiGraph()
    for r in csv.DictReader(f):
        g.add_edge(r["Source"], r["Target"], key=r["Id"])
    assert g.number_of_edges() == edges, g.number_of_edges()
nq = rdflib.Dataset(); nq.parse(d + "/kg.nq", format="nquads")
jl = rdflib.Dataset(); jl.parse(d + "/kg.jsonld", format="json-ld")
a = set(nq.quads((None, None, None, None))); b = set(jl.quads((None, None, None, None)))
assert len(a) > 1000 and a == b, (len(a), len(b), list(a ^ b)[:3])
for s, p, o, g in a:
    for word in ("summary", "factSummary", "mentionedIn", "postHolder", "countryOf", "hasMember"):
        assert not str(p).endswith("/ont/" + word), p
print("ok", nodes, edges, len(a))
`

func TestExportFormats(t *testing.T) {
	py := needTool(t, "/usr/bin/python3", "python3-networkx python3-rdflib")
	if out, err := exec.Command(py, "-c", "import networkx, rdflib").CombinedOutput(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("networkx or rdflib missing under CI=true: %v\n%s", err, out)
		}
		t.Skipf("networkx or rdflib missing: %s", out)
	}
	rapper := needTool(t, "rapper", "raptor2-utils")
	riot := needTool(t, "riot", "libapache-jena-java, then .ci/riot-launcher DIR and DIR on PATH")
	dir := t.TempDir()
	bin := serveTestBinary(t, dir)
	db := filepath.Join(dir, "seeds.db")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	kg := func(args ...string) string {
		t.Helper()
		cmd := exec.CommandContext(ctx, bin, append([]string{"--db", db}, args...)...)
		cmd.Env = append(os.Environ(), "KG_DB=", "KG_BACKEND=")
		var out, errb strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			t.Fatalf("kg %s: %v\n%s", strings.Join(args, " "), err, errb.String())
		}
		return out.String()
	}
	kg("load", seedsDir(t))
	if err := os.WriteFile(filepath.Join(dir, "stats.json"), []byte(kg("stats", "-o", "json")), 0o644); err != nil {
		t.Fatal(err)
	}
	kg("export", "--format", "graphml", "-o", filepath.Join(dir, "kg.graphml"))
	kg("export", "--format", "gexf", "-o", filepath.Join(dir, "kg.gexf"))
	kg("export", "--format", "jsonld", "-o", filepath.Join(dir, "kg.jsonld"))
	kg("export", "--format", "csv", "-o", filepath.Join(dir, "csv"))
	kg("export", "--format", "neo4j", "-o", filepath.Join(dir, "neo4j"))
	kg("export", "-o", filepath.Join(dir, "kg.nq"))

	out, err := exec.CommandContext(ctx, py, "-c", exportPython, dir).CombinedOutput()
	if err != nil {
		t.Fatalf("networkx/rdflib validation: %v\n%s", err, out)
	}
	t.Logf("networkx/rdflib: %s", strings.TrimSpace(string(out)))
	out, err = exec.CommandContext(ctx, rapper, "-i", "nquads", "-c", filepath.Join(dir, "kg.nq")).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "returned") {
		t.Fatalf("rapper rejects the N-Quads export: %v\n%s", err, out)
	}

	out, err = exec.CommandContext(ctx, riot, "--validate", filepath.Join(dir, "kg.nq")).CombinedOutput()
	if err != nil {
		t.Fatalf("Jena riot --validate rejects the N-Quads export: %v\n%s", err, out)
	}
	bad := filepath.Join(dir, "bad.nq")
	os.WriteFile(bad, []byte("<a> <b> \"x .\n"), 0o644)
	if out, err := exec.CommandContext(ctx, riot, "--validate", bad).CombinedOutput(); err == nil {
		t.Fatalf("riot --validate accepts a broken file, so it proves nothing:\n%s", out)
	}

	// Neo4j's typed headers.
	nodes, _ := os.ReadFile(filepath.Join(dir, "neo4j", "nodes.csv"))
	edges, _ := os.ReadFile(filepath.Join(dir, "neo4j", "edges.csv"))
	if !strings.HasPrefix(string(nodes), "id:ID,label,:LABEL") || !strings.HasPrefix(string(edges), ":START_ID,:END_ID,:TYPE") {
		t.Errorf("neo4j headers:\n%.80s\n%.80s", nodes, edges)
	}

	// A subgraph: Le Drian's neighbourhood holds the meeting with Shoigu
	// and fewer edges than the whole store.
	sub := kg("export", "--format", "graphml", "--actor", "Le Drian")
	if !strings.Contains(sub, serveShoigu) || !strings.Contains(sub, ">meets<") || len(sub) >= len(kg("export", "--format", "graphml")) {
		t.Errorf("--actor 'Le Drian' GraphML lacks Shoigu or the meets edge, or is not smaller than the whole graph")
	}
	// The same subgraph as N-Quads: Le Drian's facts and direct edges, not
	// the carrier Charles de Gaulle, and still valid RDF.
	subNQ := kg("export", "--actor", "Le Drian")
	if !strings.Contains(subNQ, "<"+serveLeDrian+"> <"+serveMeets+">") || strings.Contains(subNQ, "actor/charles-de-gaulle") {
		t.Errorf("--actor 'Le Drian' N-Quads lack the meets edge or hold unrelated actors")
	}
	subFile := filepath.Join(dir, "sub.nq")
	os.WriteFile(subFile, []byte(subNQ), 0o644)
	if out, err := exec.CommandContext(ctx, rapper, "-i", "nquads", "-c", subFile).CombinedOutput(); err != nil {
		t.Errorf("rapper rejects the subgraph export: %v\n%s", err, out)
	}
	if dated := kg("export", "--format", "graphml", "--from", "2030"); strings.Contains(dated, "<edge ") {
		t.Errorf("--from 2030 still exports edges")
	}

	// Round trip: the export with indexes, imported into a new store and
	// exported again, is the same set of quads; and so is the default one.
	for _, extra := range [][]string{{"--with-indexes"}, nil} {
		first := kg(append([]string{"export"}, extra...)...)
		f := filepath.Join(dir, "rt.nq")
		if err := os.WriteFile(f, []byte(first), 0o644); err != nil {
			t.Fatal(err)
		}
		db2 := filepath.Join(t.TempDir(), "copy.db")
		cmd := exec.CommandContext(ctx, bin, "--db", db2, "import", f)
		cmd.Env = append(os.Environ(), "KG_DB=", "KG_BACKEND=")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("kg import: %v\n%s", err, out)
		}
		cmd = exec.CommandContext(ctx, bin, append([]string{"--db", db2, "export"}, extra...)...)
		cmd.Env = append(os.Environ(), "KG_DB=", "KG_BACKEND=")
		second, err := cmd.Output()
		if err != nil {
			t.Fatalf("kg export of the copy: %v", err)
		}
		if a, b := sortedLines(first), sortedLines(string(second)); a != b {
			t.Errorf("export %v does not round-trip through kg import (%d vs %d bytes)", extra, len(a), len(b))
		}
	}
}

func sortedLines(s string) string {
	l := strings.Split(strings.TrimSpace(s), "\n")
	sort.Strings(l)
	return strings.Join(l, "\n")
}
