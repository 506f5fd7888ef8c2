// Package timex finds date expressions in English news text and resolves
// them to calendar values: "2015" (a year), "2015-03" (a month) or
// "2015-12-21" (a day).
//
// # Absolute expressions
//
// These need no reference date:
//
//	2015-12-21, 2015/12/21           ISO order
//	21/12/2015, 21.12.2015           day first (see below)
//	December 21, 2015; Dec. 21 2015  month, day, year
//	21 December 2015; 21st of Dec.   day, month, year
//	March 2014; Monday, Dec. 21, 2015
//	in 2014, since 2011, mid-2014    a year needs a trigger word before it
//
// Numeric dates with two small fields (21/12/2015, 5/6/2015) are read as
// dd/mm/yyyy, the international order: if the first field is greater than 12
// it is certainly the day; if the second field is greater than 12 the date
// is certainly mm/dd (US) and is read that way; if both are 12 or less the
// date is read as dd/mm.
//
// A bare four-digit number is a year only after a trigger word (in, since,
// by, until, from, during, early, late, mid-, of, ...) and never when it is
// followed by a plural noun or a unit ("in 2000 cases", "of 1500 people"),
// preceded by a currency sign or written with a thousands separator
// ("27,000"). Other numbers ("130 people", "26 bombers") are never dates.
//
// # Relative expressions
//
// These are resolved against ref, the article's publication date
// ("YYYY-MM-DD"; "YYYY-MM" and "YYYY" are accepted and resolve only what
// they can). With no ref they resolve to nothing: no date is better than a
// guessed one.
//
//	today, tonight, this morning      ref
//	yesterday, last night             ref - 1 day
//	tomorrow                          ref + 1 day
//	Monday, on Monday, Monday's       the most recent Monday on or before ref
//	                                  (news convention: a weekday named in a
//	                                  report is the last one; if ref is a
//	                                  Monday it is ref itself)
//	last Monday                       the most recent Monday strictly before ref
//	next Monday, this coming Monday   the first Monday strictly after ref
//	this Monday                       the Monday of ref's week (Monday-Sunday)
//	October 31, Oct. 31, 31 October   ref's year, unless that puts the date
//	                                  more than 62 days after ref (then the
//	                                  previous year) or more than 303 days
//	                                  before ref (then the next year)
//	in March, since March, mid-March  the same rule for a month
//	last/this/next week, last weekend the calendar week (Monday-Sunday); a
//	                                  week is reported as the month when it
//	                                  lies within one month, else as the year
//	                                  when it lies within one year, else not
//	                                  at all (never a guessed day)
//	last/this/next month              YYYY-MM
//	last/this/next year,              YYYY
//	earlier/later this year|month|week
//	3 days ago, two weeks ago,        the day; the week (as above); the
//	a month ago, five years ago       month; the year
//
// Weekday and relative expressions are not tense-aware: "on Monday" in a
// sentence about a future meeting still resolves to the last Monday.
//
// # Spans
//
// Date.Start and Date.End are byte offsets into the text given to Find.
// A span covers the date words including modifiers ("last week", "earlier
// this year", "Monday, Dec. 21, 2015") but not a leading preposition ("on",
// "in", "since") nor a possessive ending ("Tuesday" in "Tuesday's").
package timex

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Date is one date expression found in a text.
type Date struct {
	Value string // "2015", "2015-03" or "2015-12-21"
	Start int    // byte offset of the expression in the text
	End   int    // byte offset just past it
}

// Find returns the date expressions in text, in order and without overlaps,
// resolved against ref (see the package documentation). Expressions that
// cannot be resolved (relative ones without ref, "last week" across a year
// end) are left out.
func Find(text string, ref string) []Date {
	r := parseRef(ref)
	toks := tokenize(text)
	var out []Date
	for i := 0; i < len(toks); {
		if v, j, ok := matchAt(toks, i, r); ok {
			if okValue(v) {
				out = append(out, Date{Value: v, Start: toks[i].start, End: toks[j-1].end})
			}
			i = j
			continue
		}
		i++
	}
	return out
}

