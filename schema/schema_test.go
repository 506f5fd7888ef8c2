package schema

import (
	"strings"
	"testing"
)

func TestCAMEOTable(t *testing.T) {
	c, err := LoadCAMEO()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(c.Codes()); n < 300 {
		t.Fatalf("%d codes, want the whole codebook (300+)", n)
	}
	e, ok := c.Lookup("0314")
	if !ok || !strings.Contains(e.Name, "intelligence") || e.QuadClass != 1 || e.Root() != "03" {
		t.Errorf("0314 = %+v", e)
	}
	if e, _ := c.Lookup("19"); e.Goldstein != -10 || e.QuadClass != 4 {
		t.Errorf("19 = %+v", e)
	}
	// A code finer than the table falls back to its nearest parent.
	if e, ok := c.Lookup("0399"); !ok || e.Code != "039" {
		t.Errorf("0399 -> %+v, %v; want 039", e, ok)
	}
	if _, ok := c.Lookup("99"); ok {
		t.Error("99 is not a CAMEO code")
	}
}

func TestEveryEventPredicateHasACAMEOCode(t *testing.T) {
	c, _ := LoadCAMEO()
	p, err := LoadPredicates()
	if err != nil {
		t.Fatal(err)
	}
	for _, pr := range p.All() {
		if pr.Kind != Event {
			if pr.CAMEO != "" {
				t.Errorf("%s is a %s with a CAMEO code", pr.Name, pr.Kind)
			}
			continue
		}
		if e, ok := c.Lookup(pr.CAMEO); !ok || e.Code != pr.CAMEO {
			t.Errorf("%s: CAMEO code %q is not in the codebook", pr.Name, pr.CAMEO)
		}
	}
	if _, ok := p.Get("MEETS"); !ok {
		t.Error("predicate lookup should ignore case")
	}
}

func TestSlugIsSafeAndStable(t *testing.T) {
	cases := map[string]string{
		"François Hollande":    "francois-hollande",
		"Jean-Yves Le Drian":   "jean-yves-le-drian",
		"  U.S.-led coalition": "u-s-led-coalition",
		"":                     "_",
	}
	for in, want := range cases {
		if got := Slug(in, false); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
	for _, evil := range []string{`a "quoted" name`, "x > y", "tab\there", "new\nline", "<script>", "Ελλάδα", "東京"} {
		s := Slug(evil, false)
		if strings.ContainsAny(s, " <>\"\t\n{}|\\^`") {
			t.Errorf("Slug(%q) = %q carries a character not allowed in an IRI", evil, s)
		}
		if s != Slug(evil, false) {
			t.Errorf("Slug(%q) is not stable", evil)
		}
	}
}

func TestVocabBase(t *testing.T) {
	for _, bad := range []string{"relative/", "https://x.org/no-slash", "https://x y/"} {
		if _, err := NewVocab(bad); err == nil {
			t.Errorf("NewVocab(%q) accepted", bad)
		}
	}
	v, err := NewVocab("https://example.org/kg/")
	if err != nil {
		t.Fatal(err)
	}
	if got := string(v.Actor("Le Drian")); got != "https://example.org/kg/actor/le-drian" {
		t.Errorf("Actor IRI = %s", got)
	}
	if got := v.Local(v.Fact("000-abc")); got != "fact/000-abc" {
		t.Errorf("Local = %q", got)
	}
}

func TestParseErrorsNameTheLine(t *testing.T) {
	for _, c := range []struct {
		parse func(string) error
		text  string
		want  string
	}{
		{func(s string) error { _, err := ParseCAMEO(s); return err }, "code\tname\tgoldstein\tquad_class\n01\tX\tlow\t1\n", `cameo.tsv:2: goldstein "low"`},
		{func(s string) error { _, err := ParseCAMEO(s); return err }, "code\tname\tgoldstein\n01\tX\t1\n", `cameo.tsv:1: missing column "quad_class"`},
		{func(s string) error { _, err := ParsePredicates(s); return err }, "# c\nname\tkind\tcameo\tsymmetric\tdescription\nmeets\tevent\t040\tyes\tmeets\nhates\tfeeling\t\tno\thates\n", `predicates.tsv:4: unknown kind "feeling"`},
		{func(s string) error { _, err := ParsePredicates(s); return err }, "name\tkind\tcameo\tsymmetric\tdescription\nmeets\tevent\t040\tyes\n", "predicates.tsv:2: 4 fields, header has 5"},
	} {
		if err := c.parse(c.text); err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("error %v, want %s", err, c.want)
		}
	}
}
