package extract

import (
	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

// reportedBlame: a speaker who says that another actor did something
// hostile accuses them ("Oslo said a Danish soldier shot at the
// Norwegian patrol", "Peru said Chile was endangering peace"). v is the verb or
// noun of the hostile act, actors its doers; the act's own fact is emitted
// by its pass as reported. The speaker is the subject of the speech verb
// the act's clause is the complement of, through a chain of complements
// ("said it was clear that ..."). Only an asserted act against the
// speaker's own side counts: "Hollande said they agreed to target IS" and
// "X said rebels fought IS" accuse no one.
func (x *Extractor) reportedBlame(st *sentence, v int, cameo string, doers, victims []arg, m mood) {
	if m.negated || m.modality != fact.Asserted || len(doers) == 0 || !hostile(cameo) {
		return
	}
	t := st.tree
	cur := v
	for n := 0; n < 4; n++ {
		h := t.head(cur)
		if h < 0 {
			return
		}
		if t.rel(cur) == "ccomp" || t.rel(cur) == "parataxis" {
			if x.lex.w.reportVerbs[st.Tokens[h].Lemma] && isVerb(st.Tokens[h]) {
				mood, _ := x.treeMood(st, h)
				if mood.negated {
					return
				}
				speakers := st.argList(x.subjectsOf(st, h, 0))
				trig := [2]int{h, h + 1}
				for _, s := range speakers {
					if !sameSide(s.actor, victims) {
						continue
					}
					for _, d := range doers {
						if s.actor.ID != d.actor.ID && !sameSide(d.actor, []arg{s}) {
							x.emit(st, schema.Event, s, d, "accuses", "112", 0, false, fact.Asserted, trig, "tree:reported-hostile-act")
						}
					}
				}
				return
			}
		}
		cur = h
	}
}

// hostile: CAMEO roots 11 to 20 (disapprove ... mass violence) are acts one
// side holds against another.
func hostile(cameo string) bool {
	if len(cameo) < 2 {
		return false
	}
	r := cameo[:2]
	return r >= "11" && r <= "20"
}

// sameSide: a is one of the actors or of the same country as one of them.
func sameSide(a fact.Actor, as []arg) bool {
	for _, b := range as {
		if a.ID == b.actor.ID {
			return true
		}
		// Armed groups and collectives of a country are not its side
		// ("Turkey considers the PKK a terrorist group").
		if a.Type == schema.ArmedGroup || b.actor.Type == schema.ArmedGroup || a.Type == schema.Collective || b.actor.Type == schema.Collective {
			continue
		}
		if a.Country != "" && a.Country == b.actor.Country {
			return true
		}
	}
	return false
}
