package extract

import (
	"strings"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/loaders/nlp"
)

// group is a verb with its auxiliaries, adverbs and controlling verbs:
// "will also be able to cooperate", "have agreed to coordinate".
type group struct {
	start, verb int // first token of the group, the main verb
	passive     bool
	negated     bool
	modality    fact.Modality
	controllers []int // verbs or adjectives that control this one via "to"
}

func isVerb(t nlp.Token) bool { return strings.HasPrefix(t.Tag, "VB") }

// verbGroup scans left from the main verb v over auxiliaries, adverbs, "to"
// and controlling verbs, collecting voice, negation and modality.
func (x *Extractor) verbGroup(toks []nlp.Token, v int) group {
	g := group{start: v, verb: v, modality: fact.Asserted}
	sawBe := false
	j := v - 1
	for ; j >= 0; j-- {
		t := toks[j]
		switch {
		case t.Tag == "RB" || t.Tag == "RBR" || x.lex.w.negators[t.Lower] && t.Tag != "DT":
			if x.lex.w.negators[t.Lower] {
				g.negated = true
			}
			continue
		case t.Lower == "to" && j > 0:
			prev := toks[j-1]
			// "is to meet": planned.
			if prev.Lemma == "be" {
				g.modality = fact.Planned
				continue
			}
			if m := x.lex.w.controlAdj(prev.Lower); m != "" {
				g.modality = stronger(g.modality, m)
				continue
			}
			if isVerb(prev) && x.controls(prev.Lemma) {
				continue
			}
			// Between the controller and "to" may stand an adverb.
			if (prev.Tag == "RB") && j > 1 && isVerb(toks[j-2]) && x.controls(toks[j-2].Lemma) {
				continue
			}
		case x.lex.w.controlAdj(t.Lower) != "" && j+1 < len(toks) && toks[j+1].Lower == "to":
			g.controllers = append(g.controllers, j)
			continue
		case isVerb(t) && x.lex.w.auxLemmas[t.Lemma]:
			if t.Lemma == "be" {
				sawBe = true
			}
			switch t.Lower {
			case "will", "'ll", "’ll", "shall":
				g.modality = stronger(g.modality, fact.Planned)
			case "would", "might", "may", "could", "can", "should", "must":
				g.modality = stronger(g.modality, fact.Hedged)
			}
			continue
		case t.Tag == "MD":
			switch t.Lower {
			case "will", "'ll", "’ll", "shall":
				g.modality = stronger(g.modality, fact.Planned)
			default:
				g.modality = stronger(g.modality, fact.Hedged)
			}
			continue
		case isVerb(t) && j+1 < len(toks) && toks[j+1].Lower == "to" && x.controls(t.Lemma):
			g.controllers = append(g.controllers, j)
			if x.lex.w.threatVerbs[t.Lemma] {
				// "threatened to strike": yet to come, not denied.
				g.modality = stronger(g.modality, fact.Planned)
				continue
			}
			for _, f := range x.lex.verbs[t.Lemma] {
				if f.Control == "subj" && f.Modality != "" {
					g.modality = stronger(g.modality, f.Modality)
				}
				if f.Negates {
					g.negated = true
				}
			}
			continue
		case isVerb(t) && j+2 < len(toks) && toks[j+1].Tag == "RB" && toks[j+2].Lower == "to" && x.controls(t.Lemma):
			g.controllers = append(g.controllers, j)
			continue
		}
		break
	}
	g.start = j + 1
	// "at no time": a negating adverbial before the verb.
	if g.start >= 3 && toks[g.start-3].Lower == "at" && toks[g.start-2].Lower == "no" && toks[g.start-1].Lower == "time" {
		g.negated = true
	}
	for k := g.start; k < v && k >= 0; k++ {
		if toks[k].Lower == "at" && k+2 < v && toks[k+1].Lower == "no" {
			g.negated = true
		}
	}
	vt := toks[v]
	if sawBe && (vt.Tag == "VBN" || vt.Tag == "VBD") && len(g.controllers) == 0 {
		g.passive = true
	}
	return g
}

// controls reports whether a verb takes a subject-control infinitive.
func (x *Extractor) controls(lemma string) bool {
	for _, f := range x.lex.verbs[lemma] {
		if f.Control == "subj" {
			return true
		}
	}
	return false
}

var modRank = map[fact.Modality]int{fact.Asserted: 0, fact.Reported: 1, fact.Planned: 2, fact.Hedged: 3}

// stronger keeps the less certain of two modalities.
func stronger(a, b fact.Modality) fact.Modality {
	if modRank[b] > modRank[a] {
		return b
	}
	return a
}

// clauseStops end the search for arguments.
func clauseStop(t nlp.Token) bool {
	switch t.Text {
	case ";", ":", "(", ")", "—", "–":
		return true
	}
	return false
}

