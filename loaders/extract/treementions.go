package extract

import (
	"github.com/kg-project/kg/loaders/nlp"
	"slices"
	"strings"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

// treeCollectives adds a mention for a noun phrase headed by a collective
// noun (data/collectives.txt) that no dictionary mention covers: "Islamist
// militants", "Chile's student movement", "insurgents". The actor
// is named by the phrase's head and modifiers (determiners and numbers
// left out) and belongs to the country a demonym in it names.
func (x *Extractor) treeCollectives(_ *docState, st *sentence) {
	t := st.tree
	if t == nil {
		return
	}
	toks := st.Tokens
	covered := st.coverage()
	for h := range toks {
		typ, ok := x.lex.collectives[toks[h].Lower]
		if !ok || !strings.HasPrefix(toks[h].Tag, "NN") {
			continue
		}
		if covered[h] {
			x.nameCollective(st, h, typ)
			continue
		}
		lo := h
		// "IS militants", "Hamas fighters": a name among the modifiers
		// is the actor whose people these are, and stands for them. A
		// possessor is another actor ("Chile's student movement").
		named := false
		for _, c := range t.children(h, "amod", "compound", "flat") {
			a, b := t.edges(c)
			for i := a; i <= b; i++ {
				named = named || covered[i]
			}
			if a < lo {
				lo = a
			}
		}
		if named {
			continue
		}
		// "its fighters", "their supporters": the possessor's own people,
		// found through the possessive; no new actor.
		owned := false
		for _, c := range t.children(h, "nmod:poss") {
			if toks[c].Tag == "PRP$" || toks[c].Tag == "PRP" {
				owned = true
			}
			if a, _ := t.edges(c); a < lo {
				lo = a
			}
		}
		if owned {
			continue
		}
		for i := lo; i <= h; i++ {
			if toks[i].Tag == "DT" || toks[i].Tag == "CD" || toks[i].Tag == "PRP$" || toks[i].Text == "," {
				lo = i + 1
			}
		}
		for lo < h && !nameModifierTag(toks[lo].Tag) {
			// "of deliberately targeting civilians" misparsed as a
			// modifier: a name is made of adjectives and nouns.
			lo++
		}
		words := make([]string, 0, h-lo+1)
		country := ""
		for i := lo; i <= h; i++ {
			words = append(words, toks[i].Text)
			if a, ok := x.dict.Demonym(toks[i].Text); ok && country == "" {
				country = a.Country
			}
		}
		name := strings.Join(words, " ")
		name = strings.ReplaceAll(name, " 's", "'s")
		a := phraseCollective(name, typ, country)
		st.addMention(Mention{Start: lo, End: h + 1, Kind: MName, Actors: []fact.Actor{a}, Text: name, Plural: true, Country: country})
		for i := lo; i <= h; i++ {
			covered[i] = true
		}
	}
}

// nameCollective: "Houthi rebels", where the dictionary knows only the bare
// collective noun ("rebels", a generic alias): the proper name before it
// says which group, so the mention becomes that group's, named by the
// phrase.
func (x *Extractor) nameCollective(st *sentence, h int, typ schema.ActorType) {
	t := st.tree
	toks := st.Tokens
	k := -1
	for j, m := range st.ms {
		if m.Start == h && m.End == h+1 {
			k = j
		}
	}
	if k < 0 {
		return
	}
	lo := h
	for _, c := range t.children(h, "compound", "amod") {
		if c != h-1 || !properNoun(toks[c].Tag) || st.covers(c) || x.lex.w.nonNames[toks[c].Text] {
			return
		}
		lo = c
	}
	if lo == h {
		return
	}
	name := toks[lo].Text + " " + toks[h].Text
	m := &st.ms[k]
	m.Start, m.Text = lo, name
	m.Actors = []fact.Actor{phraseCollective(name, typ, "")}
}

// treeDemonyms adds a mention of the state for a demonym that modifies a
// noun no mention covers: "Indian posts", "the Greek port", "a
// Danish man" stand for India, Greece and Denmark as event coders code
// unnamed nationals and their property.
func (x *Extractor) treeDemonyms(_ *docState, st *sentence) {
	t := st.tree
	if t == nil {
		return
	}
	covered := st.coverage()
	var words []string
	for i, tok := range st.Tokens {
		h := t.head(i)
		if !covered[i] && t.relIs(i, "conj") && h >= 0 && t.relIs(h, "amod", "compound") {
			h = t.head(h) // "Israeli and Syrian troops": the first demonym's noun
		}
		if !covered[i] && t.has(i, "conj") && capitalized(tok.Text) && isDemonymWord(x.dict, tok.Text) {
			// "between Russian and Ukrainian officials" read with the
			// first demonym as the head and the group its conjunct. (The
			// dictionary is asked last: it is the costly test.)
			for _, c := range t.children(i, "conj") {
				if covered[c] && strings.HasPrefix(st.Tokens[c].Tag, "NN") {
					if words == nil {
						words = st.wordList()
					}
					a, _ := x.dict.Demonym(tok.Text)
					if m, ok := x.sharedGroup(st, words, a, i, c); ok {
						st.addMention(m)
						covered[i] = true
					}
					break
				}
			}
			if covered[i] {
				continue
			}
		}
		if covered[i] || h < 0 || !t.relIs(i, "amod", "compound", "conj") || !strings.HasPrefix(st.Tokens[h].Tag, "NN") {
			continue
		}
		if j := i + 1; j < len(st.Tokens) && !covered[j] && capitalized(st.Tokens[j].Text) && (t.head(j) == h || t.head(i) == j) {
			// "Latin American countries", "North Macedonian ministers": a
			// demonym of two words is read whole, before its last word
			// alone ("American") is taken for another state's. One that
			// names no state (a region's) makes no mention.
			if a, ok := x.dict.Demonym(tok.Text + " " + st.Tokens[j].Text); ok {
				if a.Type == schema.Country {
					st.addMention(Mention{Start: i, End: j + 1, Kind: MName, Actors: []fact.Actor{a}, Text: tok.Text + " " + st.Tokens[j].Text, Country: a.Country, Demonym: true})
				}
				covered[i], covered[j] = true, true
				continue
			}
		}
		a, ok := x.dict.Demonym(tok.Text)
		if !ok {
			if a, ok = x.ownerPrefix(tok.Text); !ok {
				continue
			}
		}
		if covered[h] {
			// The noun already makes a group with the demonym next to it;
			// a coordinated demonym makes a group of its own with it.
			if words == nil {
				words = st.wordList()
			}
			if m, ok := x.sharedGroup(st, words, a, i, h); ok {
				st.addMention(m)
				covered[i] = true
			}
			continue
		}
		if t.relIs(i, "conj") {
			continue
		}
		st.addMention(Mention{Start: i, End: i + 1, Kind: MName, Actors: []fact.Actor{a}, Text: tok.Text, Country: a.Country, Demonym: true})
		covered[i] = true
	}
}

// ownerPrefix: the state or body that the first part of a hyphenated
// modifier of ownership names ("a British-flagged tanker", "a
// Russian-owned vessel"; ownerWords).
func (x *Extractor) ownerPrefix(w string) (fact.Actor, bool) {
	a, ok := x.hyphenPrefix(w, x.lex.w.ownerWords)
	return a, ok && a.Type != schema.Person
}

// hyphenPrefix: the actor the first part of a hyphenated modifier names,
// by demonym or name, when its last part is one of suffixes ("US-backed",
// "Qatari-brokered", "British-flagged"); never a place.
func (x *Extractor) hyphenPrefix(w string, suffixes map[string]bool) (fact.Actor, bool) {
	cut := strings.LastIndexByte(w, '-')
	if cut <= 0 || cut == len(w)-1 || !suffixes[strings.ToLower(w[cut+1:])] {
		return fact.Actor{}, false
	}
	if a, ok := x.dict.Demonym(w[:cut]); ok {
		return a, true
	}
	if a, _, _, ok := x.dict.Actor([]string{w[:cut]}, 0); ok && a.Type != schema.Place {
		return a, true
	}
	return fact.Actor{}, false
}

// sharedGroup: the demonym at i coordinated with the one that makes a group
// mention of noun h ("Israeli and Syrian troops") makes the same group
// noun a group of its own country.
func (x *Extractor) sharedGroup(st *sentence, words []string, a fact.Actor, i, h int) (Mention, bool) {
	for _, m := range st.ms {
		if m.Start > h || h >= m.End || m.Start <= i {
			continue
		}
		if m.Kind == MTitle && m.Post != "" {
			// "his Japanese and South Korean counterparts"
			return Mention{Start: i, End: i + 1, Kind: MTitle, Post: m.Post, Person: true, Plural: m.Plural, Country: a.Country, Text: st.Tokens[i].Text}, true
		}
		if len(m.Actors) != 1 {
			continue
		}
		if _, _, kind, ok := x.dict.Actor(words, m.Start); ok && kind == HitName {
			// "Somali al-Shabab fighters": the group is the name's, and the
			// demonym only describes it ("South Korean officials" opens
			// with a demonym).
			continue
		}
		for g := m.Start + 1; g < m.End; g++ {
			agent, n, ok := x.dict.Group(a, words, g)
			if ok && g+n == m.End {
				return Mention{Start: i, End: i + 1, Kind: m.Kind, Actors: []fact.Actor{agent}, Text: st.Tokens[i].Text, Country: a.Country}, true
			}
		}
	}
	return Mention{}, false
}

// treeBareTitles adds a title mention for an office noun with a demonym
// and no name ("a Kenyan special envoy", "the South African
// president-elect"), which the title pattern missed; coreference then
// finds the person or, failing that, codes the state.
func (x *Extractor) treeBareTitles(_ *docState, st *sentence) {
	t := st.tree
	if t == nil {
		return
	}
	toks := st.Tokens
	words := st.wordList()
	singular := append([]string(nil), words...)
	for i, tok := range toks {
		if tok.Tag == "NNS" && tok.Lemma != "" {
			singular[i] = tok.Lemma
		}
	}
	for p := range toks {
		if st.covers(p) {
			continue
		}
		// A post of one word, or one whose first words modify its head
		// ("foreign ministers").
		post, n, ok := x.dict.Post(words, p)
		if !ok {
			// "the two foreign ministers": posts are listed singular.
			post, n, ok = x.dict.Post(singular, p)
		}
		h := p + n - 1
		if !ok || !strings.HasPrefix(toks[h].Tag, "NN") || st.covers(h) {
			continue
		}
		if n > 1 && !(toks[p].Tag == "JJ" || strings.HasPrefix(toks[p].Tag, "NN")) || n > 2 {
			continue
		}
		iso, lo := "", p
		for _, c := range t.children(h, "amod", "compound") {
			var a fact.Actor
			ok := false
			if c > 0 && t.head(c-1) == c {
				a, ok = twoWordDemonym(x.dict, toks, c-1) // "South Korean"
			}
			if !ok {
				a, ok = x.dict.Demonym(toks[c].Text)
			}
			if ok && !st.covers(c) {
				iso = a.Country
				if e, _ := t.edges(c); e < lo {
					lo = e
				}
			}
		}
		if iso == "" {
			continue
		}
		// "the Indian and Chinese foreign ministers": each coordinated
		// demonym is an office holder of its own state; the last one
		// keeps the title's words.
		for _, c := range t.children(h, "amod", "compound") {
			var states []int
			for _, e := range t.conjuncts(c) {
				if _, ok := x.dict.Demonym(toks[e].Text); ok && !st.covers(e) {
					states = append(states, e)
				}
			}
			if len(states) < 2 {
				continue
			}
			last := states[len(states)-1]
			for _, e := range states[:len(states)-1] {
				a, _ := x.dict.Demonym(toks[e].Text)
				st.addMention(Mention{Start: e, End: e + 1, Kind: MTitle, Post: post, Person: true, Country: a.Country, Text: toks[e].Text})
			}
			a, _ := x.dict.Demonym(toks[last].Text)
			iso, lo = a.Country, last
			break
		}
		st.addMention(Mention{Start: lo, End: h + 1, Kind: MTitle, Post: post, Person: true, Country: iso, Text: strings.Join(words[lo:h+1], " ")})
	}
}

func collectiveType(s string) (schema.ActorType, bool) {
	switch s {
	case "armed":
		return schema.ArmedGroup, true
	case "collective":
		return schema.Collective, true
	}
	return "", false
}

// addMention inserts m in start order, which the token rules rely on, and
// keeps the indexes into st.ms that earlier passes hold (the speaker's
// mention, the token index) pointing at the same mentions.
func (st *sentence) addMention(m Mention) int {
	k := len(st.ms)
	for i, o := range st.ms {
		if o.Start > m.Start {
			k = i
			break
		}
	}
	st.ms = append(st.ms, Mention{})
	copy(st.ms[k+1:], st.ms[k:])
	st.ms[k] = m
	if st.sp.mention >= k {
		st.sp.mention++
	}
	if st.tokMention != nil {
		for i, j := range st.tokMention {
			if j >= k {
				st.tokMention[i] = j + 1
			}
		}
		for i := m.Start; i < m.End && i < len(st.tokMention); i++ {
			st.tokMention[i] = k
		}
	}
	return k
}

// treeHyphenPairs adds a two-actor mention for a hyphenated modifier that
// joins two actors ("the Chile-Bolivia row", "the Eritrea-Ethiopia war",
// "Russian-Georgian clashes"): the noun it modifies is between them.
func (x *Extractor) treeHyphenPairs(_ *docState, st *sentence) {
	t := st.tree
	if t == nil {
		return
	}
	for i, tok := range st.Tokens {
		parts := strings.Split(tok.Text, "-")
		if len(parts) != 2 || parts[0] == "" || parts[1] == "" || st.covers(i) || !t.relIs(i, "compound", "amod", "nmod") {
			continue
		}
		var as []fact.Actor
		for _, p := range parts {
			if a, _, _, ok := x.dict.Actor([]string{p}, 0); ok && a.Type != schema.Place {
				as = append(as, a)
			} else if a, ok := x.dict.Demonym(p); ok {
				as = append(as, a)
			}
		}
		if len(as) != 2 || as[0].ID == as[1].ID {
			continue
		}
		st.addMention(Mention{Start: i, End: i + 1, Kind: MName, Actors: as, Text: tok.Text, Plural: true})
	}
}

// covers: a mention already includes token i.
func (st *sentence) covers(i int) bool {
	for _, m := range st.ms {
		if m.Start <= i && i < m.End {
			return true
		}
	}
	return false
}

// treeNamedOrgs: a proper name that contains a dictionary name but goes on
// with capitalised words of its own is another actor ("Sudan Liberation
// Movement" is no Sudan, "Chile Students Federation" no Chile). The
// whole name becomes an organisation of that country, and the inner name
// only describes it.
func (x *Extractor) treeNamedOrgs(_ *docState, st *sentence) {
	t := st.tree
	if t == nil {
		return
	}
	toks := st.Tokens
	for h := range toks {
		if !properNoun(toks[h].Tag) || st.covers(h) || t.relIs(h, "compound", "flat") {
			continue
		}
		lo, hi := h, h
		for _, c := range t.children(h, "compound", "flat", "amod") {
			a, b := t.edges(c)
			if a < lo {
				lo = a
			}
			if b > hi {
				hi = b
			}
		}
		if hi != h || lo == h {
			continue
		}
		inner, own := -1, 0
		ok := true
		for i := lo; i <= h; i++ {
			k := -1
			for j, m := range st.ms {
				if m.Start <= i && i < m.End {
					k = j
				}
			}
			switch {
			case k >= 0 && (st.ms[k].Start < lo || st.ms[k].End > h+1):
				ok = false // a mention reaching out of the name
			case k >= 0:
				if inner >= 0 && inner != k {
					ok = false
				}
				inner = k
			case capitalized(toks[i].Text):
				own++
			default:
				ok = false
			}
		}
		if !ok || inner < 0 || own < 2 || !st.ms[inner].resolved() || x.lex.w.nonActorHeads[toks[h].Lower] {
			// ("the Beijing Winter Olympics" is an event, not a body.)
			continue
		}
		in := st.ms[inner].Actors[0]
		name := st.Text[toks[lo].Start-st.Start : toks[h].End-st.Start]
		a := fact.Actor{ID: "org:" + strings.ToLower(name), Name: name, Type: schema.Organization, Country: in.Country}
		st.ms[inner].Modifier = true
		st.addMention(Mention{Start: lo, End: h + 1, Kind: MName, Actors: []fact.Actor{a}, Text: name, Country: in.Country})
	}
}

// treeTitleOrgs gives an office holder the article never names the body
// the title's phrase names: "the head of the electoral commission", "the
// chief of the Joint Staff" stand for that body, as "Japan's foreign
// minister" stands for Japan (resolve). Only titles coreference left
// without a referent are filled.
func (x *Extractor) treeTitleOrgs(_ *docState, st *sentence) {
	t := st.tree
	if t == nil {
		return
	}
	st.eachOpenTitle(func(m *Mention, k, h int) {
		orgs, of := x.titleOrg(st, h, k)
		if !of {
			return
		}
		for _, o := range orgs {
			for _, a := range st.ms[o].Actors {
				if a.Type == schema.Organization || a.Type == schema.ArmedGroup || a.Type == schema.Country {
					m.Actors = append(m.Actors, a)
				}
			}
		}
	})
}

// eachOpenTitle calls f for each office mention of one person that no pass
// has resolved yet, with its index and its head token.
func (st *sentence) eachOpenTitle(f func(m *Mention, k, h int)) {
	for k := range st.ms {
		m := &st.ms[k]
		if m.Kind != MTitle || len(m.Actors) > 0 || m.Plural {
			continue
		}
		if h := st.tree.spanHead(m.Start, m.End); h >= 0 {
			f(m, k, h)
		}
	}
}

// treeAppositiveTitles resolves an office named beside its holder ("The
// head of the IAEA, Rafael Grossi, visited": the head is Grossi), before
// coreference would take the title for its body or the last person.
func (x *Extractor) treeAppositiveTitles(_ *docState, st *sentence) {
	t := st.tree
	if t == nil {
		return
	}
	st.eachOpenTitle(func(m *Mention, _, h int) {
		if p, ok := x.appositivePerson(st, h); ok && (m.Country == "" || p.Country == "" || p.Country == m.Country) {
			// (Not a holder of another state: "the Egyptian president
			// in Cairo, Mr Blinken" is a misread apposition.)
			if p.Country == "" {
				// "Sudan's information minister, Faisal Saleh": a person
				// the dictionary lacks is of the state the title names.
				p.Country = m.Country
			}
			m.Actors = []fact.Actor{p}
		}
	})
}

// appositivePerson is the person named in apposition to title head h (the
// parse's appos, or the conjunct it misreads one as: see misreadAppos).
func (x *Extractor) appositivePerson(st *sentence, h int) (fact.Actor, bool) {
	t := st.tree
	person := func(b int) (fact.Actor, bool) {
		for _, m := range st.ms {
			if m.Start <= b && b < m.End && m.Kind != MTitle && len(m.Actors) == 1 && m.Actors[0].Type == schema.Person {
				return m.Actors[0], true
			}
		}
		return fact.Actor{}, false
	}
	var words []string
	for b := h + 1; b < len(st.Tokens); b++ {
		p, ok := person(b)
		if !ok {
			continue
		}
		switch {
		case t.head(b) == h && t.relIs(b, "appos"):
		case t.relIs(b, "conj"):
			if words == nil {
				words = st.wordList()
			}
			if x.misreadAppos(st, words, b) != h {
				continue
			}
		default:
			continue
		}
		return p, true
	}
	return fact.Actor{}, false
}

// treeUnknownNames adds an actor for a name the dictionary does not know
// where the tree makes it a participant: a run of two to four capitalised
// proper nouns that is a verb's subject or object or a by-agent ("Kiev freed
// Kirill Vyshinsky"). The actor is a person unless its last word is one of
// orgHeadWords ("the Popular Resistance Front" is an organisation). Names
// after "the", dates and the words of nonNames are left out.
func (x *Extractor) treeUnknownNames(d *docState, st *sentence) {
	t := st.tree
	if t == nil {
		return
	}
	toks := st.Tokens
	covered := st.coverage()
	for a := 0; a < len(toks); a++ {
		b := a
		for b < len(toks) && properNoun(toks[b].Tag) && capitalized(toks[b].Text) && isWordToken(toks[b].Text) && !covered[b] && !x.lex.w.nonNames[toks[b].Text] && !x.lex.w.dateNames[toks[b].Lower] {
			b++
		}
		if b-a < 2 || b-a > 4 || a > 0 && toks[a-1].Tag == "DT" || b < len(toks) && properNoun(toks[b].Tag) {
			a = b
			continue
		}
		for a < b && (x.lex.w.maleHonorifics[toks[a].Text] || x.lex.w.femaleHonorifics[toks[a].Text]) {
			a++ // "Sir John Hale" is John Hale
		}
		h := t.spanHead(a, b)
		if b-a < 2 || h < 0 || !t.relIs(h, "nsubj", "nsubj:pass", "obj", "iobj", "obl:agent", "conj") && !(t.relIs(h, "obl", "nmod") && x.lex.w.argPreps[t.caseOf(h)]) && !st.titleAppos(h) {
			a = b
			continue
		}
		if v := t.head(h); t.relIs(h, "nsubj") && v >= 0 && x.lex.w.reportVerbs[toks[v].Lemma] {
			// "The BBC's Jim Muir said": a reporter or analyst quoted is
			// no party to what they report.
			a = b
			continue
		}
		if x.lex.w.nonActorHeads[toks[b-1].Lower] {
			// "the 2004 Summer Olympic Games", "the Nobel Peace Prize".
			a = b
			continue
		}
		typ := schema.Person
		if x.lex.w.orgHeadWords[toks[b-1].Lower] {
			typ = schema.Organization
		} else if plural := slices.ContainsFunc(toks[a:b], func(t nlp.Token) bool { return t.Tag == "NNPS" }); plural {
			// A plural name that is no organisation's is no person.
			a = b
			continue
		}
		name := strings.Join(st.wordList()[a:b], " ")
		p := fact.Actor{ID: name, Name: name, Type: typ}
		st.addMention(Mention{Start: a, End: b, Kind: MName, Actors: []fact.Actor{p}, Person: typ == schema.Person, Text: name})
		if typ == schema.Person && d != nil {
			// "Mr Khan" or "Khan" in later sentences is this person, as
			// for people the registry pass found.
			d.reg.add(p)
		}
		a = b
	}
}

// isDemonymWord: w is a demonym of the dictionary ("Russian").
func isDemonymWord(d Dict, w string) bool {
	_, ok := d.Demonym(w)
	return ok
}

// nameModifierTag: words of such a tag may open a collective's name
// ("Islamist militants", "pro-democracy protesters", "Uyghur Muslims").
func nameModifierTag(tag string) bool {
	switch tag {
	case "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "VBN", "HYPH":
		return true
	}
	return false
}

// titleAppos: the name at h is an apposition of an office ("the rebel
// group's commander, Antonio Garcia"), so it names the office's holder.
func (st *sentence) titleAppos(h int) bool {
	t := st.tree
	if !t.relIs(h, "appos") {
		return false
	}
	g := t.head(h)
	for _, m := range st.ms {
		if m.Kind == MTitle && g >= m.Start && g < m.End {
			return true
		}
	}
	return false
}

// phraseCollective is the actor a phrase names that no dictionary entry
// does ("Islamist militants", "Houthi rebels", "the jihadists"); its id
// marks it as such (crowd, in emit.go, reads it).
func phraseCollective(name string, typ schema.ActorType, country string) fact.Actor {
	return fact.Actor{ID: collectivePrefix + strings.ToLower(name), Name: name, Type: typ, Country: country}
}

const collectivePrefix = "collective:"
