package schema

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
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

// ParseCAMEO parses a code<TAB>name<TAB>goldstein<TAB>quad_class table with a header.
func ParseCAMEO(tsv string) (*CAMEOTable, error) {
	t := &CAMEOTable{byCode: map[string]CAMEO{}}
	for i, line := range strings.Split(strings.TrimRight(tsv, "\n"), "\n") {
		if i == 0 || strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("cameo line %d: want 4 tab-separated fields, got %d", i+1, len(f))
		}
		g, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return nil, fmt.Errorf("cameo line %d: goldstein %q: %w", i+1, f[2], err)
		}
		q, err := strconv.Atoi(f[3])
		if err != nil {
			return nil, fmt.Errorf("cameo line %d: quad class %q: %w", i+1, f[3], err)
		}
		t.byCode[f[0]] = CAMEO{Code: f[0], Name: f[1], Goldstein: g, QuadClass: q}
		t.codes = append(t.codes, f[0])
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
