package queries

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// Actor is a resolved actor: its IRI and canonical label.
type Actor struct {
	IRI   quad.IRI
	Label string
}

// Candidate is an actor offered when a name does not resolve.
type Candidate struct {
	Actor
	Name string // the label or alias that came close

	place, byLabel bool // ranking: actors before places, labels before aliases
}

// ResolveError says why a name did not resolve to exactly one actor.
type ResolveError struct {
	Name       string
	Ambiguous  bool // several actors answer to the name
	Candidates []Candidate
}

func (e *ResolveError) Error() string {
	var b strings.Builder
	if e.Ambiguous {
		fmt.Fprintf(&b, "actor %q is ambiguous: it could be", e.Name)
	} else {
		fmt.Fprintf(&b, "no actor called %q in the store", e.Name)
		if len(e.Candidates) > 0 {
			b.WriteString("; closest:")
		}
	}
	for i, c := range e.Candidates {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, " %s", c.Label)
		if c.Name != "" && !strings.EqualFold(c.Name, c.Label) {
			fmt.Fprintf(&b, " (as %q)", c.Name)
		}
		fmt.Fprintf(&b, " %s", c.IRI)
	}
	if e.Ambiguous {
		b.WriteString(" (give the full name, or the IRI)")
	}
	return b.String()
}

// actorEntry is one actor's names, as the store knows them.
type actorEntry struct {
	Actor
	names []string // label first, then aliases
	place bool
}

// Resolver finds actors by any name or alias the store knows, case- and
// accent-insensitively. The full actor list is read only when the cheap
// exact lookups fail, and then once.
type Resolver struct {
	qs graph.QuadStore
	v  schema.Vocab

	once    sync.Once
	entries []actorEntry
	err     error
}

// NewResolver returns a Resolver over qs.
func NewResolver(qs graph.QuadStore, v schema.Vocab) *Resolver {
	return &Resolver{qs: qs, v: v}
}

// Resolve turns a name, alias, actor IRI ("<...>" or under the base) or
// unique partial name ("Shoigu" for "Sergei Shoigu") into one actor.
func (r *Resolver) Resolve(ctx context.Context, name string) (Actor, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return Actor{}, fmt.Errorf("empty actor name")
	}
	actorPrefix := string(r.v.Actor("x"))
	actorPrefix = actorPrefix[:len(actorPrefix)-1]

	// An IRI given outright (as printed by other queries).
	if iri := strings.TrimSuffix(strings.TrimPrefix(name, "<"), ">"); strings.HasPrefix(iri, actorPrefix) || strings.HasPrefix(name, "actor/") {
		if strings.HasPrefix(name, "actor/") {
			iri = r.v.Base() + name
		}
		if l, ok := r.label(ctx, quad.IRI(iri)); ok {
			return Actor{IRI: quad.IRI(iri), Label: l}, nil
		}
	}

	// Cheap: the exact label or alias (one index lookup), then the IRI the
	// quad writer would have minted for the name.
	if hits := r.exact(ctx, name); len(hits) == 1 {
		return hits[0], nil
	} else if len(hits) > 1 {
		return Actor{}, &ResolveError{Name: name, Ambiguous: true, Candidates: asCandidates(hits, name)}
	}
	// A place under that IRI waits for the full comparison, where an actor
	// with the name as an alias wins ("moscow" is Russia, as "Moscow" is).
	if iri := r.v.Actor(name); iri != "" {
		if l, ok := r.label(ctx, iri); ok && !r.isPlace(ctx, iri) {
			return Actor{IRI: iri, Label: l}, nil
		}
	}

	// Everything else needs every actor's names.
	entries, err := r.all(ctx)
	if err != nil {
		return Actor{}, err
	}
	key := schema.Slug(name, false)
	var same, words []Candidate
	for _, e := range entries {
		for i, n := range e.names {
			s := schema.Slug(n, false)
			c := Candidate{Actor: e.Actor, Name: n, place: e.place, byLabel: i == 0}
			switch {
			case s == key:
				same = appendCandidate(same, c)
			case containsWords(s, key):
				words = appendCandidate(words, c)
			}
		}
	}
	for _, set := range [][]Candidate{same, words} {
		set = prefer(set, func(c Candidate) bool { return !c.place })
		set = prefer(set, func(c Candidate) bool { return c.byLabel })
		if len(set) == 1 {
			return set[0].Actor, nil
		}
		if len(set) > 1 {
			sortCandidates(set)
			return Actor{}, &ResolveError{Name: name, Ambiguous: true, Candidates: set}
		}
	}
	return Actor{}, &ResolveError{Name: name, Candidates: closest(entries, key, 5)}
}

