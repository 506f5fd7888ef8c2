package extract

import (
	"strconv"
	"strings"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/loaders/timex"
	"github.com/kg-project/kg/schema"
)

// treeCoref resolves pronouns that the tree settles before the salience
// resolver guesses (it runs just before coreference and only fills
// mentions that have no referent yet):
//
//   - a possessive is bound by its own clause's subject: in "Washington cut
//     ties, expressing its support for Beijing" its is Washington's;
//   - a subject pronoun that opens a sentence continues the previous
//     sentence's subject (centering): "Ms Ardern spoke to Mr Morrison. She
//     also praised ..." is Clinton, not the last-named person.
func (x *Extractor) treeCoref(d *docState, st *sentence) {
	t := st.tree
	if t == nil {
		d.lastSubject = nil
		return
	}
	view := st.indexed()
	for i := range st.ms {
		m := &st.ms[i]
		g := strings.ToLower(m.Group)
		if (m.Kind == MPair || m.Kind == MDesc && m.DescType == schema.Country && (m.Group == "" || x.lex.w.stateModifiers[strings.ToLower(st.Tokens[m.Start].Text)] || x.lex.w.namedOrganDescs[g] || x.lex.w.stateModifiers[g] || x.lex.w.bareStateDescs[g])) && !m.resolved() {
			// "China urged both sides to agree a ceasefire": the sides
			// an actor addresses do not include it; "Turkey deployed
			// troops to the country" is another country, and "Eritrean
			// troops attacked government positions" another's
			// government ("Thailand offered to host talks between the
			// junta and ..." another's junta; "The US and the UK called
			// on the government" another's government).
			h := m.End - 1
			v := t.head(h)
			if m.Kind == MDesc && t.relIs(h, "nmod") && t.relIs(v, "obj") {
				v = t.head(v) // "deployed troops to the country"
			} else if !t.relIs(h, "obj", "iobj", "obl") {
				v = -1
			}
			if v >= 0 {
				for _, k := range x.subjectsOf(view, v, 0) {
					if k != i && !(m.Kind == MDesc && m.Group != "" && len(st.ms[k].Actors) == 1 && crowd(st.ms[k].Actors[0])) {
						// (Protesters against "the government" mean
						// their own.)
						m.NotActors = append(m.NotActors, st.ms[k].Actors...)
					}
				}
			}
			continue
		}
		if m.Kind != MPronoun || m.resolved() || m.End-m.Start != 1 {
			continue
		}
		p := pronouns[m.Pronoun]
		if p.first {
			continue
		}
		tok := m.Start
		if m.Possessive {
			if as, ok := x.targetOwner(st, view, i); ok {
				m.Actors = as
				continue
			}
		}
		if m.Possessive {
			// Only a clause without a subject of its own binds: in
			// "Chile cut ties with Peru, expressing its support" the
			// participle's subject is Washington; in "imposed sanctions on
			// Ghana over its annexation" the nearest actor is meant, which
			// the salience resolver finds.
			v := t.clauseOf(tok)
			if v < 0 || !isVerb(st.Tokens[v]) {
				continue
			}
			if n := t.head(tok); n >= 0 && t.relIs(n, "obj") && t.head(n) == v && t.has(v, "nsubj") {
				// "Iran, backed by Russia, stepped up its support": a
				// possessive on the verb's own object is its subject's.
				bound := false
				for _, c := range t.children(v, "nsubj") {
					if k := view.tokMention[c]; k >= 0 && k != i && c < tok && st.ms[k].Kind != MPronoun && st.ms[k].resolved() && !st.ms[k].Location && agrees(p.person, p.plural, st.ms[k].Actors) {
						m.Actors = append([]fact.Actor(nil), st.ms[k].Actors...)
						bound = true
					}
				}
				if bound {
					continue
				}
			}
			if t.has(v, "nsubj", "nsubj:pass") {
				// "it committed abuses during its crackdown": a pronoun
				// subject of the same number binds the possessive.
				for _, c := range t.children(v, "nsubj", "nsubj:pass") {
					if k := view.tokMention[c]; k >= 0 && k != i && st.ms[k].Kind == MPronoun && c < tok && pronouns[st.ms[k].Pronoun].plural == p.plural && pronouns[st.ms[k].Pronoun].person == p.person && st.ms[k].resolved() {
						m.Actors = append([]fact.Actor(nil), st.ms[k].Actors...)
					}
				}
				continue
			}
			for _, k := range x.subjectsOf(view, v, 0) {
				s := st.ms[k]
				if s.Start < tok && k != i && agrees(p.person, p.plural, s.Actors) {
					m.Actors = append([]fact.Actor(nil), s.Actors...)
					break
				}
			}
			continue
		}
		if t.relIs(tok, "nsubj", "nsubj:pass") && !p.person {
			if as := x.adverbialSubject(st, view, tok, i, p.plural); len(as) > 0 {
				// "X have given French troops a month to leave, days
				// after they revoked the agreements": they are X.
				m.Actors = as
				continue
			}
		}
		if t.relIs(tok, "nsubj", "nsubj:pass") && !p.person {
			if as := x.contentSubject(st, view, tok, p.plural); len(as) > 0 {
				m.Actors = as
				continue
			}
		}
		if t.relIs(tok, "nsubj", "nsubj:pass") && !p.person {
			if as := x.bodySpeaker(st, view, tok, p.plural); len(as) > 0 {
				m.Actors = as
				continue
			}
		}
		if t.relIs(tok, "nsubj", "nsubj:pass") && !personBefore(st.ms[:i]) {
			// A subject pronoun cannot mean an actor its own clause names
			// (binding): in "They accuse Chile" after "Chile rejected the
			// demands of Peru and Bolivia", they are Peru and Bolivia.
			last := d.lastSubject
			if len(last) > 0 && x.namedInClause(st, view, tok, last) {
				last = nil
			}
			if p.plural && !p.person && len(d.lastGroup) >= 2 && (len(last) < 2) && !x.namedInClause(st, view, tok, d.lastGroup) {
				// Plural they after a coordination of states or bodies
				// means that group rather than a single subject.
				last = d.lastGroup
			}
			if len(last) > 0 && agrees(p.person, p.plural, last) && (len(last) != 1 || d.reg.genderFits(last[0], pronounGender(m.Pronoun))) {
				m.Actors = append([]fact.Actor(nil), last...)
				continue
			}
		}
		if t.relIs(tok, "obj", "iobj") {
			m.Actors = x.unbound(d, st, view, i, p.person, p.plural)
		}
	}
}

