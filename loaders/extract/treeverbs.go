package extract

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

// treeVerbs applies the verb-frame lexicon with arguments from the
// dependency tree. It reads the sentence's parse and mentions and writes
// facts, and marks each verb it coded in st.claimed so that the token-window
// verb rules (verbs) leave that verb alone. Verbs it cannot fill (no
// subject or no object in the tree) stay with the token rules.
func (x *Extractor) treeVerbs(st *sentence) {
	t := st.tree
	if t == nil {
		return
	}
	toks := st.Tokens
	for v := range toks {
		if !isVerb(toks[v]) {
			continue
		}
		fr, part, ok := x.treeFrame(st, v)
		if !ok || fr.Predicate == "" {
			continue
		}
		mood, skip := x.treeMood(st, v)
		if skip {
			// The content of a request or wish: "urged Iran to withdraw".
			st.claimed[v] = true
			continue
		}
		if fr.Predicate == "deploys" && !passiveVerb(st, v) && st.sendsPerson(v) {
			// "The court in Lima sent Ana Vega home to Chile": a person sent
			// somewhere is no deployment of forces (nor, for the token
			// rules, any other act).
			st.claimed[v] = true
			continue
		}
		pred, _ := x.preds.Get(fr.Predicate)
		var subj, obj []int
		if passiveVerb(st, v) {
			subj = x.subjectsOf(st, v, 0)
			obj = st.passiveObjects(v)
			if len(subj) == 0 && strings.HasPrefix(fr.CAMEO, "17") {
				subj = st.stateWhere(v)
			}
			if len(subj) == 0 && strings.HasPrefix(fr.CAMEO, "15") && x.forcesOf(st, obj) {
				// "Russian peacekeepers were deployed to Karabakh": with no
				// agent, the state whose forces they are sends them; the
				// place is the object.
				subj = obj
				obj = nil
				for _, slot := range fr.Args {
					if slot == "dobj" {
						continue
					}
					if obj = st.slotArgs(v, part, slot); len(obj) > 0 {
						break
					}
				}
			}
		} else {
			subj = x.subjectsOf(st, v, 0)
			for k, slot := range fr.Args {
				// ("offered its services to the junta": a slot naming only
				// the subject itself gives way to the next.)
				if obj = st.slotArgs(v, part, slot); len(obj) > 0 && len(st.withoutActors(obj, subj)) > 0 {
					if st.demonymsOnly(obj) || x.ownForces(st, obj, subj) || fr.Predicate == "deploys" && slot == "dobj" {
						// "deployed troops and Syrian mercenaries to the
						// country": a later slot that names an actor beats
						// a nationality of what the verb moves, and where
						// forces are deployed beats who they are.
						for _, later := range fr.Args[k+1:] {
							if o := st.slotArgs(v, part, later); len(o) > 0 && !st.demonymsOnly(o) {
								obj = o
								break
							}
						}
					}
					break
				}
			}
		}
		if st.sameActorIn(obj, subj) && t.rel(v) == "conj" && !st.strongSubject(v) {
			// "X said Nepal had the right ..., but urged Kathmandu and
			// Beijing": a subject that would act on itself is the wrong
			// conjunct's; the verb pairs with the clause above.
			if h := t.head(t.head(v)); h >= 0 {
				if up := x.subjectsOf(st, h, 0); len(up) > 0 {
					subj = up
				}
			}
		}
		obj = st.withoutActors(obj, subj)
		if len(fr.CAMEO) >= 2 && (fr.CAMEO[:2] == "10" || fr.CAMEO[:2] == "02") && x.ownForces(st, obj, subj) {
			// "Putin ordered his troops to withdraw": a command to one's
			// own forces is no demand on another actor.
			obj = nil
		}
		if fr.Predicate == "denies" || fr.Predicate == "rejects" {
			for _, c := range t.children(v, "obj") {
				if st.Tokens[c].Lower == "which" && c > 0 && st.Tokens[c-1].Text == "," {
					// "..., which Moscow denies": what is denied is the
					// claim (rebuttals), not the noun before the comma.
					obj = nil
				}
			}
		}
		patient := !passiveVerb(st, v) && x.eventPatient(st, v, obj)
		if patient {
			// "condemned the annexation of Crimea", "welcomed the release
			// of the sailors": what an act was done to is not what the
			// verb is aimed at; the act's agent is (below).
			obj = nil
		}
		mutual := len(subj) >= 2 && x.lex.w.reciprocalVerbs[fr.Lemma] && !oneGroup(st.argList(subj))
		if len(obj) == 0 && len(fr.CAMEO) >= 2 && fr.CAMEO[:2] >= "18" && fr.CAMEO[:2] <= "20" && !passiveVerb(st, v) && !mutual {
			// (Sides that trade fire or clash "in Kashmir" fire on each
			// other, not on the place: the plural case below.)
			// "bombed a hospital in Idlib": a target that is no actor is
			// in the place attacked, and places are attacked.
			obj = st.withoutActors(x.placeOfTarget(st, v), subj)
		}
		if len(obj) == 0 && len(fr.CAMEO) >= 2 && (fr.CAMEO[:2] >= "15" && fr.CAMEO[:2] <= "20" || fr.CAMEO[:2] == "13") && !mutual {
			// "would use force if Taiwan declared independence",
			// "threatened retaliation if Finland joins Nato": force or a
			// threat held over a condition is aimed at whoever the
			// condition is about.
			obj = st.withoutActors(st.conditionSubject(v), subj)
		}
		rule := "tree:" + fr.Lemma
		var antecedent []arg // an object outside this sentence's mentions
		if len(obj) == 0 && attitude(fr.CAMEO) && hasSlot(fr, "dobj") {
			// "condemned Peru's annexation", "welcomed the US decision",
			// "praised the role played by the army": an attitude to an act
			// or a thing is one to its owner or agent.
			// "The strikes were condemned by Lebanon": a passive's subject
			// is what the attitude is to.
			targets := t.children(v, "obj")
			if passiveVerb(st, v) {
				targets = append(targets, t.children(v, "nsubj:pass")...)
				// "..., a move welcomed by Washington but criticised by
				// Beijing": a participle's noun (through a conjunct).
				u := v
				for t.rel(u) == "conj" && t.head(u) >= 0 {
					u = t.head(u)
				}
				if t.rel(u) == "acl" && t.head(u) >= 0 {
					targets = append(targets, t.head(u))
				}
			}
			for _, o := range targets {
				// The clause's act first: the participle's by-agent that
				// agentOf would find is the one who welcomed it.
				if obj = st.withoutActors(x.clauseActOwner(st, o), subj); len(obj) > 0 {
					rule += ":clause-act"
					break
				}
				agent := st.agentOf(o)
				if patient {
					// The act's noun stands for its patient (argsAt),
					// which is not its agent.
					agent = st.actAgent(o)
				}
				if obj = st.withoutActors(agent, subj); len(obj) > 0 {
					rule += ":owner"
					break
				}
			}
			if n := t.head(v); len(obj) == 0 && n >= 0 && t.rel(v) == "acl:relcl" && !isVerb(st.Tokens[n]) && x.gapObject(st, v) {
				// "held joint drills, which Pyongyang condemns": the
				// relative clause's object is its noun, whose agent is
				// its possessor, or the subject of the light verb that
				// makes it.
				obj = st.withoutActors(st.agentOf(n), subj)
				if lv := t.head(n); len(obj) == 0 && lv >= 0 && t.relIs(n, "obj") && isVerb(st.Tokens[lv]) && x.lex.w.lightVerbs[st.Tokens[lv].Lemma] {
					obj = st.withoutActors(x.subjectsOf(st, lv, 0), subj)
				}
				if len(obj) > 0 {
					rule += ":owner"
				}
			}
			if len(obj) == 0 && t.has(v, "obj") {
				// "condemned the move as creeping Peruvian annexation":
				// what the act is called names its agent.
				if obj = st.withoutActors(x.asAgent(st, v), subj); len(obj) > 0 {
					rule += ":as"
				}
			}
			if len(obj) == 0 {
				// "condemned the coup in Niger": a coup is the military's
				// of the state it happens in (coupNouns).
				for _, o := range targets {
					if a, ok := x.coupAgent(st, o); ok {
						antecedent = []arg{a}
						rule += ":coup"
						break
					}
				}
			}
			if len(obj) == 0 && len(antecedent) == 0 {
				// "We condemn the bombing": a definite act the sentence
				// names no agent of is the last such act told.
				for _, o := range targets {
					if as, ok := x.eventAntecedent(st, o); ok {
						antecedent = as
						rule += ":antecedent"
						break
					}
				}
			}
		}
		if len(obj) == 0 && len(antecedent) == 0 && len(subj) > 0 && protesting(fr.CAMEO) && !passiveVerb(st, v) {
			// "Chinese ships entered Japanese waters. Japan lodged a
			// protest": a protest aimed at no one answers the last hostile
			// act done to its subject.
			if a, ok := st.lastAggressor(st.argList(subj)); ok {
				antecedent = []arg{a}
				rule += ":answer"
			}
		}
		if fr.Particle != "" {
			rule += "+" + fr.Particle
		}
		if passiveVerb(st, v) {
			rule += ":passive"
		}
		trig := [2]int{v, v + 1}
		if part > v {
			trig[1] = part + 1
		}
		before := len(st.facts)
		sa, oa := st.argList(subj), st.argList(obj)
		if fr.CAMEO == "1711" && len(oa) > 0 && placesOnly(oa) && !st.anyDemonym(obj) {
			// "M23 seized the city of Goma": seizing a place is taking
			// territory (192), not property.
			if p, ok := x.preds.Get("occupies"); ok {
				fr.CAMEO, pred = "192", p
			}
		}
		for _, a := range antecedent {
			if !argsHold(sa, a.actor) {
				oa = append(oa, a)
			}
		}
		neg := mood.negated || negatedNP(st, oa)
		switch {
		case len(sa) > 0 && len(oa) > 0:
			// A threatened act is coded as the threat alone (see threat).
			kind, cameo, pol := schema.Event, fr.CAMEO, 0
			if pred.Kind == schema.Stance {
				// "stand with Ukraine": a verb of stance, not of an act.
				kind, cameo, pol = schema.Stance, "", stancePolarity(pred.Name)
			}
			for _, s := range sa {
				for _, o := range oa {
					if !threatens(mood, fr.CAMEO) {
						x.emit(st, kind, s, o, pred.Name, cameo, pol, neg, mood.modality, trig, rule)
					}
				}
			}
			st.claimed[v] = true
			x.refusal(st, v, fr.CAMEO, sa, oa, mood)
			x.threat(st, v, fr.CAMEO, sa, oa, mood)
			x.reportedBlame(st, v, fr.CAMEO, sa, oa, mood)
			if topic := st.accusedOf(v); topic != "" && x.accusing(st.Tokens[v].Lemma) {
				for i := before; i < len(st.facts); i++ {
					st.facts[i].Topic = topic
				}
			}
		case len(sa) >= 2 && len(oa) == 0 && st.eachOther(v) && !oneGroup(sa):
			// "India and Pakistan accused each other": each acts on the other.
			x.emitMutual(st, sa, pred.Name, fr.CAMEO, neg, mood.modality, trig, rule+":each-other")
			st.claimed[v] = true
			if topic := st.accusedOf(v); topic != "" && x.accusing(st.Tokens[v].Lemma) {
				for i := before; i < len(st.facts); i++ {
					st.facts[i].Topic = topic
				}
			}
		case len(sa) >= 2 && len(oa) == 0 && x.lex.w.fightVerbs[fr.Lemma] && x.lex.w.reciprocalVerbs[fr.Lemma] && !oneGroup(sa):
			// "The two neighbours have fought three wars": sides that
			// fight a war fight each other.
			x.emitMutual(st, sa, pred.Name, fr.CAMEO, neg, mood.modality, trig, rule+":plural")
			st.claimed[v] = true
		case len(sa) == 0 && st.strongSubject(v) || len(oa) == 0 && t.has(v, "obj") && hasSlot(fr, "dobj"):
			// The tree names an argument that is no actor ("a policeman
			// attacked the diplomat"): the token rules would only guess.
			st.claimed[v] = true
		case len(sa) >= 2 && (pred.Symmetric || x.lex.w.reciprocalVerbs[fr.Lemma]) && len(fr.Args) > 0 && !oneGroup(sa):
			// "Russia and France agreed to cooperate": each with the other;
			// "X and Y traded accusations": each acts on the other.
			x.emitMutual(st, sa, pred.Name, fr.CAMEO, neg, mood.modality, trig, rule+":plural")
			st.claimed[v] = true
		}
	}
}

