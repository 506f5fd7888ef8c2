package document

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/loaders/timex"
)

// maxFurniture: lines (and joined paragraphs) longer than this many bytes
// are always body text; only shorter ones are tested as furniture.
const maxFurniture = 600

// timelineEntry: a line that opens with a bare year and a dash or colon
// before a capitalised word ("2008 - Russia invades Georgia") is an entry
// of a timeline, a sentence in the headline style; a date line gives a day
// and month ("6 March 2014 - Last updated").
var timelineEntry = regexp.MustCompile(`^\d{4}\s*[-–—:]\s+\p{Lu}`)

// maxLabelWords: a line without final punctuation and at most this many
// words, outside the title, is a label (section name, author, subheading).
const maxLabelWords = 6

// maxHeader: at most this many lines before the first sentence are looked
// at for the title.
const maxHeader = 40

// Removal reasons.
const (
	rSeparator = "separator"
	rTitle     = "title"
	rDupTitle  = "duplicate title"
	rDateLine  = "date line"
	rByline    = "byline"
	rLabel     = "label"
	rTeaser    = "teaser"
	rLink      = "link"
	rCaption   = "link caption"
	rPromo     = "promo"
	rBoiler    = "boilerplate"
	rFurniture = "furniture"
	rCredits   = "credits"
	rPhoto     = "photo caption"
	rDateline  = "dateline"
	rAgencyID  = "agency id"
	rMarkup    = "markup"
	rURL       = "url"
	rImage     = "image"
	rHTML      = "html tag"
)

type line struct {
	ts, te int    // trimmed extent in the buffer
	reason string // "" unclassified, "blank", or a removal reason
	long   bool   // too long to be furniture
	plain  string // markup stripped, white space collapsed (short lines only)
	lower  string
	words  int
	term   bool // ends with sentence-final punctuation
	bullet bool // starts with a list marker
	runes  int
}

type unit struct {
	first, last int // line indexes
}

type dateCand struct {
	value string
	kind  int // 0 published, 1 plain, 2 updated
}

type parser struct {
	d     *Document
	b     []byte
	lines []line
	dates []dateCand
	// publisher candidates by strength: 0 self-description, 1 "published
	// by", 2 "reports X", 3 dateline agency
	pubs [4]string
	// entEnd maps the start of a decoded HTML entity to its end
	entEnd map[int]int
}

func (p *parser) run() {
	p.splitLines()
	for i := range p.lines {
		p.classify(&p.lines[i])
	}
	p.findTitle()
	units := p.joinUnits()
	p.body(units)
	p.pickDate()
	p.pickPublisher()
	p.finish()
}

func (p *parser) splitLines() {
	b := p.b
	p.lines = make([]line, 0, bytes.Count(b, []byte{'\n'})+1)
	for s := 0; s <= len(b); {
		e := s
		for e < len(b) && b[e] != '\n' {
			e++
		}
		ts, te := s, e
		for ts < te && b[ts] == ' ' {
			ts++
		}
		for te > ts && b[te-1] == ' ' {
			te--
		}
		l := line{ts: ts, te: te}
		if ts == te {
			l.reason = "blank"
		}
		p.lines = append(p.lines, l)
		if e == len(b) {
			break
		}
		s = e + 1
	}
}

func (p *parser) text(l *line) string { return string(p.b[l.ts:l.te]) }

// classify sets the per-line features and catches the furniture that can be
// told from one line alone.
func (p *parser) classify(l *line) {
	if l.reason == "blank" {
		return
	}
	if l.te-l.ts > maxFurniture {
		l.long = true
		tail := p.b[max(l.ts, l.te-16):l.te]
		l.term = endsTerminal(string(tail))
		return
	}
	t := p.text(l)
	l.plain = plainText(t)
	l.lower = strings.ToLower(l.plain)
	l.words = countWords(l.plain)
	l.term = endsTerminal(t)
	l.runes = utf8.RuneCountInString(t)
	l.bullet = startsWithBullet(t)
	if l.plain == "" || isSeparator(t) {
		switch {
		case strings.HasPrefix(t, "![") && hasLink(t):
			l.reason = rImage
		case hasLink(t):
			l.reason = rLink
		case strings.Contains(t, "<"):
			l.reason = rHTML
		default:
			l.reason = rSeparator
		}
		return
	}
	if isNavigation(l.plain) {
		l.reason = rFurniture
		return
	}
	if r := p.lineFurniture(t, l); r != "" {
		l.reason = r
		return
	}
	if r := p.metaLine(l.plain); r != "" {
		l.reason = r
	}
}

