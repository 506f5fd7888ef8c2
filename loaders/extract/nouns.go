package extract

import (
	"strings"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

// nounAt finds an event noun at token i (one or two words).
func (x *Extractor) nounAt(st *sentence, i int) (NounFrame, int, bool) {
	toks := st.Tokens
	// A two-word noun may have modifiers between its words: "joint
	// military drills" is a "joint drill".
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if nf, ok := x.lex.nouns[toks[i].Lower+" "+toks[k].Lemma]; ok {
			return nf, k - i + 1, true
		}
		if nf, ok := x.lex.nouns[toks[i].Lower+" "+toks[k].Lower]; ok {
			return nf, k - i + 1, true
		}
		if t := toks[k].Tag; t != "JJ" && t != "NN" {
			break
		}
	}
	if !strings.HasPrefix(toks[i].Tag, "NN") {
		return NounFrame{}, 0, false
	}
	if nf, ok := x.lex.nouns[toks[i].Lemma]; ok {
		return nf, 1, true
	}
	if nf, ok := x.lex.nouns[toks[i].Lower]; ok {
		return nf, 1, true
	}
	// "counter-tariffs", "counter-attack": a prefixed noun names its last
	// part's act.
	if cut := strings.LastIndexByte(toks[i].Lower, '-'); cut > 0 && len(toks[i].Lower)-cut > 4 {
		tail := toks[i].Lower[cut+1:]
		for _, w := range []string{tail, strings.TrimSuffix(tail, "s")} {
			if nf, ok := x.lex.nouns[w]; ok {
				return nf, 1, true
			}
		}
	}
	return NounFrame{}, 0, false
}