// subjectOf finds the agent(s) of a verb group: the nearest mention to the
// left that is not inside a prepositional phrase, with "X and Y" coordination.
// Returns the mention indexes.
func subjectOf(ws *wordSets, toks []nlp.Token, ms []Mention, g group, quoted []bool) []int {
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.End > g.start {
			continue
		}
		// Never reach across a quote boundary or a clause stop.
		crossed := false
		for t := m.End; t < g.start; t++ {
			if clauseStop(toks[t]) || isQuote(toks[t]) || quoted[t] != quoted[g.verb] {
				crossed = true
				break
			}
		}
		if crossed {
			return nil
		}
		if m.Location || !m.resolved() || inPP(toks, m) || m.Possessive && possessed(ws, toks, m, g.start) {
			continue
		}
		out := []int{k}
		// "Russia and France", "Le Drian and Russian Defence Minister Sergei Shoigu"
		// A comma links conjuncts only in a list that ends in "and" ("A, B and C").
		for k2 := k - 1; k2 >= 0; k2-- {
			if ms[k2].End > ms[k2+1].Start {
				// A name inside a longer one ("Bush" in "the Bush
				// Presidential Library", tree-named-orgs) is no conjunct.
				break
			}
			if between := toks[ms[k2].End:ms[k2+1].Start]; len(between) == 1 && (between[0].Lower == "and" || between[0].Text == "," && len(out) > 1) && !ms[k2].Location && ms[k2].resolved() {
				out = append(out, k2)
				continue
			}
			break
		}
		return out
	}
	return nil
}

// inPP reports whether a mention is the object of a preposition (so not a
// subject): "in Syria", "with Putin", "of Bashar al-Assad".
func inPP(toks []nlp.Token, m Mention) bool {
	// "after France failed ...": a mention followed by a finite verb is the
	// subject of a subordinate clause, not the object of a preposition.
	if e := m.End; e < len(toks) && (toks[e].Tag == "VBD" || toks[e].Tag == "VBZ" || toks[e].Tag == "VBP" || toks[e].Tag == "MD") {
		return false
	}
	j := m.Start - 1
	for j >= 0 && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "CD" || toks[j].Tag == "PRP$") {
		j--
	}
	if j < 0 {
		return false
	}
	if toks[j].Tag == "IN" && toks[j].Lower != "that" || toks[j].Lower == "to" && toks[j].Tag == "TO" {
		return true
	}
	// "between France and Russia": the second conjunct shares the preposition.
	if (toks[j].Lower == "and" || toks[j].Lower == "or") && j > 0 {
		k := j - 1
		for k >= 0 && toks[k].Tag != "IN" && toks[k].Tag != "TO" && j-k < 6 && !isVerb(toks[k]) && toks[k].Text != "," {
			k--
		}
		return k >= 0 && (toks[k].Tag == "IN" && toks[k].Lower != "that" || toks[k].Tag == "TO")
	}
	return false
}

// possessed: "Russia's annexation ... " - the possessor is not the clause subject
// unless the verb follows immediately.
func possessed(ws *wordSets, toks []nlp.Token, m Mention, verbStart int) bool {
	if m.End+1 >= verbStart {
		return false
	}
	// "Iraq's foreign ministry condemned": the institution is its possessor's agent.
	for t := m.End + 1; t < verbStart; t++ {
		if tg := toks[t].Tag; !(tg == "JJ" || strings.HasPrefix(tg, "NN")) {
			return true
		}
	}
	return !ws.institutions[toks[verbStart-1].Lower]
}

// objectOf finds the mention filling an argument slot after the verb.
// slot is "dobj", "that", or a preposition.
func objectOf(toks []nlp.Token, ms []Mention, from int, slot string, quoted []bool) (int, bool) {
	limit := len(toks)
	for t := from; t < len(toks); t++ {
		if clauseStop(toks[t]) || (quoted[t] != quoted[minInt(from, len(toks)-1)] && !isQuote(toks[t])) {
			limit = t
			break
		}
	}
	switch slot {
	case "that":
		for t := from; t < limit; t++ {
			if toks[t].Lower == "that" || t == from {
				for k, m := range ms {
					if m.Start > t && m.Start < limit && !m.Location && m.resolved() && !inPP(toks, m) {
						return k, true
					}
				}
				return -1, false
			}
		}
	case "dobj":
		for k, m := range ms {
			if m.Start < from || m.Start >= limit {
				continue
			}
			// "condemned the deployment of Turkish troops": the actor of
			// the action named by the object noun.
			if m.Start >= from+3 && m.Start-from <= 5 && toks[m.Start-1].Lower == "of" && strings.HasPrefix(toks[m.Start-2].Tag, "NN") && toks[from].Tag == "DT" && m.resolved() {
				ok := true
				for t := from + 1; t < m.Start-2; t++ {
					ok = ok && (toks[t].Tag == "JJ" || strings.HasPrefix(toks[t].Tag, "NN"))
				}
				if ok {
					return k, true
				}
			}
			// A direct object comes before any other verb and is not
			// governed by a preposition.
			for t := from; t < m.Start; t++ {
				switch toks[t].Tag {
				case "DT", "JJ", "JJR", "JJS", "RB", "CD", "PRP$", "``", "''", "PDT":
					continue
				}
				return -1, false
			}
			if m.Modifier {
				continue
			}
			// A particle verb's own preposition ("called on X") does not
			// make its object a prepositional phrase.
			if !m.resolved() || m.Start > from && inPP(toks, m) {
				return -1, false
			}
			return k, true
		}
	default:
		for k, m := range ms {
			if m.Start < from || m.Start >= limit || !m.resolved() {
				continue
			}
			// The preposition heads the phrase holding the mention.
			j := m.Start - 1
			for j >= from && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "PRP$" || toks[j].Tag == "CD" || toks[j].Tag == "NNP") {
				j--
			}
			if j >= from && toks[j].Lower == slot {
				// No other verb between.
				ok := true
				for t := from; t < j; t++ {
					if isVerb(toks[t]) && toks[t].Tag != "VBG" && toks[t].Tag != "VBN" {
						ok = false
					}
				}
				if ok {
					return k, true
				}
			}
		}
	}
	return -1, false
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}
