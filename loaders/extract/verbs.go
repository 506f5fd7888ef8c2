package extract

import (
	"strings"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/loaders/nlp"
	"github.com/kg-project/kg/schema"
)

// pickFrame chooses the frame whose particle (if any) follows the verb.
// It returns the frame and the number of tokens the particle takes.
func (x *Extractor) pickFrame(st *sentence, v int) (Frame, int, bool) {
	toks := st.Tokens
	frames := x.lex.verbs[toks[v].Lemma]
	for _, f := range frames {
		if f.Particle == "" {
			continue
		}
		// A particle follows at once ("shoot down"); a noun may have a
		// determiner and adjectives before it ("cut all military contacts").
		reach := v + 2
		if len(f.Particle) > 4 {
			reach = v + 4
		}
		for k := v + 1; k < len(toks) && k <= reach; k++ {
			if toks[k].Lower == f.Particle || toks[k].Lemma == f.Particle {
				return f, k - v, true
			}
			if k > v+1 && !(toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "PDT") && k < reach {
				break
			}
		}
	}
	for _, f := range frames {
		if f.Particle == "" {
			return f, 0, true
		}
	}
	return Frame{}, 0, false
}

// requestedBy reports whether the verb is the content of a request ("ask
// Russia to increase ...", "called on European states to act"): such a
// complement says what someone wants, not what happened.
func (x *Extractor) requestedBy(st *sentence, g group) bool {
	toks := st.Tokens
	if g.start == 0 || toks[g.start-1].Lower != "to" {
		return false
	}
	for k := g.start - 2; k >= 0 && k >= g.start-10; k-- {
		if isVerb(toks[k]) {
			// Requests say what is wanted; an order's content is carried
			// out ("ordering the military to work with"), so it counts.
			for _, f := range x.lex.verbs[toks[k].Lemma] {
				if f.Control == "obj" && f.Predicate != "" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// verbs applies the verb-frame lexicon to every verb of a sentence.
func (x *Extractor) verbs(st *sentence) {
	toks := st.Tokens
	for v := range toks {
		if !isVerb(toks[v]) || st.claimed[v] {
			continue
		}
		if v > 0 && (toks[v].Tag == "VBN" || toks[v].Tag == "VBG") && (toks[v-1].Tag == "DT" || toks[v-1].Tag == "PRP$") {
			// "the outlawed Lashkar-e-Toiba", "its promised tanks": a
			// participle after a determiner modifies a noun; it is no
			// clause of its own.
			continue
		}
		fr, plen, ok := x.pickFrame(st, v)
		if !ok || fr.Predicate == "" {
			if x.requestedBy(st, x.verbGroup(toks, v)) {
				st.lastRequested = true
			}
			continue
		}
		g := x.verbGroup(toks, v)
		// "called on X to act ... and join forces with Y": both verbs are
		// what was asked for, not what happened.
		if x.requestedBy(st, g) || st.lastRequested && g.start > 0 && toks[g.start-1].Lower == "and" {
			st.lastRequested = true
			continue
		}
		st.lastRequested = false
		pred, _ := x.preds.Get(fr.Predicate)

		var subj, obj []arg
		var alleger *fact.Actor // "accused X of V-ing": the accuser alleges the V
		after := v + 1 + plen
		if g.passive {
			if k, ok := objectOf(toks, st.ms, after, "by", st.quoted); ok && byIsNear(toks, after, st.ms[k].Start) {
				subj = st.mentionArgs(k)
			}
			if ks := subjectOf(x.lex.w, toks, st.ms, g, st.quoted); len(ks) > 0 {
				for _, k := range ks {
					obj = append(obj, st.mentionArgs(k)...)
				}
				// "relations between the two ministers were suspended"
				if pred.Symmetric && len(subj) == 0 && st.ms[ks[0]].Start >= 2 && toks[st.ms[ks[0]].Start-1].Lower == "between" {
					subj = obj
				}
			}
		} else {
			ks := subjectOf(x.lex.w, toks, st.ms, g, st.quoted)
			// "the need for countries to co-ordinate", "a declaration to
			// intensify": an infinitive completing a common noun has no
			// subject we can name.
			if g.start >= 2 && toks[g.start-1].Lower == "to" && len(g.controllers) == 0 {
				if st.nounComplement(g.start - 2) {
					ks = nil
				} else if f := st.verbBefore(g.start - 2); f >= 0 {
					// "is to meet his counterpart in Moscow to request": a
					// purpose infinitive shares the main verb's subject; after
					// "order X to" (object control) X is its subject.
					fg := x.verbGroup(toks, f)
					ks = subjectOf(x.lex.w, toks, st.ms, fg, st.quoted)
					g.modality = stronger(g.modality, fg.modality)
					if x.objectControl(toks[f].Lemma) {
						if k, ok := objectOf(toks, st.ms, f+1, "dobj", st.quoted); ok {
							ks = []int{k}
						}
					}
				}
			}
			// "rebel groups battling IS": a participle right after a noun
			// phrase takes it as subject, even inside a prepositional phrase.
			if toks[v].Tag == "VBG" && g.start == v {
				for k, m := range st.ms {
					if m.End == v && m.resolved() {
						ks = []int{k}
					}
				}
				// "rather than targeting IS", "said before travelling": the
				// subject of the finite verb the participle clause hangs on.
				if v > 0 && x.lex.w.subordinators[toks[v-1].Lower] {
					ks = nil
					for f := v - 2; f >= 0; f-- {
						// A verb of a relative clause ("which threaten ...") is not the one the participle hangs on.
						if f > 0 && x.lex.w.relativePronouns[toks[f-1].Lower] {
							continue
						}
						if isVerb(toks[f]) || toks[f].Tag == "MD" {
							// "accused Moscow of targeting", "criticized Washington
							// for failing": the object of the main verb does it.
							if p := toks[v-1].Lower; p == "of" || p == "for" {
								if k, ok := objectOf(toks, st.ms, f+1, "dobj", st.quoted); ok && st.ms[k].End < v {
									ks = []int{k}
									// "accused Turkey of shooting down": alleged, by the accuser.
									if x.accusing(toks[f].Lemma) {
										for _, a := range subjectOf(x.lex.w, toks, st.ms, x.verbGroup(toks, f), st.quoted) {
											if st.ms[a].resolved() {
												acc := st.ms[a].Actors[0]
												alleger = &acc
											}
										}
									}
									break
								}
							}
							ks = subjectOf(x.lex.w, toks, st.ms, x.verbGroup(toks, f), st.quoted)
							break
						}
					}
				}
			}
			for _, k := range ks {
				subj = append(subj, st.mentionArgs(k)...)
			}
			if coordinatedVP(st, g) {
				// "X said Y had the right ..., but urged Z": a verb phrase
				// after a conjunction has no subject of its own; the mention
				// nearest to it belongs to the previous conjunct.
				if len(st.lastSubj) > 0 {
					subj = st.lastSubjArgs()
				}
				// ", but urged": after a comma the conjunct pairs with the
				// sentence's first verb of the same shape (with or without a
				// modal), not with the last verb of a clause in between.
				if g.start >= 2 && toks[g.start-2].Text == "," {
					if f := x.parallelVerb(st, g); f >= 0 {
						var ps []arg
						for _, k := range subjectOf(x.lex.w, toks, st.ms, x.verbGroup(toks, f), st.quoted) {
							ps = append(ps, st.mentionArgs(k)...)
						}
						if len(ps) > 0 {
							subj = ps
						}
					}
				}
			}
			for _, slot := range fr.Args {
				if k, ok := objectOf(toks, st.ms, after, slot, st.quoted); ok && !sameActors(st.ms[k].Actors, subj) {
					obj = st.mentionArgs(k)
					// "urged Russia and Turkey", "between Moscow and Ankara"
					for k2 := k + 1; k2 < len(st.ms) && st.ms[k2].AfterAnd && st.ms[k2].Start == st.ms[k2-1].End+1 && st.ms[k2].resolved(); k2++ {
						obj = append(obj, st.mentionArgs(k2)...)
					}
					break
				}
			}
			if len(obj) == 0 && coordinatedVP(st, g) && (pred.Name == "offers" || pred.Name == "requests" || pred.Name == "appeals") {
				obj = st.lastObjArgs()
			}
			// "Assad, whom Western countries blame": the object is the
			// relative pronoun's antecedent.
			if len(obj) == 0 && len(ks) > 0 && hasSlot(fr, "dobj") {
				if rel := st.relativeBefore(st.ms[ks[len(ks)-1]].Start); rel >= 0 {
					if a := st.relativeAntecedent(rel); a >= 0 {
						obj = st.mentionArgs(a)
					}
				}
			}
			// "is to meet his counterpart ... to request an increase": a
			// purpose clause addresses whoever the main verb met or visited.
			if len(obj) == 0 && (pred.Name == "requests" || pred.Name == "appeals") && g.start > 0 && toks[g.start-1].Lower == "to" && (st.lastPred == "meets" || st.lastPred == "visits") {
				obj = st.lastObjArgs()
			}
		}
		// Only a finite verb's subject is what a later "and <verb>" shares:
		// "accused Russia of sending troops ... and called on Moscow".
		if len(subj) > 0 && finite(toks, g) {
			st.lastSubj = actorsOf(subj)
		}
		if len(obj) > 0 && !g.passive {
			st.lastObj = actorsOf(obj)
			st.lastPred = pred.Name
		}
		neg := g.negated || negatedNP(st, obj)
		trig := [2]int{v, v + 1 + plen}
		rule := "verb:" + fr.Lemma
		if fr.Particle != "" {
			rule += "+" + fr.Particle
		}
		if g.passive {
			rule += ":passive"
		}
		before := len(st.facts)
		switch {
		case len(subj) > 0 && len(obj) > 0:
			for _, s := range subj {
				for _, o := range obj {
					x.emit(st, schema.Event, s, o, pred.Name, fr.CAMEO, 0, neg, g.modality, trig, rule)
				}
			}
		case len(subj) >= 2 && pred.Symmetric && !oneGroup(subj):
			// "Russia and France agreed to cooperate": each with the other.
			for i, s := range subj {
				for j, o := range subj {
					if i != j {
						x.emit(st, schema.Event, s, o, pred.Name, fr.CAMEO, 0, neg, g.modality, trig, rule+":plural")
					}
				}
			}
		}
		st.allege(before, alleger)
	}
}

// parallelVerb finds the first finite verb of the sentence whose group has
// a modal exactly when g has one: the verb a ", and/but" conjunct pairs with.
func (x *Extractor) parallelVerb(st *sentence, g group) int {
	toks := st.Tokens
	hasModal := func(from, to int) bool {
		for k := from; k <= to; k++ {
			if toks[k].Tag == "MD" {
				return true
			}
		}
		return false
	}
	want := hasModal(g.start, g.verb)
	for f := 0; f < g.start-1; f++ {
		t := toks[f].Tag
		if !(t == "VBD" || t == "VBZ" || t == "VBP") || f > 0 && x.lex.w.relativePronouns[toks[f-1].Lower] {
			continue
		}
		fg := x.verbGroup(toks, f)
		if hasModal(fg.start, f) == want {
			return f
		}
	}
	return -1
}

// byIsNear: the agent phrase belongs to this verb only if no other
// preposition comes between ("suspended after the annexation ... by Russia"
// is not suspended by Russia).
func byIsNear(toks []nlp.Token, from, mention int) bool {
	for t := from; t < mention; t++ {
		if toks[t].Lower == "by" {
			return true
		}
		if toks[t].Tag == "IN" || toks[t].Tag == "TO" {
			return false
		}
	}
	return false
}

// verbBefore finds the verb a to-infinitive after token i hangs on, walking
// back over its objects and prepositional phrases; -1 if there is none.
func (st *sentence) verbBefore(i int) int {
	toks := st.Tokens
	for ; i >= 0; i-- {
		t := toks[i]
		if isVerb(t) {
			return i
		}
		if t.Tag == "IN" || t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CC" || t.Tag == "PRP$" || t.Tag == "POS" || strings.HasPrefix(t.Tag, "NN") || t.Tag == "RB" || t.Tag == "CD" || isQuote(t) {
			continue
		}
		return -1
	}
	return -1
}

// objectControl: "order X to V", "ask X to V".
func (x *Extractor) objectControl(lemma string) bool {
	for _, f := range x.lex.verbs[lemma] {
		if f.Control == "obj" {
			return true
		}
	}
	return false
}

// nounComplement reports whether the infinitive whose "to" follows token i
// completes a common noun ("collaboration between France and Russia to
// combat IS") rather than a verb phrase ("meet his counterpart in Moscow to
// request"): it walks back over mentions, prepositions and determiners.
func (st *sentence) nounComplement(i int) bool {
	toks := st.Tokens
	inMention := func(t int) bool {
		for _, m := range st.ms {
			if m.Start <= t && t < m.End {
				return true
			}
		}
		return false
	}
	for ; i >= 0; i-- {
		t := toks[i]
		switch {
		case inMention(i), t.Tag == "IN", t.Tag == "DT", t.Tag == "JJ", t.Tag == "CC", t.Tag == "POS", t.Tag == "PRP$":
			continue
		case t.Tag == "NN" || t.Tag == "NNS":
			return true
		}
		return false
	}
	return false
}

// accusing reports whether a verb accuses (its of-clause is an allegation).
func (x *Extractor) accusing(lemma string) bool {
	for _, f := range x.lex.verbs[lemma] {
		if f.Predicate == "accuses" || f.Predicate == "criticizes" {
			return true
		}
	}
	return false
}

// allege marks the facts from index `from` on as alleged by who.
func (st *sentence) allege(from int, who *fact.Actor) {
	if who == nil {
		return
	}
	for i := from; i < len(st.facts); i++ {
		st.facts[i].Modality = fact.Reported
		st.facts[i].Speaker = who
	}
}

// finite reports whether a verb group carries tense (not a bare participle
// or infinitive).
func finite(toks []nlp.Token, g group) bool {
	for k := g.start; k <= g.verb; k++ {
		switch toks[k].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// sameActors: "deployed missiles to its base": an object that is the
// subject itself is no object.
func sameActors(as []fact.Actor, subj []arg) bool {
	for _, a := range as {
		for _, s := range subj {
			if a.ID == s.actor.ID {
				return true
			}
		}
	}
	return false
}

func hasSlot(f Frame, slot string) bool {
	for _, a := range f.Args {
		if a == slot {
			return true
		}
	}
	return false
}

func actorsOf(as []arg) []fact.Actor {
	out := make([]fact.Actor, len(as))
	for i, a := range as {
		out[i] = a.actor
	}
	return out
}

func (st *sentence) lastSubjArgs() []arg {
	out := make([]arg, len(st.lastSubj))
	for i, a := range st.lastSubj {
		out[i] = arg{actor: a, start: -1, end: -1}
	}
	return out
}

func (st *sentence) lastObjArgs() []arg {
	out := make([]arg, len(st.lastObj))
	for i, a := range st.lastObj {
		out[i] = arg{actor: a, start: -1, end: -1}
	}
	return out
}

// coordinatedVP: "Paris would ask Russia ..., and would offer ...": the
// verb group follows "and"/"but"/"or", so it shares the earlier subject.
func coordinatedVP(st *sentence, g group) bool {
	j := g.start - 1
	return j >= 0 && (st.Tokens[j].Lower == "and" || st.Tokens[j].Lower == "but" || st.Tokens[j].Lower == "or")
}

// negatedNP: "no ... deals were discussed" - a "no" determiner on an argument.
func negatedNP(st *sentence, as []arg) bool {
	for _, a := range as {
		if a.start > 0 && st.Tokens[a.start-1].Lower == "no" {
			return true
		}
	}
	return false
}
