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
	if tr := st.tree; tr != nil {
		// "Tehran said the US bore responsibility for the attack": a
		// subject who bears the blame (bearVerbs, blameNouns) is accused.
		for v, t := range toks {
			if !isVerb(t) || !x.lex.w.bearVerbs[t.Lemma] {
				continue
			}
			for _, o := range tr.children(v, "obj") {
				if !x.lex.w.blameNouns[toks[o].Lemma] {
					continue
				}
				m, _ := x.treeMood(st, v)
				for _, a := range st.argList(x.subjectsOf(st, v, 0)) {
					x.emit(st, schema.Event, arg{actor: *st.sp.speaker, start: -1, end: -1}, a, "accuses", "112", 0, m.negated, fact.Asserted, [2]int{v, o + 1}, "blame:"+t.Lemma+"-"+toks[o].Lemma)
				}
			}
		}
	}
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
