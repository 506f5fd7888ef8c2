// Package tsv reads the tab-separated tables kg keeps its data in: the
// actor dictionaries, the extractor's lexicons and word lists, the schema's
// vocabularies and article manifests.
//
// A table is UTF-8 text, one row a line, fields separated by tabs. Blank
// lines and lines starting with '#' are skipped anywhere; a UTF-8 byte order
// mark and a trailing carriage return (CRLF line ends) are dropped. The first
// other line is the header: the names of the columns, matched without regard
// to case or surrounding spaces, in any order. Every row is then read by
// column name:
//
//	err := tsv.Each("verbs.tsv", strings.NewReader(text), tsv.Options{Dash: true},
//		func(r tsv.Row) error {
//			lemma := r.Get("lemma")
//			...
//		})
//
// Errors name the table and the line: "verbs.tsv:12: 8 fields, header has 7".
package tsv

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Options say how a table is read. The zero value takes any columns and
// leaves fields as written.
type Options struct {
	// Columns are the names the header may use; a header naming another is
	// an error. Nil allows any name (the caller ignores the ones it does not
	// know).
	Columns []string
	// Required are the columns the header must name.
	Required []string
	// Dash makes a field "-" read as empty, for tables that write "-" where
	// a column has no value.
	Dash bool
	// Trim drops spaces around each field.
	Trim bool
	// Full requires a field for every column of the header; otherwise a row
	// may stop early and its missing fields are empty.
	Full bool
}

