package syntax

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// shapeRef is the word shape the tagger was trained with, as a string.
func shapeRef(w string) string {
	var b []byte
	var last, last2 byte
	n := 0
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if n >= 2 && c == last && c == last2 {
			continue
		}
		b = append(b, c)
		last2, last = last, c
		n++
		if len(b) > 12 {
			break
		}
	}
	return string(b)
}

// affixes and suffix3 hash w's bytes in place for valid UTF-8; they must
// give what the rune slices give, for any string.
func TestAffixesAsRunes(t *testing.T) {
	for _, w := range []string{"", "a", "ab", "abc", "abcd", "abcde", "Tehran", "日本", "日本語です", "🙂x", "a\xffb", "\xff", "\xe6\x97", "naïve", "0000"} {
		p1, s1 := affixes(w)
		p2, s2 := runeAffixes(w)
		if p1 != p2 || s1 != s2 {
			t.Errorf("%q: affixes %v %v, as runes %v %v", w, p1, s1, p2, s2)
		}
		rs := []rune(w)
		if len(rs) > 3 {
			rs = rs[len(rs)-3:]
		}
		if got, want := suffix3(w), hstr(string(rs)); got != want {
			t.Errorf("%q: suffix3 %x, want %x", w, got, want)
		}
	}
}

func TestShapeHash(t *testing.T) {
	for _, w := range []string{"", "Iran", "IRAN", "U.S.", "2024-05-01", "aaaaaaaaaaaaaaaaaaaaaaaa", "McDonald's", "日本", "a\xffb", "Xx1!Xx1!Xx1!Xx1!Xx1!"} {
		if got, want := shapeHash(w), hstr(shapeRef(w)); got != want {
			t.Errorf("%q: shapeHash %x, hstr(shape) %x", w, got, want)
		}
	}
}
