package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeText(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// negatedCriticism runs kg extract on article and returns whether its
// Kenya-criticizes-Uganda fact is negated.
func negatedCriticism(t *testing.T, dir string, args ...string) bool {
	t.Helper()
	r := kg(t, dir, "", append([]string{"extract", "--format", "jsonl"}, args...)...).must(t)
	for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		var f struct {
			Predicate string `json:"predicate"`
			Negated   bool   `json:"negated"`
			Subject   struct{ ID string }
			Object    struct{ ID string }
		}
		if err := json.Unmarshal([]byte(l), &f); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		if f.Predicate == "criticizes" && f.Subject.ID == "KEN" && f.Object.ID == "UGA" {
			return f.Negated
		}
	}
	t.Fatalf("no KEN criticizes UGA fact in:\n%s", r.stdout)
	return false
}

// A --lexicon file with the header of words.tsv adds words to a word list
// the rules read: here a negator.
func TestLexiconExtendsAWordList(t *testing.T) {
	dir := t.TempDir()
	article := writeText(t, dir, "kenya.txt", "Kenya scarcely criticized Uganda over the border closure.\n")
	words := writeText(t, dir, "mywords.tsv", "# my word lists\nlist\tword\nnegators\tscarcely\n")
	if negatedCriticism(t, dir, article) {
		t.Fatal("negated without the user word list: the test no longer shows anything")
	}
	if !negatedCriticism(t, dir, "--lexicon", words, article) {
		t.Error(`"scarcely" added to negators did not negate the fact`)
	}
}

// A bad --lexicon file stops the command before any output, with the file
// and line in the message.
func TestBadLexiconNamesFileAndLine(t *testing.T) {
	dir := t.TempDir()
	article := writeText(t, dir, "kenya.txt", "Kenya criticized Uganda over the border closure.\n")
	for _, c := range []struct{ name, text, want string }{
		{"unknown-list.tsv", "list\tword\nnegators\tscarcely\nnegatorz\tbarely\n", `unknown-list.tsv:3: no word list "negatorz"`},
		{"stray-tab.tsv", "# c\nlist\tword\nnegators\tscarcely\textra\n", "stray-tab.tsv:3: 3 fields, header has 2"},
		{"no-header.tsv", "scold\t-\tdobj\t-\tcriticizes\t111\t-\n", "no-header.tsv:1: "},
		{"dict.tsv", "id\tname\ttype\nJOHN_DOE\tJohn Doe\tperson\n", "dict.tsv:1: the header (id name type) is not that of a lexicon table"},
	} {
		bad := writeText(t, dir, c.name, c.text)
		for _, cmd := range [][]string{{"extract"}, {"load", "--db", filepath.Join(dir, "kg.db")}} {
			r := kg(t, dir, "", append(cmd, "--lexicon", bad, article)...)
			if r.code == 0 {
				t.Errorf("%s %s: exit 0", cmd[0], c.name)
			}
			if r.stdout != "" {
				t.Errorf("%s %s: wrote to stdout:\n%s", cmd[0], c.name, r.stdout)
			}
			if !strings.Contains(r.stderr, bad+c.want[len(c.name):]) {
				t.Errorf("%s %s: stderr %q, want %s", cmd[0], c.name, r.stderr, c.want)
			}
		}
	}
}
