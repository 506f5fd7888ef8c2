package extract

import (
	"strings"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/loaders/nlp"
	"github.com/kg-project/kg/schema"
)

// stances finds for/against positions that are not events: "X, which is our
// sole enemy", "a common enemy in the face of X", "want X removed from
// power", "X could play no future role", "X were allies", "the fate of X must
// stay in the hands of the Syrian people", "the only goal is fighting X".
func (x *Extractor) stances(st *sentence) {
	toks := st.Tokens
	for i, t := range toks {
		switch {
		case x.lex.w.enemyNouns[t.Lower]:
			x.enemyStance(st, i)
		case x.lex.w.goalNouns[t.Lower]:
			// "The only goal we must have is fighting Daesh"
			for j := i + 1; j < len(toks) && j < i+8; j++ {
				if toks[j].Lemma == "be" && j+1 < len(toks) && x.lex.w.fightVerbs[toks[j+1].Lemma] {
					if k := firstMentionIn(st, j+2, minInt(j+5, len(toks))); k >= 0 {
						x.stanceFrom(st, i, k, -1, "goal-is-fighting")
					}
					break
				}
			}
		case x.lex.w.desireVerbs[t.Lemma] && isVerb(t):
			// "whom X want removed from power" / "want X removed"
			for j := i + 1; j < len(toks) && j < i+5; j++ {
				if x.lex.w.removalWords[toks[j].Lower] {
					x.removalStance(st, i, j)
					break
				}
			}
		case x.lex.w.playVerbs[t.Lemma] && i+1 < len(toks) && toks[i+1].Lower == "no":
			// "Assad could play no future political role"
			for j := i + 2; j < len(toks) && j < i+6; j++ {
				if x.lex.w.roleNouns[toks[j].Lower] {
					x.noRoleStance(st, i)
					break
				}
			}
		case x.lex.w.obligationAux[t.Lower] && i+1 < len(toks) && x.lex.w.departVerbs[toks[i+1].Lower]:
			// "Assad must go", "X should step down"
			if k := len(st.ms) - 1; k >= 0 {
				for ; k >= 0; k-- {
					if st.ms[k].End == i && st.ms[k].resolved() && st.ms[k].Kind != MPronoun {
						x.stanceFrom(st, i, k, -1, "must-go")
						break
					}
				}
			}
		case x.lex.w.allyNouns[t.Lower] && (t.Tag == "NNS" || i > 0 && (toks[i-1].Lower == "an" || toks[i-1].Lower == "our")):
			x.allyStance(st, i)
		case x.lex.w.fateNouns[t.Lower]:
			x.selfDeterminationStance(st, i)
		}
	}
}

// stanceFrom records a stance held by the speaker or the clause subject.
func (x *Extractor) stanceFrom(st *sentence, trig, target, pol int, rule string) {
	holders := st.holders(trig)
	for _, h := range holders {
		for _, o := range st.mentionArgs(target) {
			x.emit(st, schema.Stance, h, o, stancePred(pol), "", pol, false, fact.Asserted, [2]int{trig, trig + 1}, rule)
		}
	}
}

func stancePred(pol int) string {
	if pol > 0 {
		return "supports"
	}
	return "opposes"
}

// holders: inside a quote the speaker; else the clause subject.
func (st *sentence) holders(i int) []arg {
	if i < len(st.quoted) && st.quoted[i] && st.sp.speaker != nil {
		return []arg{{actor: *st.sp.speaker, start: -1, end: -1}}
	}
	// a first-person possessor resolved to the speaker
	for v := i - 1; v >= 0; v-- {
		if isVerb(st.Tokens[v]) {
			var out []arg
			for _, k := range subjectOf(st.w, st.Tokens, st.ms, group{start: v, verb: v}, st.quoted) {
				out = append(out, st.mentionArgs(k)...)
			}
			if len(out) > 0 {
				return out
			}
		}
	}
	if st.sp.speaker != nil {
		return []arg{{actor: *st.sp.speaker, start: -1, end: -1}}
	}
	return nil
}

func (x *Extractor) enemyStance(st *sentence, i int) {
	toks := st.Tokens
	// Holder: a possessive before the noun ("our sole enemy") or, for a
	// "common/mutual enemy", the clause's agents.
	var holders []arg
	common := false
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		l := toks[j].Lower
		if x.lex.w.sharedAdjs[l] {
			common = true
		}
		if toks[j].Tag == "PRP$" {
			for k, m := range st.ms {
				if m.Start == j {
					holders = st.mentionArgs(k)
				}
			}
			break
		}
	}
	if len(holders) == 0 {
		holders = st.holders(i)
	}
	if common && len(holders) == 0 {
		return
	}
	// Target: "X, which is our enemy" / "X is our enemy" / "enemy in the face of X".
	target := -1
	for j := i + 1; j+3 < len(toks) && j < i+4; j++ {
		if toks[j].Lower == "face" && toks[j+1].Lower == "of" {
			target = firstMentionIn(st, j+2, j+5)
		}
	}
	if target < 0 {
		for k := len(st.ms) - 1; k >= 0; k-- {
			m := st.ms[k]
			if m.End > i || !m.resolved() || m.Kind == MPronoun {
				continue
			}
			gap := toks[m.End:i]
			if len(gap) <= 6 && hasCopula(gap) {
				target = k
			}
			break
		}
	}
	if target < 0 {
		return
	}
	for _, h := range holders {
		for _, o := range st.mentionArgs(target) {
			x.emit(st, schema.Stance, h, o, "opposes", "", -1, false, fact.Asserted, [2]int{i, i + 1}, "enemy")
		}
	}
}

