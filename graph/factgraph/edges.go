package factgraph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/kg-project/kg/schema"
)

// Families group predicates the way an analyst filters them: events by
// their CAMEO quad class, relations and stances on their own.
var Families = []string{"verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict", "relation", "stance", "other-event"}

// FamilyNames are the display names of Families.
var FamilyNames = map[string]string{
	"verbal-cooperation": "Verbal cooperation", "material-cooperation": "Material cooperation",
	"verbal-conflict": "Verbal conflict", "material-conflict": "Material conflict",
	"relation": "Relation", "stance": "Stance", "other-event": "Other event",
}

// Family is the family of a fact.
func Family(f *Fact) string {
	switch schema.Kind(f.Kind) {
	case schema.Relation:
		return "relation"
	case schema.Stance:
		return "stance"
	}
	if f.QuadClass >= 1 && f.QuadClass <= 4 {
		return Families[f.QuadClass-1]
	}
	return "other-event"
}

// Modalities are the values of a fact's modality; "asserted" facts are
// always kept by Filter, the others only when asked for.
var Modalities = []string{"asserted", "planned", "hedged", "reported"}

// Filter selects facts. The zero Filter keeps every fact.
type Filter struct {
	From, To    string          // ISO dates or prefixes (2019, 2019-09), inclusive; "" is open
	Families    map[string]bool // nil keeps all
	Publishers  map[string]bool // nil keeps all
	Modalities  map[string]bool // nil keeps all; "asserted" (or none) is always kept
	MinArticles int             // an edge needs this many distinct articles
}

// IsZero says whether the filter keeps everything.
func (fl Filter) IsZero() bool {
	return fl.From == "" && fl.To == "" && fl.Families == nil && fl.Publishers == nil && fl.Modalities == nil && fl.MinArticles <= 0
}

// lowDate and highDate widen a partial date to the first and last day it
// covers, so that "2019" overlaps a filter from 2019-09-01.
func lowDate(d string) string  { return d + "-01-01"[len(d)-4:] }
func highDate(d string) string { return d + "-12-31"[len(d)-4:] }

func widen(d string, high bool) string {
	if len(d) != 4 && len(d) != 7 {
		return d
	}
	if high {
		return highDate(d)
	}
	return lowDate(d)
}

// Keep says whether the filter keeps fact f (the MinArticles test is on
// edges, see Edges).
func (fl Filter) Keep(m *Model, f *Fact) bool {
	if fl.From != "" || fl.To != "" {
		d := m.When(f)
		if d == "" {
			return false
		}
		if fl.From != "" && widen(d, true) < widen(fl.From, false) {
			return false
		}
		if fl.To != "" && widen(d, false) > widen(fl.To, true) {
			return false
		}
	}
	if fl.Families != nil && !fl.Families[Family(f)] {
		return false
	}
	if fl.Publishers != nil {
		a := m.Articles[f.Article]
		if a == nil || !fl.Publishers[a.Publisher] {
			return false
		}
	}
	if fl.Modalities != nil && f.Modality != "" && f.Modality != "asserted" && !fl.Modalities[f.Modality] {
		return false
	}
	return true
}

// Edge is a set of facts with the same subject, predicate and object (and,
// for ArticleEdges, article).
type Edge struct {
	ID        string
	Source    string
	Target    string
	Predicate string
	Family    string
	Article   string  // ArticleEdges only
	Facts     []*Fact // oldest first
	Articles  int     // distinct articles behind subject-predicate-object, whatever the article split
}

// First is the fact that speaks for the edge: the first dated one.
func (e *Edge) First() *Fact { return e.Facts[0] }

// Publishers lists the distinct publishers of the edge's facts.
func (e *Edge) Publishers(m *Model) []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range e.Facts {
		if a := m.Articles[f.Article]; a != nil && a.Publisher != "" && !seen[a.Publisher] {
			seen[a.Publisher] = true
			out = append(out, a.Publisher)
		}
	}
	sort.Strings(out)
	return out
}

func edgeID(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return "e" + hex.EncodeToString(h[:6])
}