// Error is a problem at a line of a table (Line 0: the table as a whole).
type Error struct {
	Name string // the table's file name
	Line int    // 1-based
	Err  error
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %v", e.Name, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Header is a table's header line.
type Header struct {
	Name    string   // the table's name, for errors
	Line    int      // where the header is
	Columns []string // the column names, lower case, in file order
	index   map[string]int
}

// Has reports whether the header names col.
func (h *Header) Has(col string) bool {
	_, ok := h.index[strings.ToLower(col)]
	return ok
}

// Check returns an error at the header's line if it names a column not in
// columns (unless columns is nil) or lacks one of required.
func (h *Header) Check(columns, required []string) error {
	if columns != nil {
		for _, c := range h.Columns {
			if !slices.ContainsFunc(columns, func(k string) bool { return strings.EqualFold(k, c) }) {
				return h.Errorf("unknown column %q (want some of %s)", c, strings.Join(columns, ", "))
			}
		}
	}
	var missing []string
	for _, c := range required {
		if !h.Has(c) {
			missing = append(missing, c)
		}
	}
	switch len(missing) {
	case 0:
		return nil
	case 1:
		return h.Errorf("missing column %q", missing[0])
	default:
		return h.Errorf("missing columns %s", strings.Join(missing, ", "))
	}
}

// Errorf returns an error at the header's line.
func (h *Header) Errorf(format string, args ...any) error {
	return &Error{Name: h.Name, Line: h.Line, Err: fmt.Errorf(format, args...)}
}

// Row is one line of a table after its header.
type Row struct {
	Line   int      // 1-based line number in the table
	Fields []string // the fields as the options leave them, in file order
	h      *Header
}

// Get returns the row's field in column col, or "" if the header has no
// such column or the row stops before it.
func (r Row) Get(col string) string {
	if r.h == nil {
		return ""
	}
	i, ok := r.h.index[strings.ToLower(col)]
	if !ok || i >= len(r.Fields) {
		return ""
	}
	return r.Fields[i]
}

// Header is the header the row is read under.
func (r Row) Header() *Header { return r.h }

// Errorf returns an error at the row's line.
func (r Row) Errorf(format string, args ...any) error {
	name := ""
	if r.h != nil {
		name = r.h.Name
	}
	return &Error{Name: name, Line: r.Line, Err: fmt.Errorf(format, args...)}
}

// Reader reads one table row by row.
type Reader struct {
	name   string
	opt    Options
	br     *bufio.Reader
	line   int
	header *Header
	err    error // sticky: a read error, a bad header, or io.EOF
}

// NewReader reads the table named name (a file name, for errors) from r.
func NewReader(name string, r io.Reader, opt Options) *Reader {
	return &Reader{name: name, opt: opt, br: bufio.NewReader(r)}
}

// nextLine returns the next line that is neither blank nor a comment, with
// its BOM and carriage return removed, or io.EOF.
func (rd *Reader) nextLine() (string, error) {
	for {
		s, err := rd.br.ReadString('\n')
		if s == "" && err != nil {
			if err == io.EOF {
				return "", io.EOF
			}
			return "", &Error{Name: rd.name, Line: rd.line + 1, Err: err}
		}
		if err != nil && err != io.EOF {
			return "", &Error{Name: rd.name, Line: rd.line + 1, Err: err}
		}
		rd.line++
		s = strings.TrimSuffix(s, "\n")
		s = strings.TrimRight(s, "\r")
		if rd.line == 1 {
			s = strings.TrimPrefix(s, "\ufeff")
		}
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		return s, nil
	}
}

// Header reads the header if it has not been read yet and returns it. A
// table with no header (nothing but blank lines and comments) gives io.EOF.
// A duplicate or empty column name is an error, as is a header that does not
// satisfy Options.Columns and Options.Required.
func (rd *Reader) Header() (*Header, error) {
	if rd.header != nil {
		return rd.header, nil
	}
	if rd.err != nil {
		return nil, rd.err
	}
	s, err := rd.nextLine()
	if err != nil {
		rd.err = err
		return nil, err
	}
	h := &Header{Name: rd.name, Line: rd.line, index: map[string]int{}}
	for i, c := range strings.Split(s, "\t") {
		c = strings.ToLower(strings.TrimSpace(c))
		if c == "" {
			rd.err = h.Errorf("column %d of the header has no name (a stray tab?)", i+1)
			return nil, rd.err
		}
		if _, dup := h.index[c]; dup {
			rd.err = h.Errorf("column %q twice in the header", c)
			return nil, rd.err
		}
		h.index[c] = i
		h.Columns = append(h.Columns, c)
	}
	if err := h.Check(rd.opt.Columns, rd.opt.Required); err != nil {
		rd.err = err
		return nil, err
	}
	rd.header = h
	return h, nil
}

// Next returns the next row, or io.EOF after the last. An error in the
// header or in reading ends the table; a row with too many fields (or, with
// Options.Full, too few) is an *Error for that row only, and the next call
// goes on with the line after it.
func (rd *Reader) Next() (Row, error) {
	if rd.err != nil {
		return Row{}, rd.err
	}
	h, err := rd.Header()
	if err != nil {
		return Row{}, err
	}
	s, err := rd.nextLine()
	if err != nil {
		rd.err = err
		return Row{}, err
	}
	f := strings.Split(s, "\t")
	if len(f) > len(h.Columns) {
		return Row{}, &Error{Name: rd.name, Line: rd.line, Err: fmt.Errorf("%s, header has %d (a stray tab?)", nFields(len(f)), len(h.Columns))}
	}
	if rd.opt.Full && len(f) < len(h.Columns) {
		return Row{}, &Error{Name: rd.name, Line: rd.line, Err: fmt.Errorf("%s, header has %d", nFields(len(f)), len(h.Columns))}
	}
	for i := range f {
		if rd.opt.Trim {
			f[i] = strings.TrimSpace(f[i])
		}
		if rd.opt.Dash && f[i] == "-" {
			f[i] = ""
		}
	}
	return Row{Line: rd.line, Fields: f, h: h}, nil
}

// Err is the error that ended the table before its end (a bad header, a
// failed read), or nil. After Next returns an error, Err tells whether it
// was about one row (nil) or the table cannot be read on.
func (rd *Reader) Err() error {
	if rd.err == io.EOF {
		return nil
	}
	return rd.err
}

func nFields(n int) string {
	if n == 1 {
		return "1 field"
	}
	return fmt.Sprintf("%d fields", n)
}

// Each calls fn with every row of the table and stops at the first error,
// its own or fn's. An error of fn that is not already an *Error is given
// the table's name and the row's line. A table with no header has no rows.
func Each(name string, r io.Reader, opt Options, fn func(Row) error) error {
	rd := NewReader(name, r, opt)
	for {
		row, err := rd.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if err := fn(row); err != nil {
			if e := (*Error)(nil); errors.As(err, &e) {
				return err
			}
			return &Error{Name: name, Line: row.Line, Err: err}
		}
	}
}