// okValue: a four-digit year, optionally with month and day.
func okValue(v string) bool {
	if len(v) != 4 && len(v) != 7 && len(v) != 10 {
		return false
	}
	for i := 0; i < 4; i++ {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return v >= "1000"
}

// Resolve resolves one date expression such as "last month", "on Monday" or
// "21 December 2015". The whole expression must be a single date, apart
// from a leading preposition or article and surrounding punctuation.
func Resolve(expr string, ref string) (string, bool) {
	ds := Find(expr, ref)
	if len(ds) != 1 {
		return "", false
	}
	d := ds[0]
	rest := expr[:d.Start] + " " + expr[d.End:]
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		switch strings.ToLower(w) {
		case "on", "in", "at", "by", "since", "the", "of", "during", "until", "from", "s":
		default:
			return "", false
		}
	}
	return d.Value, true
}

// ---------------------------------------------------------------- reference

type refDate struct {
	t    time.Time
	prec int // 0 none, 1 year, 2 month, 3 day
}

func parseRef(ref string) refDate {
	ref = strings.TrimSpace(ref)
	if len(ref) > 10 && (ref[10] == 'T' || ref[10] == ' ') {
		ref = ref[:10]
	}
	for _, f := range []struct {
		layout string
		prec   int
	}{{"2006-01-02", 3}, {"2006-01", 2}, {"2006", 1}} {
		if len(ref) != len(f.layout) {
			continue
		}
		if t, err := time.Parse(f.layout, ref); err == nil && t.Year() >= 1000 {
			return refDate{t: t, prec: f.prec}
		}
	}
	return refDate{}
}

func day(t time.Time) string   { return t.Format("2006-01-02") }
func month(t time.Time) string { return t.Format("2006-01") }
func year(t time.Time) string  { return strconv.Itoa(t.Year()) }

// interval reports the finest of day, month or year that holds [a, b].
func interval(a, b time.Time) string {
	switch {
	case a.Equal(b):
		return day(a)
	case a.Year() == b.Year() && a.Month() == b.Month():
		return month(a)
	case a.Year() == b.Year():
		return year(a)
	}
	return ""
}

func mondayOf(t time.Time) time.Time {
	wd := (int(t.Weekday()) + 6) % 7 // Monday 0 ... Sunday 6
	return t.AddDate(0, 0, -wd)
}

func weekOf(t time.Time) string {
	m := mondayOf(t)
	return interval(m, m.AddDate(0, 0, 6))
}

// ---------------------------------------------------------------- tokens

type kind uint8

const (
	word kind = iota
	num
	punct
)

type token struct {
	kind       kind
	s          string // the text (for num: digits and separators, no ordinal suffix)
	lower      string // lower case, words only
	start, end int
	space      bool // preceded by white space or the start of the text
	ordinal    bool // num with st/nd/rd/th
}

func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5+1)
	space := true
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += n
			continue
		case r >= '0' && r <= '9':
			j := i + 1
			for j < len(text) {
				c := text[j]
				if c >= '0' && c <= '9' {
					j++
					continue
				}
				if (c == ',' || c == '.' || c == '/' || c == '-' || c == ':') && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' {
					j += 2
					continue
				}
				break
			}
			t := token{kind: num, s: text[i:j], start: i, end: j, space: space}
			if j+2 <= len(text) {
				suf := strings.ToLower(text[j : j+2])
				if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") && (j+2 == len(text) || !isLetterAt(text, j+2)) {
					t.ordinal = true
					t.end = j + 2
					j += 2
				}
			}
			toks = append(toks, t)
			i = j
		case unicode.IsLetter(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += n2
			}
			toks = append(toks, token{kind: word, s: text[i:j], lower: strings.ToLower(text[i:j]), start: i, end: j, space: space})
			i = j
		default:
			toks = append(toks, token{kind: punct, s: text[i : i+n], start: i, end: i + n, space: space})
			i += n
		}
		space = false
	}
	return toks
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || (r >= '0' && r <= '9')
}

func capitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// ---------------------------------------------------------------- lexicon

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	"sunday": time.Sunday,
}

