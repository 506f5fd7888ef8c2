package extract

import (
	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

// treeMediators codes the third party of a mediated event, which no verb
// of the clause has as its subject: "talks mediated by Qatar", "a ceasefire
// brokered by Egypt", "US-brokered talks". The mediator mediates each of
// the event's parties (mediationParties).
func (x *Extractor) treeMediators(_ *docState, st *sentence) {
	t := st.tree
	if t == nil {
		return
	}
	for i, tok := range st.Tokens {
		var mediators []arg
		switch {
		case tok.Tag == "VBN" && t.relIs(i, "acl") && x.mediating(tok.Lemma):
			// "a deal brokered by China": the participle's by-agent.
			for _, c := range t.children(i, "obl:agent", "obl") {
				if t.caseOf(c) == "by" {
					mediators = append(mediators, st.argList(st.argsAt(c))...)
				}
			}
		case t.relIs(i, "amod", "compound"):
			// "US-mediated talks": the actor the prefix names.
			a, ok := x.hyphenPrefix(tok.Text, x.lex.w.mediatingWords)
			if !ok {
				continue
			}
			mediators = []arg{{actor: a, start: i, end: i + 1}}
		default:
			continue
		}
		if len(mediators) == 0 {
			continue
		}
		parties := x.mediationParties(st, t.head(i))
		for _, m := range mediators {
			for _, p := range parties {
				if p.actor.ID != m.actor.ID {
					x.emit(st, schema.Event, m, p, "mediates", "045", 0, false, fact.Asserted, [2]int{i, i + 1}, "tree:mediated-by")
				}
			}
		}
	}
}

// mediating: lemma is a verb of mediation (its frame's predicate is
// "mediates": mediate, broker).
func (x *Extractor) mediating(lemma string) bool {
	for _, f := range x.lex.verbs[lemma] {
		if f.Predicate == "mediates" {
			return true
		}
	}
	return false
}

// mediationParties: the sides of the event noun n, its between-phrase
// ("a truce between Israel and Hamas"), else the actors of the clause it
// belongs to: the subjects and objects of the verb that governs it ("Israel
// and Hamas agreed to a ceasefire brokered by Egypt", "X met Y in talks
// mediated by Qatar").
func (x *Extractor) mediationParties(st *sentence, n int) []arg {
	t := st.tree
	if n < 0 {
		return nil
	}
	for _, c := range t.children(n, "nmod") {
		if t.caseOf(c) == "between" {
			if ks := st.argsAt(c); len(ks) >= 2 {
				return st.argList(ks)
			}
		}
	}
	// "restore ties in a China-brokered deal": the phrase may hang on the
	// verb's object.
	for k := 0; k < 2 && t.relIs(n, "nmod") && t.head(n) >= 0 && !isVerb(st.Tokens[t.head(n)]); k++ {
		n = t.head(n)
	}
	v := t.head(n)
	if v < 0 || !isVerb(st.Tokens[v]) || !t.relIs(n, "obj", "obl") {
		return nil
	}
	ks := x.subjectsOf(st, v, 0)
	for _, c := range t.children(v, "obj", "iobj") {
		if c != n {
			ks = append(ks, st.argsAt(c)...)
		}
	}
	if len(ks) < 2 {
		// A mediator stands between two sides at least.
		return nil
	}
	return st.argList(ks)
}
