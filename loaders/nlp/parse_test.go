package nlp

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/tag"

	"github.com/kg-project/kg/loaders/syntax"
)

func TestSentencesAreParsed(t *testing.T) {
	a := analyzer(t)
	text := "Iran's drone was downed by the United States. Egypt, a fierce critic of the Brotherhood, said nothing."
	ss := a.Sentences(text, []Span{{Start: 0, End: len(text)}})
	if len(ss) != 2 {
		t.Fatalf("%d sentences", len(ss))
	}
	for _, s := range ss {
		roots := 0
		for i, tok := range s.Tokens {
			if tok.Dep == "" || tok.Head < -1 || tok.Head >= len(s.Tokens) || tok.Head == i {
				t.Errorf("%q: token %d %q has head %d dep %q", s.Text, i, tok.Text, tok.Head, tok.Dep)
			}
			if tok.Head == -1 {
				roots++
			}
		}
		if roots != 1 {
			t.Errorf("%q: %d roots", s.Text, roots)
		}
	}
	dep := func(s Sentence, word string) (string, string) {
		for _, tok := range s.Tokens {
			if tok.Text == word {
				if tok.Head < 0 {
					return tok.Dep, ""
				}
				return tok.Dep, s.Tokens[tok.Head].Text
			}
		}
		return "", ""
	}
	for _, c := range []struct {
		s          int
		word, d, h string
	}{
		{0, "drone", "nsubj:pass", "downed"},
		{0, "Iran", "nmod:poss", "drone"},
		{0, "States", "obl:agent", "downed"},
		{1, "critic", "appos", "Egypt"},
		{1, "Egypt", "nsubj", "said"},
	} {
		if d, h := dep(ss[c.s], c.word); d != c.d || h != c.h {
			t.Errorf("%q: %s is %s of %q, want %s of %q", ss[c.s].Text, c.word, d, h, c.d, c.h)
		}
	}
}

// TestTaggerAccuracy measures prose's tagger and kg's own on the treebanks'
// test files (gold tokens, both followed by fixTags as in Tokens) and logs
// the numbers the choice of ownTagger rests on. It fails if kg's tagger,
// corrected by fixTags as Tokens does, is not more accurate than prose's.
func TestTaggerAccuracy(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "treebank")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no ../shared/treebank")
	}
	if testing.Short() {
		t.Skip("slow; skipped with -short")
	}
	a := analyzer(t)
	for _, name := range []string{"ewt-test.conllu", "gum-test.conllu"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		sents, err := syntax.ReadCoNLLU(f, name)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		var n, proseRaw, proseFixed, ownRaw, ownFixed int
		for _, s := range sents {
			words := s.Words()
			raw := make([]tag.Token, len(words))
			for i, w := range words {
				raw[i] = tag.Token{Text: w}
			}
			a.tag.TagTokens(raw)
			own := a.syn.Tag(words)
			pt := make([]Token, len(words))
			ot := make([]Token, len(words))
			for i, w := range words {
				pt[i] = Token{Text: w, Lower: strings.ToLower(w), Tag: raw[i].Tag}
				ot[i] = Token{Text: w, Lower: strings.ToLower(w), Tag: own[i]}
			}
			fixTags(pt, nil, nil)
			fixTags(ot, nil, nil)
			for i, tk := range s.Tokens {
				n++
				if parserTag(Token{Tag: raw[i].Tag}) == tk.XPOS {
					proseRaw++
				}
				if parserTag(pt[i]) == tk.XPOS {
					proseFixed++
				}
				if own[i] == tk.XPOS {
					ownRaw++
				}
				if parserTag(ot[i]) == tk.XPOS {
					ownFixed++
				}
			}
		}
		pct := func(k int) float64 { return 100 * float64(k) / float64(n) }
		t.Logf("%s: %d tokens; prose %.2f (with fixTags %.2f); kg %.2f (with fixTags %.2f)", name, n, pct(proseRaw), pct(proseFixed), pct(ownRaw), pct(ownFixed))
		if ownFixed <= proseFixed {
			t.Errorf("%s: kg's tagger %.2f%% is no better than prose's %.2f%%: ownTagger should not be set", name, pct(ownFixed), pct(proseFixed))
		}
	}
}

