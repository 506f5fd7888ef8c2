// Package document turns the raw bytes of a scraped news article into a
// cleaned Document: title, byline, dateline, publication date, publisher and
// the body paragraphs, with every piece of page furniture that was dropped
// listed in Removed. It is the first stage of the extraction pipeline.
//
// # Offsets
//
// All offsets (Paragraph, Removal) are byte offsets into Source.Raw, the
// original bytes. Cleaning never moves a byte: Text(p) returns the cleaned
// text of a paragraph with exactly p.End-p.Start bytes, byte i of it standing
// for Raw[p.Start+i]. Markup is removed by overwriting it with ASCII spaces
// of the same length:
//
//	*"We will go," he said.*   ->   ` "We will go," he said. `  (then trimmed)
//	[text](http://x.y/z)       ->   ` text               `
//	[READ MORE: x](#)          ->   all spaces (a teaser)
//	<http://bit.ly/x>          ->   all spaces
//	&quot;                     ->   `"     ` (a paragraph may end with such padding,
//	                                   so that it never ends inside an entity)
//
// and likewise for invalid UTF-8 bytes, control characters, carriage
// returns, tabs and the Unicode spaces (no-break space, thin space, zero-width
// space, byte order mark), each replaced by as many ASCII spaces as it has
// bytes. A soft line break inside a paragraph becomes a space. So a sentence
// splitter can work on Text(p) and add p.Start to any offset it finds to get
// back to the original file; Body() gives the whole file's cleaned body text
// (everything that is not body blanked, newlines kept) with the same
// property. Paragraph bounds are trimmed so that neither end is blank,
// except for the padding of a decoded entity at the end.
//
// # Rules
//
// Lines are classified one by one (lines over 600 bytes are always body),
// then the rest are grouped into paragraphs. Everything is by general rule,
// no publisher-specific patterns:
//
//   - Separators (---, -, •, * * *), link-only lines, image lines, HTML-only
//     lines and breadcrumbs ("Home | World | Asia") are dropped.
//   - Teasers: lines starting "Read more", "READ MORE:", "Related:", "See
//     also", "Most read", "Watch:", ...; a caption ending in a URL ("Meeting
//     with X <http://bit.ly/..>") when the text before it is not a sentence.
//   - Promotions and boilerplate by keywords: sign up / subscribe /
//     newsletter (a news sentence that merely mentions a newsletter stays),
//     republishing, cookies, all rights reserved, ©, terms of use, follow
//     us, share this, click here, "freely available", page-chrome labels
//     ("Exit mobile version", "Author", "Advertisement", "1 min read").
//   - Credits ("Reporting by ...; Editing by ...") and photo captions
//     ("Photograph: X/Getty Images").
//   - Header lines made of a date with optional labels, weekday and time
//     ("• 27/11/2015", "Published: Monday 21 December 2015 10.45 GMT",
//     "Updated Dec. 21, 2015 5:03 PM ET") are date lines; bylines ("By A and
//     B", "Written by A, Moscow correspondent, 12 January 2022"), possibly
//     joined with dates by "|" or "•". The date is the first "Published"
//     date, else the first plain date line, else the first "Updated" one;
//     dates inside sentences are never used. Numeric dates are read as
//     dd/mm/yyyy unless the second field is over 12 (see package timex).
//   - Title: among the lines before the first sentence (at most 40), the
//     first headline-like line (no final period, at most 30 words, starting
//     with a capital) of four words or more, else one of two or three words
//     with a lower-case content word; repeats of the title are dropped
//     anywhere. The other short non-sentences there are labels (section
//     names, author names).
//   - Later short lines without final punctuation (at most 6 words, not
//     list items) and all-capitals lines are labels (subheadings, "La
//     rédaction de X").
//   - Paragraphs are blank-line or line separated. Lines inside a block are
//     joined when the break is a soft wrap: in a hard-wrapped file (most
//     lines followed by another end without punctuation) every line not
//     ending a sentence or filled to the wrap width; elsewhere only a line
//     without final punctuation followed by one starting in lower case.
//   - Inside paragraphs: list, quote and heading markers, *emphasis* and
//     _emphasis_ (CommonMark-style flanking, never inside a word),
//     [text](url) (text kept; teasers dropped whole), images, <http://…>,
//     bare URLs, HTML tags and a few entities.
//   - An agency id glued to the start of a paragraph (16+ hex digits:
//     "56785aabc46188977d8b457aKABUL:") is dropped, then a dateline at the
//     start of the first paragraph ("MOSCOW (Reuters) -", "PARIS, Dec 21
//     (AFP) —", "KABUL: (MEP)", a lone "ABUJA —" line; in the second
//     paragraph only with an agency or a date) goes to Dateline.
//   - Publisher, when the metadata has none, from an explicit credit only,
//     strongest first: a boilerplate self-description ("Middle East Eye
//     delivers independent ... coverage"), "published by X" in a furniture
//     line, ", reports X." in the first three paragraphs, the dateline's
//     agency ("(Reuters)"). Otherwise it stays empty.
//
// # Errors
//
// Empty (or all white space) input gives an empty Document and no error.
// Input with a NUL byte, a UTF-16 byte order mark, or more than 30% control
// or invalid bytes is rejected with an error wrapping ErrBinary. Invalid
// UTF-8 in otherwise textual input is repaired (each bad byte becomes a space
// in the cleaned text) and reported in Warnings with its byte offset.
//
// All the work is linear in the input size: lines longer than a few hundred
// bytes are taken as body text without any furniture test, and every scan
// over markup is bounded.
package document

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/loaders/source"
	"github.com/kg-project/kg/loaders/timex"
)

