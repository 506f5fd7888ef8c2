package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// kgRun runs the kg command line in-process and returns its standard output.
func kgRun(t *testing.T, args ...string) (string, error) {
	t.Helper()
	root := newRootCmd()
	var out, errb bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errb)
	root.SetArgs(args)
	err := root.ExecuteContext(context.Background())
	return out.String(), err
}

// The canned queries end to end: kg load seeds, then list, a query in each
// machine format, show, and the errors a person sees.
func TestCannedQueryCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	if _, err := kgRun(t, "--db", db, "load", filepath.Join("..", "..", "seeds")); err != nil {
		t.Fatalf("load seeds: %v", err)
	}
	out, err := kgRun(t, "--db", db, "query", "list")
	if err != nil || !strings.Contains(out, "who") || !strings.Contains(out, "PREDICATE [ACTOR]") {
		t.Fatalf("query list: %v\n%s", err, out)
	}

	out, err = kgRun(t, "--db", db, "query", "who", "accuses", "Turkey", "-o", "json", "--evidence")
	if err != nil {
		t.Fatalf("who accuses Turkey: %v", err)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("json output: %v\n%s", err, out)
	}
	for _, r := range rows {
		if _, ok := r["sentences"]; !ok {
			t.Errorf("--evidence row without sentences: %v", r)
		}
	}

	for _, format := range []string{"table", "jsonl", "csv"} {
		if _, err := kgRun(t, "--db", db, "query", "relations", "France", "-o", format); err != nil {
			t.Errorf("relations -o %s: %v", format, err)
		}
	}
	out, err = kgRun(t, "--db", db, "query", "between", "France", "Russia", "-o", "nquads")
	if err != nil || !strings.Contains(out, "<https://kg.local/ont/subject>") {
		t.Errorf("between -o nquads: %v\n%.300s", err, out)
	}
	if _, err := kgRun(t, "--db", db, "query", "profile", "Shoigu", "-o", "nquads"); err == nil {
		t.Error("profile -o nquads succeeded; profile rows are not facts")
	}

	out, err = kgRun(t, "--db", db, "query", "show", "who", "accuses", "Turkey", "--exact")
	if err != nil || !strings.Contains(out, "var params = {") || !strings.Contains(out, `"exact":true`) || !strings.Contains(out, "actor/tur") {
		t.Errorf("show: %v\n%.500s", err, out)
	}

	_, err = kgRun(t, "--db", db, "query", "who", "accuses", "Shoiguu")
	if err == nil || !strings.Contains(err.Error(), "Sergei Shoigu") {
		t.Errorf("unknown actor: %v, want the closest candidate named", err)
	}
	if _, err := kgRun(t, "--db", db, "query", "who"); err == nil {
		t.Error("who without a predicate succeeded")
	}
	// Raw Gizmo still works beside the subcommands.
	if _, err := kgRun(t, "--db", db, "query", `g.V("<https://kg.local/actor/fra>").Out().Limit(1).All()`); err != nil {
		t.Errorf("raw gizmo: %v", err)
	}
}