// lineFurniture tests one short line (t is its text, l its features).
func (p *parser) lineFurniture(t string, l *line) string {
	lower := l.lower
	if r := teaser(lower); r != "" {
		if m := publishedBy.FindStringSubmatch(l.plain); m != nil {
			p.setPub(1, m[1])
		}
		return r
	}
	if linkOnly(t) {
		if strings.HasPrefix(t, "![") {
			return rImage
		}
		return rLink
	}
	if before, ok := endsWithLink(t); ok {
		if before == "" {
			return rLink
		}
		if !endsTerminal(before) && l.words <= 30 {
			return rCaption
		}
	}
	if r := promo(lower, l.term); r != "" {
		if m := selfDescription.FindStringSubmatch(l.plain); m != nil && hasAnyWord(lower, "coverage", "news", "journalism", "reporting", "analysis") {
			p.setPub(0, m[1])
		}
		if m := publishedBy.FindStringSubmatch(l.plain); m != nil {
			p.setPub(1, m[1])
		}
		return r
	}
	if credits(lower) {
		return rCredits
	}
	if photoCaption(lower, l.words) {
		return rPhoto
	}
	return ""
}

// metaLine recognises date lines and bylines, possibly several pieces
// joined by separators: "By Jane Doe | Published: 21 Dec 2015, 10:45".
func (p *parser) metaLine(plain string) string {
	if timelineEntry.MatchString(plain) {
		return ""
	}
	if len(plain) > 200 || !hasYear(plain) && !strings.HasPrefix(strings.ToLower(plain), "by") &&
		!hasPrefixAny(strings.ToLower(plain), "written", "words", "story", "text") {
		return ""
	}
	segs := splitMeta(plain)
	var dates []dateCand
	byline := ""
	labels := 0
	for _, s := range segs {
		if v, k, ok := dateSegment(s); ok {
			dates = append(dates, dateCand{v, k})
			continue
		}
		if names, ds, ok := bylineSegment(s); ok {
			if byline == "" {
				byline = names
			}
			dates = append(dates, ds...)
			continue
		}
		if len(segs) > 1 && !endsTerminal(s) && len(strings.Fields(s)) <= 4 {
			labels++
			continue
		}
		return ""
	}
	if len(dates) == 0 && byline == "" {
		return ""
	}
	p.dates = append(p.dates, dates...)
	if byline != "" {
		if p.d.Byline == "" {
			p.d.Byline = byline
		}
		return rByline
	}
	return rDateLine
}

// findTitle finds the headline among the lines before the first sentence
// (the first headline-like line of four words or more, else the first of two
// or three), marks the other short lines there as labels, and marks repeats
// of the title anywhere.
func (p *parser) findTitle() {
	keys := map[string]bool{}
	if p.d.Title != "" {
		keys[titleKey(p.d.Title)] = true
	}
	var header []int
	for i := range p.lines {
		l := &p.lines[i]
		if l.reason != "" {
			continue
		}
		if l.long || l.term && l.words >= 5 || l.words >= 20 || len(header) >= maxHeader {
			break // the first sentence: the header is over
		}
		header = append(header, i)
	}
	title := -1
	for _, i := range header { // the metadata title, when it is there
		if keys[titleKey(p.lines[i].plain)] {
			title = i
			break
		}
	}
	for _, short := range []bool{false, true} {
		for _, i := range header {
			if title >= 0 {
				break
			}
			l := &p.lines[i]
			if headline(l) && (short || l.words >= 4) {
				title = i
			}
		}
	}
	if title >= 0 {
		l := &p.lines[title]
		l.reason = rTitle
		if l.te > l.ts && l.te <= len(p.b) {
			p.d.titleSpan = Paragraph{Start: l.ts, End: l.te}
			p.d.titleText = headlineText(p.b[l.ts:l.te])
		}
		if p.d.Title == "" {
			p.d.Title = stripHexID(l.plain)
		}
		keys[titleKey(p.d.Title)] = true
		keys[titleKey(l.plain)] = true
	}
	for _, i := range header {
		l := &p.lines[i]
		switch {
		case l.reason != "":
		case keys[titleKey(l.plain)]:
			l.reason = rDupTitle
		case p.loneDateline(l):
			l.reason = rDateline
		case !l.term && l.words <= maxLabelWords && !timelineEntry.MatchString(l.plain):
			l.reason = rLabel
		}
	}
	minLen, maxLen := 1<<30, 0
	for k := range keys {
		minLen, maxLen = min(minLen, len(k)), max(maxLen, len(k))
	}
	for i := range p.lines {
		l := &p.lines[i]
		if l.reason == "" && !l.long && l.words >= 2 && len(l.plain) >= minLen && len(l.plain) <= 2*maxLen+8 &&
			keys[titleKey(l.plain)] {
			l.reason = rDupTitle
		}
	}
}

