// Package factgraph reads kg's data model back out of quads as the graph an
// analyst or a graph tool thinks in: actors as nodes and facts as edges,
// each fact with its evidence (sentence, article, rule). kg serve's analyst
// view and kg export's graph formats both build on it, so that what the page
// draws and what Gephi opens are the same graph.
//
// It reads the authoritative model only (fact nodes, actor and article
// descriptions), never the derived read indexes (summaries, inverse edges,
// mentionedIn), so it does not depend on their encoding.
package factgraph

import (
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// Actor is a node: an actor of the actors graph.
type Actor struct {
	IRI      string   `json:"iri"`
	Label    string   `json:"label"`
	Type     string   `json:"type,omitempty"`     // schema.ActorType, "" if untyped
	Country  string   `json:"country,omitempty"`  // IRI of the country actor of a person or group
	Code     string   `json:"code,omitempty"`     // ISO 3166-1 alpha-3 of a country actor
	Wikidata string   `json:"wikidata,omitempty"` // Q-id
	Aliases  []string `json:"aliases,omitempty"`
}

// Article is the source of facts.
type Article struct {
	IRI       string `json:"iri"`
	Title     string `json:"title,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Date      string `json:"date,omitempty"`
	URL       string `json:"url,omitempty"`
}

// Fact is one fact node with everything kg stores about it.
type Fact struct {
	IRI        string   `json:"iri"`
	Subject    string   `json:"subject"`
	Predicate  string   `json:"predicate"` // local name, e.g. "meets"
	Object     string   `json:"object"`
	Kind       string   `json:"kind,omitempty"`
	CAMEO      string   `json:"cameo,omitempty"`
	CAMEOName  string   `json:"cameoName,omitempty"`
	Goldstein  *float64 `json:"goldstein,omitempty"`
	QuadClass  int      `json:"quadClass,omitempty"`
	Polarity   int      `json:"polarity,omitempty"`
	Negated    bool     `json:"negated"`
	Modality   string   `json:"modality,omitempty"`
	Date       string   `json:"date,omitempty"`
	Speaker    string   `json:"speaker,omitempty"`
	Topic      string   `json:"topic,omitempty"`
	Post       string   `json:"post,omitempty"`
	Sentence   string   `json:"sentence,omitempty"`
	Trigger    string   `json:"trigger,omitempty"`
	Rule       string   `json:"rule,omitempty"`
	Article    string   `json:"article,omitempty"`
	SentIndex  int      `json:"sentenceIndex"`
	SentStart  int      `json:"-"`
	SubjSpan   [2]int   `json:"-"`
	ObjSpan    [2]int   `json:"-"`
	TrigSpan   [2]int   `json:"-"`
	hasOffsets int      // how many of the offset properties were read
}

// Model is what Reader collected.
type Model struct {
	Actors   map[string]*Actor
	Articles map[string]*Article
	Facts    []*Fact // in IRI order
}

// Reader turns quads into a Model. Feed it with Add in any order, then call
// Model. It ignores every quad that is not part of the data model.
type Reader struct {
	v        schema.Vocab
	terms    map[quad.IRI]string // kg's own property IRIs -> local name
	classes  map[quad.IRI]schema.ActorType
	factType quad.IRI
	actorsG  quad.IRI
	actors   map[string]*Actor
	articles map[string]*Article
	facts    map[string]*Fact
}

// NewReader returns a Reader for vocabulary v.
func NewReader(v schema.Vocab) *Reader {
	r := &Reader{v: v, terms: map[quad.IRI]string{}, classes: map[quad.IRI]schema.ActorType{},
		factType: v.Term(schema.ClassFact), actorsG: v.Graph("actors"),
		actors: map[string]*Actor{}, articles: map[string]*Article{}, facts: map[string]*Fact{}}
	for _, t := range []string{schema.PSubject, schema.PPredicate, schema.PObject, schema.PKind, schema.PCAMEO,
		schema.PCAMEOName, schema.PGoldstein, schema.PQuadClass, schema.PPolarity, schema.PNegated, schema.PModality,
		schema.PDate, schema.PSpeaker, schema.PTopic, schema.PPost, schema.PSentence, schema.PSentenceIndex,
		schema.PSentenceStart, schema.PSubjectStart, schema.PSubjectEnd, schema.PObjectStart, schema.PObjectEnd,
		schema.PTriggerStart, schema.PTriggerEnd, schema.PTrigger, schema.PArticle, schema.PRule,
		schema.PAlias, schema.PCountryCode, schema.PCountry} {
		r.terms[v.Term(t)] = t
	}
	for _, t := range schema.ActorTypes {
		r.classes[v.Class(t)] = t
	}
	return r
}

func (r *Reader) fact(iri string) *Fact {
	f := r.facts[iri]
	if f == nil {
		f = &Fact{IRI: iri}
		r.facts[iri] = f
	}
	return f
}

func (r *Reader) actor(iri string) *Actor {
	a := r.actors[iri]
	if a == nil {
		a = &Actor{IRI: iri}
		r.actors[iri] = a
	}
	return a
}

func (r *Reader) article(iri string) *Article {
	a := r.articles[iri]
	if a == nil {
		a = &Article{IRI: iri}
		r.articles[iri] = a
	}
	return a
}

// Add reads one quad.
func (r *Reader) Add(q quad.Quad) {
	subj, ok := q.Subject.(quad.IRI)
	if !ok {
		return
	}
	s := string(subj)
	p, _ := q.Predicate.(quad.IRI)
	label, _ := q.Label.(quad.IRI)
	local := r.v.Local(subj)
	switch {
	case strings.HasPrefix(local, "fact/"):
		r.addFact(r.fact(s), p, q.Object)
	case label == r.actorsG:
		r.addActor(r.actor(s), p, q.Object)
	case strings.HasPrefix(local, "article/") && label == subj:
		a := r.article(s)
		switch string(p) {
		case schema.Headline:
			a.Title = text(q.Object)
		case schema.Publisher:
			a.Publisher = text(q.Object)
		case schema.DatePublished:
			a.Date = text(q.Object)
		case schema.URL:
			a.URL = text(q.Object)
		}
	}
}

func (r *Reader) addActor(a *Actor, p quad.IRI, o quad.Value) {
	switch string(p) {
	case schema.Label:
		a.Label = text(o)
	case schema.RDFType:
		if t, ok := r.classes[iri(o)]; ok {
			a.Type = string(t)
		}
	case schema.SameAs:
		if q := strings.TrimPrefix(string(iri(o)), schema.WDE); q != string(iri(o)) {
			a.Wikidata = q
		}
	default:
		switch r.terms[p] {
		case schema.PAlias:
			a.Aliases = append(a.Aliases, text(o))
		case schema.PCountryCode:
			a.Code = text(o)
		case schema.PCountry:
			a.Country = string(iri(o))
		}
	}
}

func (r *Reader) addFact(f *Fact, p quad.IRI, o quad.Value) {
	num := func() int { n, _ := strconv.Atoi(text(o)); return n }
	off := func(dst *int) { *dst = num(); f.hasOffsets++ }
	switch r.terms[p] {
	case schema.PSubject:
		f.Subject = string(iri(o))
	case schema.PPredicate:
		f.Predicate = strings.TrimPrefix(string(iri(o)), r.v.Base()+"ont/")
	case schema.PObject:
		f.Object = string(iri(o))
	case schema.PKind:
		f.Kind = text(o)
	case schema.PCAMEO:
		f.CAMEO = text(o)
	case schema.PCAMEOName:
		f.CAMEOName = text(o)
	case schema.PGoldstein:
		if g, err := strconv.ParseFloat(text(o), 64); err == nil {
			f.Goldstein = &g
		}
	case schema.PQuadClass:
		f.QuadClass = num()
	case schema.PPolarity:
		f.Polarity = num()
	case schema.PNegated:
		f.Negated = text(o) == "true"
	case schema.PModality:
		f.Modality = text(o)
	case schema.PDate:
		f.Date = text(o)
	case schema.PSpeaker:
		f.Speaker = string(iri(o))
	case schema.PTopic:
		f.Topic = text(o)
	case schema.PPost:
		f.Post = text(o)
	case schema.PSentence:
		f.Sentence = text(o)
	case schema.PSentenceIndex:
		f.SentIndex = num()
	case schema.PSentenceStart:
		off(&f.SentStart)
	case schema.PSubjectStart:
		off(&f.SubjSpan[0])
	case schema.PSubjectEnd:
		off(&f.SubjSpan[1])
	case schema.PObjectStart:
		off(&f.ObjSpan[0])
	case schema.PObjectEnd:
		off(&f.ObjSpan[1])
	case schema.PTriggerStart:
		off(&f.TrigSpan[0])
	case schema.PTriggerEnd:
		off(&f.TrigSpan[1])
	case schema.PTrigger:
		f.Trigger = text(o)
	case schema.PArticle:
		f.Article = string(iri(o))
	case schema.PRule:
		f.Rule = text(o)
	}
}

// Model returns what was read: facts that have a subject, predicate and
// object, and the actors and articles described.
func (r *Reader) Model() *Model {
	m := &Model{Actors: r.actors, Articles: r.articles}
	for _, f := range r.facts {
		if f.Subject != "" && f.Object != "" && f.Predicate != "" {
			m.Facts = append(m.Facts, f)
		}
	}
	sort.Slice(m.Facts, func(i, j int) bool { return m.Facts[i].IRI < m.Facts[j].IRI })
	return m
}

// When is the date a fact is filed under: its own date, else its
// article's publication date.
func (m *Model) When(f *Fact) string {
	if f.Date != "" {
		return f.Date
	}
	if a := m.Articles[f.Article]; a != nil {
		return a.Date
	}
	return ""
}

// Label is an actor's label, or its IRI's last segment when it has none.
func (m *Model) Label(iri string) string {
	if a := m.Actors[iri]; a != nil && a.Label != "" {
		return a.Label
	}
	return iri[strings.LastIndex(iri, "/")+1:]
}

func text(v quad.Value) string {
	switch t := v.(type) {
	case nil:
		return ""
	case quad.String:
		return string(t)
	case quad.TypedString:
		return string(t.Value)
	case quad.LangString:
		return string(t.Value)
	case quad.IRI:
		return string(t)
	}
	return quad.ToString(v)
}

func iri(v quad.Value) quad.IRI {
	i, _ := v.(quad.IRI)
	return i
}
