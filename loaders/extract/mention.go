package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/loaders/nlp"
	"github.com/kg-project/kg/schema"
)

// HitKind says how a dictionary matched.
type HitKind int

const (
	HitName    HitKind = iota // a name or alias: "Vladimir Putin", "Daesh"
	HitMetonym                // a seat of power standing for a state: "Moscow", "the Kremlin"
	HitDemonym                // an adjective: "French"
)

// Dict is what the extractor needs of an actor dictionary.
type Dict interface {
	// Actor finds the longest dictionary actor starting at words[i].
	Actor(words []string, i int) (a fact.Actor, n int, kind HitKind, ok bool)
	// Demonym maps an adjective ("French", "U.S.") to its country.
	Demonym(word string) (fact.Actor, bool)
	// Post finds the longest office title starting at words[i] and returns its canonical form.
	Post(words []string, i int) (post string, n int, ok bool)
	// Group finds a group noun at words[i] that makes a collective agent of
	// actor a ("Turkish forces", "a Russian warplane", "ISIS fighters") and
	// returns that agent and the noun's length.
	Group(a fact.Actor, words []string, i int) (agent fact.Actor, n int, ok bool)
	// GroupKind says what agent a group noun at words[i] makes, of any
	// actor: its type and CAMEO role ("soldiers": unit, MIL).
	GroupKind(words []string, i int) (t schema.ActorType, role string, n int, ok bool)
	// Country returns the actor of an ISO 3166-1 alpha-3 code.
	Country(iso string) (fact.Actor, bool)
	// GroupNounOf is the canonical form of the group noun at words[i]
	// ("military rulers" is "junta"), "" if none.
	GroupNounOf(words []string, i int) string
}

// MentionKind separates the ways a sentence can refer to an actor.
type MentionKind int

const (
	MName    MentionKind = iota // dictionary name or alias
	MMetonym                    // capital standing for a state
	MGroup                      // demonym + group noun: "Turkish forces"
	MTitled                     // post + name: "Russian Foreign Minister Sergei Lavrov"
	MTitle                      // post without a name: "the French defence minister", "his Russian counterpart"
	MPronoun                    // he, they, its, we ...
	MPair                       // "the two leaders": both of the last two actors
	MKnown                      // a name seen earlier in the article: "Le Drian"
	MDesc                       // "the militant group": the last armed group
)

var mentionKinds = [...]string{"name", "metonym", "group", "titled", "title", "pronoun", "pair", "known", "description"}

func (k MentionKind) String() string {
	if int(k) < len(mentionKinds) {
		return mentionKinds[k]
	}
	return "?"
}

// capitalizedName: a capitalised word that the dictionary knows starts a name.
func capitalizedName(d Dict, words []string, j int) bool {
	_, _, _, ok := d.Actor(words, j)
	return ok
}

// Mention is a span of tokens that refers to one or more actors.
type Mention struct {
	Start, End int // token indexes, half-open
	Kind       MentionKind
	Actors     []fact.Actor // resolved referents; empty until resolved for pronouns and titles
	Text       string
	Post       string // office named in the mention, if any
	Country    string // ISO3 named in the mention (demonym or "of France"), if any
	Plural     bool
	Person     bool             // refers to a person (for pronoun agreement)
	Pronoun    string           // lower-case pronoun for MPronoun
	Location   bool             // used as a place ("in Moscow"), not an agent
	Possessive bool             // followed by 's or is a possessive pronoun
	Modifier   bool             // "NATO" in "NATO member Turkey": describes the next mention, is no argument
	AfterAnd   bool             // directly preceded by "and": the second of a coordination
	Affil      *fact.Actor      // the state or organisation a title names ("French", "NATO")
	HomeAffil  bool             // Affil is the article's home country, which the title phrase does not name
	DescType   schema.ActorType // for MDesc: the type of actor it refers back to
	Group      string           // for MDesc of a state: the organ named ("government", "military")
	// Noun is the group noun of an MGroup, lower case ("junta" in "Mali's
	// junta"): "the junta" later means the state whose junta was named.
	Noun string
	// NotActors are actors the mention cannot mean, set by the tree
	// (binding): the subject of the verb whose object a pair description
	// is ("China urged both sides" are not China's).
	NotActors []fact.Actor
	// NamePrefix: for "the North", the start of the name of the state it
	// means ("North ").
	NamePrefix string
	// Demonym: a demonym modifier that names a state ("Syrian" in "Syrian
	// mercenaries"), no antecedent for "the country".
	Demonym bool
	// Fallback is what an MDesc means when nothing before it does: the
	// collective its words name ("the rebels", "rebel positions").
	Fallback *fact.Actor
	// Organ: for a group mention, the canonical group noun ("junta" for
	// "Niger's military rulers"), so that "the junta" can mean it.
	Organ string
	// Head: for "the coalition", the noun an earlier name of the article
	// must end in for the description to mean it ("Saudi-led coalition").
	Head string
	// Seat: for an organ description followed by "in" and a state or its
	// capital ("the foreign ministry in Beijing", "officials in Kabul"),
	// that state, whose organ it is whatever came before.
	Seat *fact.Actor
}

