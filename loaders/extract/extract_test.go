package extract

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/loaders/nlp"
	"github.com/kg-project/kg/schema"
)

func lexicon(t *testing.T) *Lexicon {
	t.Helper()
	p, err := schema.LoadPredicates()
	if err != nil {
		t.Fatal(err)
	}
	lx, err := LoadLexicon(p, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return lx
}

func TestLexiconIsValid(t *testing.T) {
	lx := lexicon(t)
	if len(lx.verbs["meet"]) == 0 || lx.nouns["talks"].Predicate != "meets" {
		t.Fatal("embedded lexicon lacks meet/talks")
	}
	for code, want := range map[string]string{"064": "0314", "062": "0312", "060": "031", "070": "033", "040": "040", "190": "190"} {
		if got := lx.intentCode(code); got != want {
			t.Errorf("intentCode(%s) = %s, want %s", code, got, want)
		}
	}
}

func TestLexiconRejectsBadUserTables(t *testing.T) {
	p, _ := schema.LoadPredicates()
	_, err := LoadLexicon(p, []Table{{Name: "mine.tsv", Text: "scold\t-\tdobj\t-\tscolds\t111\t-\n"}}, nil)
	if err == nil || !strings.Contains(err.Error(), "mine.tsv:1") {
		t.Errorf("unknown predicate: err = %v", err)
	}
	_, err = LoadLexicon(p, []Table{{Name: "mine.tsv", Text: "# c\nscold\t-\tdobj\n"}}, nil)
	if err == nil || !strings.Contains(err.Error(), "mine.tsv:2") {
		t.Errorf("short line: err = %v", err)
	}
	_, err = LoadLexicon(p, []Table{{Name: "m.tsv", Text: "scold\t-\tdobj\t-\tcriticizes\t111\tsometimes\n"}}, nil)
	if err == nil {
		t.Error("unknown modality accepted")
	}
}

func toks(words ...string) []nlp.Token {
	out := make([]nlp.Token, len(words))
	for i, w := range words {
		out[i] = nlp.Token{Text: w, Lower: strings.ToLower(w)}
	}
	return out
}

func TestQuoteMask(t *testing.T) {
	// A real quote is marked; scare quotes around a word or two are not.
	q := toks("“", "We", "will", "talk", "to", "them", ",", "”", "he", "said")
	mask, open := quoteMask(q, false)
	if !mask[1] || !mask[5] || mask[8] || open {
		t.Errorf("quote mask = %v, open=%v", mask, open)
	}
	s := toks("agreed", "to", "\"", "intensify", "\"", "attacks")
	mask, _ = quoteMask(s, false)
	if mask[3] {
		t.Error("a scare-quoted word was taken for a quotation")
	}
	// A quote left open runs on into the next sentence.
	_, open = quoteMask(toks("“", "We", "agree", "."), false)
	if !open {
		t.Error("an unclosed quote should stay open")
	}
}

func TestRegistryKnowsSurnames(t *testing.T) {
	r := newRegistry()
	r.add(fact.Actor{ID: "p1", Name: "Jean-Yves Le Drian", Type: schema.Person, Post: "Defence Minister", Country: "FRA"})
	r.add(fact.Actor{ID: "p2", Name: "Sergei Shoigu", Type: schema.Person, Post: "Defence Minister", Country: "RUS"})
	if p, n, ok := r.match([]string{"Le", "Drian", "said"}, 0); !ok || n != 2 || p.ID != "p1" {
		t.Errorf("Le Drian -> %v %d %v", p, n, ok)
	}
	if p, ok := r.withPost("Defence Minister", "RUS", "p1"); !ok || p.ID != "p2" {
		t.Errorf("Russian defence minister -> %v %v", p, ok)
	}
	// Two people with one surname: the surname alone names neither.
	r.add(fact.Actor{ID: "p3", Name: "Marine Le Drian", Type: schema.Person})
	if _, _, ok := r.match([]string{"Le", "Drian"}, 0); ok {
		t.Error("an ambiguous surname resolved")
	}
}

func TestWordLists(t *testing.T) {
	if err := fields(wordsTSV, "words.tsv", 2, func(int, []string) error { return nil }); err != nil {
		t.Fatal(err)
	}
	for name, l := range map[string]map[string]bool{"negators": negators, "reportVerbs": reportVerbs, "relativePronouns": relativePronouns, "auxLemmas": auxLemmas, "subordinators": subordinators} {
		if len(l) == 0 {
			t.Errorf("word list %s is empty", name)
		}
	}
	if !negators["n't"] || !reportVerbs["say"] || !relativePronouns["which"] {
		t.Error("word lists lost an entry")
	}
}
