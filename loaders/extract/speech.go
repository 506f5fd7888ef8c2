package extract

import (
	"strings"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/loaders/nlp"
	"github.com/kg-project/kg/schema"
)

func isQuote(t nlp.Token) bool {
	switch t.Text {
	case "\"", "“", "”", "``", "''", "«", "»":
		return true
	}
	return false
}

// quoteMask marks the tokens inside quotation marks. open says whether the
// sentence starts inside a quote carried over from the previous sentence; the
// returned bool says whether a quote is still open at its end.
func quoteMask(toks []nlp.Token, open bool) ([]bool, bool) {
	mask := make([]bool, len(toks))
	in := open
	for i, t := range toks {
		if isQuote(t) {
			switch t.Text {
			case "“", "«", "``":
				in = true
			case "”", "»", "''":
				in = false
			default:
				in = !in
			}
			continue
		}
		mask[i] = in
	}
	// Scare quotes ("work “as allies” with", agreed to "intensify") mark a
	// word or two, not what someone said: a quoted run of at most three
	// tokens with its marks on both sides in this sentence is not a quote.
	for i := 0; i < len(toks); i++ {
		if !isQuote(toks[i]) || i+1 >= len(toks) || !mask[i+1] {
			continue
		}
		j := i + 1
		for j < len(toks) && mask[j] && !isQuote(toks[j]) {
			j++
		}
		if j < len(toks) && isQuote(toks[j]) && j-i-1 <= 3 {
			for k := i + 1; k < j; k++ {
				mask[k] = false
			}
		}
		i = j
	}
	return mask, in
}

// speech is the attribution of one sentence.
type speech struct {
	speaker *fact.Actor
	mention int // index of the speaker's mention, -1 if none
	verb    int // token index of the reporting verb, -1 if none
	clause  int // first token of the reported content (after "said (that)")
	// fronted is the reported content that comes before the verb, as the
	// tree gives it ("X shelled Y, the ministry said"): tokens
	// [fronted[0], fronted[1]); empty when there is none.
	fronted   [2]int
	quoted    []bool
	according bool // "according to X": the claim is X's
}

// findSpeech finds who is quoted or reported in a sentence:
// `"…," he said`, `X said (that) …`, `X told journalists …`, `… according to X`.
func findSpeech(ws *wordSets, s nlp.Sentence, ms []Mention, quoted []bool) speech {
	sp := speech{mention: -1, verb: -1, quoted: quoted}
	toks := s.Tokens
	// "according to X"
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Lower == "according" && toks[i+1].Lower == "to" {
			for k, m := range ms {
				if m.Start >= i+2 && m.Start <= i+4 && m.resolved() {
					a := m.Actors[0]
					sp.speaker, sp.mention, sp.according = &a, k, true
					sp.verb = i
					return sp
				}
			}
			// "according to the Andean Daily Herald": a source the
			// dictionary does not know is still the claim's source,
			// named by its proper-noun phrase.
			j := i + 2
			if j < len(toks) && toks[j].Lower == "the" {
				j++
			}
			n := 0
			for j+n < len(toks) && (toks[j+n].Tag == "NNP" || toks[j+n].Tag == "NNPS") {
				n++
			}
			if n > 0 {
				words := make([]string, n)
				for w := range words {
					words[w] = toks[j+w].Text
				}
				name := strings.Join(words, " ")
				a := fact.Actor{ID: name, Name: name, Type: schema.Organization}
				sp.speaker, sp.according, sp.verb = &a, true, i
				return sp
			}
		}
	}
	for i, t := range toks {
		if quoted[i] || !ws.reportVerbs[t.Lemma] || !(len(t.Tag) >= 2 && t.Tag[:2] == "VB") {
			continue
		}
		// Speaker: the nearest unquoted agent mention before the verb, or
		// right after it in inverted order ("…," said Putin).
		// An official not resolved yet ("the German chancellor said")
		// is a speaker too; the tree pass codes them as their state.
		speaks := func(m Mention) bool { return m.resolved() || m.Kind == MTitle && m.Person }
		best := -1
		for k, m := range ms {
			if m.End <= i && !quoted[m.Start] && !m.Location && speaks(m) && i-m.End <= 6 {
				best = k
			}
		}
		if best < 0 {
			for k, m := range ms {
				if m.Start > i && m.Start <= i+2 && speaks(m) {
					best = k
					break
				}
			}
		}
		if best < 0 {
			continue
		}
		sp.mention, sp.verb = best, i
		if ms[best].resolved() {
			a := ms[best].Actors[0]
			sp.speaker = &a
		}
		sp.clause = i + 1
		if sp.clause < len(toks) && toks[sp.clause].Lower == "that" {
			sp.clause++
		}
		// `"…," he told reporters after meeting X`: the quote is what was
		// said; the rest of the clause is the narrator's.
		for q := i - 1; q >= 0 && q >= i-4; q-- {
			if isQuote(toks[q]) {
				sp.clause = len(toks)
				break
			}
		}
		return sp
	}
	return sp
}
