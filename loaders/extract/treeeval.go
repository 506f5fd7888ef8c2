package extract

import (
	"strings"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

// Word lists of the evaluative-speech pass (data/words.tsv).

// treeEvaluations codes speech that condemns an actor without a verb of
// condemnation (CAMEO 111): "Ana Soto said Peru posed a threat to the
// region", "Lima said the raid was a provocation by Chile", "Quito
// described the blockade as illegal". The speaker is the reporting or
// labelling verb's subject; the actor condemned is the complement's subject
// (or the possessor or modifier of a subject noun that is not an actor:
// "Chile's actions were reckless"), a "by" agent of the condemning noun, or
// the labelled object. Regarding an actor as a threat is a stance against
// it, not an act. A negated complement ("was not a threat") condemns no
// one, nor does speech about one's own side.
func (x *Extractor) treeEvaluations(_ *docState, st *sentence) {
	t := st.tree
	if t == nil {
		return
	}
	toks := st.Tokens
	for v := range toks {
		lemma := toks[v].Lemma
		report, label := x.lex.w.reportVerbs[lemma], x.lex.w.labelVerbs[lemma] || x.lex.w.regardVerbs[lemma]
		if !isVerb(toks[v]) || !report && !label {
			continue
		}
		if m, _ := x.treeMood(st, v); m.negated {
			continue
		}
		speakers := st.argList(x.subjectsOf(st, v, 0))
		if len(speakers) == 0 && label && passiveVerb(st, v) {
			// "designated a terrorist organisation by Washington": the
			// parse may hang the by-agent on the predicate nominal.
			for _, c := range t.children(v, "xcomp", "obj") {
				if ks := x.byAgents(st, c); len(ks) > 0 {
					speakers = st.argList(ks)
					break
				}
			}
		}
		if len(speakers) == 0 {
			continue
		}
		if report || lemma == "insist" {
			x.obligations(st, v, speakers)
		}
		var targets []int
		if report {
			for _, c := range t.children(v, "ccomp", "parataxis") {
				if x.condemns(st, c, 0) {
					targets = append(targets, x.condemned(st, c)...)
					continue
				}
				// "said harassment by Chilean police was rising": the
				// complement's subject is the condemning noun.
				for _, n := range t.children(c, "nsubj") {
					if x.lex.w.disapproval[st.Tokens[n].Lemma] && len(st.argsAt(n)) == 0 && !t.negatedConjunct(c) {
						if ks := x.byAgents(st, n); len(ks) > 0 {
							targets = append(targets, ks...)
						} else {
							targets = append(targets, st.ownersOf(n)...)
						}
					}
				}
			}
		}
		if label {
			// "described the junta as illegitimate": the parse may hang
			// the as-phrase on the object instead of the verb.
			asPhrases := t.children(v, "obl", "xcomp", "advcl")
			for _, o := range t.children(v, "obj") {
				asPhrases = append(asPhrases, t.children(o, "nmod")...)
			}
			for _, c := range asPhrases {
				if t.caseOf(c) != "as" && !t.hasMark(c, "as") || !x.condemns(st, c, 0) {
					continue
				}
				targets = append(targets, x.byAgents(st, c)...)
				for _, o := range t.children(v, "obj") {
					targets = append(targets, st.ownersOf(o)...)
				}
			}
			// "The cartel has been designated a terrorist organisation by
			// Washington": the passive's subject is what is labelled (its
			// by-agent the labeller, as subjectsOf reads it).
			if subjs := t.children(v, "nsubj:pass"); len(subjs) > 0 && passiveVerb(st, v) {
				for _, c := range t.children(v, "xcomp", "obj") {
					if strings.HasPrefix(toks[c].Tag, "NN") && !t.hasMark(c, "as") && t.caseOf(c) == "" && x.condemns(st, c, 0) {
						targets = append(targets, st.argsAt(subjs[0])...)
						break
					}
				}
			}
			// "considers the PKK a terrorist group", "branded Chile an
			// aggressor": a small clause with no "as"; the parse makes the
			// predicate nominal an xcomp or a second object.
			if objs := t.children(v, "obj"); len(objs) > 0 {
				preds := t.children(v, "xcomp")
				if len(objs) == 2 {
					preds = append(preds, objs[1])
				}
				// ("called the arrests a provocation": the parse may hang
				// the predicate nominal on the object.)
				preds = append(preds, t.children(objs[0], "obj")...)
				for _, c := range preds {
					if c > objs[0] && strings.HasPrefix(toks[c].Tag, "NN") && !t.hasMark(c, "as") && t.caseOf(c) == "" && x.condemns(st, c, 0) {
						// "called the arrests a provocation by Kosovo": the
						// condemning noun's agent, else the thing labelled
						// or its owner.
						if ks := x.byAgents(st, c); len(ks) > 0 {
							targets = append(targets, ks...)
						} else if ks := st.argsAt(objs[0]); len(ks) > 0 {
							targets = append(targets, ks...)
						} else {
							targets = append(targets, st.ownersOf(objs[0])...)
						}
						break
					}
				}
			}
		}
		for _, o := range st.argList(targets) {
			if o.actor.Type == schema.Place {
				continue
			}
			for _, s := range speakers {
				if sameSide(o.actor, []arg{s}) {
					continue
				}
				if x.lex.w.regardVerbs[lemma] {
					x.emit(st, schema.Stance, s, o, "opposes", "", -1, false, fact.Asserted, [2]int{v, v + 1}, "tree:regarded-as")
					continue
				}
				if st.hasFact(s.actor, o.actor, "accuses") {
					// "Peru says Chilean jets violated its airspace": the
					// clause's own pass coded the accusation already.
					continue
				}
				x.emit(st, schema.Event, s, o, "criticizes", "111", 0, false, fact.Reported, [2]int{v, v + 1}, "tree:evaluative-speech")
			}
		}
	}
}

// condemns: the clause or phrase headed by c says something is bad: its
// head is a disapproval word, or one modifies or is coordinated with it
// ("a petty trick", "aimless and unwise"), or an embodying verb takes one
// ("posed a continuing threat").
func (x *Extractor) condemns(st *sentence, c, depth int) bool {
	t := st.tree
	if depth > 1 || t.negatedConjunct(c) {
		return false
	}
	if x.lex.w.disapproval[st.Tokens[c].Lower] || x.lex.w.disapproval[st.Tokens[c].Lemma] {
		return true
	}
	// ("a terrorist group": the parse makes a noun modifier a compound.)
	for _, m := range t.children(c, "amod", "conj", "compound") {
		if x.lex.w.disapproval[st.Tokens[m].Lower] && !t.negatedConjunct(m) {
			return true
		}
	}
	if isVerb(st.Tokens[c]) && x.lex.w.embodyVerbs[st.Tokens[c].Lemma] {
		for _, o := range t.children(c, "obj", "xcomp") {
			if x.condemns(st, o, depth+1) {
				return true
			}
		}
	}
	return false
}

// condemned is who a condemning complement is about: the "by" agent of a
// condemning noun ("was a trick by Chile"), else the clause's subject, or
// the owner of a subject noun that is no actor ("Chile's actions").
func (x *Extractor) condemned(st *sentence, c int) []int {
	if ks := x.byAgents(st, c); len(ks) > 0 {
		return ks
	}
	t := st.tree
	for _, s := range t.children(c, "nsubj", "nsubj:pass") {
		if ks := st.argsAt(s); len(ks) > 0 {
			return ks
		}
		return st.ownersOf(s)
	}
	return nil
}

// byAgents are the mentions of a "by" nominal of the phrase c.
func (x *Extractor) byAgents(st *sentence, c int) []int {
	t := st.tree
	for _, n := range t.children(c, "nmod", "obl", "obl:agent") {
		if t.caseOf(n) == "by" {
			return st.argsAt(n)
		}
	}
	return nil
}

// ownersOf: the actor a noun phrase is, or the one it belongs to or is
// named after ("the Chilean blockade", "Peru's policy", "the US-led
// operation").
func (st *sentence) ownersOf(h int) []int {
	if ks := st.argsAt(h); len(ks) > 0 {
		return ks
	}
	t := st.tree
	for _, c := range t.children(h, "nmod:poss", "amod", "compound") {
		if k := st.tokMention[c]; k >= 0 && !st.ms[k].Location {
			return []int{k}
		}
	}
	return nil
}

// obligations: "Chile said Peru should withdraw", "Chile insists he must
// be extradited": saying what another actor should do demands it of them
// (CAMEO 10). The clause's own act, if it has one, is coded hedged by its
// pass.
func (x *Extractor) obligations(st *sentence, v int, speakers []arg) {
	t := st.tree
	for _, c := range t.children(v, "ccomp") {
		must := false
		for _, a := range t.children(c, "aux") {
			must = must || x.lex.w.obligationAux[st.Tokens[a].Lower]
		}
		if !must {
			continue
		}
		for _, n := range t.children(c, "nsubj", "nsubj:pass") {
			for _, o := range st.argList(st.argsAt(n)) {
				if o.actor.Type == schema.Place {
					continue
				}
				for _, s := range speakers {
					if !sameSide(o.actor, []arg{s}) {
						x.emit(st, schema.Event, s, o, "demands", "100", 0, false, fact.Reported, [2]int{v, v + 1}, "tree:said-should")
					}
				}
			}
		}
	}
}
