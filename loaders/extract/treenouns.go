package extract

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

// treeNouns codes event nouns (data/nouns.tsv) with their participants
// read off the tree, and marks each noun it coded in st.claimed:
//
//	object   the noun's nominal with a listed preposition ("raids against
//	         X", "aid to X"), both sides of "between X and Y"
//	subject  "by X" / "from X", a possessor ("Iran's support"), an
//	         adjective or compound actor ("Russian air strikes", "US aid"),
//	         else the subject of the light verb the noun is the object of
//	         ("Kenya launched raids", "imposed sanctions on"), with that
//	         verb's negation and modality ("cancelled talks" did not happen)
func (x *Extractor) treeNouns(st *sentence) {
	t := st.tree
	if t == nil {
		return
	}
	toks := st.Tokens
	for i := range toks {
		nf, n, ok := x.nounAt(st, i)
		if !ok {
			continue
		}
		h := i + n - 1 // the head of a two-word noun is its last word
		if !strings.HasPrefix(toks[h].Tag, "NN") || st.claimed[h] {
			continue
		}
		pred, _ := x.preds.Get(nf.Predicate)
		cameo := nf.CAMEO
		rule := "tree:noun:" + nf.Lemma
		verbal := false
		var subj, obj []int
		pairs := false
		threatNoun := false
		var from []int
		// "the downing of a warplane by Turkey": the by-agent may hang off
		// the noun's own of-nominal, where PP attachment often puts it.
		nmods := t.children(h, "nmod")
		for _, c := range t.children(h, "nmod") {
			if t.caseOf(c) == "of" {
				for _, cc := range t.children(c, "nmod") {
					if t.caseOf(cc) == "by" {
						nmods = append(nmods, cc)
					}
				}
			}
			// "calls from Peru for Chile to withdraw", "the visit by the
			// Indian prime minister to Washington": likewise the object's
			// phrase may hang off the noun's from- or by-nominal.
			if p := t.caseOf(c); p == "from" || p == "by" {
				for _, cc := range t.children(c, "nmod") {
					if q := t.caseOf(cc); q != p && q != "by" && q != "from" && listed(nf.ObjPreps, q) {
						nmods = append(nmods, cc)
					}
				}
			}
		}
		for _, c := range nmods {
			p := t.caseOf(c)
			if p == "between" && !pred.Symmetric && listed(nf.ObjPreps, p) && st.nounAgent(h) {
				// "Egypt's mediation between Israel and Hamas": with an
				// agent of its own, the sides are the objects of a
				// one-sided act ("clashes between X and Y" have none).
				if len(obj) == 0 {
					obj = st.argsAt(c)
				}
				continue
			}
			if p == "between" {
				if ks := st.argsAt(c); len(ks) >= 2 {
					subj, pairs = ks, true
				}
				continue
			}
			if len(obj) == 0 && listed(nf.ObjPreps, p) {
				obj = st.argsAt(c)
				if len(obj) == 0 {
					// "an investigation into Sri Lanka's war crimes",
					// "criticism of Russia's annexation": an act's agent.
					obj = st.agentOf(c)
				}
			}
			if len(subj) == 0 && p == "by" {
				subj = st.argsAt(c)
			}
			if len(from) == 0 && p == "from" && !listed(nf.ObjPreps, p) {
				from = st.argsAt(c)
			}
		}
		claimer := x.responsibleFor(st, h)
		if len(subj) == 0 && len(claimer) > 0 {
			// "IS claimed responsibility for the bombing": the claimer
			// says the act was its own.
			subj = claimer
			rule += ":claimed"
		}
		if len(obj) == 0 && x.lex.w.attackPreds[pred.Name] && (st.nounAgent(h) || x.lightVerbObject(st, h) || len(claimer) > 0) {
			// "carried out hundreds of air strikes in Syria": the place
			// attacked, when the noun has an agent of its own ("since the
			// attacks in Paris" names none); "the bombing of a mosque in
			// Kabul": the place of what was hit.
			places := t.children(h, "nmod")
			for _, c := range places {
				if t.caseOf(c) == "of" {
					places = append(places, t.children(c, "nmod")...)
				}
			}
			for _, c := range places {
				if t.caseOf(c) != "in" {
					continue
				}
				// A place is no argument elsewhere, but here it is the
				// target (as placeOfTarget reads it for verbs).
				if k, ok := x.placeAt(st, c); ok {
					obj = []int{k}
					break
				}
			}
		}
		if len(subj) == 0 {
			for _, c := range t.children(h, "nmod:poss") {
				subj = st.argsAt(c)
			}
		}
		if len(subj) == 0 && len(from) > 0 && len(obj) > 0 {
			// "support for the militias from Iran": a source, when the noun
			// has its object; "annexation of Crimea from Ukraine" has a
			// possessor and never gets here.
			subj = from
		}
		if len(subj) == 0 {
			// "Russian air strikes", "the US-led coalition's raids": actors
			// in the modifiers; two of them make a pair ("the
			// Russian-Georgian war").
			var mods []int
			for _, c := range t.children(h, "amod", "compound") {
				if k := st.tokMention[c]; k >= 0 && !containsInt(obj, k) && !containsInt(mods, k) {
					mods = append(mods, k)
				}
			}
			switch {
			case len(mods) == 1 && len(st.ms[mods[0]].Actors) == 2 && len(obj) == 0:
				// "the Chile-Bolivia row": one modifier naming both sides.
				subj, pairs = mods, true
			case len(mods) >= 2 && len(obj) == 0:
				subj, pairs = mods, true
			case len(mods) == 1:
				subj = mods
			}
		}
		m := mood{modality: fact.Asserted}
		if at := x.countedBy(st, h); len(subj) == 0 && len(obj) == 0 && t.head(at) >= 0 && isVerb(toks[t.head(at)]) && t.relIs(at, "obj") && x.lex.w.receptionVerbs[toks[t.head(at)].Lemma] {
			v := t.head(at)
			// "the expulsions drew criticism from Moscow", "Peru faced
			// condemnation from Chile": the source of what the subject
			// drew acts on the subject, or on the agent of the subject's
			// act.
			src := from
			for _, c := range append(t.children(v, "obl"), t.children(at, "nmod")...) {
				if len(src) == 0 && t.caseOf(c) == "from" {
					src = st.argsAt(c)
				}
			}
			if len(src) > 0 {
				target := x.subjectsOf(st, v, 0)
				for _, c := range t.children(v, "nsubj") {
					if len(target) == 0 {
						target = st.agentOf(c)
					}
				}
				if len(target) > 0 {
					subj, obj = src, target
					m, _ = x.treeMood(st, v)
					rule += ":drawn-from"
				}
			}
		}
		if ns := t.children(h, "nsubj"); len(subj) == 0 && !pairs && len(ns) > 0 && t.has(h, "cop") && (t.caseOf(h) == "in" || t.caseOf(h) == "at") {
			// "Saudi Arabia is in talks with the US", "the two are at
			// war": a copular phrase's subject takes part in the event.
			if subj = st.argsAt(ns[0]); len(obj) == 0 && len(st.argList(subj)) >= 2 {
				pairs = true
			}
			rule += ":in"
		}
		if len(subj) == 0 && !pairs {
			// "launched raids", "carried out hundreds of raids": the noun,
			// or the quantity noun it is counted by, is a light verb's object.
			at := x.countedBy(st, h)
			if v := t.head(at); v >= 0 && (isVerb(toks[v]) || toks[v].Tag == "JJ" && t.has(v, "cop")) && x.lex.w.engageVerbs[toks[v].Lemma] && t.relIs(at, "obl") && t.caseOf(at) == "in" {
				// "Ethiopia and Eritrea are involved in a dispute", "engaged in
				// talks": the participants are the verb's subject.
				if subj = st.passiveObjects(v); len(subj) == 0 {
					subj = x.subjectsOf(st, v, 0)
				}
				if len(obj) == 0 && len(st.argList(subj)) >= 2 {
					pairs = true
				}
				rule += ":engaged-in"
			} else if v := t.head(at); v >= 0 && isVerb(toks[v]) && t.relIs(at, "obl") && t.caseOf(at) == "with" {
				// "Chile struck back with air strikes on Peru", "hit Peru
				// with sanctions": the verb's subject acts; the target is
				// the noun's, else the verb's object.
				m, _ = x.treeMood(st, v)
				subj = x.subjectsOf(st, v, 0)
				if os := t.children(v, "obj"); len(obj) == 0 && len(os) > 0 {
					obj = st.argsAt(os[0])
				}
				rule += ":with"
			} else if v := t.head(at); v >= 0 && isVerb(toks[v]) && t.relIs(at, "obl") && t.caseOf(at) == "for" && x.lex.w.motionVerbs[toks[v].Lemma] {
				// "Orban travelled to Moscow for talks with Putin": who
				// goes somewhere for an event takes part in it.
				m, _ = x.treeMood(st, v)
				subj = x.subjectsOf(st, v, 0)
				rule += ":trip-for"
			} else if v := t.head(at); v >= 0 && isVerb(toks[v]) && x.lex.w.lightVerbs[toks[v].Lemma] && (t.relIs(at, "obj", "nsubj:pass") || t.relIs(at, "obl") && t.caseOf(at) == "in" && st.amountObject(v)) {
				var skip bool
				m, skip = x.treeMood(st, v)
				if skip {
					st.claimed[h] = true
					continue
				}
				// A threatened act ("threatened to impose sanctions on
				// Lithuania") is coded as the threat, not as the act yet
				// to come; the verb codes it when its frame is violent or
				// coercive, else the noun does below.
				threatNoun = threatens(m, cameo)
				// "cancelled the talks", not "issued a warning" (whose
				// frame codes the noun's own act) or another noun's frame.
				if x.negatesNoun(st, v, h) || x.negatingPlain(toks[v].Lemma) {
					m.negated = true
				}
				for _, f := range x.lex.verbs[toks[v].Lemma] {
					if f.Modality != "" {
						m.modality = stronger(m.modality, f.Modality)
					}
				}
				subj = x.subjectsOf(st, v, 0) // for a passive, the by-agent
				if len(obj) == 0 && at != h {
					// "a wave of sanctions against Syria": the object may
					// hang off the quantity noun.
					for _, c := range t.children(at, "nmod") {
						if listed(nf.ObjPreps, t.caseOf(c)) {
							if obj = st.argsAt(c); len(obj) > 0 {
								break
							}
						}
					}
				}
				if len(obj) == 0 {
					// "carried out raids ... on al-Shabaab camps": the object's PP
					// may attach to the verb.
					for _, c := range t.children(v, "obl") {
						if listed(nf.ObjPreps, t.caseOf(c)) {
							if obj = st.argsAt(c); len(obj) > 0 {
								break
							}
						}
					}
				}
				rule += ":light-verb"
			}
		}
		// "expressing its support for Lima's plan": with a light verb
		// the object's PP may attach to the verb, whoever the subject is.
		if v := t.head(h); len(obj) == 0 && v >= 0 && t.rel(h) == "obj" && x.lex.w.lightVerbs[toks[v].Lemma] {
			for _, c := range t.children(v, "obl") {
				if listed(nf.ObjPreps, t.caseOf(c)) {
					if obj = st.argsAt(c); len(obj) > 0 {
						break
					}
				}
			}
		}
		// "voiced its support for X": words, not aid.
		if v := t.head(h); v >= 0 && t.rel(h) == "obj" && x.lex.w.verbalLight[toks[v].Lemma] && pred.Name == "aids" {
			pred, _ = x.preds.Get("endorses")
			cameo, verbal = "051", true
		}
		if len(subj) == 0 && !pairs && t.relIs(h, "nmod", "appos") {
			// "Mr Ruto, on a visit to Ghana": the noun describes the
			// actor it hangs on.
			if k := st.mentionOf(t.head(h), 0); k >= 0 {
				subj = []int{k}
			}
		}
		if v := t.head(h); len(obj) == 0 && len(cameo) >= 2 && cameo[:2] >= "18" && cameo[:2] <= "20" && v >= 0 && isVerb(toks[v]) && t.relIs(h, "obl:agent") && passiveVerb(st, v) {
			// "A Ukrainian village was hit by a Russian missile strike":
			// what the attack hit is what it was aimed at.
			obj = without(st.passiveObjects(v), subj)
		}
		if v := t.head(h); len(obj) == 0 && len(cameo) >= 2 && cameo[:2] >= "13" && cameo[:2] <= "20" && v >= 0 && isVerb(toks[v]) && t.relIs(h, "obl") && t.caseOf(h) == "to" && x.lex.w.respondVerbs[toks[v].Lemma] {
			// "the army had responded to an incursion by Ethiopian
			// forces": a hostile act responded to was aimed at the side
			// that responds.
			obj = without(x.subjectsOf(st, v, 0), subj)
		}
		subj = without(subj, obj)
		if v := t.head(h); v >= 0 && isVerb(toks[v]) && t.relIs(h, "obj", "nsubj:pass") && x.negatesNoun(st, v, h) && (len(subj) == 0 || st.sameActorIn(subj, x.subjectsOf(st, v, 0)) || x.lex.w.preventVerbs[toks[v].Lemma]) {
			// "lifted its sanctions on Belarus", "called off their talks":
			// a possessor names whose act it would have been, the verb says
			// it is none; "failed to prevent the downing" says it was.
			// "Hungary blocked EU aid to Ukraine": another's act prevented
			// did not happen either (preventVerbs).
			if vm, _ := x.treeMood(st, v); !vm.negated {
				m.negated = true
			}
		}
		if v := t.head(h); v >= 0 && isVerb(toks[v]) && t.relIs(h, "nsubj:pass") && m.modality == fact.Asserted {
			// "A meeting between the two leaders is planned for next
			// week", "talks are expected": what is planned has not
			// happened yet.
			for _, f := range x.lex.verbs[toks[v].Lemma] {
				if f.Control == "subj" && (f.Modality == fact.Planned || f.Modality == fact.Hedged) {
					m.modality = f.Modality
				}
			}
		}
		if v := t.head(h); v >= 0 && isVerb(toks[v]) && t.relIs(h, "obl") && t.caseOf(h) == "for" && x.requestVerb(toks[v].Lemma) {
			// "called for a ceasefire between Israel and Hamas", "pressed
			// for talks": what is asked for has not happened.
			m.negated = true
		}
		for _, c := range t.children(h, "det") {
			// "no cooperation deals were discussed": and the token rules
			// must not code the deal from its neighbours either.
			if l := toks[c].Lower; l == "no" || l == "neither" {
				m.negated = true
				st.claimed[h] = true
			}
		}
		if at := x.countedBy(st, h); m.modality == fact.Asserted && pred.Kind == schema.Event && t.relIs(at, "obj") && t.head(at) >= 0 && isVerb(toks[t.head(at)]) {
			// "offered to host a new round of talks between X and Y":
			// what the governing verb only plans or hopes for has not
			// happened.
			if vm, _ := x.treeMood(st, t.head(at)); vm.modality == fact.Planned || vm.modality == fact.Hedged {
				m.modality = vm.modality
			}
		}
		trig := [2]int{i, i + n}
		sa, oa := st.argList(subj), st.argList(obj)
		kind, pol := pred.Kind, 0
		if kind == schema.Stance {
			pol = stancePolarity(pred.Name)
		}
		if kind != schema.Event {
			m.modality = fact.Asserted
		}
		if v := t.head(h); v >= 0 && isVerb(toks[v]) && t.relIs(h, "obj") && x.mediating(toks[v].Lemma) {
			if vm, _ := x.treeMood(st, v); vm.negated || vm.modality != fact.Asserted {
				// "trying to broker a deal between the two sides": the
				// deal is the mediation's aim (coded on the verb), not
				// yet made.
				st.claimed[h] = true
				continue
			}
		}
		if threatNoun {
			for _, s := range sa {
				for _, o := range oa {
					if !st.hasFact(s.actor, o.actor, "threatens") {
						x.emit(st, schema.Event, s, o, "threatens", "130", 0, false, fact.Asserted, trig, rule+":threat")
					}
				}
			}
			st.claimed[h] = true
			continue
		}
		if pairs {
			// "the NATO Istanbul summit": the place it is held in is no
			// party to it.
			sa = slices.DeleteFunc(sa, func(a arg) bool { return a.actor.Type == schema.Place })
		}
		switch {
		case pairs:
			// "clashes between X and Y", "the Eritrea-Ethiopia war": one
			// fact per pair (a mutual act, whichever way it is read).
			for a, s := range sa {
				for b, o := range sa {
					if a < b {
						x.emit(st, kind, s, o, pred.Name, cameo, pol, m.negated, m.modality, trig, rule+":pair")
					}
				}
			}
			st.claimed[h] = true
		case len(sa) >= 2 && len(oa) == 0 && pred.Symmetric && !oneGroup(sa) && !st.claimed[t.head(h)] && st.tokMention[h] < 0 && !st.namesBody(h):
			// (Not a noun that names an actor: "applied to join the
			// alliance" is Nato.)
			// "Mexico and the US agreed to step up cooperation": the
			// subjects' act with each other, when the verb coded none
			// ("signed a ceasefire" is the signing).
			for a, s := range sa {
				for b, o := range sa {
					if a != b {
						x.emit(st, kind, s, o, pred.Name, cameo, pol, m.negated, m.modality, trig, rule+":plural")
					}
				}
			}
			st.claimed[h] = true
		case len(sa) > 0 && len(oa) > 0:
			for _, s := range sa {
				for _, o := range oa {
					x.emit(st, kind, s, o, pred.Name, cameo, pol, m.negated, m.modality, trig, rule)
					if verbal {
						// Voiced support is also where the speaker stands.
						x.emit(st, schema.Stance, s, o, "supports", "", 1, m.negated, fact.Asserted, trig, rule+":stance")
					}
				}
			}
			st.claimed[h] = true
		}
	}
}