// eachOther: v's object or prepositional argument is "each other" or "one
// another".
func (st *sentence) eachOther(v int) bool {
	t := st.tree
	pair := func(i int) bool {
		if i < 0 || i+1 >= len(st.Tokens) {
			return false
		}
		a, b := st.Tokens[i].Lower, st.Tokens[i+1].Lower
		return (a == "each" || a == "one") && (b == "other" || b == "another")
	}
	for _, c := range t.children(v, "obj", "obl", "iobj") {
		// The parse heads the pair on either word ("fixed(each, other)").
		if pair(c) || pair(c-1) {
			return true
		}
	}
	return false
}

// emitMutual codes an event of each actor of a group on each other one.
func (x *Extractor) emitMutual(st *sentence, as []arg, pred, cameo string, neg bool, mod fact.Modality, trig [2]int, rule string) {
	for i, s := range as {
		for j, o := range as {
			if i != j {
				x.emit(st, schema.Event, s, o, pred, cameo, 0, neg, mod, trig, rule)
			}
		}
	}
}

// strongSubject: v has a subject of its own that is no determiner.
func (st *sentence) strongSubject(v int) bool {
	t := st.tree
	for _, c := range t.children(v, "nsubj") {
		if !weakSubject(st.Tokens[c]) {
			return true
		}
	}
	// "vetoed the resolution condemning Syria": a participle on a noun
	// has that noun for its subject, here no actor.
	if h := t.head(v); t.rel(v) == "acl" && st.Tokens[v].Tag == "VBG" && h >= 0 && strings.HasPrefix(st.Tokens[h].Tag, "NN") && !properNoun(st.Tokens[h].Tag) && !t.relIs(h, "nsubj") {
		return true
	}
	return false
}

