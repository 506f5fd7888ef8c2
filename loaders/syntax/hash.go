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

// shape maps letters to X/x, digits to d, keeps other characters and
// shortens runs of one class to two.
func shape(w string) string {
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

// affixes returns the hashes of the 1..4 character prefixes and suffixes.
func affixes(w string) (pre, suf [4]uint64) {
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
