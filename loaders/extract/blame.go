package extract

import (
	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

// blame finds accusations made by calling someone responsible, involved,
// complicit or guilty in reported speech: `Y, X said, was behind the attack`,
// `X said Y was directly involved in the trade`.
func (x *Extractor) blame(st *sentence) {
	if st.sp.speaker == nil {
		return
	}
	toks := st.Tokens
	for i, t := range toks {
		if !x.lex.w.blameWords[t.Lower] || t.Lower == "to" {
			continue
		}
		// X be (adverb)* ADJ
		j := i - 1
		for j >= 0 && (toks[j].Tag == "RB" || toks[j].Tag == "RBR") {
			j--
		}
		if j < 0 || toks[j].Lemma != "be" {
			continue
		}
		g := group{start: j, verb: j}
		for g.start > 0 && (toks[g.start-1].Tag == "MD" || toks[g.start-1].Lemma == "have" || toks[g.start-1].Tag == "RB") {
			g.start--
		}
		ks := subjectOf(x.lex.w, toks, st.ms, g, st.quoted)
		neg := false
		for k := g.start; k < i; k++ {
			neg = neg || x.lex.w.negators[toks[k].Lower]
		}
		for _, k := range ks {
			for _, o := range st.mentionArgs(k) {
				x.emit(st, schema.Event, arg{actor: *st.sp.speaker, start: -1, end: -1}, o, "accuses", "112", 0, neg, fact.Asserted, [2]int{i, i + 1}, "blame:"+t.Lower)
			}
		}
	}
}
