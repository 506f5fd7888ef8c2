package syntax

import (
	"slices"
	"strings"
	"testing"
)

func TestFixPunct(t *testing.T) {
	cases := []struct {
		name        string
		words, tags string
		heads, want []int
	}{
		{"final mark off its path goes to the highest node",
			"Chile met Peru .", "NNP VBD NNP .",
			[]int{2, 0, 2, 1}, []int{2, 0, 2, 2}},
		{"quotes on the head of what they enclose",
			`He said " we won " .`, "PRP VBD `` PRP VBD '' .",
			[]int{2, 0, 2, 5, 2, 2, 2}, []int{2, 0, 5, 5, 2, 5, 2}},
		{"a parser head on the rule's path is kept",
			"Chile , the host , won .", "NNP , DT NN , VBD .",
			[]int{6, 1, 4, 1, 1, 0, 6}, []int{6, 4, 4, 1, 1, 0, 6}},
		{"a word hung from a mark goes to the mark's head",
			"Chile won ; Peru lost .", "NNP VBD : NNP VBD .",
			[]int{2, 0, 2, 5, 3, 2}, []int{2, 0, 5, 5, 2, 2}},
		{"no punctuation, no change",
			"Chile met Peru", "NNP VBD NNP",
			[]int{2, 0, 2}, []int{2, 0, 2}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := fixPunct(strings.Fields(c.words), strings.Fields(c.tags), slices.Clone(c.heads))
			if !slices.Equal(got, c.want) {
				t.Errorf("heads %v: got %v, want %v", c.heads, got, c.want)
			}
		})
	}
}
