package extract

import (
	"strings"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

// titleAffiliations gives a titled person the state or organisation that
// the words just before the title name, where the title pattern itself did
// not reach them: a two-word demonym ("Sri Lankan President Ranil Wickremesinghe"), a
// country used as a modifier ("UK Defence Secretary Ben Wallace"), an
// organisation ("Shell spokesperson"), a possessor ("Chile's Mining
// Minister"), or a post the posts table lacks ("Ghanaian
// Fisheries Minister"). It only fills mentions that have no
// affiliation yet.
func (x *Extractor) titleAffiliations(d *docState, st *sentence) {
	toks := st.Tokens
	words := st.wordList()
	for k := range st.ms {
		m := &st.ms[k]
		named := m.Kind == MName && len(m.Actors) == 1 && m.Actors[0].Type == schema.Person
		if (m.Kind != MTitled && m.Kind != MTitle && !named) || m.Affil != nil {
			continue
		}
		if m.Kind == MTitled {
			// "Nato Commander Gen Ana Soto": a title of a body right
			// before a titled name is the name's office.
			if a, ok := x.bodyOfTitleBefore(st, words, m.Start); ok {
				m.Affil = &a
				continue
			}
		}
		// Walk left over capitalised title words ("Communications",
		// "Foreign") to what names the affiliation. A name the dictionary
		// knows needs an office word among them ("foreign ministry
		// spokesman Wang Wenbin").
		j := m.Start - 1
		sawPost := false
		for n := 0; n < 4 && j >= 0 && x.titleWord(st, words, j) && toks[j].Tag != "POS"; n++ {
			if _, ok := x.affilEndingAt(st, k, j); ok {
				break
			}
			if _, _, ok := x.dict.Post(words, j); ok {
				sawPost = true
			}
			j--
		}
		if j < 0 || named && !sawPost {
			continue
		}
		if toks[j].Tag == "POS" {
			j--
		}
		if a, ok := x.affilEndingAt(st, k, j); ok {
			m.Affil = &a
			if a.Type == schema.Country {
				m.Country = a.Country
			}
		}
	}
	// "Prime Minister Justin Trudeau": with no affiliation in the phrase, a
	// person the dictionary knows holds the post in their own country.
	for k := range st.ms {
		m := &st.ms[k]
		if m.Kind != MTitled || m.Affil != nil || len(m.Actors) != 1 {
			continue
		}
		p := m.Actors[0]
		if p.Type != schema.Person || p.ID == p.Name || p.Country == "" || internationalPost(x.lex.w, m.Post) {
			continue
		}
		if c, ok := x.dict.Country(p.Country); ok {
			m.Affil, m.Country = &c, p.Country
		}
	}
	// "Interior Minister Chen Wei-zen", "Spokesman John Kirby": a national
	// office with no state in the phrase, held by someone the dictionary
	// does not know, is the article's home country's, as news writes a
	// foreign office with its demonym.
	if d == nil || d.home == nil {
		return
	}
	for k := range st.ms {
		m := &st.ms[k]
		if m.Kind != MTitled || m.Affil != nil || len(m.Actors) != 1 {
			continue
		}
		p := m.Actors[0]
		// A full name introduces the person; "President Tsai" refers to
		// someone introduced elsewhere, with their own affiliation.
		if p.Type != schema.Person || p.ID != p.Name || internationalPost(x.lex.w, m.Post) || m.Post == "" || !strings.Contains(p.Name, " ") {
			continue
		}
		home := *d.home
		if st.actsOn(*m, home.ID) {
			// "President Ana Soto visited Chile": the state one goes to,
			// meets or acts on is another's.
			continue
		}
		m.Affil, m.Country, m.HomeAffil = &home, home.Country, true
	}
}

// actsOn: the clause whose subject is mention m has the actor id as an
// object or prepositional argument.
func (st *sentence) actsOn(m Mention, id string) bool {
	t := st.tree
	if t == nil {
		return false
	}
	for h := m.Start; h < m.End; h++ {
		if !t.relIs(h, "nsubj") {
			continue
		}
		v := t.head(h)
		for _, c := range t.children(v, "obj", "obl", "iobj") {
			for _, o := range st.ms {
				if o.Start <= c && c < o.End && len(o.Actors) == 1 && o.Actors[0].ID == id {
					return true
				}
			}
		}
	}
	return false
}

// internationalPost: offices of international bodies, which a person's
// nationality does not give.
func internationalPost(ws *wordSets, post string) bool {
	p := strings.ToLower(post)
	for w := range ws.intlPosts {
		if strings.Contains(p, w) {
			return true
		}
	}
	return false
}

// titleWord: a word that can stand inside a title phrase before a name:
// capitalised ("Foreign", "Commander"), or an office word the posts table
// knows in any case ("spokesman", "official").
func (x *Extractor) titleWord(st *sentence, words []string, j int) bool {
	if capitalized(st.Tokens[j].Text) {
		return true
	}
	for i := j; i >= 0 && i >= j-2; i-- {
		if _, n, ok := x.dict.Post(words, i); ok && i+n-1 >= j {
			return true
		}
	}
	return false
}

// affilEndingAt is the state or organisation that token j ends: a
// demonym of one or two words, or a state or organisation mention.
func (x *Extractor) affilEndingAt(st *sentence, self, j int) (fact.Actor, bool) {
	toks := st.Tokens
	if j < 0 {
		return fact.Actor{}, false
	}
	a, ok := twoWordDemonym(x.dict, toks, j-1)
	if !ok || j == 0 {
		a, ok = x.dict.Demonym(toks[j].Text)
	}
	if ok {
		return x.dict.Country(a.Country)
	}
	for i, o := range st.ms {
		if i != self && o.End == j+1 && o.resolved() && len(o.Actors) == 1 && orgLike(o.Actors[0].Type) {
			return o.Actors[0], true
		}
	}
	return fact.Actor{}, false
}

func orgLike(t schema.ActorType) bool {
	return t == schema.Country || t == schema.Organization || t == schema.ArmedGroup
}

// bodyOfTitleBefore is the organisation or armed group named in a bare
// title mention that ends right before token start ("Isaf Commander").
func (x *Extractor) bodyOfTitleBefore(st *sentence, words []string, start int) (fact.Actor, bool) {
	for _, m := range st.ms {
		if m.End != start || m.Kind != MTitle || m.Person && len(m.Actors) > 0 {
			continue
		}
		for i := m.Start; i < m.End; i++ {
			if a, n, _, ok := x.dict.Actor(words, i); ok && i+n <= m.End && (a.Type == schema.Organization || a.Type == schema.ArmedGroup) {
				return a, true
			}
		}
	}
	return fact.Actor{}, false
}
