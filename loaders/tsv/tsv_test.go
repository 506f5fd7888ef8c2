package tsv

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

// dump reads a table with Each and shows every row as line:col=value,...
// for the columns asked.
func dump(text string, opt Options, cols ...string) (string, error) {
	var b strings.Builder
	err := Each("t.tsv", strings.NewReader(text), opt, func(r Row) error {
		fmt.Fprintf(&b, "%d:", r.Line)
		for i, c := range cols {
			if i > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, "%s=%s", c, r.Get(c))
		}
		b.WriteString(";")
		return nil
	})
	return b.String(), err
}

func TestEach(t *testing.T) {
	tests := []struct {
		name string
		text string
		opt  Options
		cols []string
		want string // rows, or the error's text
	}{
		{"plain", "a\tb\nx\ty\n", Options{}, []string{"a", "b"}, "2:a=x,b=y;"},
		{"no final newline", "a\tb\nx\ty", Options{}, []string{"a", "b"}, "2:a=x,b=y;"},
		{"columns in any order", "b\ta\nx\ty\n", Options{}, []string{"a", "b"}, "2:a=y,b=x;"},
		{"header case and spaces", " A \tB\nx\ty\n", Options{}, []string{"a", "B"}, "2:a=x,B=y;"},
		{"comments and blank lines", "# about\n\na\tb\n# note\nx\ty\n \t\nz\tw\n", Options{}, []string{"a", "b"}, "5:a=x,b=y;7:a=z,b=w;"},
		{"BOM and CRLF", "\ufeffa\tb\r\nx\ty\r\n", Options{}, []string{"a", "b"}, "2:a=x,b=y;"},
		{"BOM before a comment", "\ufeff# c\na\nx\n", Options{}, []string{"a"}, "3:a=x;"},
		{"dash kept", "a\tb\n-\ty\n", Options{}, []string{"a", "b"}, "2:a=-,b=y;"},
		{"dash empty", "a\tb\n-\ty\n", Options{Dash: true}, []string{"a", "b"}, "2:a=,b=y;"},
		{"dash only alone", "a\n-x\n", Options{Dash: true}, []string{"a"}, "2:a=-x;"},
		{"spaces kept", "a\n x \n", Options{}, []string{"a"}, "2:a= x ;"},
		{"spaces trimmed", "a\tb\n x \t - \n", Options{Trim: true, Dash: true}, []string{"a", "b"}, "2:a=x,b=;"},
		{"short row", "a\tb\tc\nx\n", Options{}, []string{"a", "b", "c"}, "2:a=x,b=,c=;"},
		{"unknown column reads empty", "a\nx\n", Options{}, []string{"a", "zz"}, "2:a=x,zz=;"},
		{"empty table", "", Options{Required: []string{"a"}}, nil, ""},
		{"only comments", "# c\n\n", Options{Required: []string{"a"}}, nil, ""},
		{"header only", "a\tb\n", Options{}, nil, ""},
		{"known columns", "b\na\n", Options{Columns: []string{"a", "b"}}, []string{"b"}, "2:b=a;"},

		{"too many fields", "a\tb\nx\ty\nx\ty\tz\n", Options{}, nil, "t.tsv:3: 3 fields, header has 2 (a stray tab?)"},
		{"too few fields", "# c\na\tb\nx\n", Options{Full: true}, nil, "t.tsv:3: 1 field, header has 2"},
		{"unknown column", "# c\na\tc\n", Options{Columns: []string{"a", "b"}}, nil, `t.tsv:2: unknown column "c" (want some of a, b)`},
		{"missing column", "a\nx\n", Options{Required: []string{"a", "b"}}, nil, `t.tsv:1: missing column "b"`},
		{"missing columns", "c\nx\n", Options{Required: []string{"a", "b"}}, nil, `t.tsv:1: missing columns a, b`},
		{"duplicate column", "\n\na\tb\tA\n", Options{}, nil, `t.tsv:3: column "a" twice in the header`},
		{"empty column name", "a\t\tb\n", Options{}, nil, `t.tsv:1: column 2 of the header has no name (a stray tab?)`},
		{"trailing tab in header", "a\tb\t\n", Options{}, nil, `t.tsv:1: column 3 of the header has no name (a stray tab?)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := dump(tt.text, tt.opt, tt.cols...)
			if err != nil {
				got = err.Error()
				var e *Error
				if !errors.As(err, &e) || e.Name != "t.tsv" {
					t.Errorf("error %v is not a *tsv.Error naming the table", err)
				}
			}
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestEachCallbackErrors(t *testing.T) {
	text := "# c\nword\nok\nbad\n"
	err := Each("w.tsv", strings.NewReader(text), Options{}, func(r Row) error {
		if r.Get("word") == "bad" {
			return errors.New("no good")
		}
		return nil
	})
	if err == nil || err.Error() != "w.tsv:4: no good" {
		t.Errorf("plain error = %v, want w.tsv:4: no good", err)
	}
	sentinel := errors.New("sentinel")
	err = Each("w.tsv", strings.NewReader(text), Options{}, func(r Row) error {
		if r.Get("word") == "bad" {
			return fmt.Errorf("wrapped: %w", sentinel)
		}
		return nil
	})
	if !errors.Is(err, sentinel) {
		t.Errorf("error %v does not wrap the callback's", err)
	}
	// An error made by the row already has its place; it is not prefixed twice.
	err = Each("w.tsv", strings.NewReader(text), Options{}, func(r Row) error {
		if r.Get("word") == "bad" {
			return r.Errorf("word %q", r.Get("word"))
		}
		return nil
	})
	if err == nil || err.Error() != `w.tsv:4: word "bad"` {
		t.Errorf("row error = %v", err)
	}
}

func TestReaderGoesOnAfterABadRow(t *testing.T) {
	rd := NewReader("m.tsv", strings.NewReader("file\ttitle\na\tA\nb\tB\textra\nc\tC\n"), Options{})
	var got []string
	for {
		r, err := rd.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			got = append(got, err.Error())
			continue
		}
		got = append(got, r.Get("file")+"="+r.Get("title"))
	}
	want := "a=A|m.tsv:3: 3 fields, header has 2 (a stray tab?)|c=C"
	if s := strings.Join(got, "|"); s != want {
		t.Errorf("got %q, want %q", s, want)
	}
}

func TestHeaderFirst(t *testing.T) {
	// A caller can read the header, decide what the table is, and check it.
	rd := NewReader("x.tsv", strings.NewReader("# c\nList\tword\nnegators\tnot\n"), Options{Dash: true})
	h, err := rd.Header()
	if err != nil {
		t.Fatal(err)
	}
	if h.Line != 2 || strings.Join(h.Columns, ",") != "list,word" || !h.Has("LIST") || h.Has("lemma") {
		t.Errorf("header = %+v", h)
	}
	if err := h.Check([]string{"lemma"}, nil); err == nil || !strings.HasPrefix(err.Error(), "x.tsv:2: ") {
		t.Errorf("Check = %v, want an error at x.tsv:2", err)
	}
	if err := h.Check([]string{"list", "word"}, []string{"list", "word"}); err != nil {
		t.Error(err)
	}
	r, err := rd.Next()
	if err != nil || r.Get("list") != "negators" || r.Get("word") != "not" || r.Line != 3 || r.Header() != h {
		t.Errorf("row = %+v, %v", r, err)
	}
	if _, err := rd.Next(); err != io.EOF {
		t.Errorf("after the last row: %v, want io.EOF", err)
	}
	// No header at all.
	if _, err := NewReader("e.tsv", strings.NewReader("# only\n"), Options{}).Header(); err != io.EOF {
		t.Errorf("no header: %v, want io.EOF", err)
	}
	// A bad header stops the table.
	rd = NewReader("d.tsv", strings.NewReader("a\ta\nx\tx\n"), Options{})
	if _, err := rd.Next(); err == nil {
		t.Error("duplicate column accepted")
	}
	if _, err := rd.Next(); err == nil || err == io.EOF {
		t.Errorf("after a bad header: %v, want the header's error again", err)
	}
}

type failing struct{}

func (failing) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestReadError(t *testing.T) {
	err := Each("f.tsv", failing{}, Options{}, func(Row) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "f.tsv:1: disk on fire") {
		t.Errorf("err = %v", err)
	}
}

func TestLongLine(t *testing.T) {
	long := strings.Repeat("x", 1<<20)
	got := 0
	if err := Each("l.tsv", strings.NewReader("a\n"+long+"\n"), Options{}, func(r Row) error {
		got = len(r.Get("a"))
		return nil
	}); err != nil || got != len(long) {
		t.Errorf("long line: %d bytes, %v", got, err)
	}
}

func TestReaderErrIsSticky(t *testing.T) {
	rd := NewReader("f.tsv", failing{}, Options{})
	for i := 0; i < 2; i++ {
		if _, err := rd.Next(); err == nil || err == io.EOF {
			t.Fatalf("call %d: %v", i, err)
		}
		if rd.Err() == nil {
			t.Fatalf("call %d: Err() = nil after a failed read", i)
		}
	}
	rd = NewReader("m.tsv", strings.NewReader("a\nx\ty\nz\n"), Options{})
	if _, err := rd.Next(); err == nil || rd.Err() != nil {
		t.Errorf("bad row: %v, Err() = %v; want a row error only", err, rd.Err())
	}
	if r, err := rd.Next(); err != nil || r.Get("a") != "z" {
		t.Errorf("after a bad row: %+v %v", r, err)
	}
	if _, err := rd.Next(); err != io.EOF || rd.Err() != nil {
		t.Errorf("at the end: %v, Err() = %v", err, rd.Err())
	}
}
