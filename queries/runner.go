package queries

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/dop251/goja"

	"github.com/kg-project/kg/schema"
)

// Runner binds parameters and runs canned queries against one store.
type Runner struct {
	qs       graph.QuadStore
	v        schema.Vocab
	preds    *schema.Predicates
	cameo    *schema.CAMEOTable
	resolver *Resolver
	vocabJS  string // the `var vocab = ...;` line, the same for every query
}

// NewRunner returns a Runner over qs, whose IRIs are under v's base.
func NewRunner(qs graph.QuadStore, v schema.Vocab) (*Runner, error) {
	preds, err := schema.LoadPredicates()
	if err != nil {
		return nil, fmt.Errorf("load predicate vocabulary: %w", err)
	}
	cameo, err := schema.LoadCAMEO()
	if err != nil {
		return nil, fmt.Errorf("load CAMEO table: %w", err)
	}
	r := &Runner{qs: qs, v: v, preds: preds, cameo: cameo, resolver: NewResolver(qs, v)}
	r.vocabJS, err = r.vocabPreamble()
	if err != nil {
		return nil, err
	}
	return r, nil
}

// Resolver is the Runner's actor name resolver.
func (r *Runner) Resolver() *Resolver { return r.resolver }

// Bound is a query with its parameters checked, resolved and ready to run.
type Bound struct {
	Query  *Query
	Params map[string]any // JSON-ready; absent optional parameters are nil
	Actors map[string]Actor
}

// Bind checks values (parameter name -> text as given on the command line)
// against q's declarations: types, required arguments, actor names (resolved
// to IRIs) and predicates (expanded to the facts they match).
func (r *Runner) Bind(ctx context.Context, q *Query, values map[string]string) (*Bound, error) {
	for k := range values {
		if _, ok := q.Param(k); !ok {
			return nil, fmt.Errorf("%s: unknown parameter %q", q.Name, k)
		}
	}
	b := &Bound{Query: q, Params: map[string]any{}, Actors: map[string]Actor{}}
	// Booleans first: a predicate parameter reads --exact.
	all := q.Params()
	sort.SliceStable(all, func(i, j int) bool { return all[i].Type == TypeBool && all[j].Type != TypeBool })
	for _, p := range all {
		s, given := values[p.Name]
		if !given && p.Flag && p.Default != "" {
			s, given = p.Default, true
		}
		if !given || (s == "" && p.Type != TypeString) {
			if p.Required {
				return nil, fmt.Errorf("%s: missing argument %s", q.Name, strings.ToUpper(p.Name))
			}
			if p.Type == TypeBool {
				b.Params[p.Name] = false
			} else {
				b.Params[p.Name] = nil
			}
			continue
		}
		v, err := r.bindValue(ctx, b, p, s)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", q.Name, p.Name, err)
		}
		b.Params[p.Name] = v
	}
	return b, nil
}

var dateRE = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// checkDate accepts a calendar date at the precision given: 2015,
// 2015-11 or 2015-11-24, but not 2015-13 or 2015-02-30, which would
// otherwise compare as text and quietly select nothing (or everything).
func checkDate(s string) (string, error) {
	if !dateRE.MatchString(s) {
		return "", fmt.Errorf("%q is not a date (want YYYY, YYYY-MM or YYYY-MM-DD)", s)
	}
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(s)]
	if _, err := time.Parse(layout, s); err != nil {
		return "", fmt.Errorf("%q is not a date: no such month or day (want YYYY, YYYY-MM or YYYY-MM-DD)", s)
	}
	return s, nil
}

func (r *Runner) bindValue(ctx context.Context, b *Bound, p Param, s string) (any, error) {
	switch p.Type {
	case TypeActor:
		a, err := r.resolver.Resolve(ctx, s)
		if err != nil {
			return nil, err
		}
		b.Actors[p.Name] = a
		b.Params[p.Name+"Label"] = a.Label
		return "<" + string(a.IRI) + ">", nil
	case TypePredicate:
		exact, _ := b.Params["exact"].(bool)
		return r.bindPredicate(s, exact)
	case TypeInt:
		n, err := strconv.Atoi(s)
		if err != nil {
			return nil, fmt.Errorf("%q is not a whole number", s)
		}
		return n, nil
	case TypeBool:
		v, err := strconv.ParseBool(s)
		if err != nil {
			return nil, fmt.Errorf("%q is not true or false", s)
		}
		return v, nil
	case TypeDate:
		return checkDate(s)
	case TypeActorType:
		t, err := schema.ParseActorType(s)
		if err != nil {
			return nil, err
		}
		return map[string]any{"name": string(t), "class": "<" + string(r.v.Class(t)) + ">"}, nil
	}
	return s, nil
}