// words that make a weekday part of a name ("Black Friday", "Sunday Times")
var weekdayNameBefore = map[string]bool{
	"black": true, "cyber": true, "good": true, "bloody": true, "ash": true,
	"palm": true, "easter": true, "super": true, "holy": true, "maundy": true,
	"shrove": true, "giving": true, "whit": true, "low": true, "trinity": true,
}
var weekdayNameAfter = map[string]bool{
	"times": true, "telegraph": true, "express": true, "mirror": true, "herald": true,
	"post": true, "mail": true, "star": true, "independent": true, "tribune": true,
	"journal": true, "sport": true, "people": true, "observer": true, "school": true,
}

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
	"twelve": 12, "several": -1, "few": -1,
}

// words before a bare four-digit number that make it a year: strong ones
// (true) for any year 1000-2199, weak ones (false), which also come before
// quantities ("rose to 1500"), only for 1900-2099 and not for round
// hundreds ("by 2000").
var yearTriggers = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "during": true,
	"early": true, "late": true, "mid": true, "circa": true, "throughout": true,
	"year": true, "summer": true, "spring": true, "autumn": true, "winter": true,
	"fall": true, "end": true, "beginning": true, "start": true,
	"by": false, "from": false, "before": false, "after": false, "of": false,
	"around": false, "to": false, "through": false, "between": false,
	"and": false, "as": false,
}

// words before a bare month name that make it a month ("in March")
var monthTriggers = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "from": true,
	"during": true, "before": true, "after": true, "of": true, "early": true,
	"late": true, "mid": true, "throughout": true, "last": true, "next": true,
	"this": true, "to": true, "through": true, "between": true,
}

// lower-case words ending in s after a year that are not plural nouns
var notPlural = map[string]bool{
	"was": true, "has": true, "is": true, "as": true, "its": true, "his": true,
	"this": true, "thus": true, "across": true, "towards": true, "unless": true,
	"versus": true, "whereas": true, "besides": true, "afterwards": true, "us": true,
	"plus": true, "less": true, "minus": true, "upon": true,
}

// words after a number that make it a quantity, not a year
var quantityWords = map[string]bool{
	"people": true, "men": true, "women": true, "children": true, "personnel": true,
	"police": true, "staff": true, "military": true, "feet": true, "km": true,
	"kg": true, "per": true, "percent": true, "million": true, "billion": true,
	"thousand": true, "hundred": true, "more": true, "other": true,
	"strong": true, "square": true, "metre": true, "meter": true,
}

// triggers after which "May" is the month rather than a person's name
var mayTriggers = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "during": true,
	"early": true, "late": true, "mid": true, "throughout": true, "last": true,
	"next": true, "this": true,
}

// ---------------------------------------------------------------- matching

// matchAt tries the patterns that start at token i. It returns the value
// ("" when the expression is recognised but cannot be resolved), the index
// just past the last token used, and whether anything matched.
func matchAt(toks []token, i int, r refDate) (string, int, bool) {
	t := toks[i]
	switch t.kind {
	case num:
		if v, j, ok := numericDate(toks, i); ok {
			return v, j, true
		}
		if v, j, ok := dayMonth(toks, i, r); ok {
			return v, j, true
		}
		if v, j, ok := agoExpr(toks, i, r); ok {
			return v, j, true
		}
		if v, ok := bareYear(toks, i); ok {
			return v, i + 1, true
		}
	case word:
		if _, ok := weekdays[t.lower]; ok && capitalized(t.s) {
			return weekdayExpr(toks, i, i, r)
		}
		if _, ok := months[t.lower]; ok && capitalized(t.s) {
			if v, j, ok := monthFirst(toks, i, r); ok {
				return v, j, true
			}
		}
		if v, j, ok := relativeExpr(toks, i, r); ok {
			return v, j, true
		}
		if v, j, ok := agoExpr(toks, i, r); ok {
			return v, j, true
		}
	}
	return "", 0, false
}

func validDay(y int, m time.Month, d int) (time.Time, bool) {
	if y < 1 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t, t.Year() == y && t.Month() == m && t.Day() == d
}