// TestParserTags measures the parser on EWT test with its own tagger's tags
// and with the tokens' tags (prose + fixTags), the reason parse tags again.
func TestParserTags(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "treebank", "ewt-test.conllu")
	f, err := os.Open(path)
	if err != nil {
		t.Skip("no ../shared/treebank")
	}
	sents, err := syntax.ReadCoNLLU(f, path)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	if testing.Short() {
		t.Skip("slow; skipped with -short")
	}
	a := analyzer(t)
	var own, prose syntax.Scores
	for _, s := range sents {
		words := s.Words()
		raw := make([]tag.Token, len(words))
		for i, w := range words {
			raw[i] = tag.Token{Text: w}
		}
		a.tag.TagTokens(raw)
		pt := make([]Token, len(words))
		for i, w := range words {
			pt[i] = Token{Text: w, Lower: strings.ToLower(w), Tag: raw[i].Tag}
		}
		fixTags(pt, nil, nil)
		ptags := make([]string, len(words))
		for i := range pt {
			ptags[i] = parserTag(pt[i])
		}
		for k, tags := range [][]string{a.syn.Tag(words), ptags} {
			heads, labels := a.syn.Parse(words, tags)
			p := syntax.Sentence{Tokens: make([]syntax.Token, len(words))}
			for i := range words {
				p.Tokens[i] = syntax.Token{Form: words[i], XPOS: tags[i], Head: heads[i], Deprel: labels[i]}
			}
			if k == 0 {
				own.Add(s, p)
			} else {
				prose.Add(s, p)
			}
		}
	}
	t.Logf("ewt-test, parser on kg's tags: %s", own)
	t.Logf("ewt-test, parser on prose+fixTags tags: %s", prose)
	if own.LAS < prose.LAS {
		t.Errorf("the parser does better on the tokens' tags: parse should use them")
	}
}

// A finite verb hung on a verbless root noun as a reduced relative is the
// root; a participle or a relative clause with its own subject is left.
func TestRerootFiniteVerb(t *testing.T) {
	type tok struct {
		text, tag string
		head      int
		dep       string
	}
	for _, c := range []struct {
		name string
		toks []tok
		want string // head:dep of each token
	}{
		{"finite verb on a root noun", []tok{
			{"Indian", "JJ", 1, "amod"}, {"troops", "NNS", -1, "root"}, {"destroyed", "VBD", 1, "acl"},
			{"two", "CD", 4, "nummod"}, {"posts", "NNS", 1, "appos"}, {".", ".", 1, "punct"}},
			"1:amod 2:nsubj -1:root 4:nummod 2:obj 2:punct"},
		{"a participle stays a reduced relative", []tok{
			{"troops", "NNS", -1, "root"}, {"sent", "VBN", 0, "acl"}, {"abroad", "RB", 1, "advmod"}},
			"-1:root 0:acl 1:advmod"},
		{"a copular root stays", []tok{
			{"It", "PRP", 2, "nsubj"}, {"is", "VBZ", 2, "cop"}, {"news", "NN", -1, "root"}, {"says", "VBZ", 2, "acl"}},
			"2:nsubj 2:cop -1:root 2:acl"},
	} {
		toks := make([]Token, len(c.toks))
		for i, x := range c.toks {
			toks[i] = Token{Text: x.text, Tag: x.tag, Head: x.head, Dep: x.dep}
		}
		rerootFiniteVerb(toks)
		var got []string
		for _, x := range toks {
			got = append(got, fmt.Sprintf("%d:%s", x.Head, x.Dep))
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s: got %s, want %s", c.name, g, c.want)
		}
	}
}

