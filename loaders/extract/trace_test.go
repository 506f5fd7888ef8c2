package extract

import (
	"testing"

	"github.com/kg-project/kg/loaders/nlp"
)

func TestDepsLine(t *testing.T) {
	toks := []nlp.Token{{Text: "Iran", Head: 1, Dep: "nsubj"}, {Text: "protested", Head: -1, Dep: "root"}}
	if got, want := depsLine(toks), "nsubj(protested-2, Iran-1) root(ROOT-0, protested-2)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := depsLine([]nlp.Token{{Text: "unparsed"}}); got != "" {
		t.Errorf("unparsed tokens: %q", got)
	}
}
