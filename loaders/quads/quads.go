// Package quads maps extraction results onto kg's data model (see schema):
// article nodes, actor nodes and, for every fact, a fact node plus (unless
// negated) a direct actor-to-actor edge. Every quad derived from an article
// carries the article IRI as its label, so replacing an article means
// deleting one label; actor descriptions live in the shared actors graph.
package quads

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

// Builder turns facts into quads. It is read-only after New.
type Builder struct {
	v     schema.Vocab
	cameo *schema.CAMEOTable
	preds *schema.Predicates
}

// New returns a Builder for vocabulary v.
func New(v schema.Vocab) (*Builder, error) {
	c, err := schema.LoadCAMEO()
	if err != nil {
		return nil, err
	}
	p, err := schema.LoadPredicates()
	if err != nil {
		return nil, err
	}
	return &Builder{v: v, cameo: c, preds: p}, nil
}

// Typed literal helpers: full XSD datatype IRIs and canonical lexical forms,
// which quad v1.2's own Int/Bool values do not produce.
func str(s string) quad.Value { return quad.String(s) }
func integer(n int) quad.Value {
	return quad.TypedString{Value: quad.String(strconv.Itoa(n)), Type: quad.IRI(schema.XSD + "integer")}
}
func decimal(f float64) quad.Value {
	return quad.TypedString{Value: quad.String(strconv.FormatFloat(f, 'f', -1, 64)), Type: quad.IRI(schema.XSD + "decimal")}
}
func boolean(b bool) quad.Value {
	return quad.TypedString{Value: quad.String(strconv.FormatBool(b)), Type: quad.IRI(schema.XSD + "boolean")}
}

// Date returns an ISO date string as an xsd:date, xsd:gYearMonth or xsd:gYear literal.
func Date(s string) quad.Value {
	t := "date"
	switch len(s) {
	case 4:
		t = "gYear"
	case 7:
		t = "gYearMonth"
	}
	return quad.TypedString{Value: quad.String(s), Type: quad.IRI(schema.XSD + t)}
}

// ArticleIRI is the node and label of an article.
func (b *Builder) ArticleIRI(a fact.Article) quad.IRI { return b.v.Article(a.ID) }

// ActorIRI is the node of an actor.
func (b *Builder) ActorIRI(a fact.Actor) quad.IRI { return b.v.Actor(a.ID) }

// ActorsGraph is the label of actor descriptions, shared by all articles.
func (b *Builder) ActorsGraph() quad.IRI { return b.v.Graph("actors") }

// Article returns the quads describing the article itself.
func (b *Builder) Article(a fact.Article) []quad.Quad {
	n := b.ArticleIRI(a)
	qs := []quad.Quad{
		{Subject: n, Predicate: quad.IRI(schema.RDFType), Object: quad.IRI(schema.NewsArticle), Label: n},
		{Subject: n, Predicate: b.v.Term(schema.PContentHash), Object: str(a.Hash), Label: n},
	}
	add := func(p quad.IRI, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: n, Predicate: p, Object: o, Label: n})
	}
	if a.Title != "" {
		add(quad.IRI(schema.Headline), str(a.Title))
	}
	if a.Publisher != "" {
		add(quad.IRI(schema.Publisher), str(a.Publisher))
	}
	if a.Date != "" {
		add(quad.IRI(schema.DatePublished), Date(a.Date))
	}
	if a.URL != "" {
		add(quad.IRI(schema.URL), quad.IRI(a.URL))
	}
	if a.FileName != "" {
		add(b.v.Term(schema.PFileName), str(a.FileName))
	}
	return qs
}