func (m Mention) resolved() bool { return len(m.Actors) > 0 }

var pronouns = map[string]struct {
	person, plural, first, poss bool
}{
	"he": {person: true}, "him": {person: true}, "his": {person: true, poss: true},
	"she": {person: true}, "her": {person: true, poss: true},
	"they": {plural: true}, "them": {plural: true}, "their": {plural: true, poss: true},
	"it": {}, "its": {poss: true},
	"we": {plural: true, first: true}, "us": {plural: true, first: true}, "our": {plural: true, first: true, poss: true},
	"i": {person: true, first: true}, "me": {person: true, first: true}, "my": {person: true, first: true, poss: true},
}

// capitalized reports whether a token starts with an upper-case letter.
func capitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// nameAt reads a personal name starting at toks[i]: capitalised words and
// particles, at most five tokens, stopping at anything that is a post word.
func nameAt(ws *wordSets, d Dict, words []string, toks []nlp.Token, i int) int {
	n := 0
	for j := i; j < len(toks) && n < 5; j++ {
		w := toks[j].Text
		if _, pn, ok := d.Post(words, j); ok {
			// "Hassan Sheikh Mohamud": a one-word post between a given
			// name and the last capitalised word of the run is part of
			// the name.
			if !(n > 0 && pn == 1 && j+1 < len(toks) && capitalized(toks[j+1].Text) && isWordToken(toks[j+1].Text) && (j+2 >= len(toks) || !capitalized(toks[j+2].Text))) {
				break
			}
			n++
			continue
		}
		if ws.nonNames[w] {
			return 0
		}
		if (capitalized(w) || hasNamePrefix(w)) && isWordToken(w) && toks[j].Tag != "POS" {
			n++
			continue
		}
		if ws.nameParticles[strings.ToLower(w)] && j+1 < len(toks) && capitalized(toks[j+1].Text) && n > 0 {
			n++
			continue
		}
		break
	}
	return n
}

// hasNamePrefix: "al-Assad", "el-Sisi", "bin-Salman".
func hasNamePrefix(w string) bool {
	for _, p := range []string{"al-", "el-", "bin-", "ad-", "as-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) && capitalized(w[len(p):]) {
			return true
		}
	}
	return false
}

func isWordToken(w string) bool {
	for _, r := range w {
		if !(unicode.IsLetter(r) || r == '-' || r == '\'' || r == '’' || r == '.') {
			return false
		}
	}
	return true
}

// findMentions finds every actor reference in a sentence. Names seen earlier
// in the article (known) are recognised by their full form or surname.
func findMentions(ws *wordSets, d Dict, s nlp.Sentence, known *registry) []Mention {
	toks := s.Tokens
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	var out []Mention
	text := func(a, b int) string {
		if a >= b {
			return ""
		}
		return s.Text[toks[a].Start-s.Start : toks[b-1].End-s.Start]
	}
	for i := 0; i < len(toks); {
		m, ok := mentionAt(ws, d, words, toks, i, known)
		if !ok {
			i++
			continue
		}
		annotate(ws, &m, s)
		out = append(out, m)
		i = m.End
		if m.Possessive {
			i++
		}
	}
	// Words inside a name are not verbs ("rebel groups", "Workers' Party"),
	// whatever the tagger said; later stages look for verbs.
	for _, m := range out {
		if m.Kind == MPronoun {
			continue
		}
		for t := m.Start; t < m.End; t++ {
			if strings.HasPrefix(s.Tokens[t].Tag, "VB") {
				s.Tokens[t].Tag = "NN"
			}
		}
	}
	for k := 0; k+1 < len(out); k++ {
		// "NATO member Turkey", "its ally Syria": the first describes the second.
		if e := out[k].End; e+1 == out[k+1].Start && (toks[e].Lower == "member" || toks[e].Lower == "ally") {
			out[k].Modifier = true
		}
	}
	return ellipticalCoordination(d, words, toks, out, text)
}

// annotate fills in what a mention's neighbours say about it.
func annotate(ws *wordSets, m *Mention, s nlp.Sentence) {
	toks := s.Tokens
	m.Text = s.Text[toks[m.Start].Start-s.Start : toks[m.End-1].End-s.Start]
	if m.End < len(toks) && toks[m.End].Tag == "POS" {
		m.Possessive = true
	}
	m.AfterAnd = m.Start > 0 && toks[m.Start-1].Lower == "and"
	if m.Start > 0 && ws.locPreps[toks[m.Start-1].Lower] && m.Kind != MPronoun && !m.Person {
		m.Location = true
	}
	// "in the Kremlin" is a place even with an article between.
	if m.Start > 1 && toks[m.Start-1].Lower == "the" && ws.locPreps[toks[m.Start-2].Lower] && !m.Person {
		m.Location = true
	}
}