// unbound resolves an object pronoun, which cannot mean its own clause's
// subject (binding): in "with Chile and Peru supplying it with fuel" it is
// not Peru but the actor before them. It returns the nearest earlier
// mention of this sentence, or failing that of the last three, that agrees
// and is not the subject; nil when the subject is unknown, so that the
// salience resolver decides.
func (x *Extractor) unbound(d *docState, st *sentence, view *sentence, i int, person, plural bool) []fact.Actor {
	t := st.tree
	v := t.head(st.ms[i].Start)
	if v < 0 {
		return nil
	}
	subj := map[string]bool{}
	for _, k := range x.subjectsOf(view, v, 0) {
		for _, a := range st.ms[k].Actors {
			subj[a.ID] = true
		}
	}
	if len(subj) == 0 {
		return nil
	}
	free := func(as []fact.Actor) bool {
		for _, a := range as {
			if subj[a.ID] {
				return false
			}
		}
		return agrees(person, plural, as)
	}
	for j := i - 1; j >= 0; j-- {
		b := st.ms[j]
		if person && b.Kind == MTitle && b.Person && !b.resolved() {
			// "expelled the US ambassador, accusing him": the official
			// the resolver will code, not someone earlier.
			return nil
		}
		if b.resolved() && !b.Location && free(b.Actors) {
			return append([]fact.Actor(nil), b.Actors...)
		}
	}
	for _, a := range d.hist.recent(st.Index-3, func(a fact.Actor) bool { return a.Type != schema.Place }) {
		if free([]fact.Actor{a}) {
			return []fact.Actor{a}
		}
	}
	return nil
}

