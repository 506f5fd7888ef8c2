package document

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/loaders/timex"
)

// Line-level rules. All of them see only short lines (maxFurniture), so the
// regular expressions here cost a bounded amount per line.

var (
	// a capitalised name of one to five words ("NBC News", "The Times")
	name            = `(\p{Lu}[\p{L}\p{N}&'’.\-]*(?:\s+(?:of\s+|the\s+|and\s+|&\s+)?\p{Lu}[\p{L}\p{N}&'’.\-]*){0,4})`
	publishedBy     = regexp.MustCompile(`(?:published|originally appeared|first appeared|produced) (?:by|on) (?:the )?` + name)
	selfDescription = regexp.MustCompile(`^` + name + `\s+(?:delivers|provides|brings you|offers|publishes)\b`)
	reportsX        = regexp.MustCompile(`,\s+(?:reports|reported)\s+(?:the\s+)?` + name + `[.!]["”’]?(?:\s|$)`)
	minReadRE       = regexp.MustCompile(`^\d+\s*(?:min|mins|minute|minutes)\s+read$`)
)

// plainText strips markdown, links and URLs and collapses white space; it is
// only used to classify lines, never for body text.
func plainText(t string) string {
	if mayHaveLink(t) {
		links := findLinks(t)
		if len(links) > 0 {
			var b strings.Builder
			last := 0
			for _, l := range links {
				b.WriteString(t[last:l.start])
				b.WriteByte(' ')
				if l.textEnd > l.textStart {
					b.WriteString(t[l.textStart:l.textEnd])
					b.WriteByte(' ')
				}
				last = l.end
			}
			b.WriteString(t[last:])
			t = b.String()
		}
	}
	if strings.ContainsAny(t, "*[]\n") {
		t = strings.Map(func(r rune) rune {
			switch r {
			case '*', '[', ']', '\n':
				return ' '
			}
			return r
		}, t)
	}
	if strings.Contains(t, "  ") {
		t = strings.Join(strings.Fields(t), " ")
	}
	t = strings.TrimSpace(t)
	// leading heading, quote and bullet markers, and underscores used as emphasis
	for {
		u := strings.TrimLeft(t, "#>•·-–—+_ ")
		if u == t {
			break
		}
		t = u
	}
	t = strings.TrimRight(t, "_ ")
	return t
}

// link is a markdown link (text kept), an <http://…> link or a bare URL
// (nothing kept) found in a string.
type link struct {
	start, end         int
	textStart, textEnd int // markdown link text; empty for URLs
	url                bool
	tag                bool // an HTML tag, not a link
}

// mayHaveLink is a cheap test before findLinks.
func mayHaveLink(t string) bool {
	return strings.Contains(t, "<") || strings.Contains(t, "](") || strings.Contains(t, "://") || strings.Contains(t, "www.") ||
		strings.Contains(t, "WWW.") || strings.Contains(t, "mailto:")
}

// findLinks scans t once for links; every look-ahead is bounded.
func findLinks(t string) []link {
	var out []link
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '[', '!':
			j := i
			if t[i] == '!' {
				if i+1 >= len(t) || t[i+1] != '[' {
					continue
				}
				j = i + 1
			}
			if end, close, ok := mdLink(t, j, len(t)); ok {
				l := link{start: i, end: end}
				if t[i] == '[' {
					l.textStart, l.textEnd = j+1, close
				}
				out = append(out, l)
				i = end - 1
			}
		case '<':
			if end, ok := angleURL(t, i, len(t)); ok {
				out = append(out, link{start: i, end: end, url: true})
				i = end - 1
			} else if end := tagEnd(t, i, len(t)); end > i {
				out = append(out, link{start: i, end: end, tag: true})
				i = end - 1
			}
		case 'h', 'H', 'w', 'W':
			if i == 0 || t[i-1] == ' ' || t[i-1] == '(' || t[i-1] == '"' || t[i-1] == '\n' {
				if end := urlEnd(t, i, len(t)); end > i {
					out = append(out, link{start: i, end: end, url: true})
					i = end - 1
				}
			}
		}
	}
	return out
}