// numericDate: one number token such as 21/12/2015 or 2015-12-21.
func numericDate(toks []token, i int) (string, int, bool) {
	t := toks[i]
	if t.ordinal {
		return "", 0, false
	}
	s := t.s
	var sep byte
	for _, c := range []byte{'/', '-', '.'} {
		if strings.Count(s, string(c)) == 2 {
			sep = c
		}
	}
	if sep == 0 {
		return "", 0, false
	}
	parts := strings.Split(s, string(sep))
	if len(parts) != 3 {
		return "", 0, false
	}
	var y, m, d int
	switch {
	case len(parts[0]) == 4 && len(parts[1]) <= 2 && len(parts[2]) <= 2:
		y, _ = strconv.Atoi(parts[0])
		m, _ = strconv.Atoi(parts[1])
		d, _ = strconv.Atoi(parts[2])
	case len(parts[0]) <= 2 && len(parts[1]) <= 2 && len(parts[2]) == 4:
		a, _ := strconv.Atoi(parts[0])
		b, _ := strconv.Atoi(parts[1])
		y, _ = strconv.Atoi(parts[2])
		d, m = a, b // dd/mm/yyyy, the international order
		if b > 12 && a <= 12 {
			d, m = b, a // certainly mm/dd/yyyy
		}
	default:
		return "", 0, false
	}
	if y < 1000 || y > 2199 {
		return "", 0, false
	}
	tm, ok := validDay(y, time.Month(m), d)
	if !ok {
		return "", 0, false
	}
	return day(tm), i + 1, true
}

// yearAt reads a plain four-digit year token.
func yearAt(toks []token, i int) (int, bool) {
	if i >= len(toks) || toks[i].kind != num || toks[i].ordinal || len(toks[i].s) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(toks[i].s)
	if err != nil || y < 1000 || y > 2199 {
		return 0, false
	}
	return y, true
}

// dayAt reads a day-of-month number (1-31, optionally ordinal).
func dayAt(toks []token, i int) (int, bool) {
	if i >= len(toks) || toks[i].kind != num || len(toks[i].s) > 2 {
		return 0, false
	}
	d, err := strconv.Atoi(toks[i].s)
	if err != nil || d < 1 || d > 31 {
		return 0, false
	}
	return d, true
}

// monthAt reads a month name, with an optional abbreviation period.
func monthAt(toks []token, i int) (time.Month, int, bool) {
	if i >= len(toks) || toks[i].kind != word || !capitalized(toks[i].s) {
		return 0, 0, false
	}
	m, ok := months[toks[i].lower]
	if !ok {
		return 0, 0, false
	}
	j := i + 1
	if len(toks[i].s) <= 4 && toks[i].lower != "june" && toks[i].lower != "july" && toks[i].lower != "may" {
		// an abbreviation: "Dec." or "Dec"
		if j < len(toks) && toks[j].s == "." && !toks[j].space {
			j++
		}
	}
	return m, j, true
}

// skipComma skips one comma.
func skipComma(toks []token, j int) int {
	if j < len(toks) && toks[j].s == "," {
		return j + 1
	}
	return j
}

// resolveMonthDay puts a month-day without a year into the year around ref.
func resolveMonthDay(m time.Month, d int, r refDate) (string, bool) {
	if r.prec < 3 {
		return "", false
	}
	y := r.t.Year()
	t, ok := validDay(y, m, d)
	if !ok && m == 2 && d == 29 {
		// try the neighbouring years below
		t = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	} else if !ok {
		return "", false
	}
	switch {
	case t.After(r.t.AddDate(0, 0, 62)):
		y--
	case t.Before(r.t.AddDate(0, 0, -303)):
		y++
	}
	t, ok = validDay(y, m, d)
	if !ok {
		return "", false
	}
	return day(t), true
}

// resolveMonth puts a month without a year into the year around ref.
func resolveMonth(m time.Month, r refDate) (string, bool) {
	if r.prec < 2 {
		return "", false
	}
	y := r.t.Year()
	ref := time.Date(y, r.t.Month(), 1, 0, 0, 0, 0, time.UTC)
	t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	switch {
	case t.After(ref.AddDate(0, 2, 0)):
		t = t.AddDate(-1, 0, 0)
	case t.Before(ref.AddDate(0, -10, 0)):
		t = t.AddDate(1, 0, 0)
	}
	return month(t), true
}