// ErrBinary is wrapped by the error Parse returns for input that is not text.
var ErrBinary = errors.New("binary file")

// Paragraph is one body paragraph: Raw[Start:End] in the original bytes.
type Paragraph struct{ Start, End int }

// Removal is a piece of the original bytes that is not body text, and why.
type Removal struct {
	Start, End int
	Reason     string
}

// Document is a cleaned article.
type Document struct {
	ID        string
	Title     string // headline; Meta.Title when given
	Byline    string // "Elizabeth Pineau and Denis Pinchuk" (without "By")
	Publisher string // Meta.Publisher, or an explicit credit in the text; never guessed
	Dateline  string // "MOSCOW (Reuters)", "KABUL: (MEP)" - taken off the first paragraph
	Date      string // publication date YYYY-MM-DD; Meta.Date when given; "" when unknown
	URL       string

	Raw        []byte      // the original bytes
	Paragraphs []Paragraph // body paragraphs only, in order
	Removed    []Removal   // what was dropped and why, in order of Start
	Warnings   []string    // e.g. "invalid UTF-8 repaired at byte 1234"

	clean []byte // len(Raw): cleaned body text, everything else blanked

	// The headline as it stands in the text (not Meta.Title): its extent
	// in Raw and its cleaned bytes, of the same length.
	titleSpan Paragraph
	titleText string
}

// Headline returns the span of the headline line in the original file and
// its cleaned text (same length, markup blanked), ok false when the text
// has none. The extractor reads it as a sentence of its own: a one-line
// input without a final stop ("Obama met Putin") is such a line.
func (d Document) Headline() (Paragraph, string, bool) {
	p := d.titleSpan
	if p.End <= p.Start || p.End > len(d.Raw) || len(d.titleText) != p.End-p.Start {
		return Paragraph{}, "", false
	}
	return p, d.titleText, true
}

// Text returns the cleaned text of paragraph p. It has exactly p.End-p.Start
// bytes and byte i stands for Raw[p.Start+i] (see the package documentation).
func (d Document) Text(p Paragraph) string {
	if p.Start < 0 || p.End > len(d.Raw) || p.Start > p.End {
		return ""
	}
	if len(d.clean) == len(d.Raw) {
		return string(d.clean[p.Start:p.End])
	}
	return string(d.Raw[p.Start:p.End])
}

// Body returns the cleaned text of the whole file: len(Raw) bytes in which
// everything outside the body paragraphs is blanked (newlines kept) and
// markup inside them is replaced by spaces, so offsets are those of Raw.
func (d Document) Body() string {
	if len(d.clean) == len(d.Raw) {
		return string(d.clean)
	}
	return string(d.Raw)
}

// maxWarnings caps the per-byte warnings; the rest are counted.
const maxWarnings = 20