// Edges groups the kept, non-negated facts by subject, predicate and
// object. A symmetric predicate's two directions are one edge ("A meets B"
// and "B meets A" are the same meeting), drawn from the lesser IRI. It also
// returns the kept negated facts, which are evidence but never edges.
func (m *Model) Edges(fl Filter, preds *schema.Predicates) (edges []*Edge, negated []*Fact) {
	return m.group(fl, preds, false)
}

// ArticleEdges is one edge per subject, predicate, object and article: the
// direct edges kg writes (and kg stats counts), with Articles still the
// count over all articles.
func (m *Model) ArticleEdges(fl Filter) (edges []*Edge, negated []*Fact) {
	return m.group(fl, nil, true)
}

func (m *Model) group(fl Filter, preds *schema.Predicates, perArticle bool) ([]*Edge, []*Fact) {
	type key struct{ s, p, o, a string }
	byKey := map[key]*Edge{}
	articles := map[key]map[string]bool{} // per s, p, o
	var negated []*Fact
	for _, f := range m.Facts {
		if !fl.Keep(m, f) {
			continue
		}
		if f.Negated {
			negated = append(negated, f)
			continue
		}
		s, o := f.Subject, f.Object
		if preds != nil {
			if p, ok := preds.Get(f.Predicate); ok && p.Symmetric && o < s {
				s, o = o, s
			}
		}
		spo := key{s, f.Predicate, o, ""}
		if articles[spo] == nil {
			articles[spo] = map[string]bool{}
		}
		articles[spo][f.Article] = true
		k := spo
		if perArticle {
			k.a = f.Article
		}
		e := byKey[k]
		if e == nil {
			e = &Edge{ID: edgeID(k.s, k.p, k.o, k.a), Source: s, Target: o, Predicate: f.Predicate, Family: Family(f), Article: k.a}
			byKey[k] = e
		}
		e.Facts = append(e.Facts, f)
	}
	var edges []*Edge
	for k, e := range byKey {
		e.Articles = len(articles[key{k.s, k.p, k.o, ""}])
		if e.Articles < fl.MinArticles {
			continue
		}
		sort.SliceStable(e.Facts, func(i, j int) bool {
			di, dj := m.When(e.Facts[i]), m.When(e.Facts[j])
			if di != dj {
				return di < dj
			}
			return e.Facts[i].IRI < e.Facts[j].IRI
		})
		edges = append(edges, e)
	}
	sort.Slice(edges, func(i, j int) bool { return edges[i].ID < edges[j].ID })
	return edges, negated
}

// Neighbourhood keeps the edges within hops of actor (edges between two
// nodes that are both within reach included), ignoring direction, and the
// negated facts that touch a node kept. maxNodes > 0 stops growing the
// last hop once that many nodes are in, best-supported edges first.
func Neighbourhood(edges []*Edge, negated []*Fact, actor string, hops, maxNodes int) ([]*Edge, []*Fact) {
	adj := map[string][]*Edge{}
	for _, e := range edges {
		adj[e.Source] = append(adj[e.Source], e)
		adj[e.Target] = append(adj[e.Target], e)
	}
	in := map[string]bool{actor: true}
	frontier := []string{actor}
	for h := 0; h < hops && len(frontier) > 0; h++ {
		var cand []*Edge
		for _, n := range frontier {
			cand = append(cand, adj[n]...)
		}
		sort.SliceStable(cand, func(i, j int) bool { return cand[i].Articles > cand[j].Articles })
		var next []string
		for _, e := range cand {
			for _, n := range []string{e.Source, e.Target} {
				if in[n] {
					continue
				}
				if maxNodes > 0 && len(in) >= maxNodes {
					break
				}
				in[n] = true
				next = append(next, n)
			}
		}
		frontier = next
	}
	var out []*Edge
	for _, e := range edges {
		if in[e.Source] && in[e.Target] {
			out = append(out, e)
		}
	}
	var neg []*Fact
	for _, f := range negated {
		if in[f.Subject] && in[f.Object] {
			neg = append(neg, f)
		}
	}
	return out, neg
}