// Actor returns the quads describing an actor, in the shared actors graph.
func (b *Builder) Actor(a fact.Actor) []quad.Quad {
	n := b.ActorIRI(a)
	g := b.ActorsGraph()
	qs := []quad.Quad{{Subject: n, Predicate: quad.IRI(schema.Label), Object: str(a.Name), Label: g}}
	add := func(p quad.IRI, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: n, Predicate: p, Object: o, Label: g})
	}
	if a.Type != "" {
		add(quad.IRI(schema.RDFType), b.v.Class(a.Type))
	}
	for _, al := range a.Aliases {
		if al != a.Name {
			add(b.v.Term(schema.PAlias), str(al))
		}
	}
	if a.Type == schema.Country && a.Country != "" {
		add(b.v.Term(schema.PCountryCode), str(a.Country))
	}
	// Anyone else with a country links to the country actor, which the
	// dictionary keys by its ISO 3166-1 alpha-3 code (its Country field, and
	// so its IRI): "Russia (military)" -country-> Russia lets queries count
	// a state's organs as the state (queries/lib.js affiliates).
	if a.Type != schema.Country && a.Country != "" {
		add(b.v.Term(schema.PCountry), b.v.Actor(a.Country))
		qs = append(qs, quad.Quad{Subject: b.v.Actor(a.Country), Predicate: b.v.Term(schema.PCountryOf), Object: n, Label: g})
	}
	if a.Wikidata != "" {
		add(quad.IRI(schema.SameAs), quad.IRI(schema.WDE+a.Wikidata))
	}
	return qs
}

// PeriodIRI is the node of the period a fact date falls in: its year for a
// year-only date ("2015"), else its month ("2015-11-24" -> period/2015-11).
// ok is false for an empty or malformed date.
func (b *Builder) PeriodIRI(date string) (iri quad.IRI, ok bool) {
	switch {
	case len(date) == 4:
	case len(date) >= 7:
		date = date[:7]
	default:
		return "", false
	}
	return quad.IRI(b.v.Base() + "period/" + schema.Slug(date, false)), true
}

// PeriodsGraph is the label of period descriptions, shared by all articles.
func (b *Builder) PeriodsGraph() quad.IRI { return b.v.Graph("periods") }

// Period returns the shared description of a period node: its type.
func (b *Builder) Period(iri quad.IRI) quad.Quad {
	return quad.Quad{Subject: iri, Predicate: quad.IRI(schema.RDFType), Object: b.v.Term(schema.ClassPeriod), Label: b.PeriodsGraph()}
}

// Summary is what a fact's summary literal (schema.PSummary) holds: the
// fact's main properties, plus the actors' names and the article's date and
// publisher as they were at load time, so that a query reads a whole fact
// in one lookup. It is a derived index: the fact node's own properties are
// the model.
//
// The literal (Summary.String) is SummaryVersion and then SummaryFields'
// values, tab-separated, in that order: IRIs plain (no angle brackets),
// predicate as its local name ("meets"), negated "true" or "false", numbers
// in decimal, absent values empty. Tabs, carriage returns and newlines in
// text become spaces. A tab split is several times cheaper than a JSON
// parse in Gizmo's JavaScript, which matters for a hub's thousands of facts.
type Summary struct {
	Fact, Subject, Predicate, Object, Kind string
	Negated                                bool
	Modality, Date, CAMEO                  string
	Goldstein                              *float64
	QuadClass, Polarity                    int
	Speaker, Post, Article                 string
	Published, Publisher                   string
	SentenceIndex                          int
	SubjectLabel, ObjectLabel, Topic       string
	Sentence                               string
	// Position is the fact's place among its article's facts (0, 1, ...),
	// the order they were written in: a question that reads an actor's
	// facts through several index nodes (pairs) puts them back in that
	// order, which an actor's own index keeps.
	Position int
}

// SummaryVersion is the first field of every summary literal.
const SummaryVersion = "kg-fact-1"

// SummaryFields names the fields of a summary literal after the version.
var SummaryFields = []string{"fact", "subject", "predicate", "object", "kind", "negated", "modality", "date", "cameo",
	"goldstein", "quadClass", "polarity", "speaker", "post", "article", "published", "publisher", "sentenceIndex",
	"subjectLabel", "objectLabel", "topic", "sentence", "position"}

