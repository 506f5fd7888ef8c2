package rdfio

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"
)

// ParseError is a malformed statement, located by file and 1-based line.
type ParseError struct {
	File string
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

// Reader reads N-Quads (and N-Triples, which are N-Quads without labels)
// one line at a time, so every error carries its line number.
type Reader struct {
	r       *bufio.Reader
	name    string
	line    int
	pending string // the rest of a line after a carriage return
}

// NewReader reads from r; name is used in errors.
func NewReader(r io.Reader, name string) *Reader {
	return &Reader{r: bufio.NewReaderSize(r, 1<<16), name: name}
}

// Next returns the next statement with canonical values, or io.EOF.
func (r *Reader) Next() (quad.Quad, error) {
	for {
		if r.pending == "" {
			text, err := r.r.ReadString('\n')
			if text == "" && err != nil {
				if errors.Is(err, io.EOF) {
					return quad.Quad{}, io.EOF
				}
				return quad.Quad{}, fmt.Errorf("read %s: %w", r.name, err)
			}
			r.line++
			r.pending = strings.TrimSuffix(text, "\n")
		}
		// A lone carriage return also ends a line (EOL ::= [#xD#xA]+).
		line, rest, _ := strings.Cut(r.pending, "\r")
		r.pending = rest
		q, empty, perr := parseStatement(line)
		if empty {
			continue
		}
		if perr != nil {
			return quad.Quad{}, &ParseError{File: r.name, Line: r.line, Err: perr}
		}
		return CanonicalQuad(q), nil
	}
}

// ReadAll parses everything before returning, so a caller can refuse a
// whole file that has one bad line.
func ReadAll(r io.Reader, name string) ([]quad.Quad, error) {
	rd := NewReader(r, name)
	var out []quad.Quad
	for {
		q, err := rd.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
}
