package quads

import (
	"strings"
	"testing"
)

func TestSummaryString(t *testing.T) {
	g := -10.0
	s := Summary{Fact: "f", Subject: "s", Predicate: "attacks", Object: "o", Kind: "event", Negated: true,
		Goldstein: &g, QuadClass: 4, Article: "a", SentenceIndex: 3, Sentence: "one\ttwo\nthree\r", Topic: "x", Position: 7}
	got := strings.Split(s.String(), "\t")
	if len(got) != len(SummaryFields)+1 || got[0] != SummaryVersion {
		t.Fatalf("%d fields (want %d), first %q", len(got), len(SummaryFields)+1, got[0])
	}
	want := map[string]string{"fact": "f", "negated": "true", "goldstein": "-10", "quadClass": "4", "polarity": "",
		"sentenceIndex": "3", "topic": "x", "sentence": "one two three ", "date": "", "position": "7"}
	for i, k := range SummaryFields {
		if w, ok := want[k]; ok && got[i+1] != w {
			t.Errorf("%s = %q, want %q", k, got[i+1], w)
		}
	}
}