func asCandidates(as []Actor, name string) []Candidate {
	out := make([]Candidate, 0, len(as))
	for _, a := range as {
		out = append(out, Candidate{Actor: a, Name: name})
	}
	sortCandidates(out)
	return out
}

func sortCandidates(cs []Candidate) {
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].Label != cs[j].Label {
			return cs[i].Label < cs[j].Label
		}
		return cs[i].IRI < cs[j].IRI
	})
}

// prefer keeps the candidates f likes, unless it likes none.
func prefer(cs []Candidate, f func(Candidate) bool) []Candidate {
	var k []Candidate
	for _, c := range cs {
		if f(c) {
			k = append(k, c)
		}
	}
	if len(k) == 0 {
		return cs
	}
	return k
}

// appendCandidate keeps one candidate per actor.
func appendCandidate(cs []Candidate, c Candidate) []Candidate {
	for i, x := range cs {
		if x.IRI == c.IRI {
			cs[i].byLabel = x.byLabel || c.byLabel
			return cs
		}
	}
	return append(cs, c)
}

// containsWords says whether the slug key is a whole-word run inside s:
// "le-drian" in "jean-yves-le-drian", not "dria".
func containsWords(s, key string) bool {
	if key == "" || key == "_" {
		return false
	}
	return strings.Contains("-"+s+"-", "-"+key+"-")
}

// exact finds actors whose label or alias is exactly name. Places (cities,
// regions) give way to actors: "Moscow" is an alias of Russia and may also
// be a place of its own, and the question is about the actor. A label match
// beats an alias match for the same reason one name is canonical.
func (r *Resolver) exact(ctx context.Context, name string) []Actor {
	ref := r.qs.ValueOf(quad.String(name))
	if ref == nil {
		return nil
	}
	label, alias := quad.IRI(schema.Label), r.v.Term(schema.PAlias)
	type hit struct {
		Actor
		byLabel, place bool
	}
	var hits []hit
	seen := map[quad.IRI]bool{}
	r.each(ctx, quad.Object, ref, func(q quad.Quad) {
		if q.Predicate != label && q.Predicate != alias {
			return
		}
		iri, ok := q.Subject.(quad.IRI)
		if !ok || seen[iri] {
			return
		}
		seen[iri] = true
		hits = append(hits, hit{Actor: Actor{IRI: iri}, byLabel: q.Predicate == label})
	})
	for i := range hits {
		hits[i].Label, _ = r.label(ctx, hits[i].IRI)
		hits[i].place = r.isPlace(ctx, hits[i].IRI)
	}
	keep := func(f func(hit) bool) {
		var k []hit
		for _, h := range hits {
			if f(h) {
				k = append(k, h)
			}
		}
		if len(k) > 0 {
			hits = k
		}
	}
	keep(func(h hit) bool { return h.Label != "" })
	keep(func(h hit) bool { return !h.place })
	keep(func(h hit) bool { return h.byLabel })
	var out []Actor
	for _, h := range hits {
		if h.Label != "" {
			out = append(out, h.Actor)
		}
	}
	return out
}

// label is the rdfs:label of node, if it has one.
func (r *Resolver) label(ctx context.Context, node quad.IRI) (string, bool) {
	ref := r.qs.ValueOf(node)
	if ref == nil {
		return "", false
	}
	var l string
	found := false
	r.objects(ctx, ref, quad.IRI(schema.Label), func(o quad.Value) {
		if !found {
			l, found = quad.ToString(o), true
		}
	})
	return l, found
}

func (r *Resolver) isPlace(ctx context.Context, node quad.IRI) bool {
	place := false
	if ref := r.qs.ValueOf(node); ref != nil {
		r.objects(ctx, ref, quad.IRI(schema.RDFType), func(o quad.Value) {
			place = place || o == r.v.Class(schema.Place)
		})
	}
	return place
}

// each calls fn for every quad whose dir is ref.
func (r *Resolver) each(ctx context.Context, dir quad.Direction, ref graph.Ref, fn func(quad.Quad)) error {
	it := r.qs.QuadIterator(dir, ref)
	defer it.Close()
	for it.Next(ctx) {
		fn(r.qs.Quad(it.Result()))
	}
	return it.Err()
}

// eachPredicate calls fn for the quads of subject ref with predicate p,
// comparing predicates by reference before reading any quad.
func (r *Resolver) eachPredicate(ctx context.Context, ref graph.Ref, p quad.IRI, fn func(quad.Quad)) error {
	pref := r.qs.ValueOf(p)
	if ref == nil || pref == nil {
		return nil
	}
	pk := graph.ToKey(pref)
	it := r.qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	for it.Next(ctx) {
		if graph.ToKey(r.qs.QuadDirection(it.Result(), quad.Predicate)) == pk {
			fn(r.qs.Quad(it.Result()))
		}
	}
	return it.Err()
}

