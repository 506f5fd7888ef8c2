package schema

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/kg-project/kg/loaders/tsv"
)

//go:embed cameo.tsv
var cameoTSV string

// CAMEO is one event code of the CAMEO codebook.
type CAMEO struct {
	Code      string  // "0314"; always a string, the leading zero matters
	Name      string  // "Express intent to cooperate on intelligence"
	Goldstein float64 // -10 (conflict) .. +10 (cooperation)
	QuadClass int     // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
}

// Root is the two-digit root code.
func (c CAMEO) Root() string {
	if len(c.Code) < 2 {
		return c.Code
	}
	return c.Code[:2]
}

// CAMEOTable is the parsed codebook.
type CAMEOTable struct {
	byCode map[string]CAMEO
	codes  []string
}

// LoadCAMEO parses the embedded codebook. It only fails if the embedded file
// is corrupt, which a test guards.
func LoadCAMEO() (*CAMEOTable, error) { return ParseCAMEO(cameoTSV) }

// ParseCAMEO parses a table with the columns code, name, goldstein and
// quad_class (loaders/tsv format).
func ParseCAMEO(text string) (*CAMEOTable, error) {
	t := &CAMEOTable{byCode: map[string]CAMEO{}}
	cols := []string{"code", "name", "goldstein", "quad_class"}
	err := tsv.Each("cameo.tsv", strings.NewReader(text), tsv.Options{Columns: cols, Required: cols, Full: true}, func(r tsv.Row) error {
		code := r.Get("code")
		g, err := strconv.ParseFloat(r.Get("goldstein"), 64)
		if err != nil {
			return fmt.Errorf("goldstein %q: %w", r.Get("goldstein"), err)
		}
		q, err := strconv.Atoi(r.Get("quad_class"))
		if err != nil {
			return fmt.Errorf("quad class %q: %w", r.Get("quad_class"), err)
		}
		t.byCode[code] = CAMEO{Code: code, Name: r.Get("name"), Goldstein: g, QuadClass: q}
		t.codes = append(t.codes, code)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}

// Lookup returns the entry for code, or for its nearest listed parent
// ("0399" -> "039" -> "03") so a code finer than the table still gets a
// Goldstein score and quad class. The returned Code is the one found.
func (t *CAMEOTable) Lookup(code string) (CAMEO, bool) {
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if e, ok := t.byCode[c]; ok {
			return e, true
		}
	}
	return CAMEO{}, false
}

// Codes lists every code in table order.
func (t *CAMEOTable) Codes() []string { return append([]string(nil), t.codes...) }
