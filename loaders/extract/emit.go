package extract

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

// arg is one participant of a fact with the tokens that named it.
type arg struct {
	actor      fact.Actor
	start, end int // token indexes, half-open; -1 when implicit
}

func (st *sentence) mentionArgs(k int) []arg {
	if k < 0 || k >= len(st.ms) {
		return nil
	}
	m := st.ms[k]
	out := make([]arg, 0, len(m.Actors))
	for _, a := range m.Actors {
		a.Text = m.Text
		out = append(out, arg{actor: a, start: m.Start, end: m.End})
	}
	return out
}

// span converts a token range to byte offsets.
func (st *sentence) span(start, end int) fact.Span {
	if start < 0 || end <= start || end > len(st.Tokens) {
		return fact.Span{}
	}
	return fact.Span{Start: st.Tokens[start].Start, End: st.Tokens[end-1].End}
}

// emit records one fact with its provenance.
func (x *Extractor) emit(st *sentence, kind schema.Kind, s, o arg, pred, cameo string, polarity int, negated bool, mod fact.Modality, trig [2]int, rule string) {
	if s.actor.ID == "" || o.actor.ID == "" || s.actor.ID == o.actor.ID {
		return
	}
	if kind != schema.Relation && s.actor.Type == schema.Person && o.actor.Type == schema.Country && s.actor.Country == o.actor.ID {
		// "Kosovo's prime minister said the train was stopped to protect
		// the country": an official acting for their own state is no
		// interaction between two actors (roleIn says they belong).
		return
	}
	if kind != schema.Relation && s.actor.Country != "" && s.actor.Country == o.actor.ID && stateOrgan(s.actor) {
		// "French troops ... revoked agreements with Paris": a state's
		// own army or government acting on the state is a misread
		// argument, not an interaction.
		return
	}
	if kind == schema.Event && cameo != "" && (cameo[:2] == "10" || cameo[:2] == "02") && o.actor.Type == schema.MilitaryUnit && o.actor.Country != "" && (s.actor.ID == o.actor.Country || s.actor.Country == o.actor.Country && s.actor.Type == schema.Person) {
		// "Putin ordered the army to withdraw": a command to one's own
		// forces is no demand between two actors.
		return
	}
	if kind == schema.Event && trig[0] >= 0 && trig[0] < len(st.Tokens) && st.w.contestVerbs[st.Tokens[trig[0]].Lemma] && st.contest() {
		// "Sweden defeated South Korea 1-0", "was defeated by 10,694
		// votes": a match or an election, not a battle.
		return
	}
	if p, ok := x.preds.Get(pred); ok && kind == schema.Event && p.Symmetric && (st.hasFact(s.actor, o.actor, "roleIn") || st.hasFact(o.actor, s.actor, "roleIn")) {
		// "Petro and the rebel group's commander, Garcia, announced the
		// deal": the commander and his group are one side of a mutual
		// act, not two.
		return
	}
	if kind != schema.Relation && s.actor.Type == schema.Place {
		// A place does nothing; the subject was misread ("the Baltic
		// states" as the Baltic Sea).
		return
	}
	if kind == schema.Event && pred == "visits" && crowd(s.actor) {
		// "migrants travelling to Greece", "protesters marched to the
		// palace": people on the move are no state visit.
		return
	}
	if mod == "" {
		mod = fact.Asserted
	}
	if st.question && kind == schema.Event {
		mod = stronger(mod, fact.Hedged)
	}
	if st.Headline {
		// Headlines are telegraphic ("Serbia warns Kosovo"); their facts say
		// where they come from.
		rule = "headline:" + rule
	}
	if kind == schema.Event && (mod == fact.Planned || mod == fact.Hedged) {
		cameo = x.lex.intentCode(cameo)
	}
	f := fact.Fact{
		Kind: kind, Subject: s.actor, Object: o.actor, Predicate: pred, CAMEO: cameo,
		Polarity: polarity, Negated: negated, Modality: mod,
		Sentence: st.Text, SentenceIndex: st.Index,
		Offsets: fact.Offsets{
			Sentence: fact.Span{Start: st.Start, End: st.End},
			Subject:  st.span(s.start, s.end),
			Object:   st.span(o.start, o.end),
			Trigger:  st.span(trig[0], trig[1]),
		},
		Rule: rule,
	}
	if trig[0] >= 0 && trig[1] <= len(st.Tokens) && trig[1] > trig[0] {
		f.Trigger = st.Text[st.Tokens[trig[0]].Start-st.Start : st.Tokens[trig[1]-1].End-st.Start]
	}
	if st.sp.speaker != nil && (st.sp.verb < 0 || trig[0] < 0 || trig[0] != st.sp.verb) {
		inContent := trig[0] >= 0 && (trig[0] < len(st.quoted) && st.quoted[trig[0]] || st.sp.verb >= 0 && (trig[0] >= st.sp.clause || st.sp.according) ||
			trig[0] >= st.sp.fronted[0] && trig[0] < st.sp.fronted[1])
		if inContent {
			sp := *st.sp.speaker
			f.Speaker = &sp
			if sp.ID != s.actor.ID && mod == fact.Asserted {
				f.Modality = fact.Reported
			}
		}
	}
	if kind != schema.Relation {
		// A post or a membership has no date a sentence could give; an
		// event's is settled once all the sentence's triggers are known.
		st.trigs = append(st.trigs, len(st.facts))
	}
	st.facts = append(st.facts, f)
}