func hasCopula(ts []nlp.Token) bool {
	for _, t := range ts {
		if t.Lemma == "be" {
			return true
		}
	}
	return false
}

// removalStance: "[X] want [Y] removed from power".
func (x *Extractor) removalStance(st *sentence, want, removed int) {
	target := firstMentionIn(st, want+1, removed)
	if target < 0 {
		// "Assad ... whom Western countries ... want removed": the relative's antecedent.
		for j := want - 1; j >= 0; j-- {
			if st.Tokens[j].Lower == "whom" || st.Tokens[j].Lower == "who" {
				target = st.relativeAntecedent(j)
				break
			}
		}
	}
	if target < 0 {
		return
	}
	g := group{start: want, verb: want}
	// "whom Western and Sunni Arab countries blame ... and want removed": the
	// holders are the subject of the coordinated verb.
	ks := subjectOf(x.lex.w, st.Tokens, st.ms, g, st.quoted)
	var holders []arg
	for _, k := range ks {
		if k != target {
			holders = append(holders, st.mentionArgs(k)...)
		}
	}
	if len(holders) == 0 && len(st.lastSubj) > 0 {
		holders = st.lastSubjArgs()
	}
	for _, h := range holders {
		for _, o := range st.mentionArgs(target) {
			x.emit(st, schema.Stance, h, o, "opposes", "", -1, false, fact.Asserted, [2]int{want, removed + 1}, "want-removed")
		}
	}
}

// noRoleStance: "who insisted Assad could play no future political role".
func (x *Extractor) noRoleStance(st *sentence, play int) {
	target := -1
	for k := len(st.ms) - 1; k >= 0; k-- {
		if st.ms[k].End <= play && st.ms[k].resolved() && play-st.ms[k].End <= 3 {
			target = k
			break
		}
	}
	if target < 0 {
		return
	}
	// Holder: whoever insists/says it: the agent before the target.
	var holders []arg
	for v := st.ms[target].Start - 1; v >= 0; v-- {
		if isVerb(st.Tokens[v]) && (x.lex.w.reportVerbs[st.Tokens[v].Lemma] || st.Tokens[v].Lemma == "insist") {
			for k := len(st.ms) - 1; k >= 0; k-- {
				if st.ms[k].End <= v && st.ms[k].resolved() && !st.ms[k].Location {
					holders = st.mentionArgs(k)
					break
				}
			}
			// "who insisted": the relative pronoun's antecedent is the nearest agent.
			break
		}
	}
	if len(holders) == 0 && st.sp.speaker != nil {
		holders = []arg{{actor: *st.sp.speaker, start: -1, end: -1}}
	}
	for _, h := range holders {
		for _, o := range st.mentionArgs(target) {
			x.emit(st, schema.Stance, h, o, "opposes", "", -1, false, fact.Asserted, [2]int{play, play + 2}, "no-role")
		}
	}
}

// allyStance: a speaker's view that X is an ally: "Assad and the Syrian
// government were also allies in the fight against terrorism".
func (x *Extractor) allyStance(st *sentence, i int) {
	if st.sp.speaker == nil {
		return
	}
	toks := st.Tokens
	// X ... be (also) allies
	j := i - 1
	for j >= 0 && (toks[j].Tag == "RB" || toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "PRP$") {
		j--
	}
	if j < 0 || toks[j].Lemma != "be" {
		return
	}
	for k := len(st.ms) - 1; k >= 0; k-- {
		m := st.ms[k]
		if m.End > j || !m.resolved() {
			continue
		}
		targets := []int{k}
		if k > 0 && m.Start >= 1 && toks[m.Start-1].Lower == "and" {
			targets = append(targets, k-1)
		}
		for _, t := range targets {
			for _, o := range st.mentionArgs(t) {
				x.emit(st, schema.Stance, arg{actor: *st.sp.speaker, start: -1, end: -1}, o, "supports", "", 1, false, fact.Reported, [2]int{i, i + 1}, "speaker-calls-ally")
			}
		}
		return
	}
}

// selfDeterminationStance: "the fate of X must stay in the hands of the Y
// people" / "X's future should be decided by the Y people": the diplomatic
// formula for opposing outside removal of a leader, i.e. support.
func (x *Extractor) selfDeterminationStance(st *sentence, i int) {
	toks := st.Tokens
	if i+1 >= len(toks) || toks[i+1].Lower != "of" {
		return
	}
	target := firstMentionIn(st, i+2, minInt(i+6, len(toks)))
	if target < 0 {
		return
	}
	rest := strings.ToLower(st.Text[toks[i].Start-st.Start:])
	if !(strings.Contains(rest, "hands of the") || strings.Contains(rest, "decided by the")) || !strings.Contains(rest, "people") {
		return
	}
	for _, h := range st.holders(i) {
		for _, o := range st.mentionArgs(target) {
			x.emit(st, schema.Stance, h, o, "supports", "", 1, false, fact.Asserted, [2]int{i, i + 2}, "self-determination")
		}
	}
}