var summaryText = strings.NewReplacer("\t", " ", "\r", " ", "\n", " ")

// String is the summary literal's text.
func (s Summary) String() string {
	nz := func(n int) string {
		if n == 0 {
			return ""
		}
		return strconv.Itoa(n)
	}
	g := ""
	if s.Goldstein != nil {
		g = strconv.FormatFloat(*s.Goldstein, 'f', -1, 64)
	}
	vals := []string{SummaryVersion, s.Fact, s.Subject, s.Predicate, s.Object, s.Kind, strconv.FormatBool(s.Negated),
		s.Modality, s.Date, s.CAMEO, g, nz(s.QuadClass), nz(s.Polarity), s.Speaker, s.Post, s.Article, s.Published,
		s.Publisher, strconv.Itoa(s.SentenceIndex), s.SubjectLabel, s.ObjectLabel, s.Topic, s.Sentence, strconv.Itoa(s.Position)}
	for i, v := range vals {
		vals[i] = summaryText.Replace(v)
	}
	return strings.Join(vals, "\t")
}

// FactID is a stable id for a fact: the same fact from the same sentence of
// the same article always gets the same node.
func FactID(f fact.Fact) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%d\x00%s\x00%s\x00%s\x00%s\x00%d\x00%d\x00%t",
		f.Doc, f.SentenceIndex, f.Subject.ID, f.Predicate, f.Object.ID, f.CAMEO, f.Polarity, f.Offsets.Trigger.Start, f.Negated)
	return f.Doc + "-" + hex.EncodeToString(h.Sum(nil))[:16]
}

// Fact returns the quads of one fact: the fact node and, unless the fact is
// negated, the direct edge subject -predicate-> object labelled with the
// article. Its summary's position is 0 (see FactAt).
func (b *Builder) Fact(a fact.Article, f fact.Fact) ([]quad.Quad, error) { return b.FactAt(a, f, 0) }

