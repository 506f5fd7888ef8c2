package rdfio

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// parseStatement parses one line of N-Quads (RDF 1.1, W3C Recommendation
// 2014-02-25) by its grammar, so that nothing outside the language is taken
// for something inside it: Cayley's lenient parser read an unterminated IRI
// or a bare word as a literal. It also refuses what the grammar allows but
// kg could not write back unchanged: an escaped character that no IRI may
// hold. empty is true for a blank or comment-only line.
func parseStatement(line string) (q quad.Quad, empty bool, err error) {
	if !utf8.ValidString(line) {
		return q, false, errors.New("invalid UTF-8")
	}
	p := &lineParser{s: line}
	p.space()
	if p.done() {
		return q, true, nil
	}
	if q.Subject, err = p.term("subject", false); err != nil {
		return q, false, err
	}
	if q.Predicate, err = p.term("predicate", false); err != nil {
		return q, false, err
	}
	if _, ok := q.Predicate.(quad.IRI); !ok {
		return q, false, errors.New("predicate: must be an IRI")
	}
	if q.Object, err = p.term("object", true); err != nil {
		return q, false, err
	}
	if p.peek() != '.' {
		if q.Label, err = p.term("graph label", false); err != nil {
			return q, false, err
		}
	}
	if p.peek() != '.' {
		return q, false, p.errorf("want '.' to end the statement")
	}
	p.i++
	p.space()
	if !p.done() {
		return q, false, p.errorf("unexpected text after '.'")
	}
	return q, false, nil
}

type lineParser struct {
	s string
	i int
}

func (p *lineParser) done() bool { return p.i >= len(p.s) || p.s[p.i] == '#' }

func (p *lineParser) peek() byte {
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

// space skips blanks and tabs, the only white space inside a statement.
func (p *lineParser) space() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t') {
		p.i++
	}
}

func (p *lineParser) errorf(format string, args ...any) error {
	return posErr(p.i, format, args...)
}

// posErr is a syntax error at byte offset at of the line; the column goes
// last so that messages read "FILE:LINE: subject: <a> is not an absolute
// IRI (column 1)".
func posErr(at int, format string, args ...any) error {
	return fmt.Errorf("%s (column %d)", fmt.Sprintf(format, args...), at+1)
}

