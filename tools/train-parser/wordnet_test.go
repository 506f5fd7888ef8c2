package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// A miniature WordNet database in its own format: each POS's forms get
// their Penn tags, a noun WordNet only capitalises is a proper noun, and
// multi-word lemmas and the licence lines are skipped.
func TestWordNetLexicon(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"data.noun": "  1 This software and database is being provided to you\n" +
			"00001 05 n 02 shelling 0 bombardment 0 000 | a gloss\n" +
			"00002 15 n 02 Kharkiv 0 laser_printer 0 000 | a city\n",
		"data.verb": "00003 30 v 01 repulse 0 000 | to drive back\n",
		"data.adj":  "00004 00 a 01 abaxial(a) 0 000 | facing away\n",
		"data.adv":  "00005 02 r 01 abjectly 0 000 | in an abject manner\n",
		"noun.exc":  "children child\n",
		"verb.exc":  "slew slay\n",
		"adj.exc":   "airier airy\nairiest airy\n",
	}
	for n, s := range files {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	lex, err := wordNetLexicon(dir)
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string][]string{
		"shelling":  {"NN"},
		"shellings": {"NNS"},
		"kharkiv":   {"NNP"},
		"repulse":   {"VB", "VBP"},
		"repulsed":  {"VBD", "VBN"},
		"repulses":  {"VBZ"},
		"repulsing": {"VBG"},
		"abaxial":   {"JJ"},
		"abjectly":  {"RB"},
		"children":  {"NNS"},
		"slew":      {"VBD", "VBN"},
		"airier":    {"JJR"},
		"airiest":   {"JJS"},
	} {
		if got := lex[w]; !slices.Equal(got, want) {
			t.Errorf("%s: %v, want %v", w, got, want)
		}
	}
	if _, ok := lex["laser_printer"]; ok {
		t.Error("multi-word lemma kept")
	}
	if _, err := wordNetLexicon(t.TempDir()); err == nil {
		t.Error("no error for a folder without WordNet")
	}
}