// FactAt is Fact for the fact at position (0, 1, ...) among its article's
// facts, as Result writes them.
func (b *Builder) FactAt(a fact.Article, f fact.Fact, position int) ([]quad.Quad, error) {
	if err := f.Validate(b.preds); err != nil {
		return nil, err
	}
	art := b.ArticleIRI(a)
	s, o := b.ActorIRI(f.Subject), b.ActorIRI(f.Object)
	pred, _ := b.preds.Get(f.Predicate)
	n := b.v.Fact(FactID(f))
	var qs []quad.Quad
	if !f.Negated {
		qs = append(qs, quad.Quad{Subject: s, Predicate: b.v.Predicate(pred.Name), Object: o, Label: art})
		switch pred.Name {
		case "roleIn":
			qs = append(qs, quad.Quad{Subject: o, Predicate: b.v.Term(schema.PPostHolder), Object: s, Label: art})
		case "memberOf":
			qs = append(qs, quad.Quad{Subject: o, Predicate: b.v.Term(schema.PHasMember), Object: s, Label: art})
		}
	}
	add := func(p string, v quad.Value) {
		qs = append(qs, quad.Quad{Subject: n, Predicate: b.v.Term(p), Object: v, Label: art})
	}
	qs = append(qs, quad.Quad{Subject: n, Predicate: quad.IRI(schema.RDFType), Object: b.v.Term(schema.ClassFact), Label: art})
	add(schema.PSubject, s)
	add(schema.PPredicate, b.v.Predicate(pred.Name))
	add(schema.PObject, o)
	add(schema.PKind, str(string(f.Kind)))
	if f.CAMEO != "" {
		add(schema.PCAMEO, str(f.CAMEO))
		if c, ok := b.cameo.Lookup(f.CAMEO); ok {
			add(schema.PCAMEOName, str(c.Name))
			add(schema.PGoldstein, decimal(c.Goldstein))
			add(schema.PQuadClass, integer(c.QuadClass))
		}
	}
	if f.Polarity != 0 {
		add(schema.PPolarity, integer(f.Polarity))
	}
	add(schema.PNegated, boolean(f.Negated))
	if f.Modality != "" {
		add(schema.PModality, str(string(f.Modality)))
	}
	if f.Date != "" {
		add(schema.PDate, Date(f.Date))
	}
	// The report date is the article's: every fact of a dated article has
	// one, so a question can place a fact the text does not date itself
	// (see WhenDate).
	if a.Date != "" {
		add(schema.PReportDate, Date(a.Date))
	}
	if f.Speaker != nil && f.Speaker.ID != "" {
		add(schema.PSpeaker, b.ActorIRI(*f.Speaker))
	}
	if f.Topic != "" {
		add(schema.PTopic, str(f.Topic))
	}
	if f.Subject.Post != "" && f.Predicate == "roleIn" {
		add(schema.PPost, str(f.Subject.Post))
	}
	add(schema.PSentence, str(f.Sentence))
	add(schema.PSentenceIndex, integer(f.SentenceIndex))
	add(schema.PSentenceStart, integer(f.Offsets.Sentence.Start))
	add(schema.PSentenceEnd, integer(f.Offsets.Sentence.End))
	add(schema.PSubjectStart, integer(f.Offsets.Subject.Start))
	add(schema.PSubjectEnd, integer(f.Offsets.Subject.End))
	add(schema.PObjectStart, integer(f.Offsets.Object.Start))
	add(schema.PObjectEnd, integer(f.Offsets.Object.End))
	add(schema.PTriggerStart, integer(f.Offsets.Trigger.Start))
	add(schema.PTriggerEnd, integer(f.Offsets.Trigger.End))
	if f.Trigger != "" {
		add(schema.PTrigger, str(f.Trigger))
	}
	add(schema.PArticle, art)
	add(schema.PRule, str(f.Rule))

	// The summary literal and its index edges (see Summary).
	sum := Summary{
		Fact: string(n), Subject: string(s), SubjectLabel: f.Subject.Name, Predicate: pred.Name,
		Object: string(o), ObjectLabel: f.Object.Name, Kind: string(f.Kind), Negated: f.Negated,
		Modality: string(f.Modality), Date: f.Date, CAMEO: f.CAMEO, Polarity: f.Polarity, Topic: f.Topic,
		Sentence: f.Sentence, SentenceIndex: f.SentenceIndex, Article: string(art), Published: a.Date, Publisher: a.Publisher,
		Position: position,
	}
	if c, ok := b.cameo.Lookup(f.CAMEO); ok && f.CAMEO != "" {
		g := c.Goldstein
		sum.Goldstein, sum.QuadClass = &g, c.QuadClass
	}
	if f.Speaker != nil && f.Speaker.ID != "" {
		sum.Speaker = string(b.ActorIRI(*f.Speaker))
	}
	if f.Subject.Post != "" && f.Predicate == "roleIn" {
		sum.Post = f.Subject.Post
	}
	lit := str(sum.String())
	add(schema.PSummary, lit)
	index := func(node quad.IRI, p string) {
		qs = append(qs, quad.Quad{Subject: node, Predicate: b.v.Term(p), Object: lit, Label: art})
	}
	index(s, schema.PSummaryAsSubject)
	index(o, schema.PSummaryAsObject)
	if sum.Speaker != "" {
		index(quad.IRI(sum.Speaker), schema.PSummaryAsSpeaker)
	}
	index(b.v.Predicate(pred.Name), schema.PFactSummary)
	// Denials ("Russia did not shell Turkey") are few and have no other
	// index: one hop from kg:ont/Denial reads them all, so that finding
	// what one source asserts and another denies does not read every fact.
	if f.Negated {
		index(b.v.Term(schema.ClassDenial), schema.PFactSummary)
	}
	if p, ok := b.PeriodIRI(WhenDate(a, f)); ok {
		index(p, schema.PFactSummary)
	}
	// The pair's facts, either direction, one hop from the pair node: a
	// question about two actors (between, tone, sources, the assertions a
	// denial contradicts) reads only their shared facts instead of every
	// fact of the one with fewer (thousands for a hub).
	index(b.PairIRI(s, o), schema.PFactSummary)
	// The relations and stances of each actor, apart from its events.
	switch f.Kind {
	case schema.Relation:
		index(s, schema.PRelationAsSubject)
		index(o, schema.PRelationAsObject)
	case schema.Stance:
		index(s, schema.PStanceAsSubject)
		index(o, schema.PStanceAsObject)
	}
	// Each actor's facts by the year they are placed in (WhenDate), so that
	// a timeline of an actor reads its earliest years, not all its facts.
	if y, ok := b.ActorYearIRI(s, WhenDate(a, f)); ok {
		index(y, schema.PFactSummary)
		if o != s {
			y, _ = b.ActorYearIRI(o, WhenDate(a, f))
			index(y, schema.PFactSummary)
		}
	}
	return qs, nil
}