// attachDates gives each date expression of the sentence to the facts whose
// trigger is nearest to it: in "the meeting ... was suspended after the
// annexation of Crimea in 2014", 2014 dates the annexation only.
func (st *sentence) attachDates() {
	for _, d := range st.dates {
		best, bestDist := -1, 1<<30
		for _, fi := range st.trigs {
			f := st.facts[fi]
			dist := distance(d.Start+st.Start, d.End+st.Start, f.Offsets.Trigger.Start, f.Offsets.Trigger.End)
			if f.Offsets.Trigger.End == 0 {
				continue
			}
			if dist < bestDist {
				best, bestDist = f.Offsets.Trigger.Start, dist
			}
		}
		for _, fi := range st.trigs {
			if f := &st.facts[fi]; f.Offsets.Trigger.Start == best && best >= 0 && f.Date == "" {
				f.Date = d.Value
			}
		}
	}
}

func distance(a0, a1, b0, b1 int) int {
	switch {
	case a1 <= b0:
		return b0 - a1
	case b1 <= a0:
		return a0 - b1
	}
	return 0
}

// lemmaAt is the lemma of the token that starts at byte offset start, ""
// if none does.
func (st *sentence) lemmaAt(start int) string {
	i := sort.Search(len(st.Tokens), func(i int) bool { return st.Tokens[i].Start >= start })
	if i < len(st.Tokens) && st.Tokens[i].Start == start {
		return st.Tokens[i].Lemma
	}
	return ""
}

// crowd: a collective of private people (protesters, migrants, civilians,
// refugees), not of officials or fighters: the collectives kg names by their
// phrase, and the CAMEO sectors CVL (civilians) and REF (refugees).
func crowd(a fact.Actor) bool {
	return a.Type == schema.Collective && (strings.HasPrefix(a.ID, collectivePrefix) || strings.HasSuffix(a.ID, "-CVL") || strings.HasSuffix(a.ID, "-REF"))
}

// contest: the sentence is about a match or an election: it has a score
// ("1-0", "1 – 2") or a word of contestWords.
func (st *sentence) contest() bool {
	toks := st.Tokens
	for i, t := range toks {
		if st.w.contestWords[t.Lower] || st.w.contestWords[t.Lemma] {
			return true
		}
		if t.Tag == "CD" && i+2 < len(toks) && (toks[i+1].Text == "-" || toks[i+1].Text == "–") && toks[i+2].Tag == "CD" {
			return true
		}
		if a, b, ok := strings.Cut(t.Text, "-"); ok && a != "" && b != "" && strings.Trim(a, "0123456789") == "" && strings.Trim(b, "0123456789") == "" && len(a) <= 2 && len(b) <= 2 {
			return true
		}
	}
	return false
}

// stateOrgan: a is a state's army, government, police or intelligence
// service, as the dictionary's group nouns make them (id "TUR-MIL").
func stateOrgan(a fact.Actor) bool {
	for _, r := range [...]string{"-MIL", "-GOV", "-COP", "-SPY"} {
		if a.ID == a.Country+r {
			return true
		}
	}
	return false
}
