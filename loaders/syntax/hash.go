package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// hstr is 64-bit FNV-1a.
func hstr(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// fh hashes a feature template number with up to three atomic values into a
// non-zero 32-bit key.
func fh(tpl, a, b, c uint64) uint32 {
	h := (tpl + 1) * 0x9E3779B97F4A7C15
	h = (h ^ a) * 0xBF58476D1CE4E5B9
	h ^= h >> 31
	h = (h ^ b) * 0x94D049BB133111EB
	h ^= h >> 29
	h = (h ^ c) * 0xBF58476D1CE4E5B9
	h ^= h >> 32
	r := uint32(h) ^ uint32(h>>32)
	if r == 0 {
		r = 1
	}
	return r
}

// norm is the word form features use: lower case, digits as 0.
func norm(w string) string {
	lower := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') {
			lower = false
			break
		}
	}
	if lower {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			b.WriteByte('0')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// shapeHash is the hstr of w's shape, without building the string: letters
// map to X/x, digits to d, other characters stay, runs of one class are
// shortened to two, and the shape ends after 13 bytes.
func shapeHash(w string) uint64 {
	h := uint64(14695981039346656037)
	shapeBytes(w, func(c byte) {
		h ^= uint64(c)
		h *= 1099511628211
	})
	return h
}

// shapeBytes calls emit with the bytes of w's shape, at most 13.
func shapeBytes(w string, emit func(byte)) {
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
		emit(c)
		last2, last = last, c
		n++
		if n > 12 {
			break
		}
	}
}

// affixes returns the hashes of the 1..4 character prefixes and suffixes.
// For valid UTF-8 (where string([]rune(w)) is w) it hashes the bytes of w
// in place; otherwise as runes, where invalid bytes become U+FFFD.
func affixes(w string) (pre, suf [4]uint64) {
	if !utf8.ValidString(w) {
		return runeAffixes(w)
	}
	// ends[k-1]: byte offset after the first k runes; starts[k-1]: of the
	// last k runes.
	var ends, starts [4]int
	n := 0 // runes in w
	for i := range w {
		// The first n runes end where rune n begins.
		if n >= 1 && n <= 4 {
			ends[n-1] = i
		}
		n++
	}
	if n >= 1 && n <= 4 {
		ends[n-1] = len(w)
	}
	for k, i := 0, len(w); k < 4 && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(w[:i])
		i -= size
		starts[k] = i
	}
	for k := 1; k <= 4; k++ {
		if k <= n {
			pre[k-1] = hstr(w[:ends[k-1]])
			suf[k-1] = hstr(w[starts[k-1]:])
		} else {
			pre[k-1] = hstrAfter('<', w)
			suf[k-1] = hstrThen(w, '>')
		}
	}
	return
}

// hstrAfter is hstr(string(c) + s), hstrThen hstr(s + string(c)).
func hstrAfter(c byte, s string) uint64 {
	h := (uint64(14695981039346656037) ^ uint64(c)) * 1099511628211
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func hstrThen(s string, c byte) uint64 {
	h := hstr(s)
	h ^= uint64(c)
	return h * 1099511628211
}

func runeAffixes(w string) (pre, suf [4]uint64) {
	rs := []rune(w)
	for k := 1; k <= 4; k++ {
		if k <= len(rs) {
			pre[k-1] = hstr(string(rs[:k]))
			suf[k-1] = hstr(string(rs[len(rs)-k:]))
		} else {
			pre[k-1] = hstr("<" + w)
			suf[k-1] = hstr(w + ">")
		}
	}
	return
}

// suffix3 is the hash of the last three characters of w (all of a shorter
// w), as hstr(string(last three of []rune(w))).
func suffix3(w string) uint64 {
	if !utf8.ValidString(w) {
		rs := []rune(w)
		if len(rs) > 3 {
			rs = rs[len(rs)-3:]
		}
		return hstr(string(rs))
	}
	i := len(w)
	for k := 0; k < 3 && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(w[:i])
		i -= size
	}
	return hstr(w[i:])
}