// responsibleFor: event noun h is what a verb's subject claims
// responsibility for ("Islamic State claimed responsibility for the
// bombing"; claimVerbs, responsibilityNouns); the claimers, or nil.
func (x *Extractor) responsibleFor(st *sentence, h int) []int {
	t := st.tree
	if t.caseOf(h) != "for" {
		return nil
	}
	r := t.head(h)
	if r < 0 {
		return nil
	}
	v := r
	if !isVerb(st.Tokens[r]) {
		if !x.lex.w.responsibilityNouns[st.Tokens[r].Lemma] || !t.relIs(r, "obj") {
			return nil
		}
		v = t.head(r)
	} else if !slices.ContainsFunc(t.children(v, "obj"), func(o int) bool { return x.lex.w.responsibilityNouns[st.Tokens[o].Lemma] }) {
		// "claimed responsibility for the attack" with the for-phrase
		// hung on the verb.
		return nil
	}
	if v < 0 || !x.lex.w.claimVerbs[st.Tokens[v].Lemma] {
		return nil
	}
	return x.subjectsOf(st, v, 0)
}

// namesBody: noun h is "the alliance", "the bloc": a definite description
// of a body (orgGroupWords), not an act.
func (st *sentence) namesBody(h int) bool {
	if !st.w.orgGroupWords[st.Tokens[h].Lower] {
		return false
	}
	for _, c := range st.tree.children(h, "det") {
		if st.Tokens[c].Lower == "the" {
			return true
		}
	}
	return false
}