// term reads an IRI, a blank node or (where literal) a literal, and the
// white space after it.
func (p *lineParser) term(what string, literal bool) (quad.Value, error) {
	var v quad.Value
	var err error
	switch c := p.peek(); {
	case c == '<':
		var iri string
		if iri, err = p.iri(); err == nil {
			v = quad.IRI(iri)
		}
	case c == '_':
		v, err = p.bnode()
	case c == '"' && literal:
		v, err = p.literal()
	case c == 0 || c == '#':
		err = p.errorf("missing")
	case c == '"':
		err = p.errorf("a literal is not allowed here")
	default:
		err = p.errorf("want <IRI>, _:blank or a \"literal\", not %q", p.word())
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	p.space()
	return v, nil
}

// word is the text up to the next white space, for messages.
func (p *lineParser) word() string {
	end := strings.IndexAny(p.s[p.i:], " \t")
	if end < 0 {
		end = len(p.s) - p.i
	}
	w := p.s[p.i : p.i+end]
	if len(w) > 40 {
		w = w[:40] + "..."
	}
	return w
}

// iri reads IRIREF: '<' ([^#x00-#x20<>"{}|^`\] | UCHAR)* '>', which must be
// absolute.
func (p *lineParser) iri() (string, error) {
	start := p.i
	p.i++ // '<'
	var b strings.Builder
	for {
		if p.i >= len(p.s) {
			return "", posErr(start, "unterminated IRI")
		}
		c := p.s[p.i]
		switch {
		case c == '>':
			p.i++
			iri := b.String()
			if !hasScheme(iri) {
				return "", posErr(start, "<%s> is not an absolute IRI", iri)
			}
			return iri, nil
		case c == '\\':
			r, err := p.uchar()
			if err != nil {
				return "", err
			}
			if badIRIRune(r) {
				return "", posErr(start, "IRI escapes %U, a character no IRI may hold", r)
			}
			b.WriteRune(r)
		case c <= 0x20 || strings.IndexByte(`<"{}|^`+"`", c) >= 0:
			return "", posErr(p.i, "%q is not allowed in an IRI", c)
		default:
			b.WriteByte(c)
			p.i++
		}
	}
}

// hasScheme reports whether iri starts with a scheme: ALPHA *( ALPHA /
// DIGIT / "+" / "-" / "." ) ":".
func hasScheme(iri string) bool {
	for i := 0; i < len(iri); i++ {
		c := iri[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		case i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':':
			return true
		default:
			return false
		}
	}
	return false
}

// uchar reads \uXXXX or \UXXXXXXXX at p.i.
func (p *lineParser) uchar() (rune, error) {
	at := p.i
	if p.i+1 >= len(p.s) {
		return 0, posErr(at, "lone backslash")
	}
	n := 0
	switch p.s[p.i+1] {
	case 'u':
		n = 4
	case 'U':
		n = 8
	default:
		return 0, posErr(at, "\\%c is not an escape allowed here", p.s[p.i+1])
	}
	if p.i+2+n > len(p.s) {
		return 0, posErr(at, "short \\%c escape", p.s[p.i+1])
	}
	hex := p.s[p.i+2 : p.i+2+n]
	v, err := strconv.ParseUint(hex, 16, 32)
	if err != nil || strings.ContainsAny(hex, "+-_") {
		return 0, posErr(at, "\\%c%s is not a hexadecimal escape", p.s[p.i+1], hex)
	}
	r := rune(v)
	if !utf8.ValidRune(r) {
		return 0, posErr(at, "\\%c%s is not a Unicode character", p.s[p.i+1], hex)
	}
	p.i += 2 + n
	return r, nil
}

// literal reads STRING_LITERAL_QUOTE ('^^' IRIREF | LANGTAG)?.
func (p *lineParser) literal() (quad.Value, error) {
	start := p.i
	p.i++ // '"'
	var b strings.Builder
	for {
		if p.i >= len(p.s) {
			return nil, posErr(start, "unterminated string")
		}
		c := p.s[p.i]
		if c == '"' {
			p.i++
			break
		}
		if c == '\n' || c == '\r' {
			return nil, posErr(p.i, "raw line break in a string")
		}
		if c != '\\' {
			b.WriteByte(c)
			p.i++
			continue
		}
		if p.i+1 >= len(p.s) {
			return nil, posErr(p.i, "lone backslash")
		}
		if e, ok := echar[p.s[p.i+1]]; ok {
			b.WriteByte(e)
			p.i += 2
			continue
		}
		r, err := p.uchar()
		if err != nil {
			return nil, err
		}
		b.WriteRune(r)
	}
	text := b.String()
	switch {
	case strings.HasPrefix(p.s[p.i:], "^^"):
		p.i += 2
		if p.peek() != '<' {
			return nil, p.errorf("want <datatype IRI> after ^^")
		}
		dt, err := p.iri()
		if err != nil {
			return nil, fmt.Errorf("datatype: %w", err)
		}
		return quad.TypedString{Value: quad.String(text), Type: quad.IRI(dt)}, nil
	case p.peek() == '@':
		lang, err := p.langTag()
		if err != nil {
			return nil, err
		}
		return quad.LangString{Value: quad.String(text), Lang: lang}, nil
	}
	return quad.String(text), nil
}

var echar = map[byte]byte{'t': '\t', 'b': '\b', 'n': '\n', 'r': '\r', 'f': '\f', '"': '"', '\'': '\'', '\\': '\\'}

// langTag reads LANGTAG: '@' [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*.
func (p *lineParser) langTag() (string, error) {
	at := p.i
	p.i++ // '@'
	start := p.i
	for p.i < len(p.s) && (isAlnum(p.s[p.i]) || p.s[p.i] == '-') {
		p.i++
	}
	tag := p.s[start:p.i]
	for i, part := range strings.Split(tag, "-") {
		ok := part != ""
		for j := 0; j < len(part) && ok; j++ {
			ok = isAlnum(part[j]) && (i > 0 || part[j] > '9')
		}
		if !ok {
			return "", posErr(at, "bad language tag %q", p.s[at:p.i])
		}
	}
	return tag, nil
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// bnode reads BLANK_NODE_LABEL: '_:' (PN_CHARS_U | [0-9])
// ((PN_CHARS | '.')* PN_CHARS)?.
func (p *lineParser) bnode() (quad.Value, error) {
	at := p.i
	if !strings.HasPrefix(p.s[p.i:], "_:") {
		return nil, p.errorf("want _: to start a blank node")
	}
	p.i += 2
	start := p.i
	r, size := utf8.DecodeRuneInString(p.s[p.i:])
	if size == 0 || !(pnCharsU(r) || '0' <= r && r <= '9') {
		return nil, posErr(at, "bad blank node label")
	}
	p.i += size
	end := p.i // end of the label so far, which may not end in '.'
	for p.i < len(p.s) {
		r, size := utf8.DecodeRuneInString(p.s[p.i:])
		if r == '.' {
			p.i += size
			continue
		}
		if !pnChars(r) {
			break
		}
		p.i += size
		end = p.i
	}
	p.i = end
	return quad.BNode(p.s[start:end]), nil
}

func pnCharsBase(r rune) bool {
	switch {
	case 'A' <= r && r <= 'Z', 'a' <= r && r <= 'z',
		0xC0 <= r && r <= 0xD6, 0xD8 <= r && r <= 0xF6, 0xF8 <= r && r <= 0x2FF,
		0x370 <= r && r <= 0x37D, 0x37F <= r && r <= 0x1FFF, 0x200C <= r && r <= 0x200D,
		0x2070 <= r && r <= 0x218F, 0x2C00 <= r && r <= 0x2FEF, 0x3001 <= r && r <= 0xD7FF,
		0xF900 <= r && r <= 0xFDCF, 0xFDF0 <= r && r <= 0xFFFD, 0x10000 <= r && r <= 0xEFFFF:
		return true
	}
	return false
}

// pnCharsU is PN_CHARS_U without the ':' that the 2014 text listed and
// its erratum (and the W3C tests _::a, _:abc:def) took out.
func pnCharsU(r rune) bool { return pnCharsBase(r) || r == '_' }

func pnChars(r rune) bool {
	return pnCharsU(r) || r == '-' || '0' <= r && r <= '9' || r == 0xB7 ||
		0x300 <= r && r <= 0x36F || 0x203F <= r && r <= 0x2040
}

// CheckQuad applies the reader's rules to a quad from elsewhere (the
// server's write API): an IRI or blank node as subject and graph label, an
// IRI as predicate, absolute IRIs with nothing an IRI may not hold, valid
// language tags and UTF-8. What passes, kg can export and read back.
func CheckQuad(q quad.Quad) error {
	for _, p := range []struct {
		name string
		v    quad.Value
		lit  bool // may be a literal
		bn   bool // may be a blank node
	}{
		{"subject", q.Subject, false, true},
		{"predicate", q.Predicate, false, false},
		{"object", q.Object, true, true},
		{"graph label", q.Label, false, true},
	} {
		if p.v == nil {
			if p.name == "graph label" {
				continue
			}
			return fmt.Errorf("%s missing", p.name)
		}
		if err := checkValue(p.v, p.lit, p.bn); err != nil {
			return fmt.Errorf("%s: %w", p.name, err)
		}
	}
	return nil
}

func checkValue(v quad.Value, lit, bn bool) error {
	iri := func(s string) error {
		if !hasScheme(s) || strings.ContainsFunc(s, badIRIRune) || !utf8.ValidString(s) {
			return fmt.Errorf("<%s> is not an absolute IRI", s)
		}
		return nil
	}
	switch x := v.(type) {
	case quad.IRI:
		return iri(string(x.Full()))
	case quad.BNode:
		if !bn {
			return errors.New("a blank node is not allowed here")
		}
		if b, err := (&lineParser{s: "_:" + string(x)}).bnode(); err != nil || b != x {
			return fmt.Errorf("_:%s is not a blank node label", string(x))
		}
		return nil
	}
	if !lit {
		return fmt.Errorf("a literal (%v) is not allowed here", v)
	}
	switch x := v.(type) {
	case quad.String:
		if !utf8.ValidString(string(x)) {
			return errors.New("invalid UTF-8")
		}
	case quad.LangString:
		if _, err := (&lineParser{s: "@" + x.Lang}).langTag(); err != nil || !utf8.ValidString(string(x.Value)) {
			return fmt.Errorf("bad language-tagged string @%s", x.Lang)
		}
	case quad.TypedString:
		if err := iri(string(x.Type.Full())); err != nil {
			return fmt.Errorf("datatype: %w", err)
		}
	}
	return nil
}

// QuadReader adapts a Reader to Cayley's quad.Reader, for copying a file
// into a quad writer in batches.
type QuadReader struct{ *Reader }

// ReadQuad returns the next statement, or io.EOF.
func (r QuadReader) ReadQuad() (quad.Quad, error) { return r.Next() }
