package actors

import (
	"cmp"
	"slices"
	"strings"
)

// cand is one phrase a key can stand for.
type cand struct {
	ref     int       // index into the entries, posts or nouns
	kind    MatchKind // for entries
	needThe bool      // alias written "the X": only after "the"
	anyCase bool      // case never matters
	shapes  []shape   // case shape of the phrase as written in the data
	rank    int       // later files rank higher
}

// phraseIndex maps normalised phrases (subwords joined by spaces) to
// candidates. prefixes holds every proper prefix of a key, so a match stops
// at the first token that cannot lead anywhere: MatchAt costs at most one map
// look-up or two per token of the longest phrase.
type phraseIndex struct {
	keys     map[string][]cand
	prefixes map[string]bool
	maxWords int
}

func newPhraseIndex() phraseIndex {
	return phraseIndex{keys: map[string][]cand{}, prefixes: map[string]bool{}}
}

// add indexes phrase s (as written in a data file) for candidate c. A
// leading "the" is dropped and sets needThe when the data say so.
func (x *phraseIndex) add(s string, c cand, theMatters bool) {
	p := parsePhrase(s)
	if len(p.words) > 1 && p.words[0] == "the" {
		p.words, p.shapes = p.words[1:], p.shapes[1:]
		c.needThe = theMatters
	}
	if len(p.words) == 0 {
		return
	}
	c.shapes = p.shapes
	key := p.key()
	for _, old := range x.keys[key] {
		if old.ref == c.ref && old.kind == c.kind && old.needThe == c.needThe && slices.Equal(old.shapes, c.shapes) {
			return // the same phrase twice ("Djibouti" as name and metonym...)
		}
	}
	x.keys[key] = append(x.keys[key], c)
	for k := 1; k < len(p.words); k++ {
		x.prefixes[strings.Join(p.words[:k], " ")] = true
	}
	x.maxWords = max(x.maxWords, len(p.words))
}

// sort orders each key's candidates: names before metonyms before demonyms,
// then later files first, then load order.
func (x *phraseIndex) sort() {
	for _, cs := range x.keys {
		slices.SortStableFunc(cs, func(a, b cand) int {
			if c := cmp.Compare(a.kind, b.kind); c != 0 {
				return c
			}
			return cmp.Compare(b.rank, a.rank)
		})
	}
}

// match finds the longest phrase starting at words[i] that ok accepts. It
// returns the candidate and the number of tokens, or nil.
func (x *phraseIndex) match(words []string, i int, ok func(c *cand, got []shape) bool) (*cand, int) {
	if i < 0 || i >= len(words) || skippable(words[i]) {
		return nil, 0
	}
	var (
		best   *cand
		n      int
		keyArr [96]byte
		shArr  [12]shape
	)
	key, shapes := keyArr[:0], shArr[:0]
	for j := i; j < len(words) && j-i <= 2*x.maxWords; j++ {
		if j > i && skippable(words[j]) {
			continue
		}
		before := len(shapes)
		key, shapes = appendNorm(key, shapes, words[j])
		if len(shapes) == before || len(shapes) > x.maxWords {
			break
		}
		cs := x.keys[string(key)]
		for k := range cs {
			if cs[k].anyCase || ok(&cs[k], shapes) {
				best, n = &cs[k], j-i+1
				break
			}
		}
		if !x.prefixes[string(key)] {
			break
		}
	}
	return best, n
}