// PredicateMatch is how a predicate argument is bound: the facts it matches
// are those whose predicate is one of Predicates or whose CAMEO code is one
// of CAMEO.
type PredicateMatch struct {
	Input      string   `json:"input"`
	Name       string   `json:"name"` // the predicate, or the CAMEO code given
	Kind       string   `json:"kind"`
	Predicates []string `json:"predicates"`
	CAMEO      []string `json:"cameo"`
}

var cameoCodeRE = regexp.MustCompile(`^\d{2,4}$`)

// bindPredicate expands a predicate name or CAMEO code. An event predicate
// whose default code is a root's "not specified below" code (xx0: attacks
// 190, meets 040) stands for the whole root, so "who attacks Russia" also
// finds shootsDown, bombs and kills (all CAMEO 19, fight) and "who meets"
// finds visits and talks (04, consult); exact restricts to the name itself.
func (r *Runner) bindPredicate(s string, exact bool) (PredicateMatch, error) {
	m := PredicateMatch{Input: s, Predicates: []string{}, CAMEO: []string{}}
	prefix := ""
	if cameoCodeRE.MatchString(s) {
		if _, ok := r.cameo.Lookup(s); !ok {
			return m, fmt.Errorf("no CAMEO code %q", s)
		}
		m.Name, m.Kind, prefix = s, string(schema.Event), s
	} else {
		p, ok := r.preds.Get(s)
		if !ok {
			return m, fmt.Errorf("unknown predicate %q; %s", s, r.closestPredicates(s))
		}
		m.Name, m.Kind = p.Name, string(p.Kind)
		m.Predicates = append(m.Predicates, p.Name)
		if exact || p.Kind != schema.Event || p.CAMEO == "" {
			return m, nil
		}
		prefix = p.CAMEO
		if len(prefix) == 3 && strings.HasSuffix(prefix, "0") {
			prefix = prefix[:2]
		}
	}
	for _, p := range r.preds.All() {
		if p.Kind == schema.Event && strings.HasPrefix(p.CAMEO, prefix) && p.Name != m.Name {
			m.Predicates = append(m.Predicates, p.Name)
		}
	}
	for _, c := range r.cameo.Codes() {
		if strings.HasPrefix(c, prefix) {
			m.CAMEO = append(m.CAMEO, c)
		}
	}
	return m, nil
}

func (r *Runner) closestPredicates(s string) string {
	type sc struct {
		n string
		d int
	}
	var all []sc
	for _, p := range r.preds.All() {
		d := levenshtein(strings.ToLower(p.Name), strings.ToLower(s))
		if strings.HasPrefix(strings.ToLower(p.Name), strings.ToLower(s)) {
			d = 0
		}
		all = append(all, sc{p.Name, d})
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].d < all[j].d })
	var names []string
	for i := 0; i < len(all) && i < 5; i++ {
		names = append(names, all[i].n)
	}
	return "closest: " + strings.Join(names, ", ") + " (or give a CAMEO code such as 19; kg query list shows the vocabulary)"
}

