package nlp

import "strings"

var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "'s": true, "’s": true, "'re": true}

// fixTags corrects the tagger where its errors break clause analysis. The
// rules are contextual, not lexical: a lower-case word right after "to" or a
// modal is a verb ("agreed to share/NN" -> VB), an -ing word after a form of
// "be" and optional adverbs is a progressive verb ("is primarily bombing/JJ"),
// curly quotes are quotes and a curly possessive is a possessive.
func fixTags(toks []Token) {
	for i := range toks {
		t := &toks[i]
		switch t.Text {
		case "“", "‘", "``":
			t.Tag = "``"
			continue
		case "”", "’", "''":
			t.Tag = "''"
			continue
		case "’s", "'s":
			if i > 0 && (isProper(toks[i-1]) || toks[i-1].Tag == "NN" || toks[i-1].Tag == "NNS") {
				t.Tag = "POS"
			}
			continue
		case "\"":
			t.Tag = "``"
			continue
		}
		if i == 0 {
			continue
		}
		prev := toks[i-1]
		lowerWord := t.Text == t.Lower && isWordy(t.Lower)
		if lowerWord && (prev.Lower == "to" || prev.Tag == "MD") && (t.Tag == "NN" || t.Tag == "JJ" || t.Tag == "VBP" || t.Tag == "NNS" && !strings.HasSuffix(t.Lower, "s")) {
			t.Tag = "VB"
			continue
		}
		if lowerWord && strings.HasSuffix(t.Lower, "ing") && (t.Tag == "JJ" || t.Tag == "NN") {
			j := i - 1
			for j >= 0 && toks[j].Tag == "RB" {
				j--
			}
			if j >= 0 && beForms[toks[j].Lower] {
				t.Tag = "VBG"
			}
		}
	}
}

func isProper(t Token) bool { return t.Tag == "NNP" || t.Tag == "NNPS" }