// noteSubject remembers the subject of the sentence's main verb for the
// next sentence's pronouns; it runs after coreference.
func (x *Extractor) noteSubject(d *docState, st *sentence) {
	d.lastSubject = nil
	d.lastGroup = nil
	t := st.tree
	if t == nil {
		return
	}
	// The sentence's last coordination of two or more states or bodies
	// ("Chile and its allies, Peru and Bolivia"), for a plural they.
	for h := range st.Tokens {
		if t.rel(h) == "conj" {
			continue
		}
		var group []fact.Actor
		for _, k := range st.argsAt(h) {
			if st.ms[k].Location {
				continue
			}
			for _, a := range st.ms[k].Actors {
				if notPerson(a) && a.Type != schema.Place && !containsActor(group, a) {
					group = append(group, a)
				}
			}
		}
		if len(group) >= 2 {
			d.lastGroup = group
		}
	}
	if d.lastGroup != nil {
		d.groups = append(d.groups, actorGroup{sentence: st.Index, actors: d.lastGroup})
	}
	for i := range st.Tokens {
		if t.head(i) >= 0 || st.Tokens[i].Dep == "" {
			continue
		}
		root := i
		// "X said ...": the speaker is the subject that carries on.
		for _, k := range x.subjectsOf(st, root, 0) {
			d.lastSubject = append(d.lastSubject, st.ms[k].Actors...)
		}
		if len(d.lastSubject) == 0 && st.sp.speaker != nil && st.sp.verb == root {
			// The parse lost the speech verb's subject; the speaker the
			// attribution pass found is who carries on.
			d.lastSubject = []fact.Actor{*st.sp.speaker}
		}
		return
	}
}

// namedInClause reports whether one of as is named (not by a pronoun) in
// the clause of the token tok.
func (x *Extractor) namedInClause(st *sentence, view *sentence, tok int, as []fact.Actor) bool {
	t := st.tree
	v := t.clauseOf(tok)
	if v < 0 {
		return false
	}
	for _, m := range view.ms {
		if m.Kind == MPronoun || !m.resolved() || m.Start == tok {
			continue
		}
		if t.clauseOf(m.Start) != v && m.Start != v {
			continue
		}
		for _, a := range m.Actors {
			if containsActor(as, a) {
				return true
			}
		}
	}
	return false
}

// clauseOf climbs from a token to the verb (or predicate) of its clause.
// targetOwner: a possessive in the target of a coercive or violent act
// (CAMEO 17-20) or an intrusion does not mean the attacker: in "Russia said Turkey attacked its jet" and
// "Peru says Chile shelled its border posts" it is the first other actor
// before it (the speaker here), unless the text says "its own".
func (x *Extractor) targetOwner(st *sentence, view *sentence, i int) ([]fact.Actor, bool) {
	t := st.tree
	m := st.ms[i]
	p := pronouns[m.Pronoun]
	tok := m.Start
	n := t.head(tok)
	if n < 0 || !t.relIs(tok, "nmod:poss") || tok+1 < len(st.Tokens) && st.Tokens[tok+1].Lower == "own" {
		return nil, false
	}
	for t.relIs(n, "nmod") && t.head(n) >= 0 && !isVerb(st.Tokens[t.head(n)]) {
		n = t.head(n) // "at the edge of its territory"
	}
	v := t.head(n)
	if v < 0 || !isVerb(st.Tokens[v]) || !t.relIs(n, "obj", "obl") {
		return nil, false
	}
	fr, _, ok := x.treeFrame(st, v)
	hostile := ok && len(fr.CAMEO) >= 2 && (fr.CAMEO[:2] >= "17" && fr.CAMEO[:2] <= "20")
	// "Turkish jets violated its airspace": what one intrudes on is
	// another's territory (intrusionVerbs, territoryNouns); "violated its
	// commitments" stays the subject's.
	intrusion := x.lex.w.intrusionVerbs[st.Tokens[v].Lemma] && (x.lex.w.territoryNouns[st.Tokens[n].Lemma] || x.lex.w.territoryNouns[st.Tokens[n].Lower])
	if !hostile && !intrusion {
		return nil, false
	}
	subj := x.subjectsOf(view, v, 0)
	// The sentence's first such actor, its topic: "Saudi Arabia cut ties
	// with Iran after protesters attacked its embassy" is Saudi Arabia's.
	for j := 0; j < i; j++ {
		c := st.ms[j]
		if c.Location || !c.resolved() || containsInt(subj, j) || !agrees(p.person, p.plural, c.Actors) {
			continue
		}
		return append([]fact.Actor(nil), c.Actors...), true
	}
	return nil, false
}

