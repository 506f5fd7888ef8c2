package document

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A dateline opens the first paragraph of a wire story:
//
//	MOSCOW (Reuters) - ...          place, agency, separator
//	PARIS, Dec 21 (AFP) — ...       place, date, agency, separator
//	KABUL: (MEP) ...                place, separator, agency
//	WASHINGTON, D.C. — ...          place, place, separator
//	Kabul, Afghanistan (AP) — ...   a Title Case place needs an agency, a
//	                                date and separator, or a dash
//
// The place is upper case or Title Case words; "UPDATE:", "BREAKING -" and
// similar kickers are not places.

var datelineDateRE = regexp.MustCompile(`^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+\d{4})?)\b`)

var kickers = map[string]bool{
	"UPDATE": true, "UPDATED": true, "BREAKING": true, "EXCLUSIVE": true, "WATCH": true,
	"ANALYSIS": true, "OPINION": true, "COMMENT": true, "EDITORIAL": true, "VIDEO": true,
	"PHOTOS": true, "LIVE": true, "FACTBOX": true, "EXPLAINER": true, "REVIEW": true,
	"INTERVIEW": true, "NOTE": true, "NEWS": true, "URGENT": true, "FLASH": true, "ALERT": true,
	"Q": true, "A": true, "WARNING": true, "CORRECTION": true, "EDITOR": true, "EDITORS": true,
	"FEATURE": true, "SPECIAL": true, "REPORT": true, "PRESS": true, "RELEASE": true,
	"However": true, "But": true, "And": true, "The": true, "This": true, "That": true, "It": true,
	"He": true, "She": true, "They": true, "We": true, "I": true, "In": true, "On": true, "At": true,
}

var placeConnectors = map[string]bool{"de": true, "del": true, "da": true, "do": true, "di": true, "al": true, "el": true, "la": true, "le": true, "es": true, "of": true}

// placeAt reads up to four capitalised words starting at i.
func placeAt(t string, i int) (end int, caps bool, ok bool) {
	caps = true
	words := 0
	letters := 0
	j := i
	for words < 5 {
		k := j
		r, _ := utf8.DecodeRuneInString(t[k:])
		lowerConn := false
		if !unicode.IsUpper(r) {
			// a lower-case connector inside a name ("Rio de Janeiro")
			w := k
			for w < len(t) && t[w] >= 'a' && t[w] <= 'z' {
				w++
			}
			if words == 0 || !placeConnectors[t[k:w]] || w+1 >= len(t) || t[w] != ' ' {
				break
			}
			r2, _ := utf8.DecodeRuneInString(t[w+1:])
			if !unicode.IsUpper(r2) {
				break
			}
			lowerConn = true
		}
		for k < len(t) {
			r, n := utf8.DecodeRuneInString(t[k:])
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsLower(r) && !lowerConn {
					caps = false
				}
			} else if !strings.ContainsRune(".'’-", r) {
				break
			}
			k += n
		}
		if k == j {
			break
		}
		if words == 0 && kickers[strings.TrimRight(t[j:k], ".")] {
			return 0, false, false
		}
		words++
		end = k
		if k+1 < len(t) && t[k] == ' ' {
			j = k + 1
			continue
		}
		break
	}
	if words == 0 || words > 4 || letters < 2 {
		return 0, false, false
	}
	return end, caps, true
}

// agencyAt reads "(Reuters)" at i.
func agencyAt(t string, i int) (string, int, bool) {
	if i >= len(t) || t[i] != '(' {
		return "", 0, false
	}
	j := strings.IndexByte(t[i:], ')')
	if j < 2 || j > 41 {
		return "", 0, false
	}
	a := t[i+1 : i+j]
	r, _ := utf8.DecodeRuneInString(a)
	if !unicode.IsLetter(r) || len(strings.Fields(a)) > 5 {
		return "", 0, false
	}
	for _, c := range a {
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) && !strings.ContainsRune(" .&-'’/", c) {
			return "", 0, false
		}
	}
	return strings.TrimSpace(a), j + 1, true
}

func skipSpaces(t string, i int) int {
	for i < len(t) && t[i] == ' ' {
		i++
	}
	return i
}

// parseDateline reads a dateline at the start of t. n is the number of bytes
// to drop (dateline, separator and the spaces after it), text the dateline
// without its trailing separator, agency the credited agency if any.
//
// strict asks for an agency or a date as well (used past the first paragraph).
func parseDateline(t string, strict bool) (n int, text, agency string, ok bool) {
	i, caps, ok := placeAt(t, 0)
	if !ok {
		return 0, "", "", false
	}
	hasDate := false
	for k := 0; k < 2 && strings.HasPrefix(t[i:], ", "); k++ {
		j := i + 2
		if m := datelineDateRE.FindStringIndex(t[j:]); m != nil {
			i = j + m[1]
			hasDate = true
			continue
		}
		if e2, _, ok := placeAt(t, j); ok { // "JAKARTA, Indonesia", "WASHINGTON, D.C."
			i = e2
			continue
		}
		break
	}
	if a, m, ok := agencyAt(t, skipSpaces(t, i)); ok {
		agency = a
		i = skipSpaces(t, i) + m
	}
	textEnd := i
	j := skipSpaces(t, i)
	sep := ""
	for _, s := range []string{"--", "—", "–", "−", "―", "-", ":"} {
		if strings.HasPrefix(t[j:], s) {
			sep = s
			break
		}
	}
	if sep != "" {
		i = j + len(sep)
		if agency == "" {
			if a, m, ok := agencyAt(t, skipSpaces(t, i)); ok {
				agency = a
				i = skipSpaces(t, i) + m
				textEnd = i
			}
		}
	}
	if i < len(t) && t[i] != ' ' && t[i] != '\n' {
		return 0, "", "", false
	}
	switch {
	case caps && (sep != "" || agency != ""):
	case !caps && (agency != "" || hasDate && sep != "" || sep == "—" || sep == "–" || sep == "--"):
	default:
		return 0, "", "", false
	}
	if strict && agency == "" && !hasDate {
		return 0, "", "", false
	}
	if i >= len(strings.TrimRight(t, " \n")) && sep == "" && agency == "" {
		return 0, "", "", false
	}
	for i < len(t) && (t[i] == ' ' || t[i] == '\n') {
		i++
	}
	return i, strings.TrimSpace(t[:textEnd]), agency, true
}