// headline: a short line without a final period that reads like a title.
func headline(l *line) bool {
	if l.long || l.words < 2 || l.words > 30 || len(l.plain) > 300 {
		return false
	}
	s := strings.TrimRight(l.plain, " \"'”’»)")
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, ":") || strings.HasSuffix(s, ",") || strings.HasSuffix(s, ";") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(stripHexID(l.plain))
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"'“‘«", r) {
		return false
	}
	if l.words >= 4 {
		return true
	}
	// two or three words: only with a lower-case content word ("Putin
	// meets Hollande"), not a Title Case label ("International Link")
	for _, w := range strings.Fields(l.plain) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && utf8.RuneCountInString(w) >= 3 && !functionWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

var functionWords = map[string]bool{
	"the": true, "and": true, "for": true, "von": true, "van": true, "der": true,
	"des": true, "del": true, "los": true, "las": true, "with": true, "from": true,
}

// joinUnits groups the unclassified lines into paragraphs. Lines are joined
// when a line break is a soft wrap: in a hard-wrapped file (most lines that
// are followed by another line end without punctuation) any line not ending
// a sentence, or filled to the wrap width, continues into the next; in other
// files only a line without final punctuation followed by one starting in
// lower case.
func (p *parser) joinUnits() []unit {
	ls := p.lines
	cands, open, width := 0, 0, 0
	for i := 0; i+1 < len(ls); i++ {
		if ls[i].reason != "" || ls[i+1].reason != "" {
			continue
		}
		cands++
		if !ls[i].term && (ls[i].long || ls[i].runes >= 30) {
			open++
			width = max(width, ls[i].runes)
		}
	}
	wrapped := open >= 3 && open*2 >= cands
	var units []unit
	for i := 0; i < len(ls); i++ {
		if ls[i].reason != "" {
			continue
		}
		u := unit{first: i, last: i}
		for u.last+1 < len(ls) && ls[u.last+1].reason == "" && !ls[u.last+1].bullet {
			a, b := &ls[u.last], &ls[u.last+1]
			join := false
			switch {
			case wrapped:
				join = !a.term || !a.long && a.runes >= width-15
			default:
				join = !a.term && startsLower(string(p.b[b.ts:min(b.te, b.ts+16)]))
			}
			if !join {
				break
			}
			u.last++
		}
		units = append(units, u)
		i = u.last
	}
	return units
}

// body classifies the units and cleans the body paragraphs.
func (p *parser) body(units []unit) {
	d := p.d
	datelineTries := 0
	for _, u := range units {
		first, last := &p.lines[u.first], &p.lines[u.last]
		s, e := first.ts, last.te
		if u.first == u.last {
			if r := p.unitLabel(first); r != "" {
				first.reason = r
				continue
			}
		} else if e-s <= maxFurniture {
			t := plainText(string(p.b[s:e]))
			lower := strings.ToLower(t)
			if r := promo(lower, endsTerminal(t)); r != "" {
				for k := u.first; k <= u.last; k++ {
					p.lines[k].reason = r
				}
				continue
			}
		}
		p.inline(s, e)
		s, e = p.trim(s, e)
		if s >= e {
			continue
		}
		if p.entEnd != nil { // do not end inside an entity ("said.&quot;")
			for k := e - 1; k >= max(s, e-8); k-- {
				if end, ok := p.entEnd[k]; ok {
					e = max(e, end)
					break
				}
			}
		}
		// agency hash glued to the start, then a dateline
		if n := hexIDLen(p.b[s:e]); n > 0 {
			p.blank(s, s+n, rAgencyID)
			s, e = p.trim(s+n, e)
		}
		if datelineTries < 2 && d.Dateline == "" {
			datelineTries++
			if n, text, agency, ok := parseDateline(string(p.b[s:min(e, s+200)]), datelineTries > 1); ok {
				d.Dateline = text
				p.datelineDate(text)
				if agency != "" {
					p.setPub(3, agency)
				}
				_, de := p.trim(s, s+n)
				p.blank(s, s+n, "")
				d.remove(s, de, rDateline)
				s, e = p.trim(s+n, e)
				datelineTries = 2
			}
		}
		if s >= e {
			continue
		}
		if len(d.Paragraphs) < 3 && e-s < 4000 {
			t := string(p.b[s:e])
			if m := reportsX.FindStringSubmatch(t); m != nil {
				p.setPub(2, m[1])
			}
		}
		d.Paragraphs = append(d.Paragraphs, Paragraph{Start: s, End: e})
	}
	for i := range p.lines {
		l := &p.lines[i]
		if l.reason != "" && l.reason != "blank" {
			d.remove(l.ts, l.te, l.reason)
		}
	}
}