// ActorYearIRI is the node whose ont:factSummary edges lead to the facts an
// actor is subject or object of that are placed in the year of date
// (WhenDate): kg:year/<yyyy>/<the actor's local name>. ok is false for an
// empty or malformed date. The queries build the same IRI (queries/lib.js
// actorYear).
func (b *Builder) ActorYearIRI(actor quad.IRI, date string) (iri quad.IRI, ok bool) {
	if len(date) < 4 {
		return "", false
	}
	for _, c := range date[:4] {
		if c < '0' || c > '9' {
			return "", false
		}
	}
	return quad.IRI(b.v.Base() + "year/" + date[:4] + "/" + strings.TrimPrefix(string(actor), b.v.Base()+"actor/")), true
}

// PairIRI is the node whose ont:factSummary edges lead to the facts between
// two actors, in either direction: kg:pair/<a>/<b> with the actors' local
// names (their slugs) in byte order, so that (s, o) and (o, s) meet. The
// queries build the same IRI (queries/lib.js pairNode).
func (b *Builder) PairIRI(s, o quad.IRI) quad.IRI {
	prefix := b.v.Base() + "actor/"
	x, y := strings.TrimPrefix(string(s), prefix), strings.TrimPrefix(string(o), prefix)
	if y < x {
		x, y = y, x
	}
	return quad.IRI(b.v.Base() + "pair/" + x + "/" + y)
}

// WhenDate is the date a fact is placed at: its event date where the text
// fixes one, else its report date (the article's publication date), else
// "". The fact's period (PeriodIRI) is this date's, so a timeline read by
// period finds the facts placed by their article's date too; which of the
// two dates it is, a question tells from the summary (date empty or not).
func WhenDate(a fact.Article, f fact.Fact) string {
	if f.Date != "" {
		return f.Date
	}
	return a.Date
}

// Result returns all quads of one article: the article node, its facts, and
// the descriptions of every actor they mention (in the actors graph) and of
// the periods their dates fall in (in the periods graph).
// Article-labelled quads come first; actor quads follow and are meant to be
// written with duplicates ignored.
func (b *Builder) Result(a fact.Article, facts []fact.Fact) (article, actors []quad.Quad, err error) {
	article = b.Article(a)
	seen := map[string]bool{}
	art := b.ArticleIRI(a)
	if sk := Sketch(facts); sk != "" {
		article = append(article, quad.Quad{Subject: art, Predicate: b.v.Term(schema.PTextSketch), Object: str(sk), Label: art})
	}
	addActor := func(x fact.Actor) {
		if seen[x.ID] {
			return
		}
		seen[x.ID] = true
		actors = append(actors, b.Actor(x)...)
		// Which articles name an actor, countable in one indexed hop.
		article = append(article, quad.Quad{Subject: b.ActorIRI(x), Predicate: b.v.Term(schema.PMentionedIn), Object: art, Label: art})
	}
	for i, f := range facts {
		qs, err := b.FactAt(a, f, i)
		if err != nil {
			return nil, nil, fmt.Errorf("article %s: %w", a.ID, err)
		}
		article = append(article, qs...)
		addActor(f.Subject)
		addActor(f.Object)
		if p, ok := b.PeriodIRI(WhenDate(a, f)); ok && !seen["period "+string(p)] {
			seen["period "+string(p)] = true
			actors = append(actors, b.Period(p))
		}
		if f.Speaker != nil && f.Speaker.ID != "" {
			addActor(*f.Speaker)
		}
	}
	return article, actors, nil
}