func (t *dtree) clauseOf(i int) int {
	for n := 0; n < len(t.toks) && i >= 0; n++ {
		i = t.head(i)
		if i < 0 {
			return -1
		}
		if isVerb(t.toks[i]) {
			return i
		}
		switch t.base(i) {
		case "root", "ccomp", "advcl", "xcomp", "acl", "parataxis":
			// a verbless predicate ("X is a member ...") heads its clause
			return i
		}
	}
	return -1
}

// agrees checks a pronoun's person and number against candidate referents.
func agrees(person, plural bool, as []fact.Actor) bool {
	if len(as) == 0 {
		return false
	}
	if plural {
		// they/their: states, groups, several people; not one person,
		// whom news calls he or she.
		return len(as) > 1 || as[0].Type != schema.Person
	}
	if len(as) > 1 {
		return false
	}
	isP := as[0].Type == schema.Person
	return isP == person && as[0].Type != schema.Place
}

func personBefore(ms []Mention) bool {
	for _, m := range ms {
		if m.resolved() && !m.Location || m.Kind == MTitle && m.Person || m.Kind == MPair || m.Kind == MDesc && m.Plural {
			// An official not yet resolved ("Serbia's prime minister
			// said he"), a pair ("the two leaders agreed when they
			// met") or a plural description ("the rebels said they"),
			// is someone before the pronoun too.
			return true
		}
	}
	return false
}

// bodySpeaker: "The ELN said they had freed the hostages": British usage
// gives a body plural pronouns, so "they" in what a group or organisation
// says is that body, not an earlier coordination. "It" in what a state,
// body or armed group says is the speaker too ("The Arakan Army, one of
// the country's largest groups, said it had captured a base"), not the
// nearest actor before it.
func (x *Extractor) bodySpeaker(st *sentence, view *sentence, tok int, plural bool) []fact.Actor {
	t := st.tree
	v := t.head(tok)
	if v < 0 || !t.relIs(v, "ccomp") {
		return nil
	}
	g := t.head(v)
	if g < 0 || !x.lex.w.reportVerbs[st.Tokens[g].Lemma] {
		return nil
	}
	ks := x.subjectsOf(view, g, 0)
	if len(ks) != 1 {
		return nil
	}
	s := st.ms[ks[0]]
	if s.Start > tok || s.Kind == MPronoun || len(s.Actors) != 1 {
		return nil
	}
	switch s.Actors[0].Type {
	case schema.ArmedGroup, schema.Organization:
		return append([]fact.Actor(nil), s.Actors...)
	case schema.Collective:
		// "The rebels said they had shot down a helicopter."
		if plural {
			return append([]fact.Actor(nil), s.Actors...)
		}
		return nil
	case schema.Person, schema.Place:
		return nil
	}
	if !plural && !s.Plural {
		return append([]fact.Actor(nil), s.Actors...)
	}
	return nil
}

// contentSubject: the subject pronoun of a that-clause that tells what a
// claim or a statement says means the subject of the clause above it,
// who is its topic: in "Peru rejected claims by Chile that it had armed
// the rebels" it is Peru, though Chile is nearer. It returns nil unless
// that subject is a resolved mention before the pronoun.
func (x *Extractor) contentSubject(st *sentence, view *sentence, tok int, plural bool) []fact.Actor {
	t := st.tree
	v := t.head(tok)
	if v < 0 || !t.hasMark(v, "that") {
		return nil
	}
	g := -1
	switch t.rel(v) {
	case "ccomp":
		g = t.head(v)
	case "acl", "acl:relcl":
		// the noun the clause completes, then the verb that noun serves
		for n, h := 0, t.head(v); n < 4 && h >= 0; n, h = n+1, t.head(h) {
			if isVerb(st.Tokens[h]) {
				g = h
				break
			}
		}
	}
	if g < 0 {
		return nil
	}
	for _, k := range x.subjectsOf(view, g, 0) {
		s := st.ms[k]
		if s.Start < tok && s.Kind != MPronoun && agrees(false, plural, s.Actors) {
			return append([]fact.Actor(nil), s.Actors...)
		}
	}
	return nil
}