// treeFrame picks the verb's frame: one whose particle or noun is among
// the verb's dependents ("cut formal diplomatic ties with": ties is the
// object; "shoot down": a particle; "call on X": the case of an oblique),
// else the frame without one. It returns the particle's token, -1 if none.
func (x *Extractor) treeFrame(st *sentence, v int) (Frame, int, bool) {
	t := st.tree
	frames := x.lex.verbs[st.Tokens[v].Lemma]
	for _, f := range frames {
		if f.Particle == "" {
			continue
		}
		for _, c := range t.children(v) {
			ct := st.Tokens[c]
			if (ct.Lower == f.Particle || ct.Lemma == f.Particle) && t.relIs(c, "compound:prt", "obj", "obl", "advmod", "compound") && !(t.relIs(c, "obl") && len(t.children(c, "case")) > 0 && strings.HasPrefix(ct.Tag, "NN")) {
				// (Not a noun in a prepositional phrase: "supply Peru with
				// arms" is no "supply arms to".)
				return f, c, true
			}
			if t.relIs(c, "obj", "iobj", "obl:unmarked", "obl:tmod", "obl:npmod") {
				// "ordered the ambassador to leave": the complement's verb
				// makes the frame (an expulsion); the parse may hang it on
				// the object, or on the time given ("gave the troops a
				// month to leave").
				for _, k := range append(t.children(v, "xcomp"), t.children(c, "acl")...) {
					if st.Tokens[k].Lemma == f.Particle && isVerb(st.Tokens[k]) && st.placeOrNone(k) {
						return f, k, true
					}
				}
			}
			if t.relIs(c, "obj") && st.w.quantityNouns[ct.Lower] {
				// "withdraw most of its troops": the noun a quantity
				// object counts.
				for _, n := range t.children(c, "nmod") {
					if t.caseOf(n) == "of" && (st.Tokens[n].Lower == f.Particle || st.Tokens[n].Lemma == f.Particle) {
						return f, n, true
					}
				}
			}
			if t.relIs(c, "obl", "obj") && !st.w.dateNames[st.Tokens[c].Lower] && st.Tokens[c].Tag != "CD" {
				// (Not a date: "called the US a bully on Monday" is no
				// call on anyone.)
				for _, cc := range t.children(c, "case") {
					if st.Tokens[cc].Lower == f.Particle {
						return f, cc, true
					}
				}
			}
		}
		// "had shot down 62 of 83 drones": a particle right after the
		// verb that the parse hung on the object's number is still the
		// verb's.
		if n := v + 1; n < len(st.Tokens) && st.Tokens[n].Lower == f.Particle && (st.Tokens[n].Tag == "RP" || st.Tokens[n].Tag == "RB") && !t.relIs(n, "case") {
			return f, n, true
		}
	}
	// Of the frames without a particle, an object-control frame is taken
	// where the verb has both an object and a complement ("want Chile to
	// withdraw" is a demand; "want to withdraw" is only a wish); otherwise
	// the first.
	first := -1
	for i, f := range frames {
		if f.Particle != "" {
			continue
		}
		if first < 0 {
			first = i
		}
		if f.Control == "obj" && t.has(v, "obj") && t.has(v, "xcomp") {
			return f, -1, true
		}
	}
	if first >= 0 {
		return frames[first], -1, true
	}
	return Frame{}, -1, false
}

// eventPatient: the mentions ks sit in the of-complement of an event noun
// that is v's object and takes its own object with "of" ("the annexation of
// Crimea", "the killing of two diplomats"): the act's patient.
func (x *Extractor) eventPatient(st *sentence, v int, ks []int) bool {
	t := st.tree
	if len(ks) == 0 {
		return false
	}
	for _, c := range t.children(v, "obj") {
		if st.tokMention[c] >= 0 {
			continue
		}
		nf, _, ok := x.nounAt(st, c)
		switch {
		case st.w.patientNouns[st.Tokens[c].Lemma]:
			// "opposed the handover of the prisoners": an act noun of no
			// event frame whose of-complement is still its patient.
		case ok:
			if !slices.Contains(nf.ObjPreps, "of") {
				continue
			}
		case st.Tokens[c].Tag != "NN" || !strings.HasSuffix(st.Tokens[c].Lower, "ing"):
			// A gerund names an act whose of-complement is its
			// patient ("the shooting of"); other nouns' may be their
			// owner ("the forces of Assad").
			continue
		}
		for _, n := range t.children(c, "nmod") {
			if t.caseOf(n) != "of" {
				continue
			}
			lo, hi := t.leftEdge(n), t.rightEdge(n)
			for _, k := range ks {
				if m := st.ms[k]; m.Start >= lo && m.Start <= hi {
					return true
				}
			}
		}
	}
	return false
}

// clauseActOwner: noun o is "a move" set after a clause with a comma ("Mr
// Kishida has pledged to double defence spending, a move welcomed by
// Washington"): it names the clause's act, whose agent is the clause's
// subject (clauseNouns).
func (x *Extractor) clauseActOwner(st *sentence, o int) []int {
	t := st.tree
	if o < 2 || !x.lex.w.clauseNouns[st.Tokens[o].Lemma] || st.Tokens[o-2].Text != "," {
		return nil
	}
	if l := st.Tokens[o-1].Lower; l != "a" && l != "an" {
		return nil
	}
	v := t.head(o)
	for v >= 0 && !isVerb(st.Tokens[v]) && t.head(v) >= 0 && t.relIs(v, "obl", "obj", "nmod", "appos") {
		v = t.head(v) // the parse may hang the apposition on the clause's object
	}
	if v < 0 || v >= o || !isVerb(st.Tokens[v]) {
		return nil
	}
	return x.subjectsOf(st, v, 0)
}

// anyDemonym: one of the mentions is a demonym modifier ("a
// British-flagged tanker" is the United Kingdom's, no territory).
func (st *sentence) anyDemonym(ks []int) bool {
	for _, k := range ks {
		if st.ms[k].Demonym {
			return true
		}
	}
	return false
}

// placesOnly: every argument is a place or a state's territory.
func placesOnly(as []arg) bool {
	for _, a := range as {
		if a.actor.Type != schema.Place && a.actor.Type != schema.Country {
			return false
		}
	}
	return true
}

// protesting: CAMEO 111 (criticise), 114 and 14 (complain, protest) and 13
// (warn, threaten): answers to what another did.
func protesting(cameo string) bool {
	return cameo == "111" || cameo == "114" || strings.HasPrefix(cameo, "14") || strings.HasPrefix(cameo, "13")
}

// lastAggressor is the agent of the last hostile act (CAMEO 13 to 20) done
// to one of the subjects ss, or to their state, in the two sentences before.
func (st *sentence) lastAggressor(ss []arg) (arg, bool) {
	// "Turkish forces downed a Russian warplane and Moscow has warned of
	// serious consequences": this sentence's own hostile act first.
	for i := len(st.facts) - 1; i >= 0; i-- {
		f := st.facts[i]
		if f.Kind != schema.Event || f.Negated || len(f.CAMEO) < 2 || f.CAMEO[:2] < "13" || f.Subject.Type == schema.Place {
			continue
		}
		for _, s := range ss {
			if sameSide(f.Object, []arg{s}) && !sameSide(f.Subject, []arg{s}) {
				return arg{actor: f.Subject, start: -1, end: -1}, true
			}
		}
	}
	h := st.hist
	if h == nil || len(h.conflict) != 2 || st.Index-h.conflictAt > 2 || st.Index == h.conflictAt {
		return arg{}, false
	}
	agent, victim := h.conflict[0], h.conflict[1]
	for _, s := range ss {
		if sameSide(victim, []arg{s}) {
			if agent.ID == s.actor.ID {
				return arg{}, false
			}
			return arg{actor: agent, start: -1, end: -1}, true
		}
	}
	return arg{}, false
}