// unitLabel is the last chance to drop a one-line unit: a lone dateline, or a
// short line that is not a sentence.
func (p *parser) unitLabel(l *line) string {
	if l.long {
		return ""
	}
	if p.loneDateline(l) {
		return rDateline
	}
	if !l.term && !l.bullet && l.words <= maxLabelWords && !timelineEntry.MatchString(l.plain) {
		return rLabel
	}
	if !l.term && l.words <= 12 && isAllCaps(l.plain) {
		return rLabel
	}
	return ""
}

// loneDateline: a line that is nothing but a dateline ("ABUJA —").
func (p *parser) loneDateline(l *line) bool {
	if l.long {
		return false
	}
	t := p.text(l)
	n, text, agency, ok := parseDateline(t, false)
	if !ok || n < len(strings.TrimRight(t, " ")) {
		return false
	}
	if p.d.Dateline == "" {
		p.d.Dateline = text
		p.datelineDate(text)
		if agency != "" {
			p.setPub(3, agency)
		}
	}
	return true
}

// blank overwrites b[s:e] with spaces and records the removal (if reason
// is not empty).
func (p *parser) blank(s, e int, reason string) {
	if e <= s {
		return
	}
	for k := s; k < e; k++ {
		if p.b[k] != '\n' {
			p.b[k] = ' '
		}
	}
	if reason != "" {
		p.d.remove(s, e, reason)
	}
}

// trim narrows [s, e) to its non-blank part.
func (p *parser) trim(s, e int) (int, int) {
	for s < e && (p.b[s] == ' ' || p.b[s] == '\n') {
		s++
	}
	for e > s && (p.b[e-1] == ' ' || p.b[e-1] == '\n') {
		e--
	}
	return s, e
}

func (p *parser) setPub(strength int, name string) {
	name = strings.TrimSpace(strings.TrimRight(name, ".,;: "))
	if name != "" && p.pubs[strength] == "" {
		p.pubs[strength] = name
	}
}

func (p *parser) pickPublisher() {
	if p.d.Publisher != "" {
		return
	}
	for _, s := range p.pubs {
		if s != "" {
			p.d.Publisher = s
			return
		}
	}
}

// datelineDate takes a full date from a dateline ("CAIRO, Aug 26, 2014
// (Reuters)") as a plain date line would be taken; a date without a year
// ("MOSCOW, Nov 30") says nothing certain and is left out.
func (p *parser) datelineDate(text string) {
	for _, d := range timex.Find(text, "") {
		if len(d.Value) == len("2006-01-02") {
			p.dates = append(p.dates, dateCand{d.Value, 1})
			return
		}
	}
}

// pickDate: a "Published" date first, then a plain date line, then an
// "Updated" one; the first of each kind.
func (p *parser) pickDate() {
	if p.d.Date != "" {
		return
	}
	for kind := 0; kind <= 2; kind++ {
		for _, c := range p.dates {
			if c.kind == kind {
				p.d.Date = c.value
				return
			}
		}
	}
}

// hasYear: a run of four digits, which every full date has.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

func countWords(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' '
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// isNavigation: a breadcrumb or menu, "Home | World | Asia", "News > Europe".
func isNavigation(plain string) bool {
	if len(plain) > 200 {
		return false
	}
	segs := strings.FieldsFunc(plain, func(r rune) bool { return r == '|' || r == '»' || r == '>' || r == '›' })
	if len(segs) < 3 {
		return false
	}
	for _, s := range segs {
		if countWords(strings.TrimSpace(s)) > 3 {
			return false
		}
	}
	return true
}

// headlineText blanks the markup a headline line may carry ("# Title",
// "**Title**") so that only its words are read.
func headlineText(b []byte) string {
	out := []byte(string(b))
	for i, c := range out {
		switch c {
		case '#', '*', '_', '=', '\n', '\r', '\t':
			out[i] = ' '
		}
	}
	return string(out)
}
