package extract

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/loaders/nlp"
	"github.com/kg-project/kg/loaders/tsv"
	"github.com/kg-project/kg/schema"
)

func lexicon(t *testing.T) *Lexicon {
	t.Helper()
	p, err := schema.LoadPredicates()
	if err != nil {
		t.Fatal(err)
	}
	lx, err := LoadLexicon(p)
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
	const verbs = "lemma\tparticle\targs\tcontrol\tpredicate\tcameo\tmodality\n"
	for _, c := range []struct{ text, want string }{
		{verbs + "scold\t-\tdobj\t-\tscolds\t111\t-\n", `mine.tsv:2: unknown predicate "scolds"`},
		{"# c\n" + verbs + "scold\t-\tdobj\n", "mine.tsv:3: 3 fields, header has 7"},
		{verbs + "scold\t-\tdobj\t-\tcriticizes\t111\tsometimes\n", `mine.tsv:2: unknown modality "sometimes"`},
		{"lemma\tpredicate\tcameo\nfoe\tcriticizes\t-\n", `mine.tsv:2: "criticizes": an event needs a CAMEO code`},
		{"noun\ttype\nthugs\tgang\n", `mine.tsv:2: type "gang"`},
		{"list\tword\nnegatorz\tnay\n", `mine.tsv:2: no word list "negatorz"`},
		// The header tells the kind; one that fits none is an error at it.
		{"# old style, no header\nscold\t-\tdobj\t-\tcriticizes\t111\t-\n", `mine.tsv:2: column "-" twice in the header`},
		{"lemma\tparticle\targs\tcontrol\tpredicate\tcameo\nscold\t-\tdobj\t-\tcriticizes\t111\n", `mine.tsv:1: missing column "modality"`},
		{"lemma\tcameo\nscold\t111\n", "mine.tsv:1: the header (lemma cameo) is not that of a lexicon table"},
		{"id\tname\tType\nX\tX\tperson\n", "mine.tsv:1: the header (id name type) is not that of a lexicon table"},
	} {
		_, err := LoadLexicon(p, Table{Name: "mine.tsv", Text: c.text})
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%q:\n error %v\n want %s", c.text, err, c.want)
		}
	}
}

func TestUserTablesOfEveryKind(t *testing.T) {
	p, _ := schema.LoadPredicates()
	lx, err := LoadLexicon(p,
		Table{Name: "v.tsv", Text: "\ufeff# verbs, columns in another order\r\ncameo\tlemma\tparticle\targs\tcontrol\tpredicate\tmodality\r\n111\tupbraid\t-\tdobj\t-\tcriticizes\t-\r\n"},
		Table{Name: "n.tsv", Text: "lemma\tobjprep\tpredicate\tcameo\nscolding\tof\tcriticizes\t111\n"},
		Table{Name: "r.tsv", Text: "lemma\tpredicate\tcameo\nnemesis\topposes\t-\n"},
		Table{Name: "c.tsv", Text: "noun\ttype\nbrigands\tarmed\n"},
		Table{Name: "i.tsv", Text: "prefix\tintent\n0999\t0399\n"},
		Table{Name: "w.tsv", Text: "list\tword\nnegators\tzzyzxnot\n"},
		Table{Name: "empty.tsv", Text: "# nothing yet\n"},
	)
	if err != nil {
		t.Fatal(err)
	}
	if fr := lx.verbs["upbraid"]; len(fr) != 1 || fr[0].Predicate != "criticizes" || fr[0].CAMEO != "111" || fr[0].Particle != "" || len(fr[0].Args) != 1 {
		t.Errorf("user verb: %+v", fr)
	}
	if nf := lx.nouns["scolding"]; nf.Predicate != "criticizes" || len(nf.ObjPreps) != 1 {
		t.Errorf("user noun: %+v", nf)
	}
	if rn := lx.rel["nemesis"]; rn.Predicate != "opposes" || rn.CAMEO != "" {
		t.Errorf("user relation noun: %+v", rn)
	}
	if lx.collectives["brigands"] != schema.ArmedGroup || lx.intent["0999"] != "0399" {
		t.Errorf("user collective or intent code missing")
	}
	if !lx.w.negators["zzyzxnot"] || !lx.w.negators["not"] {
		t.Errorf("user word not added to its list")
	}
	// The words are this lexicon's: another one does not see them.
	if other, err := LoadLexicon(p); err != nil || other.w.negators["zzyzxnot"] || !other.w.negators["not"] {
		t.Errorf("a second lexicon sees the first one's user words (err %v)", err)
	}
	if len(lx.verbs["meet"]) == 0 || lx.nouns["talks"].Predicate != "meets" {
		t.Errorf("user tables lost the embedded ones")
	}
	// A failed load adds no words.
	if _, err := LoadLexicon(p, Table{Name: "w.tsv", Text: "list\tword\nnegators\tzzyzxnever\nnone\tx\n"}); err == nil || wordLists["negators"]["zzyzxnever"] {
		t.Errorf("failed load: %v, word added: %v", err, wordLists["negators"]["zzyzxnever"])
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
	r := newRegistry(newWordSets(nil))
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
	if err := readTable("words.tsv", wordsTSV, wordColumns, func(tsv.Row) error { return nil }); err != nil {
		t.Fatal(err)
	}
	// Every list the rules read exists in words.tsv and has words.
	ws := newWordSets(nil)
	for name, f := range ws.fields() {
		if len(*f) == 0 {
			t.Errorf("word list %s: no words in data/words.tsv", name)
		}
	}
	// ... and every list of words.tsv is one the rules read (a list the
	// code does not name is silently unused).
	for name := range wordLists {
		if _, ok := ws.fields()[name]; !ok {
			t.Errorf("data/words.tsv list %s is read by no rule (words.go fields)", name)
		}
	}
	for name, l := range map[string]map[string]bool{"negators": ws.negators, "reportVerbs": ws.reportVerbs, "relativePronouns": ws.relativePronouns, "auxLemmas": ws.auxLemmas, "subordinators": ws.subordinators} {
		if len(l) == 0 {
			t.Errorf("word list %s is empty", name)
		}
	}
	if !ws.negators["n't"] || !ws.reportVerbs["say"] || !ws.relativePronouns["which"] {
		t.Error("word lists lost an entry")
	}
}

func TestLastWord(t *testing.T) {
	for in, want := range map[string]string{"Saudi-led coalition": "coalition", "coalition": "coalition", "": "", "the two  countries ": "countries", "Egypt (military)": "(military)"} {
		if got := lastWord(in); got != want {
			t.Errorf("lastWord(%q) = %q, want %q", in, got, want)
		}
	}
}
