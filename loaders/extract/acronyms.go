package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/loaders/nlp"
	"github.com/kg-project/kg/schema"
)

// definedAcronyms finds the organisations a sentence names with their
// acronym in brackets, "the Supreme Council of the Armed Forces (Scaf)",
// "the Western Sahara Liberation Front (WSLF)": news introduces a body the
// reader may not know this way, and uses the acronym after. The name is
// the run of capitalised words (and joiners) before the bracket whose
// initials spell the acronym; a name the dictionary already gives whole
// is left to it. Each actor is named by its long form, with the acronym as
// alias, so that later sentences find it through the registry.
func definedAcronyms(ws *wordSets, d Dict, s nlp.Sentence, ms []Mention) []fact.Actor {
	toks := s.Tokens
	var out []fact.Actor
	for i := 2; i+2 < len(toks); i++ {
		if toks[i].Text != "(" || toks[i+2].Text != ")" {
			continue
		}
		acr := toks[i+1].Text
		if !acronymLike(acr) {
			continue
		}
		lo := nameWithInitials(ws, toks[:i], strings.ToLower(acr))
		if lo < 0 {
			continue
		}
		whole := false
		for _, m := range ms {
			// A dictionary name, not a generic "Afghan police" group.
			if m.Start <= lo && m.End >= i && len(m.Actors) > 0 && m.Kind == MName {
				whole = true
			}
		}
		if whole {
			continue
		}
		words := make([]string, 0, i-lo)
		country := ""
		for _, t := range toks[lo:i] {
			words = append(words, t.Text)
			if a, ok := d.Demonym(t.Text); ok && country == "" {
				country = a.Country
			}
		}
		if country == "" {
			// "the Kosovo Liberation Army": a state named inside the name.
			for _, m := range ms {
				if m.Start >= lo && m.End <= i && len(m.Actors) == 1 && m.Actors[0].Type == schema.Country {
					country = m.Actors[0].Country
					break
				}
			}
		}
		name := strings.Join(words, " ")
		out = append(out, fact.Actor{ID: "org:" + strings.ToLower(name), Name: name, Type: schema.Organization, Country: country, Aliases: []string{acr}})
	}
	return out
}

// acronymLike: two to eight letters, the first upper case, and either all
// upper case ("KLA") or a capitalised word spelt as one ("Scaf", "Nato").
func acronymLike(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 8 {
		return false
	}
	for i, r := range w {
		if !unicode.IsLetter(r) || i == 0 && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// nameWithInitials returns the start of the shortest run of words ending
// the slice whose capitalised words' initials spell acr, or -1. The run
// starts with a capitalised word and holds only capitalised words and
// joiners.
func nameWithInitials(ws *wordSets, toks []nlp.Token, acr string) int {
	initials := ""
	for lo := len(toks) - 1; lo >= 0; lo-- {
		w := toks[lo].Text
		if !capitalized(w) {
			if ws.nameJoiners[strings.ToLower(w)] {
				continue
			}
			return -1
		}
		r, _ := utf8.DecodeRuneInString(w)
		initials = string(unicode.ToLower(r)) + initials
		if len(initials) > len(acr) {
			return -1
		}
		if initials == acr {
			if lo == len(toks)-1 {
				// One word is not an introduction of a name.
				return -1
			}
			return lo
		}
	}
	return -1
}