// monthFirst: "December 21, 2015", "Dec. 21", "March 2014", "in March".
func monthFirst(toks []token, i int, r refDate) (string, int, bool) {
	m, j, _ := monthAt(toks, i)
	if d, ok := dayAt(toks, j); ok && toks[j].space {
		k := j + 1
		if k < len(toks) && toks[k].kind == num && !toks[k].space {
			return "", 0, false // "Dec 21:30", "May 5.5"
		}
		return withYear(toks, m, d, k, r)
	}
	k := skipComma(toks, j)
	if y, ok := yearAt(toks, k); ok && followsYear(toks, k) {
		return month(time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)), k + 1, true
	}
	// a bare month needs a trigger word before it ("in March", "mid-March")
	p := i - 1
	if p >= 0 && toks[p].s == "-" && !toks[i].space {
		p--
	}
	if p < 0 || toks[p].kind != word || !monthTriggers[toks[p].lower] {
		return "", 0, false
	}
	if toks[i].lower == "may" && !mayTriggers[toks[p].lower] {
		return "", 0, false // "led by May", "a letter from May"
	}
	if len(toks[i].s) < 3 || (len(toks[i].s) <= 4 && toks[i].lower != "may" && toks[i].lower != "june" && toks[i].lower != "july") {
		return "", 0, false // "in Dec" is too rare to be worth the noise
	}
	switch toks[p].lower {
	case "last", "next", "this":
		if r.prec < 2 {
			return "", j, true
		}
		ref := time.Date(r.t.Year(), r.t.Month(), 1, 0, 0, 0, 0, time.UTC)
		t := time.Date(r.t.Year(), m, 1, 0, 0, 0, 0, time.UTC)
		switch toks[p].lower {
		case "last":
			if !t.Before(ref) {
				t = t.AddDate(-1, 0, 0)
			}
		case "next":
			if !t.After(ref) {
				t = t.AddDate(1, 0, 0)
			}
		}
		// the span starts at the modifier: report it through a wider match
		return month(t), j, true
	}
	if v, ok := resolveMonth(m, r); ok {
		return v, j, true
	}
	return "", j, true
}

// followsYear rejects "December 2015 people" style quantities after a year.
func followsYear(toks []token, k int) bool {
	n := k + 1
	if n >= len(toks) {
		return true
	}
	t := toks[n]
	if t.kind == num && !t.space {
		return false
	}
	if t.s == "%" {
		return false
	}
	if t.kind == word && !capitalized(t.s) {
		if quantityWords[t.lower] {
			return false
		}
		if strings.HasSuffix(t.lower, "s") && len(t.lower) > 2 && !notPlural[t.lower] && !strings.HasSuffix(t.lower, "ss") {
			return false
		}
	}
	return true
}

// dayMonth: "21 December 2015", "31 October", "21st of Dec.".
func dayMonth(toks []token, i int, r refDate) (string, int, bool) {
	d, ok := dayAt(toks, i)
	if !ok {
		return "", 0, false
	}
	j := i + 1
	if j < len(toks) && toks[j].lower == "of" {
		j++
	}
	m, k, ok := monthAt(toks, j)
	if !ok || !toks[j].space {
		return "", 0, false
	}
	return withYear(toks, m, d, k, r)
}

// withYear finishes a month and day read up to token k: an explicit year
// after them, else the year around ref, else a date with no year to put it
// in (consumed, resolved to nothing).
func withYear(toks []token, m time.Month, d, k int, r refDate) (string, int, bool) {
	k2 := skipComma(toks, k)
	if y, ok := yearAt(toks, k2); ok && followsYear(toks, k2) {
		if t, ok := validDay(y, m, d); ok {
			return day(t), k2 + 1, true
		}
		return "", 0, false
	}
	if v, ok := resolveMonthDay(m, d, r); ok {
		return v, k, true
	}
	if _, ok := validDay(2000, m, d); ok {
		return "", k, true
	}
	return "", 0, false
}

// bareYear: "in 2014", "since 2011", "mid-2014".
func bareYear(toks []token, i int) (string, bool) {
	y, ok := yearAt(toks, i)
	if !ok {
		return "", false
	}
	p := i - 1
	if p >= 0 && toks[p].s == "-" && !toks[i].space {
		p--
	}
	if p < 0 || toks[p].kind != word {
		return "", false
	}
	strong, ok := yearTriggers[toks[p].lower]
	if !ok || !strong && (y < 1900 || y > 2099 || y%100 == 0) {
		return "", false
	}
	if i > 0 && (toks[i-1].s == "$" || toks[i-1].s == "€" || toks[i-1].s == "£") {
		return "", false
	}
	if !followsYear(toks, i) {
		return "", false
	}
	return strconv.Itoa(y), true
}

