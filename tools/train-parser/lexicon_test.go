package main

import (
	"os"
	"slices"
	"testing"
)

func TestInflect(t *testing.T) {
	for _, c := range []struct {
		v, suf string
		want   []string
	}{
		{"accuse", "ed", []string{"accused"}},
		{"accuse", "ing", []string{"accusing"}},
		{"impose", "s", []string{"imposes"}},
		{"ban", "ed", []string{"baned", "banned"}},
		{"deny", "ed", []string{"denied"}},
		{"deny", "s", []string{"denies"}},
		{"attack", "ing", []string{"attacking"}},
		{"agree", "ed", []string{"agreed"}},
		{"agree", "ing", []string{"agreeing"}},
		{"push", "s", []string{"pushes"}},
	} {
		if got := inflect(c.v, c.suf); !slices.Equal(got, c.want) {
			t.Errorf("inflect(%q, %q) = %v, want %v", c.v, c.suf, got, c.want)
		}
	}
}

func TestLexicon(t *testing.T) {
	if _, err := os.Stat("../../loaders/extract/data/verbs.tsv"); err != nil {
		t.Skip(err)
	}
	lex, err := lexicon("../../loaders/nlp/data/irregular.tsv", "../../loaders/extract/data/verbs.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for w, tag := range map[string]string{"shot": "VBD", "accused": "VBD", "meet": "VB", "withdrawn": "VBN"} {
		if !slices.Contains(lex[w], tag) {
			t.Errorf("%s: %v lacks %s", w, lex[w], tag)
		}
	}
	if _, err := verbForms("bad.tsv", "base\tpast\nsee\tsaw\n"); err == nil {
		t.Error("a table without the participle column was accepted")
	}
}
