package schema

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/loaders/tsv"
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

// ParsePredicates parses a table with the columns name, kind, cameo,
// symmetric and description (loaders/tsv format).
func ParsePredicates(text string) (*Predicates, error) {
	p := &Predicates{byName: map[string]Predicate{}, lower: map[string]string{}}
	cols := []string{"name", "kind", "cameo", "symmetric", "description"}
	err := tsv.Each("predicates.tsv", strings.NewReader(text), tsv.Options{Columns: cols, Required: cols, Full: true}, func(r tsv.Row) error {
		name := r.Get("name")
		k := Kind(r.Get("kind"))
		if k != Event && k != Relation && k != Stance {
			return fmt.Errorf("unknown kind %q", k)
		}
		if _, dup := p.byName[name]; dup {
			return fmt.Errorf("duplicate predicate %q", name)
		}
		p.byName[name] = Predicate{Name: name, Kind: k, CAMEO: r.Get("cameo"), Symmetric: r.Get("symmetric") == "yes", Description: r.Get("description")}
		p.lower[strings.ToLower(name)] = name
		p.order = append(p.order, name)
		return nil
	})
	if err != nil {
		return nil, err
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
