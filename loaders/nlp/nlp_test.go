package nlp

import (
	"strings"
	"testing"
)

func analyzer(t testing.TB) *Analyzer {
	t.Helper()
	a, err := NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestSentencesKeepOffsets(t *testing.T) {
	a := analyzer(t)
	text := "Title line\n\nJapan's foreign minister met his Chinese counterpart. Kenya accused Somalia of harbouring militants.\n\n“We will talk,” he said."
	p1 := strings.Index(text, "Japan")
	p2 := strings.Index(text, "“We")
	paras := []Span{{Start: p1, End: strings.Index(text, "\n\n“")}, {Start: p2, End: len(text)}}
	ss := a.Sentences(text, paras)
	if len(ss) != 3 {
		t.Fatalf("got %d sentences, want 3: %+v", len(ss), ss)
	}
	for i, s := range ss {
		if s.Index != i {
			t.Errorf("sentence %d has index %d", i, s.Index)
		}
		if text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d offsets %d-%d give %q, not %q", i, s.Start, s.End, text[s.Start:s.End], s.Text)
		}
		for _, tok := range s.Tokens {
			if text[tok.Start:tok.End] != tok.Text {
				t.Errorf("token %q at %d-%d reads %q", tok.Text, tok.Start, tok.End, text[tok.Start:tok.End])
			}
		}
	}
	if ss[2].Paragraph != 1 {
		t.Errorf("third sentence paragraph = %d, want 1", ss[2].Paragraph)
	}
}

func tagOf(toks []Token, word string) (string, string) {
	for _, t := range toks {
		if t.Text == word {
			return t.Tag, t.Lemma
		}
	}
	return "", ""
}

func TestTagFixes(t *testing.T) {
	a := analyzer(t)
	cases := []struct{ sentence, word, tag, lemma string }{
		{"The two governments agreed to share intelligence.", "share", "VB", "share"},
		{"Kenya and Uganda will cooperate on border security.", "cooperate", "VB", "cooperate"},
		{"Critics say Ethiopia is primarily bombing civilians.", "bombing", "VBG", "bomb"},
		{"Brazil criticised Argentina over the tariffs.", "criticised", "", "criticize"},
		{"Militants shot down a helicopter.", "shot", "", "shoot"},
		{"Indian forces downed a Pakistani drone.", "downed", "", "down"},
		{"“We will act,” the minister said.", "“", "``", ""},
		{"Chile considers the ALA and IS terrorist groups.", "ALA", "NNP", ""},
		{"Chile considers the ALA and IS terrorist groups.", "IS", "NNP", ""},
		{"Jean-Paul Morel met Peru's president.", "Jean-Paul", "NNP", ""},
		{"US-backed Chilean forces took the town.", "US-backed", "JJ", ""},
		{"Chile is a key US ally in the region.", "ally", "NN", ""},
		{"Turkey, Azerbaijan's closest ally, said it would act.", "ally", "NN", ""},
		{"The UN lifted its arms embargo on Peru.", "embargo", "NN", ""},
		{"Thousands of Peruvians protested against the president.", "protested", "VBD", ""},
		{"Chile tried to retake the islands after a series of lower-level clashes with Peru.", "clashes", "NNS", ""},
		{"Chile threatened to annex the islands of Peru.", "to", "TO", ""},
		{"Bolivia helped broker a truce between Peru and Chile.", "broker", "VB", "broker"},
		{"Pakistani jets struck suspected TTP hideouts in the north.", "suspected", "JJ", ""},
		{"Ethiopia accused neighbouring Eritrea of arming rebels.", "neighbouring", "JJ", ""},
		{"Erdogan said he will no longer hold talks with Mitsotakis.", "hold", "VB", ""},
		{"Iran said the US bore responsibility for the attack.", "bore", "VBD", "bear"},
		{"Bolivia discussed Chile's blockade of Peru.", "blockade", "NN", ""},
		{"Bolivia discussed Chile's embargo on Peru.", "embargo", "NN", ""},
		{"Bolivia discussed Chile's shelling of Peruvian villages.", "shelling", "NN", ""},
		{"The army and Russian mercenaries killed hundreds of civilians, a report said.", "killed", "VBD", ""},
		{"The drones launched by Russia crashed.", "launched", "VBN", ""},
		{"She was held on a Peruvian warrant charging her with fraud.", "warrant", "NN", ""},
		{"Did the US approve the plan?", "approve", "VB", ""},
		{"Kenya and Somalia have long-standing disagreements over the border.", "long-standing", "JJ", ""},
		{"Peru and the EU accuse Chile of arming the rebels.", "accuse", "VB", ""},
		{"The Kremlin said Putin was open to talks but accused Western countries of prolonging the war.", "talks", "NNS", ""},
		{"Chile attacked Peru and armed groups in the south.", "armed", "", ""},
		{"A Chilean drone shot down by Peruvian forces crashed.", "shot", "VBN", "shoot"},
		{"Police had arrested suspected militants.", "arrested", "VBN", ""},
	}
	for _, c := range cases {
		toks := a.Tokens(c.sentence, 0)
		tag, lemma := tagOf(toks, c.word)
		if c.tag != "" && tag != c.tag {
			t.Errorf("%q: tag of %q = %s, want %s", c.sentence, c.word, tag, c.tag)
		}
		if c.lemma != "" && lemma != c.lemma {
			t.Errorf("%q: lemma of %q = %s, want %s", c.sentence, c.word, lemma, c.lemma)
		}
	}
}