// Parse cleans one article. Metadata given with the source (title, date,
// publisher, URL) wins over what is found in the text.
func Parse(src source.Source) (Document, error) {
	d := Document{
		ID:        src.ID,
		Raw:       src.Raw,
		Title:     strings.TrimSpace(src.Meta.Title),
		Publisher: strings.TrimSpace(src.Meta.Publisher),
		URL:       strings.TrimSpace(src.Meta.URL),
	}
	if md := strings.TrimSpace(src.Meta.Date); md != "" {
		if v, ok := timex.Resolve(md, ""); ok {
			d.Date = v
		} else if len(md) > 10 {
			if v, ok := timex.Resolve(md[:10], ""); ok {
				d.Date = v
			}
		}
		if d.Date == "" {
			d.Warnings = append(d.Warnings, fmt.Sprintf("metadata date %q not understood; ignored", md))
		}
	}
	if err := checkBinary(src.Raw); err != nil {
		return Document{ID: src.ID, Raw: src.Raw}, fmt.Errorf("document %s: %w", src.ID, err)
	}
	d.clean = sanitize(src.Raw, &d.Warnings)
	if len(bytes.TrimSpace(d.clean)) == 0 {
		d.clean = bytes.Repeat([]byte{' '}, len(src.Raw))
		return d, nil
	}
	p := &parser{d: &d, b: d.clean}
	p.run()
	return d, nil
}

// checkBinary rejects input that is not text.
func checkBinary(raw []byte) error {
	if len(raw) >= 2 && (raw[0] == 0xFF && raw[1] == 0xFE || raw[0] == 0xFE && raw[1] == 0xFF) {
		return fmt.Errorf("%w: UTF-16 text is not supported, convert it to UTF-8", ErrBinary)
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return fmt.Errorf("%w (NUL byte at offset %d)", ErrBinary, i)
	}
	bad := 0
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' || c == 0x7f {
				bad++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		}
		i += n
	}
	if len(raw) >= 16 && bad*10 > len(raw)*3 {
		return fmt.Errorf("%w (%d of %d bytes are control characters or invalid UTF-8)", ErrBinary, bad, len(raw))
	}
	return nil
}

// sanitize copies raw, replacing invalid UTF-8, control characters, tabs,
// carriage returns and Unicode spaces by ASCII spaces of the same length.
func sanitize(raw []byte, warnings *[]string) []byte {
	b := make([]byte, len(raw))
	copy(b, raw)
	invalid := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' || c == 0x7f {
				b[i] = ' '
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			invalid++
			if invalid <= maxWarnings {
				*warnings = append(*warnings, fmt.Sprintf("invalid UTF-8 repaired at byte %d", i))
			}
			b[i] = ' '
		case r == 0x2028 || r == 0x2029: // line and paragraph separators
			b[i], b[i+1], b[i+2] = '\n', ' ', ' '
		case unicode.Is(unicode.Zs, r), r == 0xFEFF, r == 0x200B, r == 0x2060, r == 0x180E,
			r >= 0x80 && r <= 0x9F: // C1 controls
			for k := i; k < i+n; k++ {
				b[k] = ' '
			}
		}
		i += n
	}
	if invalid > maxWarnings {
		*warnings = append(*warnings, fmt.Sprintf("invalid UTF-8: %d bytes repaired in all", invalid))
	}
	return b
}

func (d *Document) remove(start, end int, reason string) {
	if end > start {
		d.Removed = append(d.Removed, Removal{Start: start, End: end, Reason: reason})
	}
}

// finish blanks everything that is not body, sorts the removals.
func (p *parser) finish() {
	d := p.d
	b := p.b
	next := 0
	blank := func(from, to int) {
		for k := from; k < to; k++ {
			if b[k] != '\n' {
				b[k] = ' '
			}
		}
	}
	for _, par := range d.Paragraphs {
		blank(next, par.Start)
		for k := par.Start; k < par.End; k++ {
			if b[k] == '\n' {
				b[k] = ' '
			}
		}
		next = par.End
	}
	blank(next, len(b))
	slices.SortFunc(d.Removed, func(x, y Removal) int { return cmp.Or(cmp.Compare(x.Start, y.Start), cmp.Compare(x.End, y.End)) })
}