// nouns finds events named by nouns: "talks between X and Y", "a visit to
// Moscow by Hollande", "the downing of a Russian warplane by Turkey",
// "Russia's annexation of Crimea", "Russian air strikes on IS".
func (x *Extractor) nouns(st *sentence) {
	toks := st.Tokens
	for i := 0; i < len(toks); i++ {
		nf, n, ok := x.nounAt(st, i)
		if !ok || st.claimed[i+n-1] {
			continue
		}
		end := i + n
		pred, _ := x.preds.Get(nf.Predicate)
		if pred.Kind != schema.Event {
			// Relation nouns are read from the tree only.
			i = end - 1
			continue
		}
		var subj, obj []arg
		rule := "noun:" + nf.Lemma

		// Object: the first listed preposition that introduces a mention.
		limit := nounLimit(st, end)
		for _, prep := range nf.ObjPreps {
			if prep == "between" {
				continue
			}
			if k, ok := objectPP(st, end, limit, prep); ok {
				obj = st.mentionArgs(k)
				break
			}
		}
		// "attacks in Paris": the place attacked.
		if len(obj) == 0 && x.lex.w.attackPreds[pred.Name] {
			if k, ok := objectPP(st, end, limit, "in"); ok {
				obj = st.mentionArgs(k)
			}
		}
		// "anti-IS strikes": the target in the modifier.
		if len(obj) == 0 && i > 0 && strings.HasPrefix(toks[i-1].Lower, "anti-") {
			if a, _, _, ok := x.dict.Actor([]string{toks[i-1].Text[5:]}, 0); ok {
				obj = []arg{{actor: a, start: i - 1, end: i}}
			}
		}
		// Subject: "by X", a possessor, a demonym group that ends in the
		// noun itself ("Russian air strikes"), or "between X and Y".
		if k, ok := mentionAfter(st, end, limit, "by"); ok {
			subj = st.mentionArgs(k)
		}
		for k, m := range st.ms {
			if len(subj) > 0 {
				break
			}
			if m.Possessive && nextAfterPossessive(st, m) == i || m.Kind == MGroup && m.End == end && m.Start < i {
				subj = st.mentionArgs(k)
				rule += ":possessor"
			}
		}
		if len(subj) == 0 {
			if k, ok := mentionAfter(st, end, limit, "between"); ok && len(st.ms[k].Actors) >= 2 {
				subj = st.mentionArgs(k)
			} else if ok && k+1 < len(st.ms) && toks[st.ms[k].End].Lower == "and" && st.ms[k+1].Start == st.ms[k].End+1 {
				subj = append(st.mentionArgs(k), st.mentionArgs(k+1)...)
			}
		}
		// "claimed responsibility for the attacks": the claimant.
		mod := fact.Asserted
		negated := false
		if len(subj) == 0 && claimedFor(st, i) {
			subj = st.claimant(i)
			rule += ":claimed"
			mod = fact.Reported
		}
		// "imposed sanctions on X", "is carrying out anti-IS strikes": the
		// noun is the object of a light verb whose subject is the agent.
		if len(subj) == 0 {
			// Only a light verb lends its subject: "questioned the arrest
			// of X" is no arrest by the questioner.
			// A verb of attitude ("condemned the invasion of Y", "denied
			// the attack") names someone else's act.
			// A verb that only says a joint act did not happen ("cancelled
			// the talks") lends its subject to that act, not to a hostile
			// one it names ("discussed the war in Ukraine").
			joint := len(nf.CAMEO) >= 2 && nf.CAMEO[:2] < "13"
			if v := governingVerb(st, i); v >= 0 && (x.lex.w.lightVerbs[toks[v].Lemma] || x.lex.w.verbalLight[toks[v].Lemma] || joint && (x.negatingPlain(toks[v].Lemma) || x.negatesNoun(st, v, i)) || x.modalVerb(toks[v].Lemma)) {
				g := x.verbGroup(toks, v)
				if x.requestedBy(st, g) {
					i = end - 1
					continue
				}
				// "cancelled the talks", not "issued a warning" (whose
				// frame codes the noun's own act) or another noun's frame.
				negated = negated || x.negatesNoun(st, v, i) || x.negatingPlain(toks[v].Lemma)
				for _, f := range x.lex.verbs[toks[v].Lemma] {
					if f.Modality != "" {
						// "considering sanctions": not yet imposed.
						mod = stronger(mod, f.Modality)
					}
				}
				// "a joint declaration to intensify strikes": whose strikes
				// the text does not say.
				if g.start >= 2 && toks[g.start-1].Lower == "to" && len(g.controllers) == 0 && st.nounComplement(g.start-2) {
					i = end - 1
					continue
				}
				for _, k := range subjectOf(x.lex.w, toks, st.ms, g, st.quoted) {
					subj = append(subj, st.mentionArgs(k)...)
				}
				if len(subj) > 0 {
					rule += ":light-verb"
					mod = stronger(mod, g.modality)
					// "would not sign a deal": the verb's negation is the noun's.
					negated = negated || g.negated
				}
			}
		}
		if v := governingVerb(st, i); v >= 0 && x.negatesNoun(st, v, i) && !x.verbGroup(toks, v).negated {
			// "lifted its sanctions on X": whoever's they were, not imposed.
			negated = true
		}
		// "following talks with Y": the sentence's agent.
		if len(subj) == 0 && len(obj) > 0 && (pred.Name == "meets" || pred.Name == "visits") {
			if st.sp.speaker != nil {
				subj = []arg{{actor: *st.sp.speaker, start: -1, end: -1}}
			} else if len(st.lastSubj) > 0 {
				subj = st.lastSubjArgs()
			}
		}
		trig := [2]int{i, end}
		switch {
		case len(subj) >= 2 && len(obj) == 0 && pred.Symmetric:
			for a, s := range subj {
				for b, o := range subj {
					if a != b {
						x.emit(st, schema.Event, s, o, pred.Name, nf.CAMEO, 0, negated, mod, trig, rule+":pair")
					}
				}
			}
		case len(subj) > 0 && len(obj) > 0:
			for _, s := range subj {
				for _, o := range obj {
					x.emit(st, schema.Event, s, o, pred.Name, nf.CAMEO, 0, negated, mod, trig, rule)
				}
			}
		}
		i = end - 1
	}
}

// governingVerb finds the verb whose direct object the noun at i heads
// ("imposed [new] sanctions", "carrying out [anti-IS] strikes"), or -1.
func governingVerb(st *sentence, i int) int {
	toks := st.Tokens
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		t := toks[j]
		switch {
		case t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "PRP$" || t.Tag == "RB" || t.Tag == "CD" || t.Tag == "RP" || strings.HasPrefix(t.Lower, "anti-") || t.Tag == "NN" && j == i-1:
			continue
		case isVerb(t) && !st.w.reportVerbs[t.Lemma] && t.Lemma != "be":
			return j
		}
		return -1
	}
	return -1
}

