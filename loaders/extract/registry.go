package extract

import (
	"strings"

	"github.com/kg-project/kg/loaders/nlp"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

// registry remembers the people an article has introduced with a title so
// that later bare surnames ("Le Drian") and descriptions ("the French
// minister") resolve to them. It lives for one article.
type registry struct {
	byKey  map[string]fact.Actor // "le drian", "jean-yves le drian"
	firsts map[string]bool       // first words of the keys
	maxLen int
	people []fact.Actor      // in order of first appearance
	gender map[string]string // person id -> "m" or "f", from honorifics; "?" when they disagree
	home   *fact.Actor       // the article's home country (docState.home), for descriptions nothing else resolves
	w      *wordSets         // the lexicon's word lists
}

func newRegistry(w *wordSets) *registry {
	return &registry{w: w, byKey: map[string]fact.Actor{}, firsts: map[string]bool{}, gender: map[string]string{}}
}

// Honorifics that tell a person's gender (data/words.tsv).

// noteGenders records the gender the article's honorifics give the people
// it names ("Mrs Clinton", "Mr Kerry"), so that "she" does not pick up a
// man. A person given both is left unknown.
func (r *registry) noteGenders(s nlp.Sentence, ms []Mention) {
	words := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		words[i] = t.Text
	}
	note := func(p fact.Actor, g string) {
		if old, seen := r.gender[p.ID]; seen && old != g {
			g = "?"
		}
		r.gender[p.ID] = g
	}
	for _, m := range ms {
		if m.Start == 0 || len(m.Actors) != 1 || m.Actors[0].Type != schema.Person {
			continue
		}
		switch w := strings.TrimSuffix(words[m.Start-1], "."); {
		case r.w.maleHonorifics[w]:
			note(m.Actors[0], "m")
		case r.w.femaleHonorifics[w]:
			note(m.Actors[0], "f")
		}
	}
	for i := 0; i+1 < len(words); i++ {
		g := ""
		switch w := strings.TrimSuffix(words[i], "."); {
		case r.w.maleHonorifics[w]:
			g = "m"
		case r.w.femaleHonorifics[w]:
			g = "f"
		default:
			continue
		}
		p, _, ok := r.match(words, i+1)
		if !ok || p.Type != schema.Person {
			continue
		}
		note(p, g)
	}
}

// genderFits: a person pronoun of gender g ("m", "f" or "") may mean a.
func (r *registry) genderFits(a fact.Actor, g string) bool {
	if r == nil || g == "" {
		return true
	}
	have := r.gender[a.ID]
	return have == "" || have == "?" || have == g
}

func nameKey(words []string) string { return strings.ToLower(strings.Join(words, " ")) }

// add records a person under the full name and its surname forms.
func (r *registry) add(p fact.Actor) {
	if p.Type != schema.Person || p.Name == "" {
		return
	}
	for i, q := range r.people {
		if q.ID == p.ID {
			// keep the richest description seen
			if q.Post == "" {
				r.people[i].Post = p.Post
			}
			if q.Country == "" {
				r.people[i].Country = p.Country
			}
			p = r.people[i]
			r.index(p)
			return
		}
	}
	r.people = append(r.people, p)
	r.index(p)
}

// addOrg records an organisation the article introduces (definedAcronyms)
// under its full name and its aliases; unlike a person's, no shorter form
// of the name stands for it.
func (r *registry) addOrg(a fact.Actor) {
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if words := strings.Fields(n); len(words) > 0 {
			r.put(words, a)
		}
	}
}

func (r *registry) index(p fact.Actor) {
	names := append([]string{p.Name}, p.Aliases...)
	for _, n := range names {
		words := strings.Fields(n)
		r.put(words, p)
		if len(words) >= 2 {
			// Surname, with a particle if it has one ("Le Drian", "al-Assad").
			last := words[len(words)-1:]
			if len(words) >= 3 && r.w.nameParticles[strings.ToLower(words[len(words)-2])] {
				last = words[len(words)-2:]
			}
			r.put(last, p)
			if familyFirst(words) {
				r.put(words[:1], p)
			}
		}
	}
}

// familyFirst: a name whose given name is a hyphenated pair of syllables
// after the family name ("Kim Jong-un", "Lee Myung-bak") is written family
// name first, so "Mr Lee" is this person.
func familyFirst(words []string) bool {
	if len(words) != 2 {
		return false
	}
	g := words[1]
	i := strings.IndexByte(g, '-')
	return i > 0 && i+1 < len(g) && g[i+1] >= 'a' && g[i+1] <= 'z'
}

func (r *registry) put(words []string, p fact.Actor) {
	k := nameKey(words)
	if old, ok := r.byKey[k]; ok && old.ID != p.ID {
		// "President Soto" introduced a person known only by the surname;
		// a full name with that surname ("Ana Soto") is that person.
		switch {
		case len(words) == 1 && nameKey(strings.Fields(old.ID)) == k && old.ID != "":
			r.byKey[k] = p
			return
		case len(words) == 1 && nameKey(strings.Fields(p.ID)) == k:
			return
		}
		// Two people share this surname: neither owns it.
		r.byKey[k] = fact.Actor{}
		return
	}
	r.byKey[k] = p
	r.firsts[strings.ToLower(words[0])] = true
	if len(words) > r.maxLen {
		r.maxLen = len(words)
	}
}

// occursIn reports whether a sentence holds a word that starts a known name.
func (r *registry) occursIn(toks []nlp.Token) bool {
	for _, t := range toks {
		if r.firsts[t.Lower] {
			return true
		}
	}
	return false
}

// match finds the longest known name starting at words[i].
func (r *registry) match(words []string, i int) (fact.Actor, int, bool) {
	for n := r.maxLen; n >= 1; n-- {
		if i+n > len(words) {
			continue
		}
		if p, ok := r.byKey[nameKey(words[i:i+n])]; ok && p.ID != "" {
			return p, n, true
		}
	}
	return fact.Actor{}, 0, false
}

// withPost finds the person holding post (and country, if given).
func (r *registry) withPost(post, country string, exclude string) (fact.Actor, bool) {
	var found []fact.Actor
	for _, p := range r.people {
		if p.ID == exclude {
			continue
		}
		if post != "" && !strings.EqualFold(p.Post, post) && !(post == "minister" && strings.HasSuffix(strings.ToLower(p.Post), "minister")) {
			continue
		}
		if country != "" && p.Country != country {
			continue
		}
		found = append(found, p)
	}
	if len(found) == 1 {
		return found[0], true
	}
	return fact.Actor{}, false
}
