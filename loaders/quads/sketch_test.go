package quads

import (
	"testing"

	"github.com/kg-project/kg/loaders/fact"
)

func sentences(ss ...string) []fact.Fact {
	var fs []fact.Fact
	for i, s := range ss {
		fs = append(fs, fact.Fact{SentenceIndex: i, Sentence: s})
	}
	return fs
}

func TestSketchNearCopies(t *testing.T) {
	a := []string{
		"French Defence Minister Jean-Yves Le Drian is to meet his Russian counterpart in Moscow on Monday.",
		"Talks will also touch on how the two countries can share intelligence relating to the group.",
		"Western nations have complained that Russia is primarily targeting moderate rebels.",
		"The French aircraft carrier Charles de Gaulle was deployed to the eastern Mediterranean last month.",
	}
	// Shuffled, one sentence changed.
	b := []string{a[2], a[0], "Talks will also cover how both countries could share intelligence on the group.", a[3]}
	other := []string{"Turkey shot down a Russian Su-24 bomber near the Syrian border on Tuesday.", "Putin called it a stab in the back."}
	sa, sb, so := Sketch(sentences(a...)), Sketch(sentences(b...)), Sketch(sentences(other...))
	if near := SketchSimilarity(sa, sb); near < 0.5 {
		t.Errorf("near-copy similarity %.2f, want >= 0.5", near)
	}
	if far := SketchSimilarity(sa, so); far > 0.1 {
		t.Errorf("unrelated similarity %.2f, want <= 0.1", far)
	}
	if SketchSimilarity(sa, sa) != 1 || Sketch(nil) != "" || SketchSimilarity(sa, "") != 0 {
		t.Error("identity, empty or missing sketch")
	}
	if Sketch(sentences(a...)) != sa {
		t.Error("sketch not deterministic")
	}
}
