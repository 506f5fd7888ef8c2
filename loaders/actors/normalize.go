package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Phrases are compared as sequences of "subwords": every token is folded to
// lower-case ASCII where it can be (diacritics dropped), split on hyphens,
// slashes and spaces, and stripped of periods and apostrophes. So
// "U.S.-led" gives [us led], "d'Ivoire" gives [divoire], "Erdoğan" gives
// [erdogan] and "al-Qaeda", "al Qaeda" and "Al-Qaeda" all give [al qaeda].
// A trailing possessive ("Russia's", "Workers'") is dropped.
//
// Next to each subword we keep its case shape, which is what lets "IS" match
// where "is" must not.

// shape is the case of a subword: which kinds of letters it has.
type shape uint8

const (
	hasUpper shape = 1 << iota
	hasLower
	multiLetter // two letters or more
	longWord    // four letters or more
)

// acronym reports a subword written all in capitals, two letters or more
// ("US", "U.N.", "ISIS"). Such alias subwords must match in capitals.
func (s shape) acronym() bool { return s&hasUpper != 0 && s&hasLower == 0 && s&multiLetter != 0 }

// capital reports a subword with a capital letter ("Kremlin", "W").
func (s shape) capital() bool { return s&hasUpper != 0 }

// phrase is a tokenised, normalised phrase.
type phrase struct {
	words  []string
	shapes []shape
}

func (p phrase) key() string { return strings.Join(p.words, " ") }

// foldTable maps letters with diacritics and a few ligatures to ASCII.
var foldTable = map[rune]string{
	'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ø': "o", 'Ø': "o",
	'đ': "d", 'Đ': "d", 'ł': "l", 'Ł': "l", 'þ': "th", 'Þ': "th", 'ð': "d", 'Ð': "d",
	'ı': "i", 'İ': "i", 'Ĳ': "ij", 'ĳ': "ij", 'ħ': "h", 'Ħ': "h", 'ŀ': "l", 'Ŀ': "l", 'ŧ': "t", 'Ŧ': "t",
}

// baseLetter maps a precomposed Latin letter with a diacritic to its base
// letter, lower-cased. It covers Latin-1 Supplement, Latin Extended-A and the
// Romanian comma letters, which is what news text about actors uses.
func baseLetter(r rune) (rune, bool) {
	const (
		latin1 = "aaaaaaaceeeeiiiidnooooo*ouuuuyts" // U+00C0..U+00DF
		extA   = "aaaaaa" + "cccccccc" + "dddd" + "eeeeeeeeee" + "gggggggg" + "hhhh" + "iiiiiiiiii" +
			"ii" + "jj" + "kkk" + "llllllllll" + "nnnnnnnnn" + "oooooooo" + "rrrrrr" + "ssssssss" +
			"tttttt" + "uuuuuuuuuuuu" + "ww" + "yyy" + "zzzzzz" + "s" // U+0100..U+017F
	)
	switch {
	case r >= 0xC0 && r <= 0xDF:
		c := latin1[r-0xC0]
		return rune(c), c != '*'
	case r >= 0xE0 && r <= 0xFF:
		if r == 0xF7 { // division sign
			return r, false
		}
		if r == 0xFF {
			return 'y', true
		}
		c := latin1[r-0xE0]
		return rune(c), c != '*'
	case r >= 0x100 && r <= 0x17F:
		return rune(extA[r-0x100]), true
	case r >= 0x218 && r <= 0x21B:
		return []rune{'s', 's', 't', 't'}[r-0x218], true
	}
	return r, false
}

// separator reports the characters that split a token into subwords.
func separator(r rune) bool {
	switch r {
	case '-', '‐', '‑', '–', '—', '/', ' ', '\t', '\u00a0':
		return true
	}
	return false
}

// dropped reports the characters that vanish from a subword.
func dropped(r rune) bool {
	switch r {
	case '.', '\'', '’', '‘', 'ʼ', '`', '´':
		return true
	}
	return false
}

// stripPossessive removes a trailing "'s" or "'" from a token.
func stripPossessive(tok string) string {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if len(tok) > len(suf) && strings.HasSuffix(tok, suf) {
			return tok[:len(tok)-len(suf)]
		}
	}
	for _, suf := range []string{"'", "’"} {
		if len(tok) > len(suf) && strings.HasSuffix(tok, suf) {
			return tok[:len(tok)-len(suf)]
		}
	}
	return tok
}

// appendNorm normalises one token and appends its subwords to key (space
// separated) and their shapes to shapes.
func appendNorm(key []byte, shapes []shape, tok string) ([]byte, []shape) {
	tok = stripPossessive(tok)
	var sh shape
	letters, open := 0, false
	flush := func() {
		if open {
			if letters > 1 {
				sh |= multiLetter
			}
			if letters > 3 {
				sh |= longWord
			}
			shapes = append(shapes, sh)
		}
		sh, letters, open = 0, 0, false
	}
	for i := 0; i < len(tok); {
		r, size := utf8.DecodeRuneInString(tok[i:])
		i += size
		switch {
		case separator(r):
			flush()
			continue
		case dropped(r):
			continue
		}
		if !open {
			if len(key) > 0 {
				key = append(key, ' ')
			}
			open = true
		}
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				sh |= hasUpper
			} else if unicode.IsLower(r) {
				sh |= hasLower
			}
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			key = append(key, byte(r))
			continue
		}
		if s, ok := foldTable[r]; ok {
			key = append(key, s...)
			continue
		}
		if base, ok := baseLetter(r); ok {
			key = utf8.AppendRune(key, base)
			continue
		}
		key = utf8.AppendRune(key, unicode.ToLower(r))
	}
	flush()
	return key, shapes
}

// parsePhrase normalises a phrase written in a data file or given to Lookup.
func parsePhrase(s string) phrase {
	var (
		key    []byte
		shapes []shape
	)
	for _, tok := range strings.Fields(s) {
		key, shapes = appendNorm(key, shapes, tok)
	}
	return phrase{words: strings.Fields(string(key)), shapes: shapes}
}

// skippable reports tokens that may sit inside a match without adding to it:
// the tokenizer's split-off apostrophes, possessives and hyphens
// ("Kurdistan Workers ' Party").
func skippable(tok string) bool {
	switch tok {
	case "'", "’", "'s", "’s", "-", "‐", "–":
		return true
	}
	return false
}

// isThe reports the article "the" in any case.
func isThe(tok string) bool { return strings.EqualFold(tok, "the") }

// caseOK reports whether surface subwords (shapes got) may stand for an
// alias written with shapes want: every acronym subword of the alias must be
// in capitals in the text, and if the alias has capitalised subwords at
// least one of them must be capitalised in the text. An alias written all in
// lower case matches in any case.
func caseOK(want, got []shape) bool {
	needCap, sawCap := false, false
	for k, w := range want {
		g := got[k]
		switch {
		case w.acronym():
			// A long acronym may be written as a name, as much of the
			// British press does ("Nato", "Farc", "Opec"); a short one
			// must stay in capitals ("IS" is not "is" or "Is").
			if g&hasUpper == 0 || g&hasLower != 0 && w&longWord == 0 {
				return false
			}
			needCap, sawCap = true, true
		case w.capital():
			needCap = true
			if g.capital() {
				sawCap = true
			}
		}
	}
	return !needCap || sawCap
}