// A clause reported after it ("Jets struck areas, a monitor said") read as a
// noun with a reduced relative is mended: the relative is the reported verb.
// A reduced relative without an object, or a by-passive, is left.
func TestMendReportedClause(t *testing.T) {
	type tok struct {
		text, tag string
		head      int
		dep       string
	}
	for _, c := range []struct {
		name string
		toks []tok
		want string // head:dep of each token
	}{
		{"two subjects of said", []tok{
			{"Jets", "NNS", 7, "nsubj"}, {"struck", "VBD", 0, "acl"}, {"areas", "NNS", 1, "obj"},
			{",", ",", 0, "punct"}, {"killing", "VBG", 7, "advcl"}, {"civilians", "NNS", 4, "obj"},
			{"monitors", "NNS", 7, "nsubj"}, {"said", "VBD", -1, "root"}, {".", ".", 7, "punct"}},
			"1:nsubj 7:ccomp 1:obj 1:punct 1:advcl 4:obj 7:nsubj -1:root 7:punct"},
		{"a noun as clausal complement", []tok{
			{"Vessels", "NNS", 5, "ccomp"}, {"used", "VBD", 0, "acl"}, {"cannon", "NN", 1, "obj"},
			{",", ",", 0, "punct"}, {"Manila", "NNP", 5, "nsubj"}, {"said", "VBD", -1, "root"}},
			"1:nsubj 5:ccomp 1:obj 1:punct 5:nsubj -1:root"},
		{"a by-passive stays a reduced relative", []tok{
			{"Sanctions", "NNS", 5, "ccomp"}, {"imposed", "VBN", 0, "acl"}, {"by", "IN", 3, "case"},
			{"Peru", "NNP", 1, "obl:agent"}, {"officials", "NNS", 5, "nsubj"}, {"said", "VBD", -1, "root"}},
			"5:ccomp 0:acl 3:case 1:obl:agent 5:nsubj -1:root"},
		{"one subject and no complement: left", []tok{
			{"Troops", "NNS", 3, "nsubj"}, {"sent", "VBN", 0, "acl"}, {"aid", "NN", 1, "obj"}, {"arrived", "VBD", -1, "root"}},
			"3:nsubj 0:acl 1:obj -1:root"},
	} {
		toks := make([]Token, len(c.toks))
		for i, x := range c.toks {
			toks[i] = Token{Text: x.text, Tag: x.tag, Head: x.head, Dep: x.dep}
		}
		mendReportedClause(toks)
		var got []string
		for _, x := range toks {
			got = append(got, fmt.Sprintf("%d:%s", x.Head, x.Dep))
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s: got %s, want %s", c.name, g, c.want)
		}
	}
}

// "denied sheltering militants": the -ing word is the complement, the noun
// its object; an -ing modifier after another verb is left.
func TestMendGerundObject(t *testing.T) {
	checkMends(t, mendGerundObject, []mendCase{
		{"after deny", []string{"Rebels", "denied", "sheltering", "militants"}, []string{"NNS", "VBD", "VBG", "NNS"},
			[]int{1, -1, 3, 1}, []string{"nsubj", "root", "amod", "obj"}, "1:nsubj -1:root 1:xcomp 2:obj"},
		{"a modifier stays", []string{"Rebels", "fought", "retreating", "troops"}, []string{"NNS", "VBD", "VBG", "NNS"},
			[]int{1, -1, 3, 1}, []string{"nsubj", "root", "amod", "obj"}, "1:nsubj -1:root 3:amod 1:obj"},
	})
}

// "the forces of commander Khalifa Haftar" with the name hung on the verb:
// the title is the name's compound and the name takes its place. A name that
// is already the title's head, or a subject after a time noun ("last year
// Obama said"), is left.
func TestMendTitleName(t *testing.T) {
	checkMends(t, mendTitleName, []mendCase{
		{"name on the verb", []string{"accused", "the", "forces", "of", "commander", "Ana", "Soto", "of", "lying"},
			[]string{"VBD", "DT", "NNS", "IN", "NN", "NNP", "NNP", "IN", "VBG"},
			[]int{-1, 2, 0, 4, 2, 6, 0, 8, 0}, []string{"root", "det", "obj", "case", "nmod", "compound", "obl", "mark", "advcl"},
			"-1:root 2:det 0:obj 6:case 6:compound 6:compound 2:nmod 8:mark 0:advcl"},
		{"already a compound", []string{"met", "president", "Ana", "Soto"}, []string{"VBD", "NN", "NNP", "NNP"},
			[]int{-1, 3, 3, 0}, []string{"root", "compound", "compound", "obj"}, "-1:root 3:compound 3:compound 0:obj"},
		{"a subject after a time noun", []string{"last", "year", "Soto", "said"}, []string{"JJ", "NN", "NNP", "VBD"},
			[]int{1, 3, 3, -1}, []string{"amod", "obl:unmarked", "nsubj", "root"}, "1:amod 3:obl:unmarked 3:nsubj -1:root"},
	})
}