// amountObject: verb v's object is a sum or a number ("gave $50m in
// aid"), which the in-phrase names the kind of.
func (st *sentence) amountObject(v int) bool {
	for _, o := range st.tree.children(v, "obj") {
		if st.Tokens[o].Tag == "CD" || st.Tokens[o].Tag == "$" {
			return true
		}
		for _, c := range st.tree.children(o, "compound", "nummod") {
			if st.Tokens[c].Tag == "$" || st.Tokens[c].Tag == "CD" {
				return true
			}
		}
	}
	return false
}

func listed(ps []string, p string) bool {
	if p == "" {
		return false
	}
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// nounAgent: noun h has a possessor or by-phrase that names an actor.
func (st *sentence) nounAgent(h int) bool {
	t := st.tree
	for _, c := range t.children(h, "nmod:poss", "nmod") {
		if (t.rel(c) == "nmod:poss" || t.caseOf(c) == "by") && len(st.argsAt(c)) > 0 {
			return true
		}
	}
	return false
}

// lightVerbObject: noun h, or the quantity noun it is counted by
// ("hundreds of raids"), is the object of a light verb ("carried out").
func (x *Extractor) lightVerbObject(st *sentence, h int) bool {
	t, toks := st.tree, st.Tokens
	at := x.countedBy(st, h)
	v := t.head(at)
	return v >= 0 && isVerb(toks[v]) && x.lex.w.lightVerbs[toks[v].Lemma] && t.relIs(at, "obj")
}

// countedBy is the quantity noun noun h is counted by ("hundreds of
// raids", "a series of dozens of strikes": up to two), else h.
func (x *Extractor) countedBy(st *sentence, h int) int {
	t, toks := st.tree, st.Tokens
	at := h
	for n := 0; n < 2 && t.rel(at) == "nmod" && t.caseOf(at) == "of" && t.head(at) >= 0 && x.lex.w.quantityNouns[toks[t.head(at)].Lower]; n++ {
		at = t.head(at)
	}
	if at == h && t.rel(h) == "compound" && t.head(h) >= 0 && x.lex.w.quantityNouns[toks[t.head(h)].Lower] {
		at = t.head(h) // "a new military aid package for Ukraine"
	}
	if g := t.head(h); at == h && t.rel(h) == "nmod" && t.caseOf(h) == "in" && g >= 0 && (toks[g].Tag == "$" || toks[g].Tag == "CD") {
		at = g // "gave $1bn in aid to Jordan": the amount counts the aid
	}
	return at
}