// actorGroup is a coordination of states or bodies one sentence named.
type actorGroup struct {
	sentence int
	actors   []fact.Actor
}

// treePluralDescs resolves a definite plural description of states ("the
// countries", "these four nations") to the last group of states an earlier
// sentence of the last five coordinated; a number in the description must
// match the group's size.
func (x *Extractor) treePluralDescs(d *docState, st *sentence) {
	t := st.tree
	if t == nil || len(d.groups) == 0 {
		return
	}
	covered := func(i int) bool {
		for _, m := range st.ms {
			if m.Start <= i && i < m.End {
				return true
			}
		}
		return false
	}
	for h, tok := range st.Tokens {
		if tok.Tag != "NNS" || !x.lex.w.pluralStateNouns[tok.Lower] || covered(h) {
			continue
		}
		definite := false
		for _, c := range t.children(h, "det") {
			switch st.Tokens[c].Lower {
			case "the", "these", "those", "both":
				definite = true
			}
		}
		// "the nations which are fighting X" says which: no anaphor;
		// nor do "the Baltic states", whose modifier names them.
		if !definite || t.has(h, "acl:relcl") || t.has(h, "acl") {
			continue
		}
		named := false
		for _, c := range t.children(h, "amod", "compound") {
			named = named || covered(c)
		}
		if named {
			continue
		}
		n := 0
		for _, c := range t.children(h, "nummod") {
			if v, err := strconv.Atoi(st.Tokens[c].Text); err == nil {
				n = v
			} else if v, ok := timex.NumberWord(st.Tokens[c].Lower); ok {
				n = v
			}
		}
		for g := len(d.groups) - 1; g >= 0; g-- {
			grp := d.groups[g]
			if st.Index-grp.sentence > 5 {
				break
			}
			if n > 0 && len(grp.actors) != n {
				continue
			}
			lo := h
			for _, c := range t.children(h, "det", "nummod", "amod", "compound") {
				lo = min(lo, c)
			}
			st.addMention(Mention{Start: lo, End: h + 1, Kind: MDesc, Plural: true, Actors: append([]fact.Actor(nil), grp.actors...), Text: strings.Join(st.wordList()[lo:h+1], " ")})
			break
		}
	}
}

// adverbialSubject: the subject pronoun at tok opens an adverbial clause
// ("after they revoked", "because it feared") of a clause whose own subject
// comes before it and agrees: that subject, as a reader takes it.
func (x *Extractor) adverbialSubject(st *sentence, view *sentence, tok, i int, plural bool) []fact.Actor {
	t := st.tree
	v := t.head(tok)
	if v < 0 || !t.relIs(v, "advcl") {
		return nil
	}
	marked := false
	for _, mk := range t.children(v, "mark") {
		// Not "if" or "unless": "threatened to use force if it seeks
		// independence" is about another.
		marked = marked || st.w.clauseMarkers[st.Tokens[mk].Lower]
	}
	if !marked {
		return nil
	}
	u := t.head(v)
	for n := 0; n < 2 && u >= 0 && !isVerb(st.Tokens[u]) && t.relIs(u, "parataxis", "obl", "nmod", "obj"); n++ {
		u = t.head(u) // "..., days after they revoked": through the noun
	}
	if u < 0 || !isVerb(st.Tokens[u]) {
		return nil
	}
	for _, k := range x.subjectsOf(view, u, 0) {
		sm := st.ms[k]
		if k != i && sm.Start < tok && sm.Kind != MPronoun && sm.resolved() && !sm.Location && agrees(false, plural, sm.Actors) {
			return append([]fact.Actor(nil), sm.Actors...)
		}
	}
	return nil
}