// "protested after a Chinese ship rammed its boats": the conjunct with no
// conjunction is the clause "after" opens; a real conjunct is left.
func TestMendSubordinateClause(t *testing.T) {
	checkMends(t, mendSubordinateClause, []mendCase{
		{"after a noun", []string{"Peru", "protested", "after", "a", "ship", "rammed", "boats"},
			[]string{"NNP", "VBD", "IN", "DT", "NN", "VBD", "NNS"},
			[]int{1, -1, 4, 4, 1, 1, 5}, []string{"nsubj", "root", "case", "det", "obl", "conj", "obj"},
			"1:nsubj -1:root 5:mark 4:det 5:nsubj 1:advcl 5:obj"},
		{"a conjunct with its conjunction", []string{"Peru", "protested", "after", "talks", "and", "left"},
			[]string{"NNP", "VBD", "IN", "NNS", "CC", "VBD"},
			[]int{1, -1, 3, 1, 5, 1}, []string{"nsubj", "root", "case", "obl", "cc", "conj"},
			"1:nsubj -1:root 3:case 1:obl 5:cc 1:conj"},
	})
}

// "demanded that Israel halt building" read with "that" as the object and
// the clause under it: "that" marks the clause, the clause is the verb's
// complement; a demonstrative "that" object is left.
func TestMendThatClause(t *testing.T) {
	checkMends(t, mendThatClause, []mendCase{
		{"that-clause", []string{"Peru", "demanded", "that", "Chile", "halt", "drills"},
			[]string{"NNP", "VBD", "IN", "NNP", "VB", "NNS"},
			[]int{1, -1, 1, 4, 2, 4}, []string{"nsubj", "root", "obj", "nsubj", "punct", "obj"},
			"1:nsubj -1:root 4:mark 4:nsubj 1:ccomp 4:obj"},
		{"demonstrative", []string{"Peru", "rejected", "that", "."},
			[]string{"NNP", "VBD", "DT", "."},
			[]int{1, -1, 1, 1}, []string{"nsubj", "root", "obj", "punct"},
			"1:nsubj -1:root 1:obj 1:punct"},
	})
}

// A Title Case headline is read in sentence case: its verb is a verb, not
// part of a name; names keep their capitals.
func TestTitleCaseHeadline(t *testing.T) {
	a := analyzer(t).WithVerbs(map[string]bool{"seize": true})
	toks := a.Words([]string{"Chile", "Seizes", "Peruvian", "Fishing", "Boat", "Off", "Arica"})
	var got []string
	for _, x := range toks {
		got = append(got, x.Text+"/"+x.Tag)
	}
	if toks[1].Tag != "VBZ" || toks[1].Head != -1 || toks[0].Tag != "NNP" || toks[0].Dep != "nsubj" {
		t.Errorf("got %s; want Seizes/VBZ the root with Chile/NNP its subject", strings.Join(got, " "))
	}
	if titleCase([]string{"Chile", "seizes", "a", "boat"}) || !titleCase([]string{"Chile", "Seizes", "A", "Fishing", "Boat"}) || titleCase([]string{"CHILE", "SEIZES", "A", "BOAT"}) {
		t.Errorf("titleCase misreads sentence case or capitals")
	}
}

// "officials say the gunmen, who ..., opened fire": the noun is the reported
// clause's subject, not what was said.
func TestMendReportedSubject(t *testing.T) {
	checkMends(t, mendReportedSubject, []mendCase{{"", []string{"Officials", "say", "the", "gunmen", ",", "who", "hid", ",", "opened", "fire"}, []string{"NNS", "VBP", "DT", "NNS", ",", "WP", "VBD", ",", "VBD", "NN"}, []int{1, -1, 3, 1, 6, 6, 3, 8, 1, 8}, []string{"nsubj", "root", "det", "obj", "punct", "nsubj", "acl:relcl", "punct", "conj", "obj"}, "1:nsubj -1:root 3:det 8:nsubj 6:punct 6:nsubj 3:acl:relcl 8:punct 1:ccomp 8:obj"}})
}

// "In March, Riyadh and Tehran agreed": the conjuncts of the fronted
// phrase after its comma are the verb's subject.
func TestMendFrontedSubject(t *testing.T) {
	checkMends(t, mendFrontedSubject, []mendCase{{"", []string{"In", "March", ",", "Lima", "and", "Quito", "agreed"}, []string{"IN", "NNP", ",", "NNP", "CC", "NNP", "VBD"}, []int{1, 6, 3, 1, 5, 1, -1}, []string{"case", "obl", "punct", "conj", "cc", "conj", "root"}, "1:case 6:obl 3:punct 6:nsubj 5:cc 3:conj -1:root"}})
}