// ordersOwnForces: verb h's object is its subject's own forces ("Putin
// ordered the Russian military to work with the French"): what they are
// told to do is the subject's act, not a request of another.
func (x *Extractor) ordersOwnForces(st *sentence, h int) bool {
	var objs []int
	for _, o := range st.tree.children(h, "obj", "iobj") {
		objs = append(objs, st.argsAt(o)...)
	}
	return x.ownForces(st, objs, x.subjectsOf(st, h, 0))
}

// placeOrNone: verb v has no object, or one that names an actor or place
// ("to leave the country", not "to leave the talks").
func (st *sentence) placeOrNone(v int) bool {
	objs := st.tree.children(v, "obj")
	return len(objs) == 0 || len(st.argsAt(objs[0])) > 0
}

// mood is what a clause's auxiliaries, negation and governing verbs say
// about how firmly its event happened.
type mood struct {
	negated  bool
	modality fact.Modality
	// refused: the negation is a refusal, a governing "refuse to" or
	// "decline to" or a negated "will" or "would" ("would not sign").
	refused bool
	// vowed: a governing "vow to", "threaten to" (threatVerbs).
	vowed bool
}

// treeMood reads negation and modality for verb v: its own auxiliaries and
// negation (the token group), then up the chain of verbs that govern it
// through xcomp ("refused to meet" negates, "plans to visit" plans, "urged X
// to withdraw" makes v a request's content, reported as skip) and through a
// conditional clause ("if X attacks" is hedged).
func (x *Extractor) treeMood(st *sentence, v int) (mood, bool) {
	t := st.tree
	g := x.verbGroup(st.Tokens, v)
	m := mood{negated: g.negated, modality: g.modality}
	if m.modality == "" {
		m.modality = fact.Asserted
	}
	m.refused = g.negated && (m.modality == fact.Planned || m.modality == fact.Hedged) && !t.hasMark(v, "if")
	// "accused Russia of backing the rebels": what an accusation alleges is
	// its topic, not a fact of its own (the accused may deny it). The
	// of-clause may hang off the verb or off its object.
	// "accused the West of prolonging the war by supplying weapons": the
	// charge's own clauses are part of it, so the climb goes up through
	// them to the of-clause.
	for n, cur := 0, v; n < 3 && cur >= 0; n, cur = n+1, t.head(cur) {
		h := t.head(cur)
		if h < 0 || !t.relIs(cur, "advcl", "acl", "xcomp", "conj") {
			break
		}
		if !isVerb(st.Tokens[h]) && t.rel(h) == "fixed" {
			h = t.head(h) // "accused each other of": hung on "other"
		}
		if h >= 0 && !isVerb(st.Tokens[h]) && t.relIs(h, "obj", "obl:agent") {
			// "accused the US of", "was accused by the US of": the
			// of-clause hung on the accused or the accuser.
			h = t.head(h)
		}
		if h >= 0 && x.accusing(st.Tokens[h].Lemma) {
			for _, mk := range t.children(cur, "mark", "case") {
				if l := st.Tokens[mk].Lower; l == "of" || l == "for" {
					return m, true
				}
			}
		}
	}
	if x.inClaim(st, v) {
		return m, true
	}
	if h := t.head(v); h >= 0 && t.relIs(v, "advcl", "acl") && t.hasMark(v, "against") && isVerb(st.Tokens[h]) && x.cautioning(st.Tokens[h].Lemma) {
		// "warned Washington against selling arms to Taipei": what
		// the warning or appeal is against, not an act.
		return m, true
	}
	if h := t.head(v); h >= 0 && t.relIs(v, "ccomp") && isVerb(st.Tokens[h]) && x.requestVerb(st.Tokens[h].Lemma) {
		// "demanded that Britain return the islands": what is asked,
		// not done.
		return m, true
	}
	// "denied that Tehran had supplied drones": what a negating verb's
	// that-clause says did not happen, as far as its subject says.
	if h := t.head(v); h >= 0 && t.relIs(v, "ccomp") && t.hasMark(v, "that") && isVerb(st.Tokens[h]) {
		for _, f := range x.lex.verbs[st.Tokens[h].Lemma] {
			if f.Negates && f.Predicate == "denies" {
				m.negated = true
			}
		}
	}
	// "Iran warned that it would retaliate against Israel": what a warning
	// or vow says its own subject will do is a threat, not an act.
	if h := t.head(v); h >= 0 && t.relIs(v, "ccomp") && isVerb(st.Tokens[h]) && x.threatening(st.Tokens[h].Lemma) && x.sameSubject(st, v, h) {
		m.vowed = true
		m.modality = stronger(m.modality, fact.Planned)
	}
	// "denies shelling Turkish posts", "refused attacking": a gerund that
	// is the object of a negating verb did not happen.
	if h := t.head(v); h >= 0 && t.relIs(v, "obj", "ccomp", "csubj", "acl") && st.Tokens[v].Tag == "VBG" && isVerb(st.Tokens[h]) {
		for _, f := range x.lex.verbs[st.Tokens[h].Lemma] {
			if f.Negates {
				m.negated = true
			}
		}
	}
	for n, cur := 0, v; n < 6; n++ {
		if t.hasMark(cur, "if") || t.hasMark(cur, "whether") || t.hasMark(cur, "unless") || t.hasMark(cur, "about") {
			// "if Russia invades", "unclear whether Russia will attack",
			// "talks about establishing relations" (a topic, not an act)
			m.modality = stronger(m.modality, fact.Hedged)
		}
		r := t.rel(cur)
		h := t.head(cur)
		if h >= 0 && (r == "acl" || r == "ccomp" || r == "acl:relcl" && st.contentRelcl(cur)) && (t.hasMark(cur, "that") || r == "acl:relcl") && !isVerb(st.Tokens[h]) && strings.HasPrefix(st.Tokens[h].Tag, "NN") && !x.lex.w.factNouns[st.Tokens[h].Lemma] {
			// "no evidence that Iran supplied drones", "fears that China
			// will invade": what a noun's that-clause says is not the
			// narrator's assertion ("the fact that" is).
			m.modality = stronger(m.modality, fact.Hedged)
		}
		if h >= 0 && r == "acl" && t.hasMark(cur, "to") && t.relIs(h, "obj", "iobj") && t.head(h) >= 0 && x.requestContent(st, t.head(h)) {
			// The same with the infinitive hung on the object ("urged
			// Iran to withdraw", acl(Iran, withdraw)).
			return m, true
		}
		if h >= 0 && r == "advcl" && t.hasMark(cur, "to") && x.requestContent(st, h) {
			// "called on Russia to release them", parsed as a purpose
			// clause: still what Russia is asked to do.
			return m, true
		}
		if h >= 0 && r == "acl" && t.hasMark(cur, "to") && x.lex.w.controlNouns[st.Tokens[h].Lemma] {
			// "Iran's plan to enrich", "China's refusal to condemn".
			if x.lex.w.plannedNouns[st.Tokens[h].Lemma] {
				m.modality = stronger(m.modality, fact.Planned)
			}
			if x.lex.w.negatingNouns[st.Tokens[h].Lemma] {
				m.negated, m.refused = true, true
			}
			break
		}
		if h >= 0 && r == "advcl" && t.hasMark(cur, "of") && x.lex.w.shortfallWords[st.Tokens[h].Lower] {
			// "stopped short of accusing Moscow", "fell short of
			// recognising": not done.
			m.negated = true
			break
		}
		// A to-infinitive the parse hung as a purpose clause under a verb
		// that controls its subject's infinitive ("threatened to annex",
		// read as advcl) is still that verb's complement.
		// So is a purpose clause of a controlled infinitive ("failed to
		// fulfil the contract to supply Russia": no supply either).
		if h < 0 || !(r == "xcomp" || r == "conj" && t.rel(h) == "xcomp" || r == "advcl" && t.hasMark(cur, "to") && (x.subjectControl(st.Tokens[h].Lemma) || t.rel(h) == "xcomp")) {
			break
		}
		if r == "conj" {
			// "agreed to meet and sign": the second verb shares the first's
			// governor.
			cur = h
			continue
		}
		hv := st.Tokens[h]
		for _, a := range t.children(h, "advmod") {
			if x.lex.w.pendingAdverbs[st.Tokens[a].Lower] && t.hasMark(cur, "to") {
				// "Russia has yet to respond": not yet done.
				m.negated = true
			}
		}
		if x.lex.w.hearsayVerbs[hv.Lemma] && t.has(h, "aux:pass") {
			// "Chad is reported to have withdrawn", "is said to have
			// met": hearsay with no speaker.
			m.modality = stronger(m.modality, fact.Hedged)
		}
		if x.lex.w.refusalVerbs[hv.Lemma] {
			m.refused = true
		}
		threat := x.lex.w.threatVerbs[hv.Lemma]
		if threat {
			// "threatened to strike": a threat's act is yet to come, not
			// denied; the threat itself is coded (see threat).
			m.vowed = true
			m.modality = stronger(m.modality, fact.Planned)
		}
		for _, f := range x.lex.verbs[hv.Lemma] {
			if f.Negates && !threat {
				m.negated = true
			}
			if f.Control == "subj" && f.Modality != "" {
				m.modality = stronger(m.modality, f.Modality)
			}
			if f.Control == "obj" && f.Predicate != "" && x.controlObject(st, h, f) && !x.ordersOwnForces(st, h) {
				return m, true
			}
		}
		if mod := x.lex.w.controlAdj(hv.Lower); mod != "" {
			m.modality = stronger(m.modality, mod)
		}
		if x.lex.w.negatingAdjs[hv.Lower] {
			// "is unlikely to visit", "unable to attend"
			m.negated = true
		}
		hg := x.verbGroup(st.Tokens, h)
		if hg.negated {
			m.negated = true
		}
		m.modality = stronger(m.modality, hg.modality)
		cur = h
	}
	return m, false
}

