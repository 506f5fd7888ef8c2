package extract

import (
	"strings"

	"github.com/kg-project/kg/schema"
)

// titleAffiliations gives a titled person the state or organisation that
// the words just before the title name, where the title pattern itself did
// not reach them: a two-word demonym ("South Korean President Lee"), a
// country used as a modifier ("UK Foreign Secretary Philip Hammond"), an
// organisation ("BP spokesperson"), a possessor ("Georgia's Energy
// Minister"), or a post the posts table lacks ("Cameroonian
// Communications Minister"). It only fills mentions that have no
// affiliation yet.
func (x *Extractor) titleAffiliations(_ *docState, st *sentence) {
	toks := st.Tokens
	words := st.wordList()
	for k := range st.ms {
		m := &st.ms[k]
		named := m.Kind == MName && len(m.Actors) == 1 && m.Actors[0].Type == schema.Person
		if (m.Kind != MTitled && m.Kind != MTitle && !named) || m.Affil != nil {
			continue
		}
		// Walk left over capitalised title words ("Communications",
		// "Foreign") to what names the affiliation. A name the dictionary
		// knows needs an office word among them ("foreign ministry
		// spokeswoman Maria Zakharova").
		j := m.Start - 1
		sawPost := false
		for n := 0; n < 4 && j >= 0 && x.titleWord(st, words, j) && !x.affilAt(st, k, j) && toks[j].Tag != "POS"; n++ {
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
		x.setAffil(st, k, j)
	}
	// "Prime Minister David Cameron": with no affiliation in the phrase, a
	// person the dictionary knows holds the post in their own country.
	for k := range st.ms {
		m := &st.ms[k]
		if m.Kind != MTitled || m.Affil != nil || len(m.Actors) != 1 {
			continue
		}
		p := m.Actors[0]
		if p.Type != schema.Person || p.ID == p.Name || p.Country == "" || internationalPost(m.Post) {
			continue
		}
		if c, ok := x.dict.Country(p.Country); ok {
			m.Affil, m.Country = &c, p.Country
		}
	}
}

// internationalPost: offices of international bodies, which a person's
// nationality does not give.
func internationalPost(post string) bool {
	p := strings.ToLower(post)
	for w := range intlPosts {
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

// affilAt reports whether token j ends a demonym or a state or
// organisation mention.
func (x *Extractor) affilAt(st *sentence, self, j int) bool {
	toks := st.Tokens
	if _, ok := x.dict.Demonym(toks[j].Text); ok {
		return true
	}
	if j > 0 {
		if _, ok := x.dict.Demonym(toks[j-1].Text + " " + toks[j].Text); ok {
			return true
		}
	}
	for i, o := range st.ms {
		if i != self && o.End == j+1 && o.resolved() && len(o.Actors) == 1 && orgLike(o.Actors[0].Type) {
			return true
		}
	}
	return false
}

func (x *Extractor) setAffil(st *sentence, self, j int) {
	if j < 0 {
		return
	}
	toks := st.Tokens
	m := &st.ms[self]
	set := func(iso string) {
		if c, ok := x.dict.Country(iso); ok {
			m.Affil, m.Country = &c, iso
		}
	}
	if j > 0 {
		if a, ok := x.dict.Demonym(toks[j-1].Text + " " + toks[j].Text); ok {
			set(a.Country)
			return
		}
	}
	if a, ok := x.dict.Demonym(toks[j].Text); ok {
		set(a.Country)
		return
	}
	for i, o := range st.ms {
		if i != self && o.End == j+1 && o.resolved() && len(o.Actors) == 1 && orgLike(o.Actors[0].Type) {
			a := o.Actors[0]
			m.Affil = &a
			if a.Type == schema.Country {
				m.Country = a.Country
			}
			return
		}
	}
}

func orgLike(t schema.ActorType) bool {
	return t == schema.Country || t == schema.Organization || t == schema.ArmedGroup
}
