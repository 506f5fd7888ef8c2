// Package actors is kg's actor dictionary: countries, international
// organisations, armed groups, collectives, places and office holders, with
// their aliases, demonyms ("French") and metonyms ("the Kremlin"), plus the
// lexicons of posts ("Defence Minister") and group nouns ("forces") that
// turn a name or a demonym into an agent.
//
// The data are plain TSV files under data/, embedded in the binary; users
// extend or override them with files of the same format (see README.md).
// A Dictionary is read-only once loaded and safe for concurrent use.
package actors

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

// Entry is one actor of the dictionary. Its slices are shared with the
// Dictionary: treat them as read-only.
type Entry struct {
	ID       string           // stable key: ISO 3166-1 alpha-3 for countries, else an upper-case slug
	Name     string           // canonical name
	Type     schema.ActorType // person, country, organization, group, collective, place, ...
	Country  string           // ISO 3166-1 alpha-3; a country's own id for countries
	Aliases  []string         // other names, abbreviations and spellings
	Demonyms []string         // adjectives and people nouns: "French", "Americans"
	Metonyms []string         // seats of power standing for it: "Moscow", "Kremlin"
	Wikidata string           // Q-id, only where certain
	Post     string           // canonical post (see posts.tsv) for office holders
	Note     string           // free text from the data file (e.g. "Chad is also a given name")

	names []string // aliases then metonyms: every name the store should know it by
}

// Actor converts the entry to the fact type. Text is left for the caller.
// Its Aliases are the entry's aliases and metonyms ("Moscow" is a name the
// store should know Russia by), shared with the dictionary: read-only.
func (e Entry) Actor() fact.Actor {
	return fact.Actor{
		ID:       e.ID,
		Name:     e.Name,
		Type:     e.Type,
		Country:  e.Country,
		Aliases:  e.names,
		Wikidata: e.Wikidata,
		Post:     e.Post,
	}
}

// MatchKind says how a phrase refers to an entry.
type MatchKind int

const (
	MatchName    MatchKind = iota + 1 // its name or an alias: "Russia", "ISIL"
	MatchMetonym                      // a seat of power: "Moscow", "the Kremlin"
	MatchDemonym                      // an adjective or people noun: "Russian", "Russians"
)

func (k MatchKind) String() string {
	switch k {
	case MatchName:
		return "name"
	case MatchMetonym:
		return "metonym"
	case MatchDemonym:
		return "demonym"
	}
	return "none"
}

// Dictionary holds the loaded actors, posts and group nouns.
type Dictionary struct {
	entries []Entry
	byID    map[string]int
	names   phraseIndex // names, aliases, metonyms and demonyms -> entries
	posts   []Post
	postIx  phraseIndex
	nouns   []GroupNoun
	nounIx  phraseIndex
}

// Len is the number of entries.
func (d *Dictionary) Len() int { return len(d.entries) }

// Entries returns every entry in load order (a copy of the list).
func (d *Dictionary) Entries() []Entry { return slices.Clone(d.entries) }

// ByID finds an entry by its id (exact, case-sensitive).
func (d *Dictionary) ByID(id string) (Entry, bool) {
	i, ok := d.byID[id]
	if !ok {
		return Entry{}, false
	}
	return d.entries[i], true
}

// Lookup finds an entry by its name, an alias or a metonym, ignoring case,
// diacritics, punctuation inside words and a leading "the": "the Kremlin",
// "kremlin", "Erdogan" and "Erdoğan" all work. It is meant for names given
// on purpose (a query, a config file); for running text use MatchAt, which
// respects case.
func (d *Dictionary) Lookup(name string) (Entry, bool) {
	p := parsePhrase(name)
	for len(p.words) > 1 && p.words[0] == "the" {
		p.words, p.shapes = p.words[1:], p.shapes[1:]
	}
	for _, c := range d.names.keys[p.key()] {
		if c.kind != MatchDemonym {
			return d.entries[c.ref], true
		}
	}
	return Entry{}, false
}

// Demonym finds the entry an adjective or people noun refers to: "French"
// -> France, "U.S." -> United States, "South Korean" -> South Korea. Case
// matters the way it does in MatchAt: a capital is required ("french fries"
// is not France) and acronyms must be in capitals ("u.s." is not).
func (d *Dictionary) Demonym(word string) (Entry, bool) {
	p := parsePhrase(word)
	for _, c := range d.names.keys[p.key()] {
		if c.kind == MatchDemonym && caseOK(c.shapes, p.shapes) {
			return d.entries[c.ref], true
		}
	}
	return Entry{}, false
}

// MatchAt finds the longest name, alias, metonym or demonym that starts at
// words[i], where words are the surface tokens of a sentence. It returns the
// entry, the number of tokens matched and how they refer to it.
//
// Tokens are normalised as described in normalize.go, so a tokenizer's
// splits do not matter much: ["U.S.-led", "coalition"] matches the alias
// "U.S.-led coalition", ["Kurdistan", "Workers", "'", "Party"] matches
// "Kurdistan Workers' Party". A match always ends at a token boundary: the
// single token "U.S.-backed" does not match "U.S.".
//
// Case: an alias subword written in capitals ("IS", "US", "UN", "WHO")
// matches only in capitals, so "is", "us", "Is" and "who" never match; an
// alias with a capitalised word needs at least one of those words
// capitalised in the text ("Islamic state" matches, "islamic state" and
// "west" do not); an alias written all in lower case ("rebels") matches in
// any case. A data alias written "the X" (like "the West") matches X only
// right after "the"; "the" itself is never part of a match, so MatchAt at
// the index of "the" finds nothing.
func (d *Dictionary) MatchAt(words []string, i int) (e Entry, n int, how MatchKind, ok bool) {
	prevThe := i > 0 && i <= len(words) && isThe(words[i-1])
	c, n := d.names.match(words, i, func(c *cand, got []shape) bool {
		return (!c.needThe || prevThe) && caseOK(c.shapes, got)
	})
	if c == nil {
		return Entry{}, 0, 0, false
	}
	return d.entries[c.ref], n, c.kind, true
}

// MatchString runs MatchAt over a whitespace-split string and reports
// whether the whole string is one match: MatchString("U.S.-led coalition").
func (d *Dictionary) MatchString(s string) (Entry, MatchKind, bool) {
	words := strings.Fields(s)
	e, n, how, ok := d.MatchAt(words, 0)
	if !ok || n != len(words) {
		return Entry{}, 0, false
	}
	return e, how, true
}

// Conflicts lists keys that name two different entries the same way (the
// same normalised phrase and kind). The embedded data have none; a user
// file may create some on purpose, in which case the entry touched by the
// later file wins.
func (d *Dictionary) Conflicts() []string {
	var out []string
	for key, cs := range d.names.keys {
		for a := 1; a < len(cs); a++ {
			if cs[a].kind == cs[a-1].kind && cs[a].ref != cs[a-1].ref {
				out = append(out, cs[a].kind.String()+" "+key+": "+d.entries[cs[a-1].ref].ID+" "+d.entries[cs[a].ref].ID)
			}
		}
	}
	slices.Sort(out)
	return out
}