// placeOfTarget: the owner or the place of verb v's object that names no actor ("a
// hospital in Idlib"), or of the verb ("shelled villages in Tigray").
func (x *Extractor) placeOfTarget(st *sentence, v int) []int {
	t := st.tree
	objs := t.children(v, "obj")
	if len(objs) == 0 || len(st.argsAt(objs[0])) > 0 {
		return nil
	}
	target := objs[0]
	for _, a := range t.children(target, "acl") {
		// "fired rounds aimed at a loudspeaker in South Korea": what the
		// weapon was aimed at is the target (aimVerbs).
		if !st.w.aimVerbs[st.Tokens[a].Lemma] {
			continue
		}
		for _, c := range t.children(a, "obl") {
			switch t.caseOf(c) {
			case "at", "on", "against", "towards", "toward":
				if ks := st.argsAt(c); len(ks) > 0 {
					return ks
				}
				target = c
			}
		}
	}
	// "opened fire on a bus carrying Chinese engineers": the people a
	// vehicle carries are the target (the vehicle may be the object or,
	// after "open fire", an oblique).
	vehicles := []int{target}
	for _, c := range t.children(v, "obl") {
		switch t.caseOf(c) {
		case "on", "at", "against":
			vehicles = append(vehicles, c)
		}
	}
	for _, h := range vehicles {
		for _, a := range t.children(h, "acl") {
			if !st.w.carryVerbs[st.Tokens[a].Lemma] {
				continue
			}
			for _, c := range t.children(a, "obj") {
				if ks := st.argsAt(c); len(ks) > 0 {
					return ks
				}
			}
		}
	}
	if k := st.ownerOfTarget(target); k >= 0 {
		return []int{k}
	}
	// "abducted students from a school in northern Nigeria": the place of
	// the verb's other oblique too.
	heads := []int{target, v}
	for _, c := range append(t.children(v, "obl"), t.children(target, "nmod")...) {
		if p := t.caseOf(c); p != "in" && p != "near" && len(st.argsAt(c)) == 0 {
			heads = append(heads, c)
		}
	}
	for _, h := range heads {
		for _, c := range t.children(h, "nmod", "obl") {
			if p := t.caseOf(c); p != "in" && p != "near" {
				continue
			}
			if k, ok := x.placeAt(st, c); ok && x.landed(st.ms[k].Actors[0]) {
				return []int{k}
			}
		}
	}
	return nil
}

// ownerOfTarget is the owner a participle names for an attacked thing ("a
// factory belonging to Hamas", "areas held by the rebels"; ownerVerbs), or
// -1. Only a target: "hostages held by Boko Haram" who are freed are not
// Boko Haram.
func (st *sentence) ownerOfTarget(h int) int {
	t := st.tree
	if tag := st.Tokens[h].Tag; !strings.HasPrefix(tag, "NN") || properNoun(tag) {
		return -1
	}
	for _, v := range t.children(h, "acl") {
		lemma := st.Tokens[v].Lemma
		if !st.w.ownerVerbs[lemma] {
			continue
		}
		for _, c := range t.children(v, "obl:agent", "obl") {
			p := t.caseOf(c)
			if lemma == "belong" && p == "to" || lemma != "belong" && (t.rel(c) == "obl:agent" || p == "by") {
				if k := st.mentionOf(c, 0); k >= 0 {
					return k
				}
			}
		}
	}
	return -1
}

// landed: a state, or a place on land, which can be attacked; a sea or
// an ocean ("attacked ships in the Red Sea"; waterWords in its name) is
// where, not whom.
func (x *Extractor) landed(a fact.Actor) bool {
	if a.Type != schema.Place {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(a.Name)) {
		if x.lex.w.waterWords[w] {
			return false
		}
	}
	return true
}

// forcesOf: the mentions are one state's or group's armed forces (a
// military unit or asset).
func (x *Extractor) forcesOf(st *sentence, ks []int) bool {
	if len(ks) == 0 {
		return false
	}
	for _, k := range ks {
		m := st.ms[k]
		// A state's police and coastguard are sent and stationed as its
		// military is (the organ id's role is COP).
		if m.Kind != MGroup || len(m.Actors) != 1 || m.Actors[0].Type != schema.MilitaryUnit && m.Actors[0].Type != schema.Asset && !strings.HasSuffix(m.Actors[0].ID, "-COP") {
			return false
		}
	}
	return true
}

// contentRelcl: a "relative clause" whose "that" is no argument it lacks —
// the clause has its own subject and object besides ("no evidence that
// Iran supplied the drones", that/WDT read as the object) — is the noun's
// content clause.
func (st *sentence) contentRelcl(v int) bool {
	t := st.tree
	that := -1
	for _, c := range t.children(v, "obj", "nsubj", "mark") {
		if st.Tokens[c].Lower == "that" {
			that = c
		}
	}
	if that < 0 {
		return false
	}
	subj, obj := false, false
	for _, c := range t.children(v, "nsubj", "nsubj:pass") {
		subj = subj || c != that
	}
	for _, c := range t.children(v, "obj") {
		obj = obj || c != that
	}
	return subj && (obj || t.rel(that) == "mark")
}