// vocabPreamble describes the vocabulary to the JavaScript side.
func (r *Runner) vocabPreamble() (string, error) {
	type pred struct {
		Kind      string `json:"kind"`
		CAMEO     string `json:"cameo"`
		Symmetric bool   `json:"symmetric"`
	}
	preds := map[string]pred{}
	for _, p := range r.preds.All() {
		preds[p.Name] = pred{Kind: string(p.Kind), CAMEO: p.CAMEO, Symmetric: p.Symmetric}
	}
	classes := map[string]string{}
	for _, t := range schema.ActorTypes {
		classes[string(r.v.Class(t))] = string(t)
	}
	classes[string(r.v.Term("Actor"))] = ""
	// Every property a fact node may carry, so loadFacts can name them:
	// out(null) joins against every node in the store on the kv backends.
	var factProps []string
	for _, t := range []string{schema.PSubject, schema.PPredicate, schema.PObject, schema.PKind, schema.PCAMEO,
		schema.PCAMEOName, schema.PGoldstein, schema.PQuadClass, schema.PPolarity, schema.PNegated, schema.PModality,
		schema.PDate, schema.PSpeaker, schema.PTopic, schema.PPost, schema.PSentence, schema.PSentenceIndex,
		schema.PArticle, schema.PRule} {
		factProps = append(factProps, "<"+string(r.v.Term(t))+">")
	}
	v := map[string]any{
		"factProps":  factProps,
		"base":       r.v.Base(),
		"rdfType":    schema.RDFType,
		"label":      schema.Label,
		"sameAs":     schema.SameAs,
		"classes":    classes,
		"predicates": preds,
	}
	js, err := jsonJS(v)
	if err != nil {
		return "", fmt.Errorf("encode vocabulary: %w", err)
	}
	return "var vocab = " + js + ";\n", nil
}

// jsonJS encodes v as a JavaScript literal. encoding/json escapes <, >, &,
// U+2028 and U+2029, so the text is safe inside a <script> element and in
// ES5 string literals, and no value can end the literal early.
func jsonJS(v any) (string, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	return strings.TrimSpace(buf.String()), nil
}

// Script is the exact Gizmo text that runs for b: the parameters as data,
// the vocabulary, the helper library and the query. It can be pasted into
// the Cayley web UI as it is.
func (r *Runner) Script(b *Bound) (string, error) {
	ps, err := jsonJS(b.Params)
	if err != nil {
		return "", fmt.Errorf("%s: encode parameters: %w", b.Query.Name, err)
	}
	var s strings.Builder
	fmt.Fprintf(&s, "// kg canned query %q; parameters are data, bound below.\n", b.Query.Name)
	s.WriteString("var params = " + ps + ";\n")
	s.WriteString(r.vocabJS)
	s.WriteString(lib)
	s.WriteString("\n")
	s.WriteString(b.Query.Body)
	return s.String(), nil
}

// Result is what a query answered.
type Result struct {
	Query   *Query
	Bound   *Bound
	Rows    []map[string]any
	Summary []string // lines the query gave about the whole answer ("2 independent articles")
}

// Run binds values and runs q.
func (r *Runner) Run(ctx context.Context, q *Query, values map[string]string) (*Result, error) {
	b, err := r.Bind(ctx, q, values)
	if err != nil {
		return nil, err
	}
	return r.RunBound(ctx, b)
}

// RunBound runs an already bound query.
func (r *Runner) RunBound(ctx context.Context, b *Bound) (*Result, error) {
	script, err := r.Script(b)
	if err != nil {
		return nil, err
	}
	res := &Result{Query: b.Query, Bound: b}
	if err := r.exec(ctx, script, func(v any) {
		row, ok := v.(map[string]any)
		if !ok {
			return
		}
		if s, ok := row["@summary"].(string); ok {
			res.Summary = append(res.Summary, s)
			return
		}
		res.Rows = append(res.Rows, row)
	}); err != nil {
		return nil, fmt.Errorf("query %s: %w", b.Query.Name, err)
	}
	return res, nil
}

// exec runs Gizmo text the way Cayley's HTTP and REPL front ends do (a
// gizmo session over the quad store, results pulled from its iterator) and
// hands every g.emit value to fn.
func (r *Runner) exec(ctx context.Context, script string, fn func(any)) error {
	sess := gizmo.NewSession(r.qs)
	it, err := sess.Execute(ctx, script, query.Options{Collation: query.Raw})
	if err != nil {
		return jsError(err)
	}
	defer it.Close()
	for it.Next(ctx) {
		res, ok := it.Result().(*gizmo.Result)
		if !ok || res.Meta || res.Val == nil {
			continue // the script's completion value, or a tagged path result
		}
		fn(res.Val)
	}
	if err := it.Err(); err != nil {
		return jsError(err)
	}
	return ctx.Err()
}

// jsError shortens goja's errors to their message and location.
func jsError(err error) error {
	if ex, ok := err.(*goja.Exception); ok {
		return fmt.Errorf("%s", ex.String())
	}
	return err
}
