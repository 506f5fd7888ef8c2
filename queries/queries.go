// Package queries holds kg's canned Gizmo queries: named, parameterised
// questions about actors, relationships and stances, each answered from the
// store with its evidence (articles, sentences, dates).
//
// Every question is one embedded .js file whose header declares its name,
// arguments, flags and output columns:
//
//	// @name who
//	// @description Who does PREDICATE (towards ACTOR)?
//	// @arg predicate predicate required  a predicate name or a CAMEO code
//	// @arg actor actor optional           the object
//	// @flag exact bool false              only PREDICATE itself, not its CAMEO family
//	// @columns source predicate target dates articles
//	// @evidence sentences
//	// @subgraph
//
// The Runner binds arguments as data: it JSON-encodes them into a preamble
// (`var params = {...};`) ahead of a shared helper library (lib.js) and the
// query body, so no value can change the query's text. Actor arguments are
// resolved to store IRIs first (see Resolver).
package queries

import (
	"embed"
	"fmt"
	"path"
	"sort"
	"strings"
)

//go:embed *.js
var files embed.FS

// libFile is the helper library every query runs after its preamble.
const libFile = "lib.js"

// Param types a query may declare.
const (
	TypeActor     = "actor"     // a name, alias or IRI; resolved to one actor IRI
	TypePredicate = "predicate" // a predicate name (case-insensitive) or a CAMEO code
	TypeString    = "string"
	TypeInt       = "int"
	TypeBool      = "bool"
	TypeDate      = "date"      // YYYY, YYYY-MM or YYYY-MM-DD
	TypeActorType = "actortype" // person, country, organization, group, ...
)

// Param is one declared argument (positional) or flag of a query.
type Param struct {
	Name        string
	Type        string
	Flag        bool   // a --flag rather than a positional argument
	Required    bool   // positional arguments only
	Default     string // flags only; "" when none
	Description string
}

// Query is one canned question.
type Query struct {
	Name        string
	Description string
	Args        []Param // positional, in order
	Flags       []Param
	Columns     []string // output columns, in order
	Evidence    []string // columns shown only with --evidence
	Subgraph    bool     // rows carry fact IRIs ("facts"), so -o nquads works
	File        string
	Body        string // the .js text, header included
}

// Params lists arguments then flags.
func (q *Query) Params() []Param { return append(append([]Param(nil), q.Args...), q.Flags...) }

// Param finds a declared parameter by name.
func (q *Query) Param(name string) (Param, bool) {
	for _, p := range q.Params() {
		if p.Name == name {
			return p, true
		}
	}
	return Param{}, false
}

// Usage is the positional part of a command line, e.g. "PREDICATE [ACTOR]".
func (q *Query) Usage() string {
	var parts []string
	for _, a := range q.Args {
		n := strings.ToUpper(a.Name)
		if !a.Required {
			n = "[" + n + "]"
		}
		parts = append(parts, n)
	}
	return strings.Join(parts, " ")
}

var (
	registry map[string]*Query
	order    []string
	lib      string
	loadErr  error
)

func init() {
	registry = map[string]*Query{}
	entries, err := files.ReadDir(".")
	if err != nil {
		loadErr = err
		return
	}
	for _, e := range entries {
		b, err := files.ReadFile(e.Name())
		if err != nil {
			loadErr = err
			return
		}
		if e.Name() == libFile {
			lib = string(b)
			continue
		}
		q, err := parseQuery(e.Name(), string(b))
		if err != nil {
			loadErr = err
			return
		}
		if _, dup := registry[q.Name]; dup {
			loadErr = fmt.Errorf("queries: %s: duplicate query name %q", e.Name(), q.Name)
			return
		}
		registry[q.Name] = q
		order = append(order, q.Name)
	}
	sort.Strings(order)
}

// List returns every canned query, sorted by name. It fails only if an
// embedded file is malformed, which the package tests guard.
func List() ([]*Query, error) {
	if loadErr != nil {
		return nil, loadErr
	}
	out := make([]*Query, 0, len(order))
	for _, n := range order {
		out = append(out, registry[n])
	}
	return out, nil
}

// Get finds a query by name.
func Get(name string) (*Query, error) {
	if loadErr != nil {
		return nil, loadErr
	}
	q, ok := registry[name]
	if !ok {
		return nil, fmt.Errorf("no canned query %q (known: %s)", name, strings.Join(order, ", "))
	}
	return q, nil
}

