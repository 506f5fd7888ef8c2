package schema

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
)

//go:embed predicates.tsv
var predicatesTSV string

// Kind separates the three families of facts kg extracts.
type Kind string

const (
	Event    Kind = "event"
	Relation Kind = "relation"
	Stance   Kind = "stance"
)

// Predicate is one entry of the vocabulary of relationships.
type Predicate struct {
	Name        string // camelCase local name, e.g. "meets"
	Kind        Kind
	CAMEO       string // default CAMEO code for events, "" otherwise
	Symmetric   bool   // "A meets B" implies "B meets A"
	Description string
}

// Predicates is the parsed, embedded predicate vocabulary.
type Predicates struct {
	byName map[string]Predicate
	lower  map[string]string
	order  []string
}

// LoadPredicates parses the embedded vocabulary.
func LoadPredicates() (*Predicates, error) { return ParsePredicates(predicatesTSV) }

// ParsePredicates parses a name<TAB>kind<TAB>cameo<TAB>symmetric<TAB>description table;
// lines starting with '#' are comments.
func ParsePredicates(tsv string) (*Predicates, error) {
	p := &Predicates{byName: map[string]Predicate{}, lower: map[string]string{}}
	for i, line := range strings.Split(tsv, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("predicates line %d: want 5 tab-separated fields, got %d", i+1, len(f))
		}
		k := Kind(f[1])
		if k != Event && k != Relation && k != Stance {
			return nil, fmt.Errorf("predicates line %d: unknown kind %q", i+1, f[1])
		}
		if _, dup := p.byName[f[0]]; dup {
			return nil, fmt.Errorf("predicates line %d: duplicate predicate %q", i+1, f[0])
		}
		p.byName[f[0]] = Predicate{Name: f[0], Kind: k, CAMEO: f[2], Symmetric: f[3] == "yes", Description: f[4]}
		p.lower[strings.ToLower(f[0])] = f[0]
		p.order = append(p.order, f[0])
	}
	return p, nil
}

// Get finds a predicate by name, case-insensitively.
func (p *Predicates) Get(name string) (Predicate, bool) {
	n, ok := p.lower[strings.ToLower(name)]
	if !ok {
		return Predicate{}, false
	}
	return p.byName[n], true
}

// All lists the predicates in file order.
func (p *Predicates) All() []Predicate {
	out := make([]Predicate, 0, len(p.order))
	for _, n := range p.order {
		out = append(out, p.byName[n])
	}
	return out
}

// ByCAMEORoot lists the event predicates whose default code has the given root.
func (p *Predicates) ByCAMEORoot(root string) []Predicate {
	var out []Predicate
	for _, n := range p.order {
		if pr := p.byName[n]; pr.Kind == Event && strings.HasPrefix(pr.CAMEO, root) {
			out = append(out, pr)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Predicate is the IRI of a predicate used for direct actor-to-actor edges.
func (v Vocab) Predicate(name string) quad.IRI { return v.Term(name) }
