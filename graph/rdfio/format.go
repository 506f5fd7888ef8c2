package rdfio

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// FormatValue writes a canonical value as an N-Quads term.
func FormatValue(v quad.Value) string {
	switch x := Canonical(v).(type) {
	case quad.IRI:
		return "<" + escapeIRI(string(x)) + ">"
	case quad.BNode:
		return "_:" + string(x)
	case quad.String:
		return literal(string(x))
	case quad.LangString:
		return literal(string(x.Value)) + "@" + x.Lang
	case quad.TypedString:
		return literal(string(x.Value)) + "^^<" + escapeIRI(string(x.Type)) + ">"
	case nil:
		return ""
	default:
		// A value kind quad may add later: keep its text as a plain literal
		// rather than emit something other tools cannot read.
		return literal(fmt.Sprint(quad.NativeOf(v)))
	}
}

// FormatQuad writes one N-Quads statement without the trailing newline.
func FormatQuad(q quad.Quad) string {
	var b strings.Builder
	b.WriteString(FormatValue(q.Subject))
	b.WriteByte(' ')
	b.WriteString(FormatValue(q.Predicate))
	b.WriteByte(' ')
	b.WriteString(FormatValue(q.Object))
	if q.Label != nil {
		b.WriteByte(' ')
		b.WriteString(FormatValue(q.Label))
	}
	b.WriteString(" .")
	return b.String()
}

// Writer writes N-Quads statements, one per line.
type Writer struct {
	w *bufio.Writer
	n int
}

// NewWriter returns a Writer on w; call Flush at the end.
func NewWriter(w io.Writer) *Writer { return &Writer{w: bufio.NewWriter(w)} }

// WriteQuad writes one statement.
func (w *Writer) WriteQuad(q quad.Quad) error {
	if !q.IsValid() {
		return fmt.Errorf("write quad %v: %w", q, quad.ErrInvalid)
	}
	w.n++
	if _, err := w.w.WriteString(FormatQuad(q)); err != nil {
		return err
	}
	return w.w.WriteByte('\n')
}

// Count is the number of statements written.
func (w *Writer) Count() int { return w.n }

// Flush writes any buffered data.
func (w *Writer) Flush() error { return w.w.Flush() }

// literal quotes s with N-Quads escapes. Text outside ASCII stays as UTF-8
// (valid N-Quads); control characters become \uXXXX; invalid UTF-8 becomes
// U+FFFD so the output is always valid UTF-8.
func literal(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// escapeIRI percent-encodes the characters N-Quads forbids inside <...>.
// N-Quads would allow \uXXXX escapes, but they stand for the character
// itself, which no IRI may hold, and other tools (rapper) refuse them; an
// IRI with such characters can only have come from outside kg's own
// checks (an old store), and %XX is the form it would have as an IRI.
func escapeIRI(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if !strings.ContainsFunc(s, badIRIRune) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if !badIRIRune(r) {
			b.WriteRune(r)
			continue
		}
		var buf [utf8.UTFMax]byte
		for _, c := range buf[:utf8.EncodeRune(buf[:], r)] {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

func badIRIRune(r rune) bool {
	return r <= 0x20 || strings.ContainsRune("<>\"{}|^`\\", r) || r == utf8.RuneError
}