func BenchmarkTokens(b *testing.B) {
	a := analyzer(b)
	s := "Japan's foreign minister met his Chinese counterpart in Beijing on Tuesday to discuss how the two countries can share intelligence."
	b.SetBytes(int64(len(s)))
	for i := 0; i < b.N; i++ {
		a.Tokens(s, 0)
	}
}

func TestRunOnTextIsCut(t *testing.T) {
	a := analyzer(t)
	text := strings.Repeat("word and another word, ", 2000)
	ss := a.Sentences(text, []Span{{Start: 0, End: len(text)}})
	if len(ss) < 2000*5/maxTokens {
		t.Fatalf("a %d-token run-on text gave %d sentences", 2000*5, len(ss))
	}
	for _, s := range ss {
		if len(s.Tokens) > maxTokens {
			t.Fatalf("sentence of %d tokens, want at most %d", len(s.Tokens), maxTokens)
		}
		if text[s.Start:s.End] != s.Text {
			t.Fatalf("offsets %d-%d do not give the text", s.Start, s.End)
		}
	}
}

func TestTagWords(t *testing.T) {
	w, err := loadTagWords("tagwords.tsv", tagWordsTSV)
	if err != nil {
		t.Fatal(err)
	}
	if !w.be["was"] || !w.prepositional["including"] || !w.aspectual["kept"] || !w.particle["down"] {
		t.Errorf("embedded lists incomplete: %+v", w)
	}
	if _, err := loadTagWords("x.tsv", "list\tword\nnolist\tword\n"); err == nil || !strings.Contains(err.Error(), "x.tsv:2") {
		t.Errorf("unknown list: err = %v, want x.tsv:2", err)
	}
}

func TestPhrasalVerbTag(t *testing.T) {
	a := analyzer(t)
	for _, c := range []struct{ text, word, want string }{
		{"Chile shot down a Peruvian jet.", "shot", "VBD"},
		{"The army shot down a drone.", "shot", "VBD"},
		{"1996 - The Andean Liberation Army (ALA) steps up attacks on Peruvian police.", "steps", "VBZ"},
	} {
		for _, tok := range a.Tokens(c.text, 0) {
			if tok.Text == c.word && tok.Tag != c.want {
				t.Errorf("%q: %s/%s, want %s", c.text, tok.Text, tok.Tag, c.want)
			}
		}
	}
}

func TestIrregularPastLemma(t *testing.T) {
	a := analyzer(t)
	for _, tok := range a.Tokens("Chile broke diplomatic relations with Peru.", 0) {
		if tok.Text == "broke" && tok.Lemma != "break" {
			t.Errorf("broke/%s: lemma %q, want break", tok.Tag, tok.Lemma)
		}
	}
}

// A verbless headline has its verb when the analyzer knows the word as an
// event verb, and only then; a clause with a finite verb is left alone.
func TestHeadlineVerb(t *testing.T) {
	verbs := map[string]bool{"fight": true, "back": true, "trade": true, "bomb": true, "sanction": true, "deny": true, "rebel": true, "resume": true, "accuse": true, "arm": true}
	a := analyzer(t).WithVerbs(verbs)
	for _, c := range []struct{ text, word, want string }{
		{"Chile backs Peru's bid to join the alliance", "backs", "VBZ"},
		{"Chile and Peru trade fire across border", "trade", "VBP"},
		{"Chile sanctions Peruvian oil firms", "sanctions", "VBZ"},
		{"Chile denies shelling Peruvian post", "denies", "VBZ"},
		{"Chile and ALA rebels resume peace talks in Lima", "resume", "VBP"},
		{"Chile and ALA rebels resume peace talks in Lima", "rebels", "NNS"},
		{"Lima said Chile was open to talks but accused Western countries of lying.", "accused", "VBD"},
		{"Chile attacked Peru and armed groups in the south.", "armed", "JJ"},
		{"Chile's sanctions hurt Peru", "sanctions", "NNS"},
		{"Chile said the sanctions would hurt Peru.", "sanctions", "NNS"},
		{"Armed coalition bombs Peruvian capital", "bombs", "VBZ"},
		{"Chile sent troops to help the Peruvian government fight rebels.", "fight", "VB"},
		{"Chile accused Peru of shelling, which Peru denies.", "denies", "VBZ"},
		{"Armed coalition bombs Peruvian capital", "coalition", "NN"},
	} {
		for _, tok := range a.Tokens(c.text, 0) {
			if tok.Text == c.word && tok.Tag != c.want {
				t.Errorf("%q: %s/%s, want %s", c.text, tok.Text, tok.Tag, c.want)
			}
		}
	}
	for _, tok := range analyzer(t).Tokens("Chile backs Peru's bid to join the alliance", 0) {
		if tok.Text == "backs" && tok.Tag == "VBZ" && tok.Raw != "VBZ" {
			t.Errorf("an analyzer without verbs fixed %s/%s", tok.Text, tok.Tag)
		}
	}
}