// "accuses Russia of deliberately targeting civilians": an -ing word with a
// marker of its own is the verb's clause, not its object's modifier.
func TestMendMarkedGerund(t *testing.T) {
	checkMends(t, mendMarkedGerund, []mendCase{{"", []string{"Kyiv", "accuses", "Moscow", "of", "targeting", "civilians"}, []string{"NNP", "VBZ", "NNP", "IN", "VBG", "NNS"}, []int{1, -1, 1, 4, 5, 1}, []string{"nsubj", "root", "obj", "mark", "amod", "obj"}, "1:nsubj -1:root 1:obj 4:mark 1:advcl 4:obj"}})
}

// "commented on the reports that it struck Iran": the that-clause after a
// noun completes the noun.
func TestMendNounClause(t *testing.T) {
	words := []string{"Lima", "denied", "reports", "that", "it", "struck", "Quito"}
	tags := []string{"NNP", "VBD", "NNS", "IN", "PRP", "VBD", "NNP"}
	heads := []int{1, -1, 1, 5, 5, 1, 5}
	deps := []string{"nsubj", "root", "obj", "mark", "nsubj", "advcl", "obj"}
	toks := make([]Token, len(words))
	for i := range toks {
		toks[i] = Token{Text: words[i], Lower: strings.ToLower(words[i]), Tag: tags[i], Head: heads[i], Dep: deps[i]}
	}
	mendNounClause(toks)
	if toks[5].Head != 2 || toks[5].Dep != "acl" {
		t.Errorf("struck: %d:%s, want 2:acl", toks[5].Head, toks[5].Dep)
	}
}

// A word the parser hung as punctuation: a name between commas after a noun
// is the noun's apposition, another word a plain dependent.
func TestMendWordAsPunct(t *testing.T) {
	words := []string{"The", "head", ",", "Ana", "Vega", ",", "left", "quickly"}
	tags := []string{"DT", "NN", ",", "NNP", "NNP", ",", "VBD", "RB"}
	heads := []int{1, 6, 3, 1, 3, 1, -1, 6}
	deps := []string{"det", "nsubj", "punct", "punct", "flat", "punct", "root", "punct"}
	toks := make([]Token, len(words))
	for i := range toks {
		toks[i] = Token{Text: words[i], Lower: strings.ToLower(words[i]), Tag: tags[i], Head: heads[i], Dep: deps[i]}
	}
	mendWordAsPunct(toks)
	if toks[3].Dep != "appos" || toks[7].Dep != "dep" || toks[2].Dep != "punct" {
		t.Errorf("got %s %s %s, want appos dep punct", toks[3].Dep, toks[7].Dep, toks[2].Dep)
	}
}

// "said Rwandan troops were fighting" read as obj(said, troops) with the
// clause a subjectless complement: the noun is the clause's subject.
func TestMendReportedSubjectComplement(t *testing.T) {
	words := []string{"Experts", "said", "troops", "were", "fighting"}
	tags := []string{"NNS", "VBD", "NNS", "VBD", "VBG"}
	heads := []int{1, -1, 1, 4, 1}
	deps := []string{"nsubj", "root", "obj", "aux", "ccomp"}
	toks := make([]Token, len(words))
	for i := range toks {
		toks[i] = Token{Text: words[i], Lower: strings.ToLower(words[i]), Lemma: strings.ToLower(words[i]), Tag: tags[i], Head: heads[i], Dep: deps[i]}
	}
	toks[1].Lemma = "say"
	mendReportedSubject(toks)
	if toks[2].Head != 4 || toks[2].Dep != "nsubj" {
		t.Errorf("troops: %d:%s, want 4:nsubj", toks[2].Head, toks[2].Dep)
	}
}

// mendCase is one mend test: a sentence's words, tags and parse in
// parallel columns, and the head:dep of each token the mend should leave.
type mendCase struct {
	name  string
	words []string
	tags  []string
	heads []int
	deps  []string
	want  string
}

// checkMends runs mend on each case's tokens (lemma: the lower-case word)
// and compares every token's head:dep with the case's want.
func checkMends(t *testing.T, mend func([]Token), cases []mendCase) {
	t.Helper()
	for _, c := range cases {
		toks := make([]Token, len(c.words))
		for i, w := range c.words {
			l := strings.ToLower(w)
			toks[i] = Token{Text: w, Lower: l, Lemma: l, Tag: c.tags[i], Head: c.heads[i], Dep: c.deps[i]}
		}
		mend(toks)
		var got []string
		for _, x := range toks {
			got = append(got, fmt.Sprintf("%d:%s", x.Head, x.Dep))
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s: got %s, want %s", c.name, g, c.want)
		}
	}
}