// objects calls fn for the objects of the quads of subject ref with
// predicate p: a node shape, which Cayley optimises into one index prefix
// scan (subject, predicate) on the kv backends, where iterating all of a
// hub's quads and filtering would read thousands of fact edges and summaries.
func (r *Resolver) objects(ctx context.Context, ref graph.Ref, p quad.IRI, fn func(quad.Value)) error {
	pref := r.qs.ValueOf(p)
	if ref == nil || pref == nil {
		return nil
	}
	s, _ := shape.Optimize(shape.NodesFrom{Dir: quad.Object, Quads: shape.Quads{
		{Dir: quad.Subject, Values: shape.Fixed{ref}},
		{Dir: quad.Predicate, Values: shape.Fixed{pref}},
	}}, r.qs)
	it := shape.BuildIterator(r.qs, s)
	defer it.Close()
	for it.Next(ctx) {
		fn(r.qs.NameOf(it.Result()))
	}
	return it.Err()
}

// all reads every typed actor with its label and aliases, once. Actors are
// found through rdf:type (an index lookup per class) rather than by scanning
// for rdfs:label, which the kv backends have no predicate-first index for.
func (r *Resolver) all(ctx context.Context) ([]actorEntry, error) {
	r.once.Do(func() {
		typ := r.qs.ValueOf(quad.IRI(schema.RDFType))
		if typ == nil {
			return
		}
		classes := []quad.IRI{r.v.Term("Actor")}
		for _, t := range schema.ActorTypes {
			classes = append(classes, r.v.Class(t))
		}
		seen := map[quad.IRI]bool{}
		var actors []quad.IRI
		for _, c := range classes {
			ref := r.qs.ValueOf(c)
			if ref == nil {
				continue
			}
			err := r.each(ctx, quad.Object, ref, func(q quad.Quad) {
				iri, ok := q.Subject.(quad.IRI)
				if q.Predicate == quad.IRI(schema.RDFType) && ok && !seen[iri] {
					seen[iri] = true
					actors = append(actors, iri)
				}
			})
			if err != nil {
				r.err = fmt.Errorf("list actors of class %s: %w", c, err)
				return
			}
		}
		label, alias := quad.IRI(schema.Label), r.v.Term(schema.PAlias)
		place := r.v.Class(schema.Place)
		for _, a := range actors {
			e := actorEntry{Actor: Actor{IRI: a}}
			var aliases []string
			ref := r.qs.ValueOf(a)
			err := r.objects(ctx, ref, label, func(o quad.Value) {
				if e.Label == "" {
					e.Label = quad.ToString(o)
				}
			})
			if err == nil {
				err = r.objects(ctx, ref, alias, func(o quad.Value) { aliases = append(aliases, quad.ToString(o)) })
			}
			if err == nil {
				err = r.objects(ctx, ref, quad.IRI(schema.RDFType), func(o quad.Value) { e.place = e.place || o == place })
			}
			if err != nil {
				r.err = fmt.Errorf("read names of %s: %w", a, err)
				return
			}
			if e.Label == "" {
				continue
			}
			sort.Strings(aliases)
			e.names = append([]string{e.Label}, aliases...)
			r.entries = append(r.entries, e)
		}
		sort.Slice(r.entries, func(i, j int) bool { return r.entries[i].IRI < r.entries[j].IRI })
	})
	return r.entries, r.err
}

// closest ranks actors by how near one of their names is to key: a prefix
// match first, then edit distance; at most n, none that are far off.
func closest(entries []actorEntry, key string, n int) []Candidate {
	type scored struct {
		c Candidate
		d int
	}
	var all []scored
	for _, e := range entries {
		best := -1
		var bestName string
		for _, name := range e.names {
			s := schema.Slug(name, false)
			d := levenshtein(s, key)
			if strings.HasPrefix(s, key) || strings.HasPrefix(key, s) {
				d = 0
			}
			// Compare with each word too, so "shoygu" finds "sergei-shoigu".
			for _, w := range strings.Split(s, "-") {
				if wd := levenshtein(w, key); wd < d {
					d = wd
				}
			}
			if best < 0 || d < best {
				best, bestName = d, name
			}
		}
		limit := len([]rune(key))/2 + 1
		if best >= 0 && best <= limit {
			all = append(all, scored{Candidate{Actor: e.Actor, Name: bestName}, best})
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].d != all[j].d {
			return all[i].d < all[j].d
		}
		return all[i].c.Label < all[j].c.Label
	})
	var out []Candidate
	for i := 0; i < len(all) && i < n; i++ {
		out = append(out, all[i].c)
	}
	return out
}

// levenshtein is the edit distance between a and b, in runes.
func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
