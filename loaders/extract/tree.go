package extract

import (
	"strings"

	"github.com/kg-project/kg/loaders/nlp"
)

// dtree is the dependency tree of one parsed sentence as the passes read it:
// each token's head and relation come from the parser (nlp.Token.Head/Dep),
// and the children lists are built once per sentence.
type dtree struct {
	toks []nlp.Token
	kids [][]int
}

// newTree returns nil when the sentence carries no parse, so that every
// tree pass can be skipped and the token rules stand alone.
func newTree(toks []nlp.Token) *dtree {
	parsed := false
	for _, t := range toks {
		if t.Dep != "" {
			parsed = true
			break
		}
	}
	if !parsed {
		return nil
	}
	kids := make([][]int, len(toks))
	for i, t := range toks {
		if t.Head >= 0 && t.Head < len(toks) && t.Head != i {
			kids[t.Head] = append(kids[t.Head], i)
		}
	}
	return &dtree{toks: toks, kids: kids}
}

// head is i's head, -1 for the root or an out-of-range index.
func (t *dtree) head(i int) int {
	if i < 0 || i >= len(t.toks) {
		return -1
	}
	h := t.toks[i].Head
	if h < 0 || h >= len(t.toks) || h == i {
		return -1
	}
	return h
}

// rel is i's relation; base drops the subtype ("nsubj:pass" -> "nsubj").
func (t *dtree) rel(i int) string {
	if i < 0 || i >= len(t.toks) {
		return ""
	}
	return t.toks[i].Dep
}

func (t *dtree) base(i int) string {
	r := t.rel(i)
	if k := strings.IndexByte(r, ':'); k >= 0 {
		return r[:k]
	}
	return r
}

// relIs matches a relation: a pattern with a subtype must match exactly, one
// without matches the base ("obl" matches "obl:tmod", "nsubj" does not match
// "nsubj:pass" because the passive subject is a different role).
func (t *dtree) relIs(i int, pats ...string) bool {
	r := t.rel(i)
	for _, p := range pats {
		if r == p {
			return true
		}
		if !strings.Contains(p, ":") && t.base(i) == p && !passiveRel(r) {
			return true
		}
	}
	return false
}

func passiveRel(r string) bool {
	return r == "nsubj:pass" || r == "aux:pass" || r == "csubj:pass" || r == "obl:agent"
}

// children lists i's dependents whose relation matches one of rels.
func (t *dtree) children(i int, rels ...string) []int {
	if i < 0 || i >= len(t.kids) {
		return nil
	}
	var out []int
	for _, k := range t.kids[i] {
		if len(rels) == 0 || t.relIs(k, rels...) {
			out = append(out, k)
		}
	}
	return out
}

func (t *dtree) has(i int, rels ...string) bool { return len(t.children(i, rels...)) > 0 }

// caseOf is the preposition marking a nominal ("with" in "with Russia"),
// the first case dependent's lower-case form, joined for two-word markers
// ("because of", "such as").
func (t *dtree) caseOf(i int) string {
	cs := t.children(i, "case")
	if len(cs) == 0 {
		return ""
	}
	parts := make([]string, 0, len(cs))
	for _, c := range cs {
		if t.toks[c].Tag == "POS" {
			continue
		}
		parts = append(parts, t.toks[c].Lower)
		parts = append(parts, t.childWords(c, "fixed")...)
	}
	return strings.Join(parts, " ")
}

func (t *dtree) childWords(i int, rels ...string) []string {
	var out []string
	for _, c := range t.children(i, rels...) {
		out = append(out, t.toks[c].Lower)
	}
	return out
}

// conjuncts returns i followed by every nominal or verb coordinated with it
// ("Chile, Peru and Bolivia"): UD hangs later conjuncts off the first.
// A conjunct with its own negation ("by Ghana but not by Togo") is
// left out.
func (t *dtree) conjuncts(i int) []int {
	out := []int{i}
	for k := 0; k < len(out) && len(out) < 32; k++ {
		// "Nikol Pashinyan and Ilham Aliyev": the parse may hang the
		// conjunct on the last word of a flat name.
		heads := append([]int{out[k]}, t.children(out[k], "flat")...)
		for _, h := range heads {
			for _, c := range t.children(h, "conj") {
				if !t.negatedConjunct(c) && !t.apposConj(c) && !t.casedConj(c) {
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// apposConj: a common-noun "conjunct" of a name set off by a comma with no
// conjunction of its own ("Kenya and Uganda, both members of X") is the
// parser's reading of an apposition to the coordination.
func (t *dtree) apposConj(c int) bool {
	h := t.head(c)
	if h < 0 || t.rel(c) != "conj" || !(t.toks[c].Tag == "NN" || t.toks[c].Tag == "NNS") || !(t.toks[h].Tag == "NNP" || t.toks[h].Tag == "NNPS") {
		return false
	}
	if lo := t.leftEdge(c); lo == 0 || t.toks[lo-1].Text != "," && t.toks[lo].Text != "," {
		return false
	}
	for _, k := range t.children(c, "cc") {
		if t.toks[k].Dep == "cc" { // "both" is cc:preconj, no conjunction
			return false
		}
	}
	return true
}

// casedConj: a "conjunct" with a preposition and no conjunction ("Mr
// Khan, of the PTI party, said") is a modifier the parser misread.
func (t *dtree) casedConj(c int) bool {
	return t.rel(c) == "conj" && t.has(c, "case") && !t.has(c, "cc")
}

func (t *dtree) negatedConjunct(c int) bool {
	for _, a := range t.children(c, "advmod", "cc") {
		switch t.toks[a].Lower {
		case "not", "n't", "n’t", "never", "nor":
			return true
		}
	}
	return false
}

// firstConjunct climbs from a later conjunct to the first one, whose
// relation is the one the whole coordination has.
func (t *dtree) firstConjunct(i int) int {
	for n := 0; n < 32 && t.rel(i) == "conj"; n++ {
		h := t.head(i)
		if h < 0 {
			break
		}
		i = h
	}
	return i
}

// words are the sentence's surface tokens, as the dictionary is asked for
// them; built once per sentence.
func (st *sentence) wordList() []string {
	if st.words == nil {
		st.words = make([]string, len(st.Tokens))
		for i, t := range st.Tokens {
			st.words[i] = t.Text
		}
	}
	return st.words
}

// coverage marks the tokens some mention (resolved or not) already covers.
func (st *sentence) coverage() []bool {
	covered := make([]bool, len(st.Tokens))
	for _, m := range st.ms {
		for i := m.Start; i < m.End && i < len(covered); i++ {
			if i >= 0 {
				covered[i] = true
			}
		}
	}
	return covered
}

// indexed is a view of the sentence with the token-to-mention index of its
// mentions so far, for passes that run before the mention-index pass
// (attribution, tree coreference) and need the argument finders.
func (st *sentence) indexed() *sentence {
	view := *st
	view.tokMention = mentionIndex(len(st.Tokens), st.ms)
	return &view
}

// spanHead is the token of [start, end) whose head lies outside it, or -1
// when there is none or more than one.
func (t *dtree) spanHead(start, end int) int {
	h := -1
	for i := start; i < end && i < len(t.toks); i++ {
		if p := t.head(i); p < start || p >= end {
			if h >= 0 {
				return -1
			}
			h = i
		}
	}
	return h
}

// hasMark reports whether i has a "mark" child with the given word ("as
// unacceptable", "to withdraw").
func (t *dtree) hasMark(i int, word string) bool {
	for _, c := range t.children(i, "mark") {
		if t.toks[c].Lower == word {
			return true
		}
	}
	return false
}
