package extract

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

// salience is the article's memory of who was mentioned, most recent last.
type salience struct {
	entries []seen
	pair    []fact.Actor // the last two actors spoken of together ("X and Y", "between X and Y")
	pairAt  int          // the sentence of pair
	events  []eventNote  // who did what kind of act, for a later "the bombing"
	// conflict is the last two sides of a hostile act (CAMEO 13-20), for
	// a later "both sides" when no coordination names them.
	conflict   []fact.Actor
	conflictAt int
}

// eventNote is one asserted or reported act of an earlier sentence.
type eventNote struct {
	agent    fact.Actor
	root     string // CAMEO root
	lemma    string // the trigger's first word, lemmatised ("strike" for "struck")
	sentence int
}

// lastAgent is who did the last act of CAMEO root from sentence `from` on
// (all its agents, when several did it together);
// assaults, fights and mass violence (18 to 20) count as one kind, as
// news calls one strike a bombing, an attack and a raid.
// An act named by the same word comes first: "the strikes" after
// "warplanes struck X", then "rockets were fired at Y", are X's.
func (s *salience) lastAgent(root, lemma string, from int) ([]fact.Actor, bool) {
	kind := func(r string) string {
		if r >= "18" && r <= "20" {
			return "force"
		}
		return r
	}
	// The co-agents of that act: "The US and Britain carried out strikes"
	// noted one event per agent, with the same sentence and trigger.
	agents := func(i int) ([]fact.Actor, bool) {
		e := s.events[i]
		out := []fact.Actor{e.agent}
		for j := i - 1; j >= 0 && s.events[j].sentence == e.sentence; j-- {
			if f := s.events[j]; f.lemma == e.lemma && f.root == e.root && !containsActor(out, f.agent) {
				out = append([]fact.Actor{f.agent}, out...)
			}
		}
		return out, true
	}
	for i := len(s.events) - 1; lemma != "" && i >= 0 && s.events[i].sentence >= from; i-- {
		if s.events[i].lemma == lemma && kind(s.events[i].root) == kind(root) {
			return agents(i)
		}
	}
	for i := len(s.events) - 1; i >= 0 && s.events[i].sentence >= from; i-- {
		if kind(s.events[i].root) == kind(root) {
			return agents(i)
		}
	}
	return nil, false
}

// notePair remembers the last coordination of two actors of sentence idx.
func (s *salience) notePair(ms []Mention, idx int) {
	for j := len(ms) - 1; j >= 0; j-- {
		m := ms[j]
		if len(m.Actors) == 2 && m.Kind != MPronoun {
			s.pair, s.pairAt = m.Actors, idx
			return
		}
		if j > 0 && ms[j-1].End == m.Start-1 && m.AfterAnd && len(m.Actors) == 1 && len(ms[j-1].Actors) == 1 {
			s.pair, s.pairAt = []fact.Actor{ms[j-1].Actors[0], m.Actors[0]}, idx
			return
		}
	}
}

// pairNear is the remembered pair if it was spoken of in the last within
// sentences before idx: a "they" further on than a few sentences is rarely
// the pair, as other plurals ("the captives", "the negotiators") have come
// between; "both sides" reaches further, to the parties of the story, but
// not across a whole article.
func (s *salience) pairNear(idx, within int) []fact.Actor {
	if s.pair == nil || idx-s.pairAt > within {
		return nil
	}
	return s.pair
}

// How far back a remembered pair is what a plural means: a pronoun or
// plural title, and a pair description ("both sides", "the two countries").
const (
	pronounPairReach = 3
	pairPhraseReach  = 8
)

type seen struct {
	actor    fact.Actor
	sentence int
	subject  bool   // first agent of its sentence
	official bool   // an unnamed official, coded as their state
	agent    bool   // subject of a fact the article states
	noun     string // the mention's group noun (Mention.Noun)
	organ    string // its canonical form (Mention.Organ)
}

