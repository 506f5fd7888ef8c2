package syntax

import (
	"bytes"
	"strings"
	"testing"
)

const sample = `# newdoc id = GUM_news_test
# sent_id = s1
# text = Iran's drone was downed.
1	Iran	Iran	PROPN	NNP	_	3	nmod:poss	_	_
2	's	's	PART	POS	_	1	case	_	_
3	drone	drone	NOUN	NN	_	5	nsubj:pass	_	_
4	was	be	AUX	VBD	_	5	aux:pass	_	_
5	downed	down	VERB	VBN	_	0	root	_	_
6	.	.	PUNCT	.	_	5	punct	_	_

# sent_id = s2
1-2	don't	_	_	_	_	_	_	_	_
1	do	do	AUX	VBP	_	3	aux	_	_
2	n't	not	PART	RB	_	3	advmod	_	_
3	go	go	VERB	VB	_	0	root	_	_
3.1	went	go	VERB	VBD	_	_	_	3:conj	_
`

func TestReadCoNLLU(t *testing.T) {
	ss, err := ReadCoNLLU(strings.NewReader(sample), "x.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 2 {
		t.Fatalf("%d sentences", len(ss))
	}
	if ss[0].Doc != "GUM_news_test" || ss[1].Doc != "GUM_news_test" {
		t.Errorf("doc ids %q %q", ss[0].Doc, ss[1].Doc)
	}
	if len(ss[0].Comments) != 3 || ss[0].Comments[1] != "# sent_id = s1" {
		t.Errorf("comments %q", ss[0].Comments)
	}
	if got := len(ss[1].Tokens); got != 3 {
		t.Errorf("sentence 2: %d tokens, want 3 (range and empty node skipped)", got)
	}
	tok := ss[0].Tokens[2]
	if tok.Form != "drone" || tok.XPOS != "NN" || tok.Head != 5 || tok.Deprel != "nsubj:pass" || tok.UPOS != "NOUN" || tok.Lemma != "drone" {
		t.Errorf("token 3 = %+v", tok)
	}
	var buf bytes.Buffer
	if err := WriteCoNLLU(&buf, ss); err != nil {
		t.Fatal(err)
	}
	again, err := ReadCoNLLU(&buf, "again")
	if err != nil {
		t.Fatal(err)
	}
	for i := range ss {
		if len(again[i].Tokens) != len(ss[i].Tokens) {
			t.Fatalf("round trip changed sentence %d", i)
		}
		for j := range ss[i].Tokens {
			if again[i].Tokens[j] != ss[i].Tokens[j] {
				t.Errorf("round trip: %+v != %+v", again[i].Tokens[j], ss[i].Tokens[j])
			}
		}
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"1\ta\t_\t_\t_\t_\t0\troot\t_\n", "f.conllu:1: want 10 tab-separated fields, got 9"},
		{"# c\nx\ta\t_\t_\t_\t_\t0\troot\t_\t_\n", "f.conllu:2: bad ID \"x\""},
		{"1\ta\t_\t_\t_\t_\t-1\troot\t_\t_\n", "f.conllu:1: bad HEAD \"-1\""},
		{"1\ta\t_\t_\t_\t_\tz\troot\t_\t_\n", "f.conllu:1: bad HEAD \"z\""},
		{"1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n3\tb\t_\t_\t_\t_\t1\tdep\t_\t_\n\n", "f.conllu:3: sentence ending here: token 2 has ID 3"},
		{"1\ta\t_\t_\t_\t_\t5\troot\t_\t_\n\n", "f.conllu:2: sentence ending here: token 1 has head 5 outside the sentence"},
	} {
		_, err := ReadCoNLLU(strings.NewReader(c.in), "f.conllu")
		if err == nil || err.Error() != c.want {
			t.Errorf("%q: error %v, want %q", c.in, err, c.want)
		}
	}
}

func TestEvaluate(t *testing.T) {
	gold, _ := ReadCoNLLU(strings.NewReader(sample), "g")
	pred, _ := ReadCoNLLU(strings.NewReader(sample), "p")
	p := pred[0].Tokens
	p[0].Head = 5         // wrong head
	p[2].Deprel = "nsubj" // universal part right, subtype wrong
	p[3].Deprel = "aux"   // same
	p[5].Deprel = "dep"   // wrong label
	p[4].XPOS = "VBD"     // wrong tag
	sc, err := Evaluate(gold, pred)
	if err != nil {
		t.Fatal(err)
	}
	if sc.Tokens != 9 || sc.UAS != 8 || sc.LAS != 7 || sc.LASFull != 5 || sc.Tag != 8 {
		t.Errorf("scores %+v", sc)
	}
	r := sc.Rel["nsubj:pass"]
	if r.Gold != 1 || r.Pred != 0 || r.Correct != 0 {
		t.Errorf("nsubj:pass %+v", *r)
	}
	r = sc.Rel["nsubj"]
	if r.Gold != 0 || r.Pred != 1 || r.Precision() != 0 {
		t.Errorf("nsubj %+v", *r)
	}
	if r := sc.Rel["case"]; r.F1() != 1 {
		t.Errorf("case %+v", *r)
	}
	if _, err := Evaluate(gold, pred[:1]); err == nil {
		t.Error("no error for different sentence counts")
	}
	var b strings.Builder
	sc.WriteRelTable(&b)
	if !strings.Contains(b.String(), "| nsubj:pass | 1 | 0 | 0.0 | 0.0 | 0.0 |") {
		t.Errorf("table:\n%s", b.String())
	}
}