// addKnown adds to a sentence's mentions the names the article introduced
// elsewhere ("Le Drian" after "Jean-Yves Le Drian"), in the gaps the
// dictionary left; the rest of the sentence was read already.
func addKnown(ws *wordSets, s nlp.Sentence, ms []Mention, known *registry) []Mention {
	toks := s.Tokens
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	covered := make([]bool, len(toks)+1)
	for _, m := range ms {
		for t := m.Start; t < m.End; t++ {
			covered[t] = true
		}
	}
	var add []Mention
	drop := map[int]bool{} // mentions an introduced organisation's name holds
	for i := 0; i < len(toks); i++ {
		if !capitalized(toks[i].Text) {
			continue
		}
		p, n, ok := known.match(words, i)
		if !ok {
			continue
		}
		if p.Type == schema.Person && i+n < len(toks) && capitalized(toks[i+n].Text) && (toks[i+n].Tag == "NNP" || toks[i+n].Tag == "NNPS") {
			// "the George Floyd Justice in Policing Act", "Khan Younis":
			// a person's name inside a longer name is not the person.
			continue
		}
		// "the Kosovo Liberation Army (KLA)": the organisation's whole
		// name holds the dictionary's "Kosovo", which is part of it.
		var inner []int
		if p.Type != schema.Person && n > 1 {
			for k, m := range ms {
				if m.Start >= i && m.End <= i+n && m.Start < m.End {
					inner = append(inner, k)
				}
			}
		}
		free := true
		for t := i; t < i+n; t++ {
			in := false
			for _, k := range inner {
				in = in || ms[k].Start <= t && t < ms[k].End
			}
			free = free && (!covered[t] || in)
		}
		if !free {
			continue
		}
		for _, k := range inner {
			drop[k] = true
		}
		for t := i; t < i+n; t++ {
			covered[t] = true
		}
		m := Mention{Start: i, End: i + n, Kind: MKnown, Actors: []fact.Actor{p}, Person: p.Type == schema.Person, Country: p.Country, Post: p.Post}
		annotate(ws, &m, s)
		for t := i; t < i+n; t++ {
			if strings.HasPrefix(toks[t].Tag, "VB") {
				toks[t].Tag = "NN"
			}
		}
		add = append(add, m)
		i += n - 1
	}
	if len(add) == 0 {
		return ms
	}
	var out []Mention
	for k, m := range ms {
		if !drop[k] {
			out = append(out, m)
		}
	}
	out = append(out, add...)
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// ellipticalCoordination finds "Western and Sunni Arab countries": an
// adjective coordinated with a mention whose head noun it shares, giving
// "Western countries" as a mention of its own.
func ellipticalCoordination(d Dict, words []string, toks []nlp.Token, ms []Mention, text func(a, b int) string) []Mention {
	var add []Mention
	for _, m := range ms {
		i := m.Start - 2
		if i < 0 || toks[m.Start-1].Lower != "and" || !capitalized(toks[i].Text) {
			continue
		}
		taken := false
		for _, o := range ms {
			if o.Start <= i && i < o.End {
				taken = true
			}
		}
		if taken {
			continue
		}
		head := words[m.End-1]
		if a, n, _, ok := d.Actor([]string{words[i], head}, 0); ok && n == 2 {
			add = append(add, Mention{Start: i, End: i + 1, Kind: MName, Actors: []fact.Actor{a}, Text: text(i, i+1), Plural: true})
		}
	}
	if len(add) == 0 {
		return ms
	}
	out := append(ms, add...)
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// mentionAt tries, in order of specificity, each way a mention can start at i.
func mentionAt(ws *wordSets, d Dict, words []string, toks []nlp.Token, i int, known *registry) (Mention, bool) {
	lower := toks[i].Lower
	if m, ok := assetAt(ws, d, words, toks, i); ok {
		return m, true
	}
	// "his Russian counterpart" is a title, not a pronoun.
	if toks[i].Tag == "PRP$" {
		if m, ok := titledAt(ws, d, words, toks, i, known); ok {
			return m, true
		}
	}
	// Pronouns.
	if p, ok := pronouns[lower]; ok && (toks[i].Tag == "PRP" || toks[i].Tag == "PRP$") {
		return Mention{Start: i, End: i + 1, Kind: MPronoun, Pronoun: lower, Person: p.person, Plural: p.plural, Possessive: p.poss}, true
	}
	// "urged all sides to return to talks": the sides of the conflict in
	// focus (allPairNouns; not "all countries").
	if lower == "all" && i+1 < len(toks) && ws.allPairNouns[toks[i+1].Lower] {
		return Mention{Start: i, End: i + 2, Kind: MPair, Plural: true, Text: strings.Join(words[i:i+2], " ")}, true
	}
	// "the two leaders", "both sides".
	if (lower == "the" && i+2 < len(toks) && toks[i+1].Lower == "two") || lower == "both" {
		j := i + 2
		if lower == "both" {
			j = i + 1
		}
		// allow one adjective: "the two defence ministers"
		for k := j; k < len(toks) && k <= j+1; k++ {
			if ws.pairNouns[toks[k].Lower] {
				return Mention{Start: i, End: k + 1, Kind: MPair, Plural: true, Person: !ws.actorPairNouns[toks[k].Lower], Text: strings.Join(words[i:k+1], " ")}, true
			}
		}
	}
	// "the nuclear-armed neighbours", "the neighbours": the pair of states
	// in focus (neighbourNouns), with up to two modifiers between.
	if lower == "the" {
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if ws.neighbourNouns[toks[k].Lower] {
				return Mention{Start: i, End: k + 1, Kind: MPair, Plural: true, Text: strings.Join(words[i:k+1], " ")}, true
			}
			if toks[k].Tag != "JJ" && toks[k].Tag != "HYPH" && toks[k].Tag != "VBN" {
				break
			}
		}
	}
	// "the French", "the Americans": a people standing for its state.
	if lower == "the" && i+1 < len(toks) {
		if a, ok := d.Demonym(toks[i+1].Text); ok && (i+2 >= len(toks) || !(strings.HasPrefix(toks[i+2].Tag, "NN") || toks[i+2].Tag == "JJ" || capitalized(toks[i+2].Text))) && !sharedHead(d, toks, i+1) {
			return Mention{Start: i, End: i + 2, Kind: MName, Actors: []fact.Actor{a}, Country: a.Country, Plural: true}, true
		}
	}
	// "the ministers", "the leaders": the pair last spoken of.
	if lower == "the" && i+1 < len(toks) && ws.pairNouns[toks[i+1].Lower] && !ws.statePairNouns[toks[i+1].Lower] && !ws.pluralStateNouns[toks[i+1].Lower] {
		return Mention{Start: i, End: i + 2, Kind: MPair, Plural: true, Person: !ws.actorPairNouns[toks[i+1].Lower], Text: strings.Join(words[i:i+2], " ")}, true
	}
	// "the North" in an article on Korea: the state the article named
	// whose name opens with that word (compassWords). Not "the North
	// Atlantic", nor a name the dictionary has.
	if lower == "the" && i+2 <= len(toks) && ws.compassWords[toks[i+1].Lower] && capitalized(toks[i+1].Text) && (i+2 == len(toks) || toks[i+2].Tag != "NNP" && toks[i+2].Tag != "NNPS") {
		if _, _, _, named := d.Actor(words, i+1); !named {
			return Mention{Start: i, End: i + 2, Kind: MDesc, DescType: schema.Country, NamePrefix: toks[i+1].Text + " ", Text: toks[i].Text + " " + toks[i+1].Text}, true
		}
	}
	// "the government", "the military": the state last spoken of, or its
	// organ. Not "the government of X" or "the government forces".
	if lower == "the" && i+1 < len(toks) && ws.stateDescs[toks[i+1].Lower] && (i+2 >= len(toks) || !(strings.HasPrefix(toks[i+2].Tag, "NN") || ofNominal(toks, i+2))) {
		m := Mention{Start: i, End: i + 2, Kind: MDesc, DescType: schema.Country, Text: toks[i].Text + " " + toks[i+1].Text}
		if toks[i+1].Lower != "country" {
			m.Group = toks[i+1].Text
		}
		return m, true
	}
	// "Police arrested dozens of protesters": a sentence opening with a bare
	// organ noun means the organ of the state in focus (bareStateDescs).
	if i == 0 && ws.bareStateDescs[lower] && (toks[i].Tag == "NN" || toks[i].Tag == "NNS" || toks[i].Tag == "NNP") && (len(toks) < 2 || !strings.HasPrefix(toks[1].Tag, "NN") && toks[1].Lower != "from" && toks[1].Lower != "of") {
		// (Not "Officials from the US and the Taliban": the phrase says
		// whose they are.)
		return Mention{Start: i, End: i + 1, Kind: MDesc, DescType: schema.Country, Group: toks[i].Text, Text: toks[i].Text, Plural: true, Seat: seatAt(d, words, toks, i+1)}, true
	}
	// "the foreign ministry in Beijing", "the security forces in Bamako":
	// an organ of the state whose capital or name follows "in".
	if lower == "the" && i+1 < len(toks) {
		if _, role, n, ok := d.GroupKind(words, i+1); ok && ws.seatRoles[role] {
			if seat := seatAt(d, words, toks, i+1+n); seat != nil {
				text := strings.Join(words[i:i+1+n], " ")
				return Mention{Start: i, End: i + 1 + n, Kind: MDesc, DescType: schema.Country, Group: strings.Join(words[i+1:i+1+n], " "), Text: text, Seat: seat}, true
			}
		}
	}
	// "a foreign ministry spokeswoman", "an army spokesman": an organ's
	// spokesperson with no state named speaks for the state in focus's
	// organ.
	if (i == 0 || toks[i-1].Tag == "DT") && !ownedPhrase(toks, i) {
		if _, role, n, ok := d.GroupKind(words, i); ok && ws.seatRoles[role] && i+n < len(toks) && ws.spokesNouns[toks[i+n].Lower] {
			if _, _, _, named := d.Actor(words, i); !named {
				return Mention{Start: i, End: i + n + 1, Kind: MDesc, DescType: schema.Country, Group: strings.Join(words[i:i+n], " "), Text: strings.Join(words[i:i+n+1], " ")}, true
			}
		}
	}
	// "government forces", "regime troops", "government positions": a
	// state noun that modifies another noun is the state in focus, or
	// its organ the noun names; "rebel positions" the armed group last
	// spoken of. Not "Sudan's government forces", whose name comes first.
	if i+1 < len(toks) && (toks[i+1].Tag == "NN" || toks[i+1].Tag == "NNS") && (toks[i].Tag == "NN" || toks[i].Tag == "NNP" || toks[i].Tag == "JJ") && !ownedPhrase(toks, i) {
		switch {
		case ws.stateModifiers[lower]:
			return Mention{Start: i, End: i + 2, Kind: MDesc, DescType: schema.Country, Group: toks[i+1].Text, Text: toks[i].Text + " " + toks[i+1].Text, Plural: toks[i+1].Tag == "NNS"}, true
		case ws.armedNounModifiers[lower] && !ws.armedGroupWords[toks[i+1].Lower]:
			if _, _, _, named := d.Actor(words, i); !named {
				return Mention{Start: i, End: i + 2, Kind: MDesc, DescType: schema.ArmedGroup, Text: toks[i].Text + " " + toks[i+1].Text, Plural: toks[i+1].Tag == "NNS", Fallback: armedFallback(d, lower+"s")}, true
			}
		}
	}
	// "killed nine policemen", "two soldiers were wounded": counted
	// soldiers or police that name no state are the state in focus's
	// (the group noun decides the organ); not weapons ("83 drones
	// launched by Russia").
	if toks[i].Tag == "CD" && i > 0 && i+1 < len(toks) && toks[i+1].Tag == "NNS" && toks[i-1].Tag != "POS" && toks[i-1].Tag != "PRP$" && (i+2 >= len(toks) || toks[i+2].Lower != "of") {
		if typ, role, n, ok := d.GroupKind(words, i+1); ok && n == 1 && typ != schema.Asset && (role == "MIL" || role == "COP") {
			return Mention{Start: i + 1, End: i + 2, Kind: MDesc, DescType: schema.Country, Group: toks[i+1].Text, Plural: true, Text: toks[i+1].Text}, true
		}
	}
	// "the rebels", "the insurgents": the armed group last spoken of, or
	// the collective of that name when none was.
	if lower == "the" {
		j := i + 1
		for j < len(toks) && j < i+3 && toks[j].Tag == "JJ" {
			j++
		}
		if j < len(toks) && ws.armedPlurals[toks[j].Lower] {
			return Mention{Start: i, End: j + 1, Kind: MDesc, DescType: schema.ArmedGroup, Plural: true, Text: strings.Join(words[i:j+1], " "), Fallback: armedFallback(d, toks[j].Lower)}, true
		}
	}
	// "the militant Islamist group": the armed group last spoken of.
	if lower == "the" {
		j := i + 1
		for j < len(toks) && j < i+4 && (toks[j].Tag == "JJ" || toks[j].Tag == "NNP" && !capitalizedName(d, words, j) || toks[j].Tag == "NN" && ws.armedModifiers[toks[j].Lower]) {
			j++
		}
		if j < len(toks) && j > i {
			if t, ok := ws.groupWordType(toks[j].Lower); ok {
				if _, _, _, named := d.Actor(words, i+1); !named {
					m := Mention{Start: i, End: j + 1, Kind: MDesc, DescType: t}
					if t == schema.ArmedGroup && toks[j].Tag == "NNS" {
						// "the jihadists" where no armed group was named.
						m.Fallback = armedFallback(d, toks[j].Lower)
					}
					return m, true
				}
			}
		}
	}
	// Titles: [the|his|her] [Demonym | Country 's] Post [of Country] [Name].
	// They start with a capital or a determiner, which saves the lookups elsewhere.
	if capitalized(toks[i].Text) || toks[i].Tag == "DT" || toks[i].Tag == "PRP$" {
		if m, ok := titledAt(ws, d, words, toks, i, known); ok {
			return m, true
		}
	}
	// Dictionary names, metonyms and demonym groups.
	if a, n, kind, ok := d.Actor(words, i); ok {
		switch kind {
		case HitName:
			if a.Type != schema.Person && a.Type != schema.Place && i+n < len(toks) {
				// "Egypt's army", "US troops", "Russia's special forces":
				// the state's organ, as "the Egyptian army" is; another
				// body's fighters or officials are the body.
				from := i + n
				if toks[from].Text == "'s" || toks[from].Text == "’s" {
					from++
				}
				for k := from; k < len(toks) && k <= from+2; k++ {
					if agent, gn, ok := d.Group(a, words, k); ok {
						if e := k + gn; e < len(toks) && (strings.HasPrefix(toks[e].Tag, "NN") || toks[e].Tag == "JJ") {
							// "Ukraine's state nuclear company": the group
							// noun only modifies another noun.
							break
						}
						if a.Type != schema.Country {
							// "EU leaders", "Hamas fighters", "Kurdistan
							// Regional Government officials": the body itself.
							agent = a
						}
						end := k + gn
						return Mention{Start: i, End: end, Kind: MGroup, Actors: []fact.Actor{agent}, Country: a.Country, Plural: strings.HasSuffix(toks[end-1].Lower, "s"), Noun: toks[end-1].Lower, Organ: d.GroupNounOf(words, k)}, true
					}
					if !(toks[k].Tag == "JJ" || toks[k].Tag == "VBN") {
						break
					}
				}
			}
			return Mention{Start: i, End: i + n, Kind: MName, Actors: []fact.Actor{a}, Person: a.Type == schema.Person, Country: a.Country}, true
		case HitMetonym:
			return Mention{Start: i, End: i + n, Kind: MMetonym, Actors: []fact.Actor{a}, Country: a.Country}, true
		case HitDemonym:
			// A demonym stands for its state only before a group noun,
			// possibly with modifiers between ("Russian guided missile destroyer").
			for k := i + n; k < len(toks) && k <= i+n+3; k++ {
				if agent, gn, ok := d.Group(a, words, k); ok {
					end := k + gn
					return Mention{Start: i, End: end, Kind: MGroup, Actors: []fact.Actor{agent}, Country: a.Country, Plural: strings.HasSuffix(toks[end-1].Lower, "s"), Noun: toks[end-1].Lower, Organ: d.GroupNounOf(words, k)}, true
				}
				if ws.stanceNouns[toks[k].Lower] {
					return Mention{Start: i, End: k + 1, Kind: MGroup, Actors: []fact.Actor{a}, Country: a.Country}, true
				}
				if !(toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "VBN" || toks[k].Tag == "NNP") {
					break
				}
				if toks[k].Tag == "NNP" {
					// "Somali al-Shabab fighters": a name between the demonym
					// and the group noun is whose the group is.
					if _, _, kind, ok := d.Actor(words, k); ok && kind == HitName {
						break
					}
				}
			}
		}
	}
	// "Venezuelans protested", "four Israelis were killed": a people named
	// by a plural demonym noun is that state's population, coded as its
	// civilians.
	if w := toks[i].Text; capitalized(w) && strings.HasPrefix(toks[i].Tag, "NN") && len(w) > 3 && w[len(w)-1] == 's' && (i == 0 || toks[i-1].Lower != "the") {
		if a, ok := d.Demonym(w[:len(w)-1]); ok {
			if agent, _, ok := d.Group(a, []string{"civilians"}, 0); ok {
				return Mention{Start: i, End: i + 1, Kind: MGroup, Actors: []fact.Actor{agent}, Country: a.Country, Plural: true}, true
			}
		}
	}
	// Names introduced earlier in the article ("Le Drian").
	if known != nil && capitalized(toks[i].Text) {
		if p, n, ok := known.match(words, i); ok {
			return Mention{Start: i, End: i + n, Kind: MKnown, Actors: []fact.Actor{p}, Person: true, Country: p.Country, Post: p.Post}, true
		}
	}
	// "the coalition" after "the Saudi-led coalition", "the commission"
	// after "the European Commission": a definite noun that ends a body's
	// name the article used means that body (resolve). Not "the
	// coalition forces" nor "the commission of inquiry".
	if lower == "the" && i+1 < len(toks) && toks[i+1].Tag == "NN" && toks[i+1].Text == toks[i+1].Lower && isWordToken(toks[i+1].Text) && !ws.openHeads[toks[i+1].Lower] &&
		(i+2 >= len(toks) || !(strings.HasPrefix(toks[i+2].Tag, "NN") || ofNominal(toks, i+2))) {
		return Mention{Start: i, End: i + 2, Kind: MDesc, Head: toks[i+1].Lower, Text: toks[i].Text + " " + toks[i+1].Text}, true
	}
	return Mention{}, false
}

// collectiveNamed is the dictionary's collective of that one word
// ("rebels"), or nil.
// seatAt: the state named at words[j+1] after "in" at j ("in Beijing", "in
// Uganda"), by name or capital; nil if none.
func seatAt(d Dict, words []string, toks []nlp.Token, j int) *fact.Actor {
	if j+1 >= len(toks) || toks[j].Lower != "in" {
		return nil
	}
	a, n, kind, ok := d.Actor(words, j+1)
	if !ok || kind == HitDemonym || a.Type != schema.Country || j+1+n < len(toks) && toks[j+1+n].Tag == "POS" {
		return nil
	}
	return &a
}

// armedFallback is what "the jihadists" or "militant positions" mean where
// no armed group was spoken of: the dictionary's collective of that name
// ("rebels"), or else an armed collective named by the noun, as
// tree-collectives names "Islamist militants".
func armedFallback(d Dict, w string) *fact.Actor {
	if a := collectiveNamed(d, w); a != nil {
		return a
	}
	a := phraseCollective(w, schema.ArmedGroup, "")
	return &a
}

func collectiveNamed(d Dict, w string) *fact.Actor {
	if a, n, _, ok := d.Actor([]string{w}, 0); ok && n == 1 && a.Type == schema.Collective {
		return &a
	}
	return nil
}

// ownedPhrase: the noun phrase that word i modifies opens with a
// possessive or a name ("its senior government officials", "Sudan's
// government forces"), which says whose it is.
func ownedPhrase(toks []nlp.Token, i int) bool {
	j := i - 1
	for j >= 0 && (toks[j].Tag == "JJ" || toks[j].Tag == "RB" || toks[j].Tag == "VBN" || toks[j].Tag == "CD" || toks[j].Tag == "HYPH") {
		j--
	}
	if j < 0 {
		return false
	}
	return toks[j].Tag == "PRP$" || toks[j].Tag == "POS" || toks[j].Tag == "NNP" || toks[j].Tag == "NNPS"
}

// ofNominal: an of-phrase with a noun phrase at i ("of Syria", "of the
// country"), not a gerund ("accused the government of blocking aid").
func ofNominal(toks []nlp.Token, i int) bool {
	return i+1 < len(toks) && toks[i].Lower == "of" && toks[i+1].Tag != "VBG"
}

// sharedHead: the demonym at i is coordinated with another that goes on
// into a noun they share ("the Indian and Chinese ministers"), so it is a
// modifier, not a people.
func sharedHead(d Dict, toks []nlp.Token, i int) bool {
	if i+3 >= len(toks) || toks[i+1].Tag != "CC" {
		return false
	}
	if _, ok := d.Demonym(toks[i+2].Text); !ok {
		return false
	}
	return strings.HasPrefix(toks[i+3].Tag, "NN") || toks[i+3].Tag == "JJ"
}

// assetAt reads a named asset: "its aircraft carrier Charles de Gaulle",
// "its aircraft carrier, the Charles de Gaulle", "Russian guided missile
// destroyer the Moskva". The owner is the demonym's state; after a
// possessive pronoun the resolver leaves it to the sentence.
func assetAt(ws *wordSets, d Dict, words []string, toks []nlp.Token, i int) (Mention, bool) {
	owner := ""
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if !(toks[k].Tag == "JJ" || strings.HasPrefix(toks[k].Tag, "NN") || toks[k].Tag == "VBN" || toks[k].Tag == "VBD") || capitalized(toks[k].Text) {
			return Mention{}, false
		}
		if !ws.assetNouns[toks[k].Lower] {
			continue
		}
		// The owner is looked up only once an asset noun follows: the
		// dictionary lookup is the costly part and most tokens have none.
		if toks[i].Tag != "PRP$" {
			a, ok := d.Demonym(toks[i].Text)
			if !ok {
				return Mention{}, false
			}
			owner = a.Country
		}
		p := k + 1
		if p < len(toks) && toks[p].Text == "," {
			p++
		}
		if p < len(toks) && toks[p].Lower == "the" {
			p++
		}
		// A ship's name may hold a title ("Queen Elizabeth"): any capitalised run.
		n := 0
		for p+n < len(toks) && n < 5 && (capitalized(toks[p+n].Text) && isWordToken(toks[p+n].Text) || n > 0 && ws.nameParticles[toks[p+n].Lower] && p+n+1 < len(toks) && capitalized(toks[p+n+1].Text)) {
			n++
		}
		if n == 0 {
			return Mention{}, false
		}
		name := strings.Join(words[p:p+n], " ")
		a := fact.Actor{ID: name, Name: name, Type: schema.Asset, Country: owner}
		return Mention{Start: i, End: p + n, Kind: MName, Actors: []fact.Actor{a}, Country: owner}, true
	}
	return Mention{}, false
}