// weekdayExpr: "Monday", "Monday's", "Monday, Dec. 21, 2015"; mod is the
// index of a modifier ("last", "next", "this") or the weekday itself.
func weekdayExpr(toks []token, mod, i int, r refDate) (string, int, bool) {
	t := toks[i]
	wd := weekdays[t.lower]
	if i > 0 && mod == i && toks[i-1].kind == word && weekdayNameBefore[toks[i-1].lower] && capitalized(toks[i-1].s) {
		return "", 0, false
	}
	if i+1 < len(toks) && toks[i+1].kind == word && weekdayNameAfter[toks[i+1].lower] && capitalized(toks[i+1].s) {
		return "", 0, false
	}
	// "Monday, December 21, 2015" / "Monday 21 December 2015"
	j := skipComma(toks, i+1)
	if j < len(toks) {
		if v, k, ok := absoluteAt(toks, j); ok {
			return v, k, true
		}
	}
	if r.prec < 3 {
		return "", i + 1, true
	}
	var d time.Time
	switch toks[mod].lower {
	case "last":
		back := (int(r.t.Weekday()) - int(wd) + 7) % 7
		if back == 0 {
			back = 7
		}
		d = r.t.AddDate(0, 0, -back)
	case "next", "coming":
		fwd := (int(wd) - int(r.t.Weekday()) + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		d = r.t.AddDate(0, 0, fwd)
	case "this":
		d = mondayOf(r.t).AddDate(0, 0, (int(wd)+6)%7)
	default:
		back := (int(r.t.Weekday()) - int(wd) + 7) % 7
		d = r.t.AddDate(0, 0, -back)
	}
	return day(d), i + 1, true
}

// absoluteAt matches a date that needs no reference at token j.
func absoluteAt(toks []token, j int) (string, int, bool) {
	none := refDate{}
	switch toks[j].kind {
	case num:
		if v, k, ok := numericDate(toks, j); ok {
			return v, k, true
		}
		if v, k, ok := dayMonth(toks, j, none); ok && len(v) == 10 {
			return v, k, true
		}
	case word:
		if _, _, ok := monthAt(toks, j); ok {
			if v, k, ok := monthFirst(toks, j, none); ok && len(v) == 10 {
				return v, k, true
			}
		}
	}
	return "", 0, false
}

// relativeExpr: today, yesterday, last week, earlier this year, last Monday...
func relativeExpr(toks []token, i int, r refDate) (string, int, bool) {
	t := toks[i]
	w := t.lower
	next := func(k int) string {
		if k < len(toks) && toks[k].kind == word {
			return toks[k].lower
		}
		return ""
	}
	atStart := func() bool {
		if i == 0 {
			return true
		}
		p := toks[i-1].s
		return p == "." || p == "!" || p == "?" || p == "\"" || p == "“" || p == "‘" || p == "'" || p == "(" || p == ":" || p == "—" || p == "–" || p == "-"
	}
	switch w {
	case "today", "tonight":
		if capitalized(t.s) && !atStart() {
			return "", 0, false // "USA Today", "Russia Today"
		}
		if r.prec < 3 {
			return "", i + 1, true
		}
		return day(r.t), i + 1, true
	case "yesterday":
		if r.prec < 3 {
			return "", i + 1, true
		}
		return day(r.t.AddDate(0, 0, -1)), i + 1, true
	case "tomorrow":
		if r.prec < 3 {
			return "", i + 1, true
		}
		return day(r.t.AddDate(0, 0, 1)), i + 1, true
	case "earlier", "later":
		if next(i+1) == "this" {
			if v, j, ok := unitExpr("this", next(i+2), i+3, r); ok {
				return v, j, true
			}
		}
		if next(i+1) == "today" {
			if r.prec < 3 {
				return "", i + 2, true
			}
			return day(r.t), i + 2, true
		}
	case "so":
		if next(i+1) == "far" && next(i+2) == "this" {
			if v, j, ok := unitExpr("this", next(i+3), i+4, r); ok {
				return v, j, true
			}
		}
	case "last", "this", "next":
		if i > 0 && (toks[i-1].lower == "the" || toks[i-1].lower == "every" || toks[i-1].lower == "each") {
			return "", 0, false // "in the last week" is a duration
		}
		n := next(i + 1)
		if w == "this" && n == "coming" {
			if i+2 < len(toks) {
				if _, ok := weekdays[toks[i+2].lower]; ok && capitalized(toks[i+2].s) {
					return weekdayExpr(toks, i+1, i+2, r)
				}
			}
		}
		if w == "last" && n == "night" {
			if r.prec < 3 {
				return "", i + 2, true
			}
			return day(r.t.AddDate(0, 0, -1)), i + 2, true
		}
		if w == "this" && (n == "morning" || n == "afternoon" || n == "evening") {
			if r.prec < 3 {
				return "", i + 2, true
			}
			return day(r.t), i + 2, true
		}
		if i+1 < len(toks) {
			if _, ok := weekdays[toks[i+1].lower]; ok && capitalized(toks[i+1].s) {
				return weekdayExpr(toks, i, i+1, r)
			}
			if _, ok := months[toks[i+1].lower]; ok && capitalized(toks[i+1].s) && len(toks[i+1].s) >= 3 {
				if v, j, ok := monthFirst(toks, i+1, r); ok {
					return v, j, true
				}
			}
		}
		if v, j, ok := unitExpr(w, n, i+2, r); ok {
			return v, j, true
		}
	}
	return "", 0, false
}

// unitExpr resolves last/this/next + week/weekend/month/year.
func unitExpr(mod, unit string, j int, r refDate) (string, int, bool) {
	need := map[string]int{"week": 3, "weekend": 3, "month": 2, "year": 1}[unit]
	if need == 0 {
		return "", 0, false
	}
	if r.prec < need {
		return "", j, true
	}
	off := map[string]int{"last": -1, "this": 0, "next": 1}[mod]
	switch unit {
	case "week":
		return weekOf(r.t.AddDate(0, 0, 7*off)), j, true
	case "weekend":
		if mod != "last" {
			return "", j, true
		}
		m := mondayOf(r.t)
		return interval(m.AddDate(0, 0, -2), m.AddDate(0, 0, -1)), j, true
	case "month":
		t := time.Date(r.t.Year(), r.t.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, off, 0)
		return month(t), j, true
	default:
		return strconv.Itoa(r.t.Year() + off), j, true
	}
}

// agoExpr: "3 days ago", "two weeks ago", "a year ago".
func agoExpr(toks []token, i int, r refDate) (string, int, bool) {
	if i+2 >= len(toks) || toks[i+2].lower != "ago" {
		return "", 0, false
	}
	var n int
	if toks[i].kind == num {
		v, err := strconv.Atoi(toks[i].s)
		if err != nil || toks[i].ordinal {
			return "", 0, false
		}
		n = v
	} else {
		v, ok := numberWords[toks[i].lower]
		if !ok {
			return "", 0, false
		}
		n = v
	}
	unit := strings.TrimSuffix(toks[i+1].lower, "s")
	need := map[string]int{"day": 3, "week": 3, "month": 2, "year": 1}[unit]
	if need == 0 {
		return "", 0, false
	}
	if n <= 0 || n > 5000 || r.prec < need {
		return "", i + 3, true
	}
	switch unit {
	case "day":
		return day(r.t.AddDate(0, 0, -n)), i + 3, true
	case "week":
		return weekOf(r.t.AddDate(0, 0, -7*n)), i + 3, true
	case "month":
		t := time.Date(r.t.Year(), r.t.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -n, 0)
		return month(t), i + 3, true
	default:
		return strconv.Itoa(r.t.Year() - n), i + 3, true
	}
}

// NumberWord is the value of a spelled-out small number ("four" is 4); a
// vague quantity ("several") or another word is not one.
func NumberWord(w string) (int, bool) {
	v, ok := numberWords[strings.ToLower(w)]
	return v, ok && v > 1 || w == "one"
}