func hasLink(t string) bool {
	if !mayHaveLink(t) {
		return false
	}
	for _, l := range findLinks(t) {
		if !l.tag {
			return true
		}
	}
	return false
}

// linkOnly: the line is nothing but links (a list of related articles).
func linkOnly(t string) bool {
	if !mayHaveLink(t) {
		return false
	}
	links := findLinks(t)
	if !hasLink(t) {
		return false
	}
	var rest strings.Builder
	last := 0
	for _, l := range links {
		rest.WriteString(t[last:l.start])
		last = l.end
	}
	rest.WriteString(t[last:])
	return isSeparator(strings.TrimSpace(rest.String()))
}

// endsWithLink: the line ends with a URL (bare or <…>); before is the text
// in front of it.
func endsWithLink(t string) (before string, ok bool) {
	if !mayHaveLink(t) {
		return "", false
	}
	t = strings.TrimRight(t, " ")
	links := findLinks(t)
	for k := len(links) - 1; k >= 0; k-- {
		l := links[k]
		if !l.url {
			continue
		}
		if strings.TrimRight(t[l.end:], ")]> ") == "" {
			b := strings.TrimRight(t[:l.start], " :-–—|([")
			return plainText(b), true
		}
		break
	}
	return "", false
}

// endsTerminal: the text ends a sentence (., !, ?, …), allowing closing
// quotes, brackets and emphasis marks after the punctuation.
func endsTerminal(t string) bool {
	t = strings.TrimRight(t, " \n\"'”’»)]*_")
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

func startsWithBullet(t string) bool {
	for _, m := range []string{"- ", "* ", "+ ", "• ", "· ", "– ", "— "} {
		if strings.HasPrefix(t, m) {
			return true
		}
	}
	return false
}

func startsLower(t string) bool {
	t = strings.TrimLeft(t, " *_\"'“‘(")
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// isSeparator: a line of rule characters only ("---", "-", "•", "* * *").
func isSeparator(t string) bool {
	for _, r := range t {
		if !strings.ContainsRune("-–—_*=•·~#|.+ ", r) {
			return false
		}
	}
	return true
}

var teaserPrefixes = []string{
	"read more", "read also", "also read", "read:", "read next", "related:", "related articles",
	"related stories", "related coverage", "related content", "related news", "related reading",
	"related posts", "related topics", "related link", "see also", "more:", "more on this", "more from",
	"watch:", "watch video", "video:", "listen:", "recommended", "you may also like",
	"you might also like", "you may be interested", "most read", "editor's pick", "editors' picks",
	"editor’s pick", "top stories", "trending:", "continue reading", "keep reading", "click to read",
	"further reading", "explore more", "latest:", "also on ", "don't miss", "don’t miss",
}

func teaser(lower string) string {
	for _, pre := range teaserPrefixes {
		if strings.HasPrefix(lower, pre) {
			return rTeaser
		}
	}
	return ""
}

func hasAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

func hasPrefixAny(s string, pres ...string) bool {
	for _, x := range pres {
		if strings.HasPrefix(s, x) {
			return true
		}
	}
	return false
}

// hasAnyWord: one of the words occurs as a whole word (or its plural).
func hasAnyWord(s string, words ...string) bool {
	fields := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, f := range fields {
		for _, w := range words {
			if f == w || f == w+"s" {
				return true
			}
		}
	}
	return false
}

// uiLabels are whole lines (lower case) that are page chrome.
var uiLabels = map[string]bool{
	"exit mobile version": true, "author": true, "authors": true, "skip to content": true,
	"skip to main content": true, "menu": true, "home": true, "search": true,
	"advertisement": true, "advertising": true, "sponsored": true, "sponsored content": true,
	"comments": true, "comment": true, "share": true, "share this": true, "share this article": true,
	"share article": true, "tweet": true, "print": true, "email": true, "e-mail": true, "close": true,
	"toggle navigation": true, "loading": true, "loading...": true, "back to top": true, "top": true,
	"next": true, "previous": true, "next article": true, "previous article": true, "more": true,
	"listen": true, "listen to this article": true, "watch": true, "video": true, "photos": true,
	"gallery": true, "related": true, "latest": true, "latest news": true, "most popular": true,
	"trending": true, "trending now": true, "click to enlarge": true, "enlarge": true,
	"enlarge this image": true, "view comments": true, "leave a comment": true, "no comments": true,
	"reply": true, "facebook": true, "twitter": true, "whatsapp": true, "linkedin": true,
	"telegram": true, "reddit": true, "pinterest": true, "copy link": true, "copied": true,
	"save": true, "bookmark": true, "follow": true, "subscribe": true, "sign in": true, "log in": true,
	"login": true, "register": true, "up next": true, "show more": true, "see more": true,
	"load more": true, "tags": true, "topics": true, "print this page": true, "font size": true,
	"audio": true, "podcast": true, "breaking news": true, "open in app": true, "go to comments": true,
}

// promo recognises promotional and boilerplate lines by keywords. term
// says whether the line ends like a sentence.
func promo(lower string, term bool) string {
	lower = strings.TrimLeft(lower, "(\"“ ")
	switch {
	case uiLabels[strings.TrimRight(lower, ".:!")], len(lower) < 20 && minReadRE.MatchString(lower):
		return rFurniture
	case hasPrefixAny(lower, "sign up", "signup", "sign-up", "subscribe", "register now", "register for free",
		"get our ", "join our ", "follow us", "follow @", "like us on", "download our", "download the app",
		"get the app", "get the latest", "never miss", "receive our", "want more", "enjoyed this"):
		return rPromo
	case hasPrefixAny(lower, "copyright ", "(c) ", "share this", "share on ", "share via", "comments (",
		"posted in ", "filed under", "tags:", "topics:", "categories:", "category:", "keywords:",
		"this story has been", "this article has been", "this article was first published", "this article first appeared",
		"this article originally", "this story originally", "this article was originally", "a version of this"):
		return rFurniture
	case !hasTrigger(lower, promoTriggers):
		// none of the keywords below can match
	case strings.Contains(lower, "newsletter") &&
		(!term || strings.Contains(lower, "newsletter:") || hasAny(lower, "sign up", "subscribe", "inbox", "e-mail", "email", "delivered to", "straight to")):
		return rPromo
	case hasAny(lower, "subscribe to our", "subscribe to get", "subscribe to receive", "subscribe to read",
		"subscribe to continue", "subscribe now", "subscribe today", "subscribe here", "subscribe for free",
		"click to subscribe", "please subscribe", "subscribers only", "subscriber-only", "subscriber only",
		"subscription required", "free trial", "unlimited access", "premium content", "already a subscriber",
		"become a member", "support our journalism", "support independent journalism", "freely available",
		"free to read", "this article is free", "log in to ", "sign in to ", "create an account",
		"click here", "tap here", "turn off your ad blocker", "disable your ad blocker", "whitelist"):
		return rPromo
	case hasAny(lower, "all rights reserved", "©", "may not be reproduced", "may not be published, broadcast",
		"terms of use", "terms of service", "terms and conditions", "privacy policy", "cookie policy",
		"we use cookies", "uses cookies", "accept cookies", "cookie settings", "use of cookies"),
		hasAny(lower, "republishing", "republication", "to republish", "republish this") &&
			hasAny(lower, "this content", "this article", "our content", "please", "learn more", "fees", "licen", "contact"):
		return rBoiler
	}
	return ""
}

// promoTriggers: every keyword test in promo (after the prefix tests)
// contains one of these words, so a line without any is skipped cheaply.
var promoTriggers = map[string]bool{
	"newsletter": true, "newsletters": true, "subscribe": true, "subscribers": true, "subscriber": true,
	"subscription": true, "trial": true, "access": true, "premium": true, "member": true,
	"journalism": true, "freely": true, "free": true, "log": true, "sign": true, "account": true,
	"click": true, "tap": true, "blocker": true, "whitelist": true, "reserved": true, "reproduced": true,
	"published": true, "terms": true, "privacy": true, "cookie": true, "cookies": true,
	"republishing": true, "republication": true, "republish": true,
}

var photoTriggers = map[string]bool{
	"getty": true, "photo": true, "reuters": true, "afp": true, "epa": true, "shutterstock": true, "ap": true,
}

// hasTrigger: one of the words occurs in s (words are runs of letters);
// a copyright sign always triggers.
func hasTrigger(s string, words map[string]bool) bool {
	start := -1
	for i := 0; i <= len(s); i++ {
		letter := i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z')
		if letter && start < 0 {
			start = i
		}
		if !letter && start >= 0 {
			if words[s[start:i]] {
				return true
			}
			start = -1
		}
		if i < len(s) && s[i] == 0xC2 && i+1 < len(s) && s[i+1] == 0xA9 { // ©
			return true
		}
	}
	return false
}

func credits(lower string) bool {
	lower = strings.TrimLeft(lower, "(")
	return hasPrefixAny(lower, "reporting by", "additional reporting", "writing by", "editing by",
		"edited by", "compiled by", "translated by", "produced by", "with reporting from",
		"reporting from", "contributing:", "contributors:", "(reporting")
}

func photoCaption(lower string, words int) bool {
	if hasPrefixAny(lower, "photo:", "photo credit", "photo by", "photo courtesy", "photos:", "image:", "image caption",
		"image copyright", "image source", "image credit", "picture:", "pictured:", "photograph:", "caption:",
		"credit:", "file photo", "(file photo", "(photo", "illustration:") {
		return true
	}
	return words <= 25 && hasTrigger(lower, photoTriggers) && hasAny(lower, "getty images", "ap photo", "afp photo", "reuters/", "/reuters",
		"afp/", "/afp", "via getty", "(photo:", "(photo by", "/ap photo", "epa/", "/epa", "shutterstock")
}

// splitMeta cuts a header line into pieces at "|", "•", "·" and spaced dashes.
func splitMeta(s string) []string {
	s = strings.NewReplacer("|", "\x00", "•", "\x00", "·", "\x00", " — ", "\x00", " – ", "\x00", " - ", "\x00").Replace(s)
	var out []string
	for _, x := range strings.Split(s, "\x00") {
		if x = strings.Trim(x, " ,;"); x != "" {
			out = append(out, x)
		}
	}
	return out
}

var dateWords = map[string]bool{
	"published": true, "updated": true, "posted": true, "last": true, "first": true, "modified": true,
	"on": true, "at": true, "date": true, "time": true, "created": true, "edited": true, "am": true,
	"pm": true, "a": true, "m": true, "p": true, "gmt": true, "utc": true, "et": true, "est": true,
	"edt": true, "bst": true, "cet": true, "cest": true, "msk": true, "pst": true, "pdt": true,
	"ist": true, "z": true, "t": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true, "mon": true, "tue": true,
	"tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true,
	"sun": true, "local": true, "eet": true, "eest": true, "ast": true, "aest": true, "jst": true,
	"hkt": true, "sgt": true, "cst": true, "cdt": true, "mst": true, "mdt": true, "pt": true, "ct": true,
}

var timeTokenRE = regexp.MustCompile(`^[tz]?\d{1,4}(?:h\d{0,2})?z?$`)

// dateSegment: a piece of a header line that is a publication date, with
// optional labels, weekday and time: "Published: Monday 21 December 2015
// 10.45 GMT", "• 27/11/2015", "Updated Dec. 21, 2015 5:03 p.m. ET".
func dateSegment(s string) (string, int, bool) {
	if len(s) > 120 {
		return "", 0, false
	}
	ds := timex.Find(s, "")
	var val string
	var rest strings.Builder
	last := 0
	for _, d := range ds {
		if len(d.Value) != 10 || val != "" {
			return "", 0, false
		}
		val = d.Value
		rest.WriteString(s[last:d.Start])
		rest.WriteByte(' ')
		last = d.End
	}
	if val == "" {
		return "", 0, false
	}
	rest.WriteString(s[last:])
	for _, w := range strings.FieldsFunc(strings.ToLower(rest.String()), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if !dateWords[w] && !timeTokenRE.MatchString(w) {
			return "", 0, false
		}
	}
	lower := strings.ToLower(s)
	kind := 1
	switch {
	case hasAny(lower, "updated", "modified", "edited"):
		kind = 2
	case hasAny(lower, "published", "posted", "created"):
		kind = 0
	}
	return val, kind, true
}

var nameConnectors = map[string]bool{
	"and": true, "&": true, "de": true, "van": true, "von": true, "der": true, "den": true,
	"al": true, "bin": true, "ibn": true, "el": true, "la": true, "le": true, "du": true, "da": true,
	"dos": true, "das": true, "di": true, "del": true, "y": true, "ter": true, "ben": true,
}

// bylineSegment: "By Elizabeth Pineau and Denis Pinchuk[, Staff Writer][,
// 21 Dec 2015]". It returns the names and any dates.
func bylineSegment(s string) (string, []dateCand, bool) {
	if len(s) > 160 {
		return "", nil, false
	}
	lower := strings.ToLower(s)
	var rest string
	for _, pre := range []string{"by ", "written by ", "words by ", "story by ", "text by ", "by: "} {
		if strings.HasPrefix(lower, pre) {
			rest = strings.TrimSpace(s[len(pre):])
			break
		}
	}
	if rest == "" {
		return "", nil, false
	}
	parts := strings.Split(rest, ",")
	var names []string
	var dates []dateCand
	for i, part := range parts {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if isNameList(part) && (i == 0 || len(dates) == 0 && !isPlaceLike(part)) {
			names = append(names, part)
			continue
		}
		if i == 0 {
			return "", nil, false
		}
		if v, k, ok := dateSegment(part); ok {
			dates = append(dates, dateCand{v, k})
			continue
		}
		// a role or place: "Staff Writer", "Moscow correspondent", "in Kabul"
		if endsTerminal(part) || len(strings.Fields(part)) > 5 {
			return "", nil, false
		}
	}
	if len(names) == 0 {
		return "", nil, false
	}
	return strings.Join(names, ", "), dates, true
}

func isPlaceLike(s string) bool { return len(strings.Fields(s)) == 1 }

// isNameList: capitalised words and connectors only ("Jean-Yves Le Drian and
// J. Smith"), not starting with a weekday or month ("By Monday").
func isNameList(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 12 {
		return false
	}
	caps := 0
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ".’'"))
		if nameConnectors[lw] && i > 0 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		if i == 0 && (monthOrDay[lw] || lw == "the" || lw == "then") {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && !strings.ContainsRune(".-'’", c) {
				return false
			}
		}
		caps++
	}
	return caps > 0
}