// titledAt reads "French Defence Minister Jean-Yves Le Drian", "President of
// France Francois Hollande", "Russia's Vladimir Putin", "his Russian
// counterpart", "the minister".
func titledAt(ws *wordSets, d Dict, words []string, toks []nlp.Token, i int, known *registry) (Mention, bool) {
	j := i
	if l := toks[j].Lower; l == "the" || l == "his" || l == "her" || l == "their" || l == "its" {
		j++
	}
	if j >= len(toks) {
		return Mention{}, false
	}
	var country fact.Actor
	hasCountry := false
	if a, ok := twoWordDemonym(d, toks, j); ok {
		// "South African President X": the longer demonym first, so that
		// "African" alone does not name another actor.
		country, hasCountry = a, true
		j += 2
	} else if a, ok := d.Demonym(toks[j].Text); ok {
		country, hasCountry = a, true
		j++
	} else if a, n, kind, ok := d.Actor(words, j); ok && (a.Type == schema.Organization || a.Type == schema.ArmedGroup || a.Type == schema.Country && j+n < len(toks) && toks[j+n].Tag != "POS") && kind == HitName && j+n < len(toks) {
		// "NATO Secretary-General Jens Stoltenberg", "UN envoy Staffan de
		// Mistura", "the UK foreign secretary"
		if _, _, isPost := d.Post(words, j+n); isPost {
			country, hasCountry = a, true
			j += n
		}
	} else if a, n, kind, ok := d.Actor(words, j); ok && a.Type == schema.Country && kind != HitDemonym && j+n < len(toks) && toks[j+n].Tag == "POS" {
		// "Russia's Vladimir Putin" / "Syria's President Assad"
		p := j + n + 1
		for p < len(toks) && ws.titleModifiers[toks[p].Lower] {
			p++
		}
		if _, _, isPost := d.Post(words, p); isPost || (j+n+1 < len(toks) && capitalized(toks[j+n+1].Text)) {
			country, hasCountry = a, true
			j += n + 1
		}
	}
	post, pn, hasPost := "", 0, false
	// "Ukraine's acting President", "the former Foreign Minister"
	k := j
	for k < len(toks) && ws.titleModifiers[toks[k].Lower] {
		k++
	}
	if k < len(toks) {
		if post, pn, hasPost = d.Post(words, k); hasPost {
			j = k
		}
	}
	if hasPost {
		j += pn
		// "President of France Francois Hollande"
		if !hasCountry && j+1 < len(toks) && toks[j].Lower == "of" {
			if a, n, _, ok := d.Actor(words, j+1); ok && a.Type == schema.Country {
				country, hasCountry = a, true
				j += 1 + n
			}
		}
	}
	if !hasPost && !hasCountry {
		return Mention{}, false
	}
	nameLen := 0
	if j < len(toks) {
		nameLen = nameAt(ws, d, words, toks, j)
	}
	if nameLen > 0 && (hasPost || hasCountry) {
		name := strings.Join(words[j:j+nameLen], " ")
		p := fact.Actor{ID: name, Name: name, Type: schema.Person, Post: post}
		if a, n, kind, ok := d.Actor(words, j); ok && kind == HitName && n == nameLen && a.Type == schema.Person {
			p = a
			if post != "" && post != "counterpart" {
				p.Post = post
			}
		} else if known != nil {
			if a, n, ok := known.match(words, j); ok && n == nameLen {
				p = a
			}
		}
		if hasCountry && p.Country == "" && country.Type == schema.Country {
			p.Country = country.Country
		}
		if p.Post == "" && post != "counterpart" {
			p.Post = post
		}
		m := Mention{Start: i, End: j + nameLen, Kind: MTitled, Actors: []fact.Actor{p}, Post: post, Person: true}
		if hasCountry {
			m.Country = country.Country
			affil := country
			m.Affil = &affil
		}
		if !hasPost && p.ID == name {
			// "Egypt's Sinai Peninsula": without a post only a person the
			// dictionary or the article already knows is a person.
			return Mention{}, false
		}
		return m, true
	}
	if !hasPost {
		return Mention{}, false
	}
	// A bare title refers back ("the minister") or across ("his Russian
	// counterpart"); the resolver fills Actors in.
	m := Mention{Start: i, End: j, Kind: MTitle, Post: post, Person: true}
	if hasCountry {
		m.Country = country.Country
		if country.Type != schema.Country {
			// "a Hamas commander": the body's official.
			affil := country
			m.Affil = &affil
		}
	}
	if strings.HasSuffix(toks[j-1].Lower, "s") && toks[j-1].Lower != "minister" {
		m.Plural = true
	}
	return m, true
}

// twoWordDemonym reads a demonym of two tokens at j ("South Korean").
func twoWordDemonym(d Dict, toks []nlp.Token, j int) (fact.Actor, bool) {
	if j < 0 || j+1 >= len(toks) {
		return fact.Actor{}, false
	}
	return d.Demonym(toks[j].Text + " " + toks[j+1].Text)
}
