package extract

import (
	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

// claimPreds are the acts a later denial or rejection answers.
func claimPred(p string) bool {
	switch p {
	case "accuses", "criticizes", "demands", "appeals", "complains", "statement":
		return true
	}
	return false
}

// rebuttals: "Chile has denied the allegation", "The government rejected
// such calls" deny or reject whoever last made such a claim against the
// denier (an accusation, demand or appeal in the last three sentences). The
// denial's own pass coded nothing, as its object names no actor.
func (x *Extractor) rebuttals(d *docState, st *sentence) {
	t := st.tree
	if t != nil {
		for v := range st.Tokens {
			if !isVerb(st.Tokens[v]) {
				continue
			}
			fr, _, ok := x.treeFrame(st, v)
			if !ok || (fr.Predicate != "denies" && fr.Predicate != "rejects") {
				continue
			}
			m, _ := x.treeMood(st, v)
			// Denying a claim someone made rejects it (CAMEO 12), as the
			// gold conventions code it; "denied any ties" is another frame.
			code := fr.CAMEO
			if fr.Predicate == "denies" {
				code = "120"
			}
			var nouns []int
			for _, o := range t.children(v, "obj") {
				if x.lex.w.claimNouns[st.Tokens[o].Lemma] {
					nouns = append(nouns, o)
				}
			}
			if h := t.head(v); len(nouns) == 0 && t.rel(v) == "acl:relcl" && !t.has(v, "obj") && h >= 0 && x.lex.w.claimNouns[st.Tokens[h].Lemma] {
				// "accused Chile of shelling, a charge Santiago denied":
				// the relative clause's gap is the claim.
				nouns = append(nouns, h)
			}
			for _, o := range t.children(v, "obl") {
				// The same read with the claim noun a bare oblique before
				// the verb ("..., a claim Khartoum rejected"), the verb
				// hung on the accusation: only its own negation counts.
				if len(nouns) == 0 && o < v && !t.has(v, "obj") && t.caseOf(o) == "" && x.lex.w.claimNouns[st.Tokens[o].Lemma] {
					nouns = append(nouns, o)
					m.negated = x.verbGroup(st.Tokens, v).negated
				}
			}
			if m.negated {
				continue
			}
			if ns := t.children(v, "nsubj"); len(nouns) == 0 && len(ns) >= 2 && !t.has(v, "obj") && x.lex.w.claimNouns[st.Tokens[ns[0]].Lemma] {
				// The same relative clause read with two subjects, the
				// claim noun first ("..., a charge Asmara rejected").
				nouns = append(nouns, ns[0])
			}
			if len(nouns) == 0 {
				// "Moscow accused Kyiv of striking Russia, which Ukraine
				// denies": "which" after a comma is the sentence's claim.
				for _, o := range t.children(v, "obj") {
					if st.Tokens[o].Lower == "which" && o > 0 && st.Tokens[o-1].Text == "," {
						for _, s := range st.argList(x.subjectsOf(st, v, 0)) {
							if c, ok := st.claimAgainst(s.actor); ok && !st.hasFact(s.actor, c, fr.Predicate) {
								x.emit(st, schema.Event, s, arg{actor: c, start: -1, end: -1}, fr.Predicate, code, 0, false, fact.Asserted, [2]int{v, v + 1}, "tree:rebuttal:which")
							}
						}
					}
				}
				continue
			}
			deniers := st.argList(x.subjectsOf(st, v, 0))
			if by := st.claimants(v, nouns); len(by) > 0 {
				// "rejected allegations by the UN that it committed
				// abuses": the claim and its rejection are both here; what
				// was claimed is the accusation's topic.
				topic := st.claimContent(v, nouns[0])
				// The claim is what its noun names: "rejected calls by the
				// UN" answers an appeal, not an accusation.
				pred, claimCode := "accuses", "112"
				if nf, n, ok := x.nounAt(st, nouns[0]); ok && n == 1 && nf.Predicate != "" {
					pred, claimCode = nf.Predicate, nf.CAMEO
				}
				for _, s := range deniers {
					for _, c := range st.argList(by) {
						x.emit(st, schema.Event, c, s, pred, claimCode, 0, false, fact.Asserted, [2]int{nouns[0], nouns[0] + 1}, "tree:rejected-claim")
						if n := len(st.facts); n > 0 && st.facts[n-1].Rule == "tree:rejected-claim" {
							st.facts[n-1].Topic = topic
						}
						if !st.hasFact(s.actor, c.actor, fr.Predicate) {
							x.emit(st, schema.Event, s, c, fr.Predicate, code, 0, false, fact.Asserted, [2]int{v, v + 1}, "tree:rebuttal")
						}
					}
				}
				continue
			}
			for _, n := range nouns {
				if len(st.argsAt(n)) > 0 {
					nouns = nil
				}
			}
			if len(nouns) == 0 {
				continue
			}
			for _, s := range deniers {
				if c, ok := st.claimAgainst(s.actor); ok {
					// The claim is made in this very sentence.
					if !st.hasFact(s.actor, c, fr.Predicate) {
						x.emit(st, schema.Event, s, arg{actor: c, start: -1, end: -1}, fr.Predicate, code, 0, false, fact.Asserted, [2]int{v, v + 1}, "tree:rebuttal")
					}
				} else if c, ok := d.lastClaimAgainst(s.actor, st.Index); ok {
					x.emit(st, schema.Event, s, arg{actor: c, start: -1, end: -1}, fr.Predicate, code, 0, false, fact.Asserted, [2]int{v, v + 1}, "tree:rebuttal")
				}
			}
		}
	}
	for _, f := range st.facts {
		if f.Kind == schema.Event && claimPred(f.Predicate) && !f.Negated {
			d.claims = append(d.claims, claimNote{by: f.Subject, against: f.Object, sentence: st.Index})
		}
	}
}

// claimNote remembers who claimed or demanded something of whom, for the
// rebuttals of the next sentences.
type claimNote struct {
	by, against fact.Actor
	sentence    int
}

// claimAgainst is who claimed or demanded something of a in this sentence.
func (st *sentence) claimAgainst(a fact.Actor) (fact.Actor, bool) {
	for _, f := range st.facts {
		if f.Kind == schema.Event && claimPred(f.Predicate) && !f.Negated && f.Object.ID == a.ID {
			return f.Subject, true
		}
	}
	return fact.Actor{}, false
}

func (d *docState) lastClaimAgainst(a fact.Actor, sentence int) (fact.Actor, bool) {
	for i := len(d.claims) - 1; i >= 0; i-- {
		c := d.claims[i]
		if sentence-c.sentence > 3 {
			break
		}
		// A claim against the denier's state or one of its organs or
		// officials is a claim against the denier, unless the claimant is
		// of that state too (and not an armed group fighting it).
		sameState := c.by.Country == a.Country && c.by.Type != schema.ArmedGroup
		if c.against.ID == a.ID || a.Country != "" && c.against.Country == a.Country && !sameState {
			return c.by, true
		}
	}
	return fact.Actor{}, false
}

// claimants are who made the claims that nouns (objects of denial verb v)
// name: their "by" agent or possessor ("allegations by the UN", "Chile's
// accusations"). A "by" phrase the parse hung on the active verb itself
// can only be the claim's.
func (st *sentence) claimants(v int, nouns []int) []int {
	t := st.tree
	for _, n := range nouns {
		for _, c := range t.children(n, "nmod", "nmod:poss") {
			if t.rel(c) == "nmod:poss" || t.caseOf(c) == "by" || t.caseOf(c) == "from" {
				if ks := st.argsAt(c); len(ks) > 0 {
					return ks
				}
			}
		}
	}
	if passiveVerb(st, v) {
		return nil
	}
	for _, c := range t.children(v, "obl:agent", "obl") {
		if t.rel(c) == "obl:agent" || t.caseOf(c) == "by" {
			if ks := st.argsAt(c); len(ks) > 0 {
				return ks
			}
		}
	}
	return nil
}

// hasFact: the sentence already holds s -pred-> o.
func (st *sentence) hasFact(s, o fact.Actor, pred string) bool {
	for _, f := range st.facts {
		if f.Subject.ID == s.ID && f.Object.ID == o.ID && f.Predicate == pred {
			return true
		}
	}
	return false
}

// claimContent is the text of the that-clause telling what a claim noun n
// (object of the denial verb v) says, hung on the noun or on the verb.
func (st *sentence) claimContent(v, n int) string {
	t := st.tree
	for _, c := range append(t.children(n, "acl", "acl:relcl"), t.children(v, "ccomp")...) {
		if t.hasMark(c, "that") {
			lo, hi := t.edges(c)
			for lo <= hi && st.Tokens[lo].Lower == "that" {
				lo++
			}
			if lo > hi {
				return ""
			}
			return st.Text[st.Tokens[lo].Start-st.Start : st.Tokens[hi].End-st.Start]
		}
	}
	return ""
}

// inClaim: verb v heads the that-clause of a claim noun ("allegations that
// it shelled the town") or of a denial of one ("rejected the claims that
// it shelled ..."): what was claimed, not an act the sentence reports.
func (x *Extractor) inClaim(st *sentence, v int) bool {
	t := st.tree
	h := t.head(v)
	if h < 0 || !t.hasMark(v, "that") {
		return false
	}
	switch {
	case t.relIs(v, "acl", "acl:relcl"):
		return x.lex.w.claimNouns[st.Tokens[h].Lemma]
	case t.rel(v) == "ccomp" && isVerb(st.Tokens[h]):
		fr, _, ok := x.treeFrame(st, h)
		if !ok || fr.Predicate != "denies" && fr.Predicate != "rejects" {
			return false
		}
		for _, o := range t.children(h, "obj") {
			if x.lex.w.claimNouns[st.Tokens[o].Lemma] {
				return true
			}
		}
	}
	return false
}
