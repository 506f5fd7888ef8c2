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
		// Participles that work as prepositions: "including moderates",
		// "following talks with", "regarding the deal".
		if prepositionalParticiples[t.Lower] {
			t.Tag = "IN"
			continue
		}
		if i == 0 {
			// "Norway/RB called": a capitalised first word before a verb is its subject.
			if (t.Tag == "RB" || t.Tag == "JJ") && t.Text != t.Lower && len(toks) > 1 && strings.HasPrefix(toks[1].Tag, "VB") {
				t.Tag = "NNP"
			}
			continue
		}
		prev := toks[i-1]
		lowerWord := t.Text == t.Lower && isWordy(t.Lower)
		if lowerWord && (prev.Lower == "to" || prev.Tag == "MD") && (t.Tag == "NN" || t.Tag == "JJ" || t.Tag == "VBP" || t.Tag == "NNS" && !strings.HasSuffix(t.Lower, "s")) {
			t.Tag = "VB"
			continue
		}
		// "The Kremlin imposed/JJ economic sanctions": an -ed word between a
		// subject-like noun and an object-like phrase is a past-tense verb.
		if lowerWord && strings.HasSuffix(t.Lower, "ed") && t.Tag == "JJ" && i+1 < len(toks) {
			switch prev.Tag {
			case "NNP", "NNPS", "NNS", "PRP":
				switch toks[i+1].Tag {
				case "DT", "JJ", "NN", "NNS", "NNP", "PRP$", "CD":
					t.Tag = "VBD"
					continue
				}
			}
		}
		// "accused Turkey of shooting down a bomber": an -ing word after a
		// preposition and before an object or particle is a gerund verb.
		if lowerWord && strings.HasSuffix(t.Lower, "ing") && (t.Tag == "NN" || t.Tag == "JJ") && prev.Tag == "IN" && i+1 < len(toks) {
			switch toks[i+1].Tag {
			case "DT", "PRP$", "NNP", "RP", "PRP", "CD":
				t.Tag = "VBG"
				continue
			}
			if toks[i+1].Lower == "down" || toks[i+1].Lower == "up" || toks[i+1].Lower == "off" {
				t.Tag = "VBG"
				continue
			}
		}
		// "keep co-operating", "continue fighting": an -ing word after an
		// aspectual verb is a verb.
		if lowerWord && strings.HasSuffix(t.Lower, "ing") && !strings.HasPrefix(t.Tag, "VB") && aspectual[prev.Lower] {
			t.Tag = "VBG"
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

var prepositionalParticiples = map[string]bool{"including": true, "excluding": true, "regarding": true, "concerning": true, "following": true, "according": true, "notwithstanding": true, "barring": true}

// aspectual verbs, inflected (tags are fixed before lemmas exist).
var aspectual = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("keep keeps kept keeping continue continues continued continuing start starts started stop stops stopped begin begins began resume resumes resumed avoid avoids avoided consider considers considered finish finished") {
		m[w] = true
	}
	return m
}()

func isProper(t Token) bool { return t.Tag == "NNP" || t.Tag == "NNPS" }