// requestVerb: the lemma asks or demands that someone act (an
// object-control frame of CAMEO 02 or 10).
func (x *Extractor) requestVerb(lemma string) bool {
	for _, f := range x.lex.verbs[lemma] {
		if f.Control == "obj" && f.Predicate != "" && (strings.HasPrefix(f.CAMEO, "02") || strings.HasPrefix(f.CAMEO, "10")) {
			return true
		}
	}
	return false
}

// controlObject: verb h has the object an object-control frame f asks to
// act: a direct object, or the particle's object ("called on Russia").
func (x *Extractor) controlObject(st *sentence, h int, f Frame) bool {
	t := st.tree
	if t.has(h, "obj", "iobj") {
		return true
	}
	if f.Particle == "" {
		return false
	}
	for _, c := range t.children(h, "obl") {
		if t.caseOf(c) == f.Particle {
			return true
		}
	}
	return false
}

// cautioning: a verb whose frames warn, appeal, demand or threaten
// (CAMEO 02, 10, 13), so that an against-clause under it is what it
// cautions against.
func (x *Extractor) cautioning(lemma string) bool {
	for _, f := range x.lex.verbs[lemma] {
		if r := f.CAMEO; len(r) >= 2 && (r[:2] == "02" || r[:2] == "10" || r[:2] == "13") {
			return true
		}
	}
	return false
}

// ownForces: every mention of ks is a force or organ of the state the
// subjects ss are or belong to ("Pakistan would not send Pakistani troops
// to Iraq": the troops are what is sent, Iraq where).
func (x *Extractor) ownForces(st *sentence, ks, ss []int) bool {
	if len(ks) == 0 || len(ss) == 0 {
		return false
	}
	states := map[string]bool{}
	for _, a := range st.argList(ss) {
		if a.actor.Type == schema.Country {
			states[a.actor.ID] = true
		} else if a.actor.Country != "" {
			states[a.actor.Country] = true
		}
	}
	for _, k := range ks {
		m := st.ms[k]
		for _, a := range m.Actors {
			if m.Kind == MPronoun && m.Possessive && states[a.ID] {
				continue // "sent its troops to Syria"
			}
			if c, ok := organState(x.dict, a); !ok || !states[c.ID] {
				return false
			}
		}
	}
	return true
}

// demonymsOnly: every mention of ks is a demonym modifier ("Syrian" in
// "Syrian mercenaries").
func (st *sentence) demonymsOnly(ks []int) bool {
	for _, k := range ks {
		if !st.ms[k].Demonym {
			return false
		}
	}
	return len(ks) > 0
}

// gapObject: relative clause v has no object of its own but the relative
// pronoun ("drills, which Pyongyang condemns", "strikes Turkey
// criticised").
func (x *Extractor) gapObject(st *sentence, v int) bool {
	for _, c := range st.tree.children(v, "obj") {
		if !x.lex.w.relativePronouns[st.Tokens[c].Lower] {
			return false
		}
	}
	return true
}

// threatening: lemma vows or warns (threatVerbs, or a frame coded 13).
func (x *Extractor) threatening(lemma string) bool {
	if x.lex.w.threatVerbs[lemma] {
		return true
	}
	for _, f := range x.lex.verbs[lemma] {
		if strings.HasPrefix(f.CAMEO, "13") {
			return true
		}
	}
	return false
}

// sameSubject: clause v's subject is verb h's subject or its state ("Iran
// warned that it would ...", "Kim warned that Pyongyang would ...").
func (x *Extractor) sameSubject(st *sentence, v, h int) bool {
	hs := st.argList(x.subjectsOf(st, h, 0))
	for _, a := range st.argList(x.subjectsOf(st, v, 0)) {
		for _, b := range hs {
			if a.actor.ID == b.actor.ID || b.actor.Type == schema.Person && b.actor.Country == a.actor.ID {
				return true
			}
		}
	}
	return false
}

// requestContent: verb h asks someone to act (an object-control frame with
// its object), so a to-infinitive under it is the request's content.
func (x *Extractor) requestContent(st *sentence, h int) bool {
	for _, f := range x.lex.verbs[st.Tokens[h].Lemma] {
		if f.Control == "obj" && f.Predicate != "" && x.controlObject(st, h, f) && !x.ordersOwnForces(st, h) {
			return true
		}
	}
	return false
}

// accusedOf is the text of what verb v accuses or blames someone of or
// for ("accused Turkey of shooting down a jet" -> "shooting down a jet").
func (st *sentence) accusedOf(v int) string {
	t := st.tree
	cs := t.children(v, "advcl", "acl", "xcomp", "obl")
	for _, o := range t.children(v, "obj") {
		cs = append(cs, t.children(o, "acl")...)
		// "accused each other of": the parse may hang the clause on the
		// pronoun pair.
		for _, f := range append([]int{o}, t.children(o, "fixed")...) {
			cs = append(cs, t.children(f, "advcl")...)
		}
	}
	for _, c := range cs {
		for _, mk := range t.children(c, "mark", "case") {
			if l := st.Tokens[mk].Lower; l == "of" || l == "for" {
				lo, hi := t.edges(c)
				if mk == lo {
					lo++
				}
				if passiveVerb(st, v) {
					// "accused of war crimes by the UN": the accuser the
					// parse hung on the charge is not part of it.
					for _, b := range t.children(c, "nmod") {
						if bl, _ := t.edges(b); t.caseOf(b) == "by" && bl > c {
							hi = min(hi, bl-1)
						}
					}
				}
				for i := lo + 1; i < hi; i++ {
					// ", which Ukraine denies": a relative clause on the
					// whole charge is no part of it.
					if st.Tokens[i].Text == "," && (st.Tokens[i+1].Lower == "which" || st.Tokens[i+1].Lower == "a") {
						hi = i - 1
						break
					}
				}
				if lo > hi {
					return ""
				}
				return st.Text[st.Tokens[lo].Start-st.Start : st.Tokens[hi].End-st.Start]
			}
		}
	}
	return ""
}

// sameActorIn: some actor is named in both lists of mentions.
func (st *sentence) sameActorIn(a, b []int) bool {
	for _, i := range a {
		for _, j := range b {
			for _, x := range st.ms[i].Actors {
				for _, y := range st.ms[j].Actors {
					if x.ID == y.ID {
						return true
					}
				}
			}
		}
	}
	return false
}

// withoutActors drops the objects that name a subject's actor.
func (st *sentence) withoutActors(obj, subj []int) []int {
	var out []int
	for _, o := range obj {
		if !st.sameActorIn([]int{o}, subj) {
			out = append(out, o)
		}
	}
	return out
}

// without drops from ks the mentions also in subj: an object that is the
// subject itself ("deployed its jets to its base") is no object.
func without(ks, subj []int) []int {
	out := ks[:0:0]
	for _, k := range ks {
		dup := false
		for _, s := range subj {
			if s == k {
				dup = true
			}
		}
		if !dup {
			out = append(out, k)
		}
	}
	return out
}

