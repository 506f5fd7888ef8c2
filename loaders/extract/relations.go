package extract

import (
	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/loaders/nlp"
	"github.com/kg-project/kg/schema"
)

// relations finds lasting ties: posts (roleIn), membership, alliance and
// disagreement.
func (x *Extractor) relations(st *sentence) {
	toks := st.Tokens
	for k, m := range st.ms {
		if m.Kind == MTitle && m.Affil == nil && m.Country != "" && len(m.Actors) == 1 && m.Actors[0].Type == schema.Person {
			// "The French interior minister" resolved to the person: the state
			// the title names.
			if c, ok := x.dict.Country(m.Country); ok {
				m.Affil = &c
			}
		}
		// "French Defence Minister Jean-Yves Le Drian": roleIn France.
		// Also "the French interior minister" once resolved to the person, and a
		// known name after an office ("ministry spokesman Wang Wenbin").
		if (m.Kind == MTitled || m.Kind == MTitle || m.Kind == MName) && m.Affil != nil && len(m.Actors) == 1 && m.Actors[0].Type == schema.Person {
			rule := "title"
			if m.HomeAffil {
				// An apposition read by tree-titles ("President Ana Soto,
				// Chile's first female leader") says better.
				if st.hasRelation(m.Actors[0], "roleIn") {
					continue
				}
				rule = "title:article-country"
			}
			x.emit(st, schema.Relation, arg{actor: m.Actors[0], start: m.Start, end: m.End}, arg{actor: *m.Affil, start: m.Start, end: m.End}, "roleIn", "", 0, false, "", [2]int{m.Start, m.End}, rule)
		}
		// "NATO member Turkey": memberOf.
		if m.End+1 < len(toks) && (toks[m.End].Lower == "member" || toks[m.End].Lower == "ally") && k+1 < len(st.ms) && st.ms[k+1].Start == m.End+1 {
			pred := "memberOf"
			if toks[m.End].Lower == "ally" {
				pred = "allyOf"
			}
			for _, o := range st.mentionArgs(k) {
				for _, s := range st.mentionArgs(k + 1) {
					x.emit(st, schema.Relation, s, o, pred, "", 0, false, "", [2]int{m.End, m.End + 1}, "apposition:"+toks[m.End].Lower)
				}
			}
		}
		// "X, an ally of Y" / "X, a member of Y".
		if m.End+4 < len(toks) && toks[m.End].Text == "," {
			j := m.End + 1
			if l := toks[j].Lower; l == "a" || l == "an" || l == "the" {
				j++
			}
			for j < len(toks) && (toks[j].Tag == "JJ" || toks[j].Tag == "RB") {
				j++
			}
			if j+1 < len(toks) && toks[j+1].Lower == "of" && (toks[j].Lower == "ally" || toks[j].Lower == "member" || toks[j].Lower == "part") {
				pred := "memberOf"
				if toks[j].Lower == "ally" {
					pred = "allyOf"
				}
				for k2, m2 := range st.ms {
					if m2.Start >= j+2 && m2.Start <= j+4 && !m2.Location {
						for _, s := range st.mentionArgs(k) {
							for _, o := range st.mentionArgs(k2) {
								x.emit(st, schema.Relation, s, o, pred, "", 0, false, "", [2]int{j, j + 2}, "apposition:"+toks[j].Lower+"-of")
							}
						}
						break
					}
				}
			}
		}
	}
	for i := 0; i+2 < len(toks); i++ {
		// "as part of the US-led coalition": the clause's agent is a member.
		if toks[i].Lower == "as" && toks[i+1].Lower == "part" && toks[i+2].Lower == "of" {
			if k, ok := mentionAfter(st, i+3, minInt(i+7, len(toks)), "of"); ok || firstMentionIn(st, i+3, i+7) >= 0 {
				if !ok {
					k = firstMentionIn(st, i+3, i+7)
				}
				if ks := subjectBefore(st, i); len(ks) > 0 && onlyModifiersBetween(toks, i+3, st.ms[k].Start) {
					for _, s := range st.mentionArgs(ks[0]) {
						for _, o := range st.mentionArgs(k) {
							x.emit(st, schema.Relation, s, o, "memberOf", "", 0, false, "", [2]int{i, i + 3}, "as-part-of")
						}
					}
				}
			}
		}
		// "work 'as allies' with the French": alliance with the with-object.
		if toks[i].Lower == "as" && (toks[i+1].Lower == "allies" || isQuote(toks[i+1]) && toks[i+2].Lower == "allies") {
			if k, ok := mentionAfter(st, i+2, minInt(i+8, len(toks)), "with"); ok {
				subj := subjectBefore(st, i)
				for _, sk := range subj {
					for _, s := range st.mentionArgs(sk) {
						for _, o := range st.mentionArgs(k) {
							x.emit(st, schema.Relation, s, o, "allyOf", "", 0, false, "", [2]int{i, i + 2}, "as-allies-with")
						}
					}
				}
			}
		}
		// "remained at odds over T", "at odds with Y over T".
		if toks[i].Lower == "at" && toks[i+1].Lower == "odds" || toks[i].Lemma == "disagree" {
			x.disagreement(st, i)
		}
	}
}

