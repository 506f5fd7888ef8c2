package rdfio

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
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
	r    *bufio.Reader
	name string
	line int
}

// NewReader reads from r; name is used in errors.
func NewReader(r io.Reader, name string) *Reader {
	return &Reader{r: bufio.NewReaderSize(r, 1<<16), name: name}
}

// Next returns the next statement with canonical values, or io.EOF.
func (r *Reader) Next() (quad.Quad, error) {
	for {
		text, err := r.r.ReadString('\n')
		if text == "" && err != nil {
			if errors.Is(err, io.EOF) {
				return quad.Quad{}, io.EOF
			}
			return quad.Quad{}, fmt.Errorf("read %s: %w", r.name, err)
		}
		r.line++
		line := strings.TrimSpace(text)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		q, perr := nquads.Parse(line)
		if perr == nil {
			perr = check(q)
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

// check rejects statements that parse but that other tools would not take:
// relative IRIs, and literals or blank nodes where RDF forbids them.
func check(q quad.Quad) error {
	if !q.IsValid() {
		return errors.New("incomplete statement")
	}
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
		switch v := p.v.(type) {
		case nil:
		case quad.IRI:
			if err := absolute(string(v.Full())); err != nil {
				return fmt.Errorf("%s: %w", p.name, err)
			}
		case quad.BNode:
			if !p.bn {
				return fmt.Errorf("%s: a blank node is not allowed here", p.name)
			}
		default:
			if !p.lit {
				return fmt.Errorf("%s: a literal is not allowed here", p.name)
			}
		}
	}
	return nil
}

func absolute(iri string) error {
	u, err := url.Parse(iri)
	if err != nil || u.Scheme == "" {
		return fmt.Errorf("<%s> is not an absolute IRI", iri)
	}
	return nil
}