// noteAgents records the subjects of a sentence's facts: "the two sides"
// later means two of these, not any place named in passing.
// lemmaAt gives the lemma of the token that starts at a byte offset.
func (s *salience) noteAgents(fs []fact.Fact, sentence int, lemmaAt func(start int) string) {
	for _, f := range fs {
		if f.Kind == schema.Relation {
			continue
		}
		s.entries = append(s.entries, seen{actor: f.Subject, sentence: sentence, agent: true})
		if f.Kind == schema.Event && !f.Negated && len(f.CAMEO) >= 2 && (f.Modality == fact.Asserted || f.Modality == fact.Reported) {
			s.events = append(s.events, eventNote{agent: f.Subject, root: f.CAMEO[:2], lemma: lemmaAt(f.Offsets.Trigger.Start), sentence: sentence})
			if f.CAMEO[:2] >= "13" && f.Subject.Type != schema.Place && f.Object.Type != schema.Place {
				s.conflict, s.conflictAt = []fact.Actor{f.Subject, f.Object}, sentence
			}
		}
	}
}

// mostSeen lists the n states (an organ counts for its state) the article
// mentioned most often, at least twice each, most frequent last; ties go to
// the one seen last.
func (s *salience) mostSeen(d Dict, keep func(fact.Actor) bool, n int) []fact.Actor {
	count := map[string]int{}
	last := map[string]int{}
	byID := map[string]fact.Actor{}
	for i, e := range s.entries {
		if !keep(e.actor) {
			continue
		}
		a := e.actor
		if c, ok := organState(d, a); ok {
			a = c
		}
		count[a.ID]++
		last[a.ID] = i
		byID[a.ID] = a
	}
	var ids []string
	for id, c := range count {
		if c >= 2 {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool {
		if count[ids[i]] != count[ids[j]] {
			return count[ids[i]] > count[ids[j]]
		}
		return last[ids[i]] > last[ids[j]]
	})
	if len(ids) < n {
		return nil
	}
	out := make([]fact.Actor, n)
	for i := range out {
		out[n-1-i] = byID[ids[i]]
	}
	return out
}

// recentAgents lists distinct fact subjects from sentence `from` on, newest first.
func (s *salience) recentAgents(from int, keep func(fact.Actor) bool) []fact.Actor {
	return s.scan(from, func(e seen) bool { return e.agent && keep(e.actor) })
}

func (s *salience) note(ms []Mention, sentence int) {
	first := true
	for _, m := range ms {
		if m.Location {
			continue
		}
		// An official the article does not name ("Somalia's president")
		// is coded as the state but is a person a later "he" can mean.
		official := m.Kind == MTitle && m.Person && len(m.Actors) == 1 && !isPerson(m.Actors[0])
		for _, a := range m.Actors {
			s.entries = append(s.entries, seen{actor: a, sentence: sentence, subject: first, official: official, noun: m.Noun, organ: m.Organ})
		}
		if len(m.Actors) > 0 {
			first = false
		}
	}
}

// recent lists distinct actors seen from sentence `from` on, newest first.
func (s *salience) recent(from int, keep func(fact.Actor) bool) []fact.Actor {
	return s.scan(from, func(e seen) bool { return keep(e.actor) })
}

// scan walks the memory back to sentence `from`, keeping distinct actors.
func (s *salience) scan(from int, keep func(seen) bool) []fact.Actor {
	var out []fact.Actor
	ids := map[string]bool{}
	for i := len(s.entries) - 1; i >= 0; i-- {
		e := s.entries[i]
		if e.sentence < from {
			break
		}
		if ids[e.actor.ID] || !keep(e) {
			continue
		}
		ids[e.actor.ID] = true
		out = append(out, e.actor)
	}
	return out
}

// lastSubject is the first agent of sentence `at`, if it fits.
func (s *salience) lastSubject(at int, fits func(fact.Actor) bool) (fact.Actor, bool) {
	for i := len(s.entries) - 1; i >= 0; i-- {
		e := s.entries[i]
		if e.sentence < at {
			break
		}
		if e.sentence == at && e.subject && fits(e.actor) {
			return e.actor, true
		}
	}
	return fact.Actor{}, false
}

// lastSubjectPerson is the person who was the first agent of the most recent
// sentence that had one: the usual antecedent of a sentence-initial "he".
func (s *salience) lastSubjectPerson(from int, fits func(fact.Actor) bool) (fact.Actor, bool) {
	for i := len(s.entries) - 1; i >= 0; i-- {
		e := s.entries[i]
		if e.sentence < from {
			break
		}
		if e.subject && (e.actor.Type == schema.Person && fits(e.actor) || e.official) {
			return e.actor, true
		}
	}
	for i := len(s.entries) - 1; i >= 0; i-- {
		e := s.entries[i]
		if e.sentence < from {
			break
		}
		if e.actor.Type == schema.Person && fits(e.actor) {
			return e.actor, true
		}
	}
	return fact.Actor{}, false
}

func isPerson(a fact.Actor) bool { return a.Type == schema.Person }
func isState(a fact.Actor) bool {
	return a.Type == schema.Country || a.Type == schema.Organization
}
func notPerson(a fact.Actor) bool { return a.Type != schema.Person && a.Type != schema.Place }
func anyActor(a fact.Actor) bool  { return a.Type != schema.Place }

// resolve fills in the referents of pronouns, titles and pairs in one
// sentence, using the sentence's own earlier mentions first and then the
// article's history. speaker is the person quoted, for first-person pronouns
// inside quotes.
func resolve(d Dict, ms []Mention, idx int, hist *salience, reg *registry, speaker *fact.Actor, inQuote func(tok int) bool, final bool) {
	for i := range ms {
		m := &ms[i]
		if m.resolved() {
			continue
		}
		switch m.Kind {
		case MPronoun:
			m.Actors = resolvePronoun(ms[:i], *m, idx, hist, reg, speaker, inQuote(m.Start))
		case MTitle:
			if pr := hist.pairNear(idx, pronounPairReach); m.Plural && len(pr) == 2 && isPerson(pr[0]) && isPerson(pr[1]) {
				m.Actors = pr
				continue
			}
			m.Actors = resolveTitle(ms[:i], *m, idx, hist, reg)
			if len(m.Actors) == 0 && final && m.Affil != nil && m.Affil.Type != schema.Country && m.Affil.Type != schema.Place {
				// "a Hamas commander": an official of a body the article
				// never names is coded as the body.
				m.Actors = []fact.Actor{*m.Affil}
			}
			if len(m.Actors) == 0 && m.Country != "" && final {
				// An official the article never names is coded as their
				// state, as event coders do ("Japan's foreign minister").
				if c, ok := d.Country(m.Country); ok {
					m.Actors = []fact.Actor{c}
				}
			}
		case MDesc:
			if m.Seat != nil {
				m.Actors = []fact.Actor{*m.Seat}
				if g, _, ok := d.Group(*m.Seat, []string{m.Group}, 0); ok && m.Group != "" {
					m.Actors = []fact.Actor{g}
				}
				continue
			}
			if m.Head != "" {
				m.Actors = headMatch(ms[:i], hist, m.Head)
				continue
			}
			if m.NamePrefix != "" {
				// "the North": the last state named "North ...".
				named := func(a fact.Actor) bool { return a.Type == schema.Country && strings.HasPrefix(a.Name, m.NamePrefix) }
				for j := i - 1; j >= 0 && len(m.Actors) == 0; j-- {
					for _, a := range ms[j].Actors {
						if named(a) {
							m.Actors = []fact.Actor{a}
							break
						}
					}
				}
				if len(m.Actors) == 0 {
					m.Actors = hist.recent(0, named)
					if len(m.Actors) > 1 {
						m.Actors = m.Actors[:1]
					}
				}
				continue
			}
			if m.Group != "" && m.DescType == schema.Country && reg != nil && reg.w != nil && reg.w.namedOrganDescs[strings.ToLower(m.Group)] {
				// "the junta", "the regime": the state whose junta was
				// named in the last sentences, before the nearest state
				// ("Mali's junta ... France ... the junta"). Not "the
				// government": many states have one (namedOrganDescs).
				m.Actors = sameOrgan(d, ms[:i], hist, idx-organReach, strings.ToLower(m.Group))
				if len(m.Actors) == 0 {
					// A junta named once, further back, is still the
					// article's junta.
					m.Actors = sameOrgan(d, nil, hist, 0, strings.ToLower(m.Group))
				}
			}
			for j := i - 1; j >= 0 && len(m.Actors) == 0; j-- {
				if ms[j].Location || ms[j].Demonym || len(ms[j].Actors) == 1 && containsActor(m.NotActors, ms[j].Actors[0]) {
					// "Speaking in Brussels, ... the alliance": a place
					// is not what a description refers back to, nor a
					// demonym modifier ("deployed Syrian mercenaries to
					// the country"), nor its clause's subject.
					continue
				}
				if ms[j].Affil != nil && ms[j].Affil.Type == m.DescType && m.DescType != schema.Country {
					// "Nato Secretary General X said the alliance": the
					// body a title names.
					m.Actors = []fact.Actor{*ms[j].Affil}
					break
				}
				for _, a := range ms[j].Actors {
					if a.Type == m.DescType {
						m.Actors = []fact.Actor{a}
					} else if c, ok := organState(d, a); ok && m.DescType == schema.Country {
						// "the Myanmar army ... the military": the state
						// whose organ was named.
						m.Actors = []fact.Actor{c}
					}
				}
				if len(m.Actors) == 0 && m.DescType == schema.Country && ms[j].Kind == MTitle && ms[j].Country != "" {
					// "Peru's opposition leader was arrested by the
					// police": the state the title names.
					if c, ok := d.Country(ms[j].Country); ok {
						m.Actors = []fact.Actor{c}
					}
				}
				// "Peruvian President Pedro Castillo ... the country": the
				// state a title names.
				if len(m.Actors) == 0 && m.DescType == schema.Country && ms[j].Affil != nil && ms[j].Affil.Type == schema.Country {
					m.Actors = []fact.Actor{*ms[j].Affil}
				}
			}
			if len(m.Actors) == 0 && i == 0 && m.DescType == schema.Country {
				// "Saudi Arabia has deepened its ties with China. The
				// kingdom has also held talks": a description opening its
				// sentence continues the last sentence's subject.
				if a, ok := hist.lastSubject(idx-1, func(a fact.Actor) bool {
					_, organ := organState(d, a)
					return (a.Type == schema.Country || organ) && !containsActor(m.NotActors, a)
				}); ok {
					if c, ok := organState(d, a); ok {
						a = c
					}
					m.Actors = []fact.Actor{a}
				}
			}
			if len(m.Actors) == 0 {
				if as := hist.recent(idx-3, func(a fact.Actor) bool {
					_, organ := organState(d, a)
					return (a.Type == m.DescType || organ && m.DescType == schema.Country) && !containsActor(m.NotActors, a)
				}); len(as) > 0 {
					m.Actors = as[:1]
					if c, ok := organState(d, as[0]); ok && m.DescType == schema.Country {
						m.Actors = []fact.Actor{c}
					}
				}
			}
			if len(m.Actors) == 0 && m.DescType == schema.Country && m.Group != "" {
				// "Police arrested dozens of protesters in Nairobi": with no
				// state in the last sentences, an organ acting in a state
				// is that state's.
				for _, b := range ms[i+1:] {
					if b.Location && len(b.Actors) == 1 && b.Actors[0].Type == schema.Country {
						m.Actors = []fact.Actor{b.Actors[0]}
						break
					}
				}
			}
			if len(m.Actors) == 0 && m.Fallback != nil {
				// "rebel positions", "the rebels" where no armed group
				// was named: the collective the words name.
				m.Actors = []fact.Actor{*m.Fallback}
			}
			if len(m.Actors) == 0 && final && m.DescType == schema.Country && reg.home != nil {
				// No state in the last sentences: "the military" of the
				// state the article is about.
				m.Actors = []fact.Actor{*reg.home}
			}
			if len(m.Actors) == 1 && m.Group != "" {
				// "the military" of the state found: its organ.
				if g, _, ok := d.Group(m.Actors[0], []string{m.Group}, 0); ok {
					m.Actors = []fact.Actor{g}
				}
			}
		case MPair:
			keep := anyActor
			states := false
			if m.Person {
				keep = isPerson
			} else if reg != nil && reg.w != nil && reg.w.statePairNouns[strings.ToLower(lastWord(m.Text))] {
				// "both countries" are states, not the UN; a state's organ
				// ("Peruvian diplomats") stands for its state.
				states = true
				keep = func(a fact.Actor) bool {
					_, organ := organState(d, a)
					return a.Type == schema.Country || organ
				}
			}
			if len(m.NotActors) > 0 {
				base := keep
				keep = func(a fact.Actor) bool { return base(a) && !containsActor(m.NotActors, a) }
			}
			local := &salience{}
			local.notePair(ms[:i], idx)
			if len(local.pair) == 2 && keep(local.pair[0]) && keep(local.pair[1]) {
				m.Actors = pairActors(d, local.pair, states)
				continue
			}
			if !m.Person {
				// "After meeting Ana Soto, Mr Vega said the two countries
				// had agreed": the states of this sentence's two people.
				var states []fact.Actor
				for _, b := range ms[:i] {
					for _, a := range b.Actors {
						if !isPerson(a) || a.Country == "" {
							continue
						}
						if c, ok := d.Country(a.Country); ok && keep(c) && !containsActor(states, c) {
							states = append(states, c)
						}
					}
				}
				if len(states) == 2 {
					m.Actors = states
					continue
				}
			}
			if pr := hist.conflict; !m.Person && len(pr) == 2 && idx-hist.conflictAt <= pairPhraseReach && (hist.pair == nil || hist.conflictAt > hist.pairAt) && keep(pr[0]) && keep(pr[1]) {
				// "both sides" after "Israeli jets struck Hezbollah": the
				// sides of the last hostile act, when no later
				// coordination names a pair.
				if as := pairActors(d, pr, states); len(as) == 2 {
					m.Actors = as
					continue
				}
			}
			if pr := hist.pairNear(idx, pairPhraseReach); len(pr) == 2 && keep(pr[0]) && keep(pr[1]) {
				m.Actors = pairActors(d, pr, states)
				continue
			}
			if !m.Person {
				// "the two countries", "all sides" with no pair named
				// together lately:
				// the two states the article has spoken of most, other
				// than one this sentence already names ("Angola, which has
				// been mediating between the two countries").
				named := func(a fact.Actor) bool {
					for _, b := range ms[:i] {
						for _, x := range b.Actors {
							if x.ID == a.ID {
								return true
							}
						}
					}
					return false
				}
				if as := hist.mostSeen(d, func(a fact.Actor) bool { return keep(a) && !named(a) }, 2); len(as) == 2 {
					m.Actors = as
					continue
				}
			}
			var cands []fact.Actor
			// Prefer actors of this sentence, then of the last three.
			local.note(ms[:i], idx)
			cands = local.recent(idx, keep)
			if len(cands) < 2 {
				for _, a := range hist.recentAgents(idx-3, keep) {
					if !containsActor(cands, a) {
						cands = append(cands, a)
					}
				}
			}
			if len(cands) < 2 {
				for _, a := range hist.recent(idx-3, keep) {
					if !containsActor(cands, a) {
						cands = append(cands, a)
					}
				}
			}
			if states {
				cands = asStates(d, cands)
			}
			if len(cands) >= 2 {
				m.Actors = []fact.Actor{cands[1], cands[0]}
			}
		}
	}
}

// pairActors is a remembered pair as a pair description means it: "the
// two countries" after "Indian and Pakistani troops" are the states.
func pairActors(d Dict, pair []fact.Actor, states bool) []fact.Actor {
	if !states {
		return pair
	}
	if out := asStates(d, pair); len(out) >= 2 {
		return out
	}
	return pair
}

// asStates puts each state organ's state in its place, once.
func asStates(d Dict, as []fact.Actor) []fact.Actor {
	out := make([]fact.Actor, 0, len(as))
	for _, a := range as {
		if c, ok := organState(d, a); ok {
			a = c
		}
		if !containsActor(out, a) {
			out = append(out, a)
		}
	}
	return out
}

// organReach is how many sentences back "the junta" looks for a named
// junta.
const organReach = 5

// sameOrgan: the state of the newest organ of ms, else of the memory from
// sentence `from` on, that was named with the group noun ("Mali's junta"
// for "the junta").
func sameOrgan(d Dict, ms []Mention, hist *salience, from int, noun string) []fact.Actor {
	for j := len(ms) - 1; j >= 0; j-- {
		if ms[j].Noun != noun && ms[j].Organ != noun || len(ms[j].Actors) != 1 {
			continue
		}
		if c, ok := organState(d, ms[j].Actors[0]); ok {
			return []fact.Actor{c}
		}
	}
	as := hist.scan(from, func(e seen) bool {
		_, ok := organState(d, e.actor)
		return ok && (e.noun == noun || e.organ == noun)
	})
	if len(as) > 0 {
		c, _ := organState(d, as[0])
		return []fact.Actor{c}
	}
	return nil
}

// organState: a is an organ of a state the dictionary made from a group
// noun ("Myanmar (military)", id MMR-MIL), and c that state.
func organState(d Dict, a fact.Actor) (fact.Actor, bool) {
	if a.Country == "" || a.Type == schema.Country || !strings.HasPrefix(a.ID, a.Country+"-") {
		return fact.Actor{}, false
	}
	return d.Country(a.Country)
}

func containsActor(as []fact.Actor, a fact.Actor) bool {
	for _, x := range as {
		if x.ID == a.ID {
			return true
		}
	}
	return false
}

func resolvePronoun(before []Mention, m Mention, idx int, hist *salience, reg *registry, speaker *fact.Actor, quoted bool) []fact.Actor {
	p := pronouns[m.Pronoun]
	if p.first {
		if quoted && speaker != nil {
			return []fact.Actor{*speaker}
		}
		return nil
	}
	if p.person {
		// The leftmost person of this sentence: "Le Drian said he hoped".
		g := pronounGender(m.Pronoun)
		for _, b := range before {
			if b.Location {
				continue
			}
			if b.Kind == MTitle && b.Person && (len(b.Actors) == 0 || !isPerson(b.Actors[0])) {
				// "Serbia's prime minister said he would": the official
				// the article does not name, coded as the state once the
				// title is; no earlier person of the article.
				return b.Actors
			}
			for _, a := range b.Actors {
				if isPerson(a) && reg.genderFits(a, g) {
					return []fact.Actor{a}
				}
			}
		}
		if a, ok := hist.lastSubjectPerson(idx-2, func(a fact.Actor) bool { return reg.genderFits(a, g) }); ok {
			return []fact.Actor{a}
		}
		return nil
	}
	if p.plural {
		// "Both Russia and France ... their": a coordination in this sentence.
		for j := len(before) - 1; j >= 1; j-- {
			if before[j].AfterAnd && before[j-1].End == before[j].Start-1 && before[j].resolved() && before[j-1].resolved() {
				return append(append([]fact.Actor{}, before[j-1].Actors...), before[j].Actors...)
			}
		}
		for j := len(before) - 1; j >= 0; j-- {
			if before[j].Plural && before[j].resolved() && !before[j].Location {
				return before[j].Actors
			}
		}
		// "Hollande said they had agreed" after "with Putin": the people of this sentence.
		var here []fact.Actor
		for _, b := range before {
			for _, a := range b.Actors {
				if isPerson(a) && !containsActor(here, a) {
					here = append(here, a)
				}
			}
		}
		if len(here) >= 2 {
			return here[len(here)-2:]
		}
		if pr := hist.pairNear(idx, pronounPairReach); pr != nil {
			return pr
		}
		people := hist.recent(idx-1, isPerson)
		if len(people) >= 2 {
			return []fact.Actor{people[1], people[0]}
		}
		return nil
	}
	// it / its: the nearest state or organisation.
	for j := len(before) - 1; j >= 0; j-- {
		for _, a := range before[j].Actors {
			if notPerson(a) && !before[j].Location {
				return []fact.Actor{a}
			}
		}
	}
	if as := hist.recent(idx-1, notPerson); len(as) > 0 {
		return as[:1]
	}
	return nil
}

// resolveTitle maps "the minister", "the French president" or "his Russian
// counterpart" to a person the article names.
func resolveTitle(before []Mention, m Mention, idx int, hist *salience, reg *registry) []fact.Actor {
	post := m.Post
	exclude := ""
	if post == "counterpart" {
		// A counterpart holds the same post as the person it is relative
		// to (the subject), in the other country.
		post = ""
		anchor, ok := fact.Actor{}, false
		for _, b := range before {
			for _, a := range b.Actors {
				if isPerson(a) && !ok {
					anchor, ok = a, true
				}
			}
		}
		if !ok {
			anchor, ok = hist.lastSubjectPerson(idx-2, isPerson)
		}
		if ok {
			post, exclude = anchor.Post, anchor.ID
		}
		if m.Country == "" {
			return nil
		}
	}
	if p, ok := reg.withPost(post, m.Country, exclude); ok {
		return []fact.Actor{p}
	}
	if words := strings.Fields(strings.ToLower(post)); len(words) == 1 {
		// Looser: "the minister" is any minister. A qualified post is not
		// another one: Georgia's energy minister is not its foreign minister.
		if p, ok := reg.withPost(words[0], m.Country, exclude); ok {
			return []fact.Actor{p}
		}
	}
	if m.Country != "" && m.Post != "counterpart" {
		return nil
	}
	// "the minister" with no country: the most recent person with a post.
	for _, a := range hist.recent(idx-3, isPerson) {
		if a.Post != "" && a.ID != exclude && strings.HasSuffix(strings.ToLower(a.Post), lastWord(strings.ToLower(m.Post))) {
			return []fact.Actor{a}
		}
	}
	return nil
}

// headMatch is the body a definite "the <head>" refers back to: the
// latest non-state, non-place, non-person actor of the article whose name
// or an alias ends in head, a person whose post does, or an organ the
// article named with that noun ("the coalition": "Saudi-led coalition"). A
// state or place is not one ("the kingdom" is seldom the United Kingdom);
// states have descriptions of their own (stateDescs).
func headMatch(before []Mention, hist *salience, head string) []fact.Actor {
	fits := func(a fact.Actor) bool {
		if a.Type == schema.Person {
			// "the general" after "Gen Ana Soto": a person
			// whose post ends in the noun.
			return a.Post != "" && strings.EqualFold(lastWord(a.Post), head)
		}
		if a.Type == schema.Country || a.Type == schema.Place {
			return false
		}
		ends := func(n string) bool { return strings.EqualFold(strings.Trim(lastWord(n), "()"), head) }
		if ends(a.Name) {
			return true
		}
		for _, n := range a.Aliases {
			if ends(n) {
				return true
			}
		}
		return false
	}
	// "the ministry" after "Armenia's defence ministry": an organ named by
	// that group noun.
	for j := len(before) - 1; j >= 0; j-- {
		for _, a := range before[j].Actors {
			if (fits(a) || before[j].Noun == head && a.Type != schema.Country) && !before[j].Location {
				return []fact.Actor{a}
			}
		}
	}
	if as := hist.scan(0, func(e seen) bool { return fits(e.actor) || e.noun == head && e.actor.Type != schema.Country }); len(as) > 0 {
		return as[:1]
	}
	return nil
}

func lastWord(s string) string {
	s = strings.TrimRight(s, " \t\n")
	return s[strings.LastIndexAny(s, " \t\n")+1:]
}

// pronounGender is "m" for he/him/his, "f" for she/her, else "".
func pronounGender(p string) string {
	switch p {
	case "he", "him", "his", "himself":
		return "m"
	case "she", "her", "hers", "herself":
		return "f"
	}
	return ""
}