var monthOrDay = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true,
	"may": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"contrast": true, "now": true, "far": true, "comparison": true, "law": true,
}

// titleKey normalises a line for title comparison: lower case letters and
// digits only.
func titleKey(s string) string {
	s = stripHexID(s)
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
		} else {
			space = true
		}
	}
	return b.String()
}

// hexIDLen: the length of an agency id glued to the start of a paragraph,
// a run of 16+ lower-case hex digits (with digits and letters) followed by
// an upper-case letter, white space or punctuation; or 16+ upper-case hex
// digits followed by white space.
func hexIDLen(b []byte) int {
	n, digits, letters := 0, 0, 0
	for n < len(b) {
		c := b[n]
		if c >= '0' && c <= '9' {
			digits++
		} else if c >= 'a' && c <= 'f' {
			letters++
		} else {
			break
		}
		n++
	}
	if n >= 16 && digits > 0 && letters > 0 && n < len(b) {
		c := b[n]
		if c >= 'A' && c <= 'Z' || c == ' ' || c == ':' || c == '-' || c == '"' || c >= 0x80 {
			return n
		}
	}
	n, digits, letters = 0, 0, 0
	for n < len(b) {
		c := b[n]
		if c >= '0' && c <= '9' {
			digits++
		} else if c >= 'A' && c <= 'F' {
			letters++
		} else {
			break
		}
		n++
	}
	if n >= 16 && digits > 0 && letters > 0 && n < len(b) && b[n] == ' ' {
		return n
	}
	return 0
}

func stripHexID(s string) string {
	if n := hexIDLen([]byte(s)); n > 0 {
		return strings.TrimSpace(s[n:])
	}
	return s
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}