// parseQuery reads the @-header of a query file. Header lines are the
// leading "// " comment block; "@key value" lines declare, others describe.
func parseQuery(file, body string) (*Query, error) {
	q := &Query{File: file, Body: body}
	for i, line := range strings.Split(body, "\n") {
		if !strings.HasPrefix(line, "//") {
			break
		}
		line = strings.TrimSpace(strings.TrimPrefix(line, "//"))
		if !strings.HasPrefix(line, "@") {
			continue
		}
		key, rest, _ := strings.Cut(line, " ")
		rest = strings.TrimSpace(rest)
		errf := func(format string, a ...any) error {
			return fmt.Errorf("queries: %s:%d: %s", file, i+1, fmt.Sprintf(format, a...))
		}
		switch key {
		case "@name":
			q.Name = rest
		case "@description":
			q.Description = rest
		case "@arg":
			// @arg NAME TYPE required|optional DESCRIPTION
			f := strings.Fields(rest)
			if len(f) < 3 || (f[2] != "required" && f[2] != "optional") {
				return nil, errf("want '@arg NAME TYPE required|optional DESCRIPTION'")
			}
			if len(q.Args) > 0 && !q.Args[len(q.Args)-1].Required && f[2] == "required" {
				return nil, errf("required argument %s after an optional one", f[0])
			}
			p := Param{Name: f[0], Type: f[1], Required: f[2] == "required", Description: afterFields(rest, 3)}
			if err := checkType(p.Type); err != nil {
				return nil, errf("%v", err)
			}
			q.Args = append(q.Args, p)
		case "@flag":
			// @flag NAME TYPE DEFAULT DESCRIPTION ("-" for no default)
			f := strings.Fields(rest)
			if len(f) < 3 {
				return nil, errf("want '@flag NAME TYPE DEFAULT DESCRIPTION'")
			}
			p := Param{Name: f[0], Type: f[1], Flag: true, Default: f[2], Description: afterFields(rest, 3)}
			if p.Default == "-" {
				p.Default = ""
			}
			if err := checkType(p.Type); err != nil {
				return nil, errf("%v", err)
			}
			q.Flags = append(q.Flags, p)
		case "@columns":
			q.Columns = strings.Fields(rest)
		case "@evidence":
			q.Evidence = strings.Fields(rest)
		case "@subgraph":
			q.Subgraph = true
		default:
			return nil, errf("unknown header key %s", key)
		}
	}
	if q.Name == "" || q.Name != strings.TrimSuffix(path.Base(file), ".js") {
		return nil, fmt.Errorf("queries: %s: @name %q must match the file name", file, q.Name)
	}
	if len(q.Columns) == 0 {
		return nil, fmt.Errorf("queries: %s: no @columns", file)
	}
	// The roll-up rule is one rule: every question that takes an actor gets
	// the same --direct flag, with the same meaning (lib.js side()), so no
	// header can leave it out or describe it differently.
	if q.takesActor() {
		if _, ok := q.Param(DirectFlag.Name); ok {
			return nil, fmt.Errorf("queries: %s: --%s is added to every question with an actor; do not declare it", file, DirectFlag.Name)
		}
		q.Flags = append(q.Flags, DirectFlag)
	}
	return q, nil
}

// DirectFlag is the flag of every question that takes an actor: without
// it, an actor stands for itself and the actors that act for it (the
// holders of its posts, its members that are people, units or assets, and
// its state organs: "Russia" includes Putin, Shoigu and "Russia
// (military)"); with it, only for itself.
var DirectFlag = Param{Name: "direct", Type: TypeBool, Flag: true, Default: "false",
	Description: "only the named actor(s) themselves, not the post-holders, organs and military that act for them"}

// takesActor says whether q has an actor argument or flag.
func (q *Query) takesActor() bool {
	for _, p := range q.Params() {
		if p.Type == TypeActor {
			return true
		}
	}
	return false
}

// afterFields returns s without its first n whitespace-separated fields.
func afterFields(s string, n int) string {
	for i := 0; i < n; i++ {
		s = strings.TrimSpace(s)
		j := strings.IndexAny(s, " \t")
		if j < 0 {
			return ""
		}
		s = s[j:]
	}
	return strings.TrimSpace(s)
}

func checkType(t string) error {
	switch t {
	case TypeActor, TypePredicate, TypeString, TypeInt, TypeBool, TypeDate, TypeActorType:
		return nil
	}
	return fmt.Errorf("unknown parameter type %q", t)
}
