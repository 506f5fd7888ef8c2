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
			if m.negated {
				continue
			}
			var nouns []int
			for _, o := range t.children(v, "obj") {
				if claimNouns[st.Tokens[o].Lemma] && len(st.argsAt(o)) == 0 {
					nouns = append(nouns, o)
				}
			}
			if len(nouns) == 0 {
				continue
			}
			for _, s := range st.argList(x.subjectsOf(st, v, 0)) {
				if c, ok := d.lastClaimAgainst(s.actor, st.Index); ok {
					x.emit(st, schema.Event, s, arg{actor: c, start: -1, end: -1}, fr.Predicate, fr.CAMEO, 0, false, fact.Asserted, [2]int{v, v + 1}, "tree:rebuttal")
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

func (d *docState) lastClaimAgainst(a fact.Actor, sentence int) (fact.Actor, bool) {
	for i := len(d.claims) - 1; i >= 0; i-- {
		c := d.claims[i]
		if sentence-c.sentence > 3 {
			break
		}
		if c.against.ID == a.ID || a.Country != "" && c.against.Country == a.Country && c.by.Country != a.Country {
			return c.by, true
		}
	}
	return fact.Actor{}, false
}