func firstMentionIn(st *sentence, from, to int) int {
	for k, m := range st.ms {
		if m.Start >= from && m.Start < to && m.resolved() {
			return k
		}
	}
	return -1
}

// subjectBefore finds the agent of the clause around token i: the subject of
// the nearest verb before it, or for a verbless phrase the nearest agent.
func subjectBefore(st *sentence, i int) []int {
	for v := i - 1; v >= 0; v-- {
		if isVerb(st.Tokens[v]) && st.Tokens[v].Tag != "VBN" {
			// use the object of an ordering verb: "ordering the Russian military to work as allies"
			return subjectOf(st.w, st.Tokens, st.ms, group{start: v, verb: v}, st.quoted)
		}
	}
	return nil
}

// disagreement records who is at odds with whom, and over what.
func (x *Extractor) disagreement(st *sentence, i int) {
	toks := st.Tokens
	end := i + 1
	if toks[i].Lower == "at" {
		end = i + 2
	}
	g := x.verbGroup(toks, i)
	g.start = minInt(g.start, i)
	for g.start > 0 && isVerb(toks[g.start-1]) {
		g.start--
	}
	var subj []arg
	for _, k := range subjectOf(x.lex.w, toks, st.ms, group{start: g.start, verb: i}, st.quoted) {
		subj = append(subj, st.mentionArgs(k)...)
	}
	var other []arg
	if k, ok := mentionAfter(st, end, minInt(end+6, len(toks)), "with"); ok {
		other = st.mentionArgs(k)
	}
	topic := ""
	for t := end; t < len(toks) && t < end+8; t++ {
		if toks[t].Lower == "over" || toks[t].Lower == "on" || toks[t].Lower == "about" {
			stop := t + 1
			for stop < len(toks) && toks[stop].Text != "," && toks[stop].Text != "." && stop < t+12 {
				stop++
			}
			if stop > t+1 {
				topic = st.Text[toks[t+1].Start-st.Start : toks[stop-1].End-st.Start]
			}
			break
		}
	}
	trig := [2]int{i, end}
	emit := func(s, o arg) {
		n := len(st.facts)
		x.emit(st, schema.Relation, s, o, "disagreesWith", "", 0, g.negated, "", trig, "at-odds")
		if len(st.facts) > n {
			st.facts[len(st.facts)-1].Topic = topic
		}
	}
	switch {
	case len(subj) > 0 && len(other) > 0:
		for _, s := range subj {
			for _, o := range other {
				emit(s, o)
			}
		}
	case len(subj) >= 2:
		emit(subj[0], subj[1])
		emit(subj[1], subj[0])
	}
}

// hasRelation: the sentence already ties a to something by pred.
func (st *sentence) hasRelation(a fact.Actor, pred string) bool {
	for _, f := range st.facts {
		if f.Kind == schema.Relation && f.Subject.ID == a.ID && f.Predicate == pred {
			return true
		}
	}
	return false
}

// onlyModifiersBetween: the tokens from..to are determiners and modifiers,
// so a mention at to heads the phrase: "as part of the US-led coalition",
// not "as part of a deal with the US" (what Cuba is part of is the deal).
func onlyModifiersBetween(toks []nlp.Token, from, to int) bool {
	for _, t := range toks[from:to] {
		switch t.Tag {
		case "DT", "JJ", "JJS", "VBN", "CD", "PRP$", "HYPH":
		default:
			return false
		}
	}
	return true
}