// refusal: refusing a cooperative act with another actor rejects that actor
// (CAMEO 12): "Chile refused to meet Peru", "Chile would not sign a deal
// with Peru". The negated act itself stays as it was coded; a plain "did not
// meet" is no refusal.
func (x *Extractor) refusal(st *sentence, v int, cameo string, sa, oa []arg, m mood) {
	// "does not accept the One Peru policy", "refused to recognise Chile":
	// not accepting is rejecting, however it is negated.
	accepting := m.negated && x.lex.w.acceptVerbs[st.Tokens[v].Lemma]
	if !accepting && (!m.negated || !m.refused || len(cameo) < 2 || cameo[:2] < "01" || cameo[:2] > "08") {
		return
	}
	for _, s := range sa {
		for _, o := range oa {
			x.emit(st, schema.Event, s, o, "rejects", "120", 0, false, fact.Asserted, [2]int{v, v + 1}, "tree:refusal")
		}
	}
}

// oneGroup: more than two actors from one mention ("the four countries
// should work together"); a reciprocal act among a group resolved as a
// whole would multiply a wrong resolution into n(n-1) facts.
func oneGroup(as []arg) bool {
	if len(as) <= 2 {
		return false
	}
	for _, a := range as[1:] {
		if a.start != as[0].start || a.end != as[0].end {
			return false
		}
	}
	return true
}

// threat: vowing or threatening a coercive or violent act against an actor
// threatens it (CAMEO 13; 138, with force, for assaults, fights and mass
// violence): "Chile vowed to fight Peru". The act itself is not coded:
// event coders code a threat as the threat, not as the act threatened.
func (x *Extractor) threat(st *sentence, v int, cameo string, sa, oa []arg, m mood) {
	if !threatens(m, cameo) {
		return
	}
	code := "130"
	if cameo[:2] >= "18" {
		code = "138"
	}
	for _, s := range sa {
		for _, o := range oa {
			x.emit(st, schema.Event, s, o, "threatens", code, 0, false, fact.Asserted, [2]int{v, v + 1}, "tree:vowed-act")
		}
	}
}

// conditionSubject: the actors subject of an if- or unless-clause of v.
func (st *sentence) conditionSubject(v int) []int {
	t := st.tree
	for _, a := range t.children(v, "advcl") {
		if t.hasMark(a, "if") || t.hasMark(a, "unless") {
			for _, s := range t.children(a, "nsubj", "nsubj:pass") {
				if ks := st.argsAt(s); len(ks) > 0 {
					return ks
				}
			}
		}
	}
	return nil
}

// subjectControl: verb lemma takes a to-infinitive its own subject does
// ("agree to", "plan to", "threaten to").
func (x *Extractor) subjectControl(lemma string) bool {
	if x.lex.w.threatVerbs[lemma] || x.lex.w.refusalVerbs[lemma] {
		return true
	}
	for _, f := range x.lex.verbs[lemma] {
		if f.Control == "subj" {
			return true
		}
	}
	return false
}

// threatens: a vowed coercive or violent act (CAMEO 15-20), not negated.
func threatens(m mood, cameo string) bool {
	return !m.negated && m.vowed && len(cameo) >= 2 && cameo[:2] >= "15" && cameo[:2] <= "20"
}

// placeAt: the one-actor mention the place phrase c names, itself or
// inside it ("in Russia's Krasnodar region", "in the region of Tigray").
// A border is no place inside the state it names: "a base near the
// Bangladesh border" is not in Bangladesh (edgeNouns).
func (x *Extractor) placeAt(st *sentence, c int) (int, bool) {
	if k := st.tokMention[c]; k >= 0 && len(st.ms[k].Actors) == 1 {
		return k, true
	}
	if x.lex.w.edgeNouns[st.Tokens[c].Lemma] {
		return -1, false
	}
	return st.placeInside(c, 2)
}

// placeInside: the one-actor mention named as a possessor, compound or
// of-nominal within depth levels under c.
func (st *sentence) placeInside(c, depth int) (int, bool) {
	t := st.tree
	for _, d := range t.children(c, "nmod:poss", "compound", "nmod") {
		if t.rel(d) == "nmod" && t.caseOf(d) != "of" {
			continue
		}
		if k := st.tokMention[d]; k >= 0 && len(st.ms[k].Actors) == 1 {
			return k, true
		}
		if depth > 1 {
			if k, ok := st.placeInside(d, depth-1); ok {
				return k, true
			}
		}
	}
	return -1, false
}

// stateWhere: "was arrested in France" with no agent: the state where a
// person was arrested or detained arrested them, as event coders code it.
func (st *sentence) stateWhere(v int) []int {
	t := st.tree
	for _, c := range t.children(v, "obl") {
		if t.caseOf(c) != "in" {
			continue
		}
		if k := st.tokMention[c]; k >= 0 && len(st.ms[k].Actors) == 1 && st.ms[k].Actors[0].Type == schema.Country {
			return []int{k}
		}
	}
	return nil
}

// attitude: CAMEO roots of what one side says of another's doings
// (comment, appeal, approve, reject, disapprove).
func attitude(cameo string) bool {
	if len(cameo) < 2 {
		return false
	}
	switch cameo[:2] {
	case "01", "02", "05", "11", "12":
		return true
	}
	return false
}

// asAgent finds, in verb v's as-phrase, the first event noun of the
// lexicon whose actor modifier names who did it ("as a continuation of
// creeping Peruvian annexation"); a noun that is no event ("as a breach of
// Peruvian sovereignty") names no agent.
func (x *Extractor) asAgent(st *sentence, v int) []int {
	t := st.tree
	for _, c := range t.children(v, "obl", "advcl", "xcomp") {
		if t.caseOf(c) != "as" && !t.hasMark(c, "as") {
			continue
		}
		lo, hi := t.leftEdge(c), t.rightEdge(c)
		for i := lo; i <= hi; i++ {
			if _, n, ok := x.nounAt(st, i); !ok || n != 1 || !strings.HasPrefix(st.Tokens[i].Tag, "NN") {
				continue
			}
			for _, m := range t.children(i, "amod", "nmod:poss", "compound") {
				if k := st.tokMention[m]; k >= 0 && !st.ms[k].Location {
					return []int{k}
				}
			}
		}
	}
	return nil
}

func argsHold(as []arg, a fact.Actor) bool {
	for _, b := range as {
		if b.actor.ID == a.ID {
			return true
		}
	}
	return false
}

// coupAgent: the military of the state a coup noun at o happens in ("the
// coup in Niger", "Niger's coup"), or of the state it is in ("the Malian
// coup").
func (x *Extractor) coupAgent(st *sentence, o int) (arg, bool) {
	t := st.tree
	coup := x.lex.w.coupNouns[st.Tokens[o].Lemma]
	for _, c := range t.children(o, "compound") {
		coup = coup || x.lex.w.coupNouns[st.Tokens[c].Lemma] // "the coup attempt"
	}
	if !coup {
		return arg{}, false
	}
	places := t.children(o, "nmod", "nmod:poss", "amod", "compound")
	if v := t.head(o); v >= 0 && t.relIs(o, "obj") {
		places = append(places, t.children(v, "obl")...) // "condemned the coup in Niger", the PP on the verb
	}
	for _, c := range places {
		if t.relIs(c, "nmod", "obl") && t.caseOf(c) != "in" {
			continue
		}
		k := st.tokMention[c]
		if k < 0 || len(st.ms[k].Actors) != 1 || st.ms[k].Actors[0].Type != schema.Country {
			continue
		}
		if t.rel(c) == "obl" && st.ms[k].Kind == MMetonym {
			continue // "condemned the coup in Paris": where it was said
		}
		if g, _, ok := x.dict.Group(st.ms[k].Actors[0], []string{"military"}, 0); ok {
			return arg{actor: g, start: st.ms[k].Start, end: st.ms[k].End}, true
		}
	}
	return arg{}, false
}