// nounLimit bounds a noun phrase's prepositional tail.
func nounLimit(st *sentence, from int) int {
	toks := st.Tokens
	for t := from; t < len(toks) && t < from+14; t++ {
		if clauseStop(toks[t]) || t > from && isVerb(toks[t]) && toks[t].Tag != "VBN" && toks[t].Tag != "VBG" || toks[t].Text == "," {
			return t
		}
	}
	if from+14 < len(toks) {
		return from + 14
	}
	return len(toks)
}

// mentionAfter finds the first resolved mention in [from, limit) governed by prep.
func mentionAfter(st *sentence, from, limit int, prep string) (int, bool) {
	toks := st.Tokens
	for k, m := range st.ms {
		if m.Start < from || m.Start >= limit || !m.resolved() || m.Modifier {
			continue
		}
		j := m.Start - 1
		// "by NATO member Turkey": step over the describing mention.
		if k > 0 && st.ms[k-1].Modifier && st.ms[k-1].End == m.Start-1 {
			j = st.ms[k-1].Start - 1
		}
		for j >= from && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "PRP$" || toks[j].Tag == "CD" || toks[j].Tag == "NNP" && !capitalized(toks[j].Text) || toks[j].Tag == "NN" && j > from && toks[j-1].Tag == "DT") {
			j--
		}
		if j >= from && toks[j].Lower == prep {
			return k, true
		}
		// "a visit to Moscow last month by X": look past non-mention tokens.
	}
	return -1, false
}

// objectPP finds the object of an event noun in its own prepositional
// phrase: prep must be the first preposition after the noun, so that in
// "bombings in Beirut and the downing of a Russian airplane" the "of" belongs
// to the downing, not to the bombings.
func objectPP(st *sentence, end, limit int, prep string) (int, bool) {
	for t := end; t < limit; t++ {
		if tg := st.Tokens[t].Tag; tg == "IN" || tg == "TO" {
			if st.Tokens[t].Lower != prep {
				return -1, false
			}
			return mentionAfter(st, t, limit, prep)
		}
	}
	return -1, false
}

// nextAfterPossessive is the token after "X's" (and any adjectives).
func nextAfterPossessive(st *sentence, m Mention) int {
	j := m.End
	if j < len(st.Tokens) && st.Tokens[j].Tag == "POS" {
		j++
	}
	for j < len(st.Tokens) && (st.Tokens[j].Tag == "JJ" || st.Tokens[j].Tag == "VBN") {
		j++
	}
	if m.Kind == MPronoun {
		j = m.End
		for j < len(st.Tokens) && (st.Tokens[j].Tag == "JJ" || st.Tokens[j].Tag == "VBN") {
			j++
		}
	}
	return j
}

// claimedFor reports whether the noun at i is (one of the coordinated
// objects) of "claim responsibility for": "claimed responsibility for the
// Nov. 13 attacks in Paris, as well as deadly bombings in Beirut and the
// downing of a Russian airplane".
func claimedFor(st *sentence, i int) bool {
	toks := st.Tokens
	for j := i - 1; j >= 1 && j >= i-30; j-- {
		if toks[j].Lower == "for" && toks[j-1].Lower == "responsibility" {
			return true
		}
		if t := toks[j].Tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" || clauseStop(toks[j]) {
			return false
		}
	}
	return false
}

// claimant finds who claimed responsibility: the subject of "claim" before i.
func (st *sentence) claimant(i int) []arg {
	for k := i - 1; k >= 0; k-- {
		if st.Tokens[k].Lemma == "claim" {
			// the nearest resolved agent before the claim verb
			for m := len(st.ms) - 1; m >= 0; m-- {
				if st.ms[m].End <= k && st.ms[m].resolved() && !st.ms[m].Location {
					return st.mentionArgs(m)
				}
			}
			if len(st.lastSubj) > 0 {
				return st.lastSubjArgs()
			}
			return nil
		}
	}
	return nil
}
