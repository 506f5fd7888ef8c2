package rdfio

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
)

func TestFormatValue(t *testing.T) {
	for _, c := range []struct {
		in   quad.Value
		want string
	}{
		{quad.Int(4), `"4"^^<http://www.w3.org/2001/XMLSchema#integer>`},
		{quad.Bool(true), `"true"^^<http://www.w3.org/2001/XMLSchema#boolean>`},
		{quad.Float(1.5), `"1.5E0"^^<http://www.w3.org/2001/XMLSchema#double>`},
		{quad.Float(200), `"2.0E2"^^<http://www.w3.org/2001/XMLSchema#double>`},
		{quad.Time(time.Date(2015, 12, 21, 8, 0, 0, 0, time.UTC)), `"2015-12-21T08:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime>`},
		{quad.TypedString{Value: "True", Type: "xsd:boolean"}, `"true"^^<http://www.w3.org/2001/XMLSchema#boolean>`},
		{quad.TypedString{Value: "+007", Type: "xsd:integer"}, `"7"^^<http://www.w3.org/2001/XMLSchema#integer>`},
		{quad.TypedString{Value: "x", Type: "xsd:string"}, `"x"`},
		{quad.TypedString{Value: "2.5", Type: quad.IRI(XSD + "decimal")}, `"2.5"^^<http://www.w3.org/2001/XMLSchema#decimal>`},
		{quad.String("say \"hi\"\n\\ é 東京\x01"), `"say \"hi\"\n\\ é 東京\u0001"`},
		{quad.String("bad \xff byte"), "\"bad \uFFFD byte\""},
		{quad.LangString{Value: "Moscou", Lang: "fr"}, `"Moscou"@fr`},
		{quad.IRI("xsd:integer"), `<http://www.w3.org/2001/XMLSchema#integer>`},
		{quad.IRI("https://kg.local/a b>{|}^`\\"), `<https://kg.local/a%20b%3E%7B%7C%7D%5E%60%5C>`},
		{quad.BNode("b1"), `_:b1`},
	} {
		if got := FormatValue(c.in); got != c.want {
			t.Errorf("FormatValue(%#v) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestReaderRoundTrip(t *testing.T) {
	in := []quad.Quad{
		{Subject: quad.IRI("https://kg.local/s"), Predicate: quad.IRI("https://kg.local/p"), Object: quad.String("a\"b\nc\\d é"), Label: quad.IRI("https://kg.local/g")},
		{Subject: quad.BNode("x"), Predicate: quad.IRI("https://kg.local/p"), Object: quad.Int(3)},
	}
	var b strings.Builder
	for _, q := range in {
		b.WriteString(FormatQuad(q) + "\n")
	}
	got, err := ReadAll(strings.NewReader("# comment\n\n"+b.String()), "t.nq")
	if err != nil {
		t.Fatal(err)
	}
	for i, q := range got {
		if FormatQuad(q) != FormatQuad(in[i]) {
			t.Errorf("quad %d: %s, want %s", i, FormatQuad(q), FormatQuad(in[i]))
		}
	}
	if _, ok := got[1].Object.(quad.TypedString); !ok {
		t.Errorf("an integer read back as %T, want the TypedString kg itself writes", got[1].Object)
	}
}

func TestReaderErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"<https://a/s> <https://a/p> \"x\" .\n<https://a/s> <https://a/p> \"x .\n", "t.nq:2:"},
		{"<s> <https://a/p> \"x\" .\n", "t.nq:1: subject: <s> is not an absolute IRI (column 1)"},
		{"<https://a/s> _:p \"x\" .\n", "t.nq:1:"},
		{"<https://a/s> <https://a/p> \"x\" \"g\" .\n", "t.nq:1:"},
		// Cayley's parser stored these as literals or relative IRIs.
		{"<http://x/a> <http://x/b> <http://x/c .\n", "t.nq:1: object: ' ' is not allowed in an IRI (column 38)"},
		{"<http://x/a> <http://x/b> <http://x/c\n", "t.nq:1: object: unterminated IRI (column 27)"},
		{"<http://x/a> <http://x/b> hello .\n", `t.nq:1: object: want <IRI>, _:blank or a "literal", not "hello" (column 27)`},
		{"<http://x/a> <http://x/b> 12abc .\n", "t.nq:1: object: want"},
		{"<http://x/a> <http://x/b> \"1\"^^<integer> .\n", "t.nq:1: object: datatype: <integer> is not an absolute IRI (column 32)"},
		{"<http://x/a\\u003C> <http://x/b> <http://x/c> .\n", "t.nq:1: subject: IRI escapes U+003C"},
		{"<http://x/{}> <http://x/b> <http://x/c> .\n", "t.nq:1: subject: '{' is not allowed in an IRI (column 11)"},
		{"<http://x/a> <http://x/b> \"\\uD800\" .\n", "t.nq:1: object: \\uD800 is not a Unicode character"},
		{"<http://x/a> <http://x/b> \"x\" <http://x/g> <http://x/h> .\n", "t.nq:1: want '.' to end the statement (column 44)"},
		{"<http://x/a> <http://x/b> \"x\"@en- .\n", "t.nq:1: object: bad language tag"},
		{"<http://x/a> <http://x/b> \"x\"\r<http://x/a> <http://x/b> \"y\" .\n", "t.nq:1: graph label: missing (column 30)"},
		{"<http://x/a> <http://x/b> \"\xff\" .\n", "t.nq:1: invalid UTF-8"},
	} {
		_, err := ReadAll(strings.NewReader(c.in), "t.nq")
		var pe *ParseError
		if !errors.As(err, &pe) || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%q: got %v, want an error starting %q", c.in, err, c.want)
		}
	}
}