// Lookup reads the stored quads that have v in direction dir (a graph
// Store's Quads).
type Lookup func(dir quad.Direction, v quad.Value) ([]quad.Quad, error)

// Stored finds the quads Result wrote for the article art, for replacing
// it. It follows the article's own nodes through lookups by subject and by
// object only, which Cayley's kv stores index, so its cost follows the
// article, not the store; a lookup by label (all an article's quads carry
// it) is a scan of every quad. Each quad Result labels with the article is
// reached:
//
//	article -> ...                 by subject from the article
//	actor mentionedIn article      by object from the article
//	fact -> ... (fact article art) by subject from each fact the article names
//	node summaryAs... summary      by object from each fact's summary literal
//	s predicate o, and its inverse rebuilt from the fact's subject, predicate
//	                               and object; a replace deletes them
//	                               ignoring any already missing
func (b *Builder) Stored(art quad.IRI, lookup Lookup) ([]quad.Quad, error) {
	seen := map[quad.Quad]bool{}
	var out []quad.Quad
	keep := func(qs ...quad.Quad) {
		for _, q := range qs {
			if q.Label == art && !seen[q] {
				seen[q] = true
				out = append(out, q)
			}
		}
	}
	own, err := lookup(quad.Subject, art)
	if err != nil {
		return nil, err
	}
	keep(own...)
	in, err := lookup(quad.Object, art)
	if err != nil {
		return nil, err
	}
	keep(in...)
	pArticle, pSummary := b.v.Term(schema.PArticle), b.v.Term(schema.PSummary)
	pSubject, pPredicate, pObject, pNegated := b.v.Term(schema.PSubject), b.v.Term(schema.PPredicate), b.v.Term(schema.PObject), b.v.Term(schema.PNegated)
	roleIn, memberOf := b.v.Predicate("roleIn"), b.v.Predicate("memberOf")
	for _, q := range in {
		if q.Label != art || q.Predicate != pArticle {
			continue
		}
		props, err := lookup(quad.Subject, q.Subject)
		if err != nil {
			return nil, err
		}
		keep(props...)
		var s, p, o quad.Value
		negated := false
		for _, f := range props {
			if f.Label != art {
				continue
			}
			switch f.Predicate {
			case pSubject:
				s = f.Object
			case pPredicate:
				p = f.Object
			case pObject:
				o = f.Object
			case pNegated:
				negated = f.Object == boolean(true)
			case pSummary:
				idx, err := lookup(quad.Object, f.Object)
				if err != nil {
					return nil, err
				}
				keep(idx...)
			}
		}
		if negated || s == nil || p == nil || o == nil {
			continue
		}
		keep(quad.Quad{Subject: s, Predicate: p, Object: o, Label: art})
		switch p {
		case roleIn:
			keep(quad.Quad{Subject: o, Predicate: b.v.Term(schema.PPostHolder), Object: s, Label: art})
		case memberOf:
			keep(quad.Quad{Subject: o, Predicate: b.v.Term(schema.PHasMember), Object: s, Label: art})
		}
	}
	return out, nil
}