// eventAntecedent: the agent of the act a definite event noun at o refers
// back to ("the bombing" after "Chile bombed Peruvian posts"), when the
// noun phrase names no actor itself: the last act of its CAMEO root (13 to
// 20: threats to force) in the three sentences before.
func (x *Extractor) eventAntecedent(st *sentence, o int) ([]arg, bool) {
	t := st.tree
	if st.hist == nil || !strings.HasPrefix(st.Tokens[o].Tag, "NN") {
		return nil, false
	}
	// Coercive and violent acts and visits only: a claim denied is the
	// rebuttals'; "the visit was criticised" is the visitor's.
	nf, n, ok := x.nounAt(st, o)
	if !ok || n != 1 || len(nf.CAMEO) < 2 || nf.CAMEO[:2] < "13" && !strings.HasPrefix(nf.CAMEO, "042") || x.lex.w.claimNouns[st.Tokens[o].Lemma] {
		return nil, false
	}
	definite := false
	for _, c := range t.children(o, "det") {
		switch st.Tokens[c].Lower {
		case "the", "this", "that", "these", "those":
			definite = true
		}
	}
	// Its own modifiers name no actor (a relative clause may).
	for _, c := range t.children(o, "amod", "compound", "nmod:poss", "nmod") {
		for i := t.leftEdge(c); i <= t.rightEdge(c); i++ {
			if st.tokMention[i] >= 0 {
				return nil, false
			}
		}
	}
	if !definite {
		return nil, false
	}
	as, ok := st.hist.lastAgent(nf.CAMEO[:2], st.Tokens[o].Lemma, st.Index-3)
	if !ok {
		return nil, false
	}
	out := make([]arg, len(as))
	for i, a := range as {
		out[i] = arg{actor: a, start: -1, end: -1}
	}
	return out, true
}

// agentOf is whose a noun phrase that names no actor is: its possessor or
// an actor modifier ("Peru's decision", "the Peruvian move"), its "by"
// agent ("the decision by Peru"), or the agent of a participle on it ("the
// role played by the army"). An "of" nominal is left out: in "the killing
// of X" X is the victim.
func (st *sentence) agentOf(n int) []int {
	if len(st.argsAt(n)) > 0 {
		return nil
	}
	return st.actAgent(n)
}

// actAgent is agentOf for a noun known to name an act, whose own mention
// (through its of-complement) is the act's patient, not its agent.
func (st *sentence) actAgent(n int) []int {
	t := st.tree
	for _, c := range t.children(n, "nmod:poss", "amod", "compound") {
		if k := st.tokMention[c]; k >= 0 && !st.ms[k].Location && len(st.ms[k].Actors) > 0 {
			return []int{k}
		}
	}
	for _, c := range t.children(n, "nmod") {
		if t.caseOf(c) == "by" {
			return st.argsAt(c)
		}
	}
	// "the execution of the activists by Iran": the parse hangs the
	// by-agent on the nearer noun, the act's patient.
	if ks := st.nestedArgs(n, "of", "by"); len(ks) > 0 {
		return ks
	}
	// "turned down a request for a meeting with Peru": a proposal of a
	// joint act is its partner's.
	if st.w.proposalNouns[st.Tokens[n].Lemma] {
		if ks := st.nestedArgs(n, "for", "with"); len(ks) > 0 {
			return ks
		}
	}
	// "contact between Peru and Chile": the parties of a joint act are
	// its agents; the phrase may hang on the last of coordinated nouns
	// ("any interaction or contact between ...").
	for _, m := range t.conjuncts(n) {
		for _, c := range t.children(m, "nmod") {
			if t.caseOf(c) == "between" {
				if ks := st.argsAt(c); len(ks) >= 2 {
					return ks
				}
			}
		}
	}
	for _, a := range t.children(n, "acl") {
		for _, c := range t.children(a, "obl:agent", "obl") {
			if t.rel(c) == "obl:agent" || t.caseOf(c) == "by" {
				return st.argsAt(c)
			}
		}
	}
	return nil
}

// treePresence codes forces one actor keeps in another's land as a
// deployment (150): "Peru has long had a Nato peacekeeping force",
// "Russia has a naval base in Syria". The verb is one of haveVerbs, its
// object one of presenceNouns; the force is its modifier's, else the
// subject's, and it is in the place its in-phrase names, else in the
// subject's land.
func (x *Extractor) treePresence(st *sentence) {
	t := st.tree
	if t == nil {
		return
	}
	for v := range st.Tokens {
		if !isVerb(st.Tokens[v]) || !x.lex.w.haveVerbs[st.Tokens[v].Lemma] || st.claimed[v] {
			continue
		}
		mood, skip := x.treeMood(st, v)
		if skip {
			continue
		}
		subj := st.argList(x.subjectsOf(st, v, 0))
		if len(subj) != 1 {
			continue
		}
		for _, o := range t.children(v, "obj") {
			if !x.lex.w.presenceNouns[st.Tokens[o].Lemma] && !x.lex.w.presenceNouns[st.Tokens[o].Lower] {
				continue
			}
			owner := subj[0]
			if ks := st.argsAt(o); len(ks) == 1 && len(st.ms[ks[0]].Actors) == 1 {
				owner = st.mentionArgs(ks[0])[0]
			}
			var where []arg
			for _, c := range append(t.children(o, "nmod"), t.children(v, "obl")...) {
				if t.caseOf(c) == "in" {
					if k, ok := x.placeAt(st, c); ok {
						where = st.mentionArgs(k)
					}
				}
			}
			if len(where) == 0 && owner.actor.ID != subj[0].actor.ID {
				where = subj
			}
			for _, w := range where {
				if sameSide(owner.actor, []arg{w}) {
					continue
				}
				x.emit(st, schema.Event, owner, w, "deploys", "150", 0, mood.negated, mood.modality, [2]int{v, o + 1}, "tree:presence")
			}
		}
	}
}

// sendsPerson: verb v's direct object is a person ("sent Ana Vega home").
func (st *sentence) sendsPerson(v int) bool {
	for _, c := range st.tree.children(v, "obj") {
		for _, n := range append([]int{c}, st.tree.children(c, "compound")...) {
			if properNoun(st.Tokens[n].Tag) && st.tokMention[n] < 0 {
				return true // a name the dictionary lacks ("sent Ana Vega home")
			}
		}
		for _, k := range st.argsAt(c) {
			if isPerson(st.ms[k].Actors[0]) {
				return true
			}
		}
	}
	return false
}

// nestedArgs are the mentions of the first phrase with preposition inner
// inside a phrase with preposition outer on noun n ("the execution [of the
// activists [by Iran]]", "a request [for a meeting [with Peru]]").
func (st *sentence) nestedArgs(n int, outer, inner string) []int {
	t := st.tree
	for _, c := range t.children(n, "nmod") {
		if t.caseOf(c) != outer {
			continue
		}
		for _, cc := range t.children(c, "nmod") {
			if t.caseOf(cc) == inner {
				if ks := st.argsAt(cc); len(ks) > 0 {
					return ks
				}
			}
		}
	}
	return nil
}
