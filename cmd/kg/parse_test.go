package main

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/loaders/syntax"
)

func TestParseCommand(t *testing.T) {
	dir := t.TempDir()
	r := kg(t, dir, "Iran's drone was downed by the United States. Egypt said nothing.\n", "parse", "-")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	sents, err := syntax.ReadCoNLLU(strings.NewReader(r.stdout), "stdout")
	if err != nil {
		t.Fatalf("output is not CoNLL-U: %v\n%s", err, r.stdout)
	}
	if len(sents) != 2 || len(sents[0].Tokens) != 10 {
		t.Fatalf("want 2 sentences, the first of 10 tokens:\n%s", r.stdout)
	}
	if tk := sents[0].Tokens[2]; tk.Form != "drone" || tk.Deprel != "nsubj:pass" || tk.Head != 5 || tk.XPOS != "NN" {
		t.Errorf("drone: %+v", tk)
	}
	if !strings.Contains(r.stdout, "# text = Egypt said nothing.") {
		t.Errorf("no # text comment:\n%s", r.stdout)
	}

	// Pre-tokenised input: only FORM is read, comments are kept.
	in := "# sent_id = x1\n1\tKenya\t_\t_\tXX\t_\t0\tdep\t_\t_\n2\tcondemned\t_\t_\tXX\t_\t0\tdep\t_\t_\n3\tthe\t_\t_\t_\t_\t0\tdep\t_\t_\n4\tattack\t_\t_\t_\t_\t0\tdep\t_\t_\n\n"
	r = kg(t, dir, in, "parse", "--input", "conllu", "-")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	sents, err = syntax.ReadCoNLLU(strings.NewReader(r.stdout), "stdout")
	if err != nil || len(sents) != 1 || sents[0].Comments[0] != "# sent_id = x1" {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	got := []string{}
	for _, tk := range sents[0].Tokens {
		got = append(got, tk.Deprel)
	}
	if strings.Join(got, " ") != "nsubj root det obj" {
		t.Errorf("relations %v", got)
	}

	// Errors: a bad input format, a bad CoNLL-U line (file:line), a missing file.
	for _, c := range []struct {
		stdin string
		args  []string
		want  string
	}{
		{"", []string{"parse", "--input", "xml", "-"}, `--input "xml": want text or conllu`},
		{"1\tonly\tthree\n", []string{"parse", "--input", "conllu", "-"}, "standard input:1: want 10 tab-separated fields, got 3"},
		{"", []string{"parse", "no-such-file.txt"}, "no-such-file.txt"},
	} {
		r := kg(t, dir, c.stdin, c.args...)
		if r.code == 0 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("kg %v: exit %d, stderr %q, want %q", c.args, r.code, r.stderr, c.want)
		}
	}
}