// Segment is a piece of a sentence; Mark is "subject", "object", "trigger"
// or "" for plain text.
type Segment struct {
	Text string `json:"text"`
	Mark string `json:"mark,omitempty"`
}

// Highlight splits a fact's sentence into plain text and the spans of its
// subject, object and trigger. The stored offsets count code points in the
// article file; when they do not fit the stored sentence (older stores, or
// normalised whitespace), the trigger and the actors' labels are searched
// for instead.
func (m *Model) Highlight(f *Fact) []Segment {
	rs := []rune(f.Sentence)
	marks := make([]string, len(rs))
	mark := func(a, b int, name string) bool {
		if a < 0 || b > len(rs) || a >= b {
			return false
		}
		for i := a; i < b; i++ {
			if marks[i] == "" {
				marks[i] = name
			}
		}
		return true
	}
	search := func(needle, name string) {
		if needle == "" {
			return
		}
		lower := []rune(strings.ToLower(f.Sentence))
		n := []rune(strings.ToLower(needle))
		if len(lower) != len(rs) {
			return // lower-casing changed the length; give up rather than mark the wrong text
		}
		if i := indexRunes(lower, n); i >= 0 {
			mark(i, i+len(n), name)
		}
	}
	spans := []struct {
		span [2]int
		name string
		text string
	}{
		{f.TrigSpan, "trigger", f.Trigger},
		{f.SubjSpan, "subject", m.Label(f.Subject)},
		{f.ObjSpan, "object", m.Label(f.Object)},
	}
	// Offsets that do not land on the trigger word are wrong for all spans.
	useOffsets := f.hasOffsets > 0
	if ta, tb := f.TrigSpan[0]-f.SentStart, f.TrigSpan[1]-f.SentStart; useOffsets && f.Trigger != "" {
		useOffsets = ta >= 0 && tb <= len(rs) && ta < tb && strings.EqualFold(string(rs[ta:tb]), f.Trigger)
	}
	for _, sp := range spans {
		a, b := sp.span[0]-f.SentStart, sp.span[1]-f.SentStart
		if !(useOffsets && sp.span[1] > 0 && mark(a, b, sp.name)) {
			search(sp.text, sp.name)
		}
	}
	var out []Segment
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && marks[j] == marks[i] {
			j++
		}
		out = append(out, Segment{Text: string(rs[i:j]), Mark: marks[i]})
		i = j
	}
	return out
}

func indexRunes(s, sub []rune) int {
	if len(sub) == 0 {
		return -1
	}
outer:
	for i := 0; i+len(sub) <= len(s); i++ {
		for j := range sub {
			if s[i+j] != sub[j] {
				continue outer
			}
		}
		return i
	}
	return -1
}

// Dates lists the distinct dates (When) of the model's facts, sorted.
func (m *Model) Dates() []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range m.Facts {
		if d := m.When(f); d != "" && !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
	}
	sort.Strings(out)
	return out
}

// PublisherList lists the distinct publishers of the model's articles.
func (m *Model) PublisherList() []string {
	seen := map[string]bool{}
	var out []string
	for _, a := range m.Articles {
		if a.Publisher != "" && !seen[a.Publisher] {
			seen[a.Publisher] = true
			out = append(out, a.Publisher)
		}
	}
	sort.Strings(out)
	return out
}

// ParseSet turns a comma-separated list into a set; "" is nil (everything).
func ParseSet(s string) map[string]bool {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	out := map[string]bool{}
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out[p] = true
		}
	}
	return out
}

// CheckDate accepts "", YYYY, YYYY-MM and YYYY-MM-DD.
func CheckDate(name, d string) error {
	if d == "" {
		return nil
	}
	ok := len(d) == 4 || len(d) == 7 || len(d) == 10
	for i, c := range d {
		if i == 4 || i == 7 {
			ok = ok && c == '-'
		} else {
			ok = ok && c >= '0' && c <= '9'
		}
	}
	if !ok {
		return fmt.Errorf("%s %q: want YYYY, YYYY-MM or YYYY-MM-DD", name, d)
	}
	return nil
}