// British -ise spellings are read as the -ize forms the treebanks taught
// the tagger; English words that end in -ise are not respelt.
func TestTreebankForm(t *testing.T) {
	a := analyzer(t)
	for in, want := range map[string]string{
		"recognise": "recognize", "Criticised": "Criticized",
		"promise": "promise", "otherwise": "otherwise",
		"surprised": "surprised", "exercises": "exercises", "Paris": "Paris", "compromise": "compromise",
	} {
		if got := a.treebankForm(in); got != want {
			t.Errorf("treebankForm(%q) = %q, want %q", in, got, want)
		}
	}
	for _, tok := range a.Tokens("The US and most European nations recognise the opposition leader as president.", 0) {
		if tok.Text == "recognise" && !strings.HasPrefix(tok.Tag, "VB") {
			t.Errorf("recognise/%s, want a verb", tok.Tag)
		}
	}
}

// A timeline entry's events, joined by dashes, are sentences of their own,
// with offsets into the text; a dash elsewhere splits nothing.
func TestTimelineEvents(t *testing.T) {
	a := analyzer(t)
	text := "1999 - Chile bombs Peruvian posts - Peruvian forces respond with raids\n\nChile - a long country - borders Peru."
	p2 := strings.Index(text, "Chile -")
	ss := a.Sentences(text, []Span{{Start: 0, End: p2 - 2}, {Start: p2, End: len(text)}})
	var got []string
	for _, s := range ss {
		if text[s.Start:s.End] != s.Text {
			t.Errorf("offsets %d-%d give %q, not %q", s.Start, s.End, text[s.Start:s.End], s.Text)
		}
		got = append(got, s.Text)
	}
	want := []string{"1999 - Chile bombs Peruvian posts", "Peruvian forces respond with raids", "Chile - a long country - borders Peru."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
	verbs := map[string]bool{"bomb": true}
	for _, tok := range a.WithVerbs(verbs).Tokens("1999 - Chile bombs Peruvian posts", 0) {
		if tok.Text == "bombs" && tok.Tag != "VBZ" {
			t.Errorf("timeline headline verb %s/%s, want VBZ", tok.Text, tok.Tag)
		}
	}
}

// A name's initial keeps its stop; a sentence's final capital and stop do
// not join what follows.
func TestInitials(t *testing.T) {
	a := analyzer(t)
	var got []string
	for _, tok := range a.Tokens("President George W. Bush met Putin in Block A.", 0) {
		got = append(got, tok.Text)
	}
	want := "President George W. Bush met Putin in Block A ."
	if strings.Join(got, " ") != want {
		t.Errorf("tokens %q, want %q", strings.Join(got, " "), want)
	}
}

// A number with a unit ("1bn", "2.5m") is a number.
func TestAmount(t *testing.T) {
	for w, want := range map[string]bool{"1bn": true, "2.5m": true, "50tn": true, "10k": true, "bn": false, "1990s": false, "3rd": false, "m1": false} {
		if amount(w) != want {
			t.Errorf("amount(%q) = %v, want %v", w, !want, want)
		}
	}
}

// "Syrian rebels shot/NN down a helicopter": with a past form after it, a
// plural closes the subject and the past form is the verb, even where the
// verbless-headline fix knows "rebel" as a verb.
func TestHeadlinePastVerb(t *testing.T) {
	a := analyzer(t).WithVerbs(map[string]bool{"rebel": true, "shoot": true})
	var got []string
	for _, x := range a.Tokens("Chilean rebels shot down a Peruvian helicopter.", 0) {
		got = append(got, x.Text+"/"+x.Tag)
	}
	if g := strings.Join(got, " "); !strings.Contains(g, "rebels/NNS shot/VBD down/RP") {
		t.Errorf("got %s", g)
	}
}

// "Iran has armed/JJ and trained the Houthis": an -ed word after "have" is
// its participle.
func TestParticipleAfterHave(t *testing.T) {
	toks := []Token{{Text: "Iran", Lower: "iran", Tag: "NNP"}, {Text: "has", Lower: "has", Tag: "VBZ"}, {Text: "armed", Lower: "armed", Tag: "JJ"}, {Text: "and", Lower: "and", Tag: "CC"}, {Text: "trained", Lower: "trained", Tag: "VBN"}}
	fixTags(toks, nil, nil)
	if toks[2].Tag != "VBN" {
		t.Errorf("armed/%s, want VBN", toks[2].Tag)
	}
}
