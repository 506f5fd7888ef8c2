package factgraph

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/loaders/quads"
	"github.com/kg-project/kg/schema"
)

// Graph is the node and edge lists an export writes: actors as nodes,
// one edge per direct fact edge (ArticleEdges).
type Graph struct {
	M     *Model
	Nodes []*Actor
	Edges []*Edge
}

// Select builds the exported graph: the edges the filter keeps (around
// actor within hops when actor is set), and as nodes every actor when the
// whole store is exported unfiltered, else the actors those edges touch.
func (m *Model) Select(fl Filter, actor string, hops int) *Graph {
	edges, neg := m.ArticleEdges(fl)
	whole := actor == "" && fl.IsZero()
	if actor != "" {
		edges, _ = Neighbourhood(edges, neg, actor, hops, 0)
	}
	g := &Graph{M: m, Edges: edges}
	in := map[string]bool{}
	add := func(iri string) {
		if in[iri] {
			return
		}
		in[iri] = true
		a := m.Actors[iri]
		if a == nil {
			a = &Actor{IRI: iri}
		}
		g.Nodes = append(g.Nodes, a)
	}
	if whole {
		for iri, a := range m.Actors {
			if a.Label != "" || a.Type != "" {
				add(iri)
			}
		}
	}
	if actor != "" {
		add(actor)
	}
	for _, e := range edges {
		add(e.Source)
		add(e.Target)
	}
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].IRI < g.Nodes[j].IRI })
	return g
}

// attr is one node or edge attribute as every format declares it.
type attr struct {
	name string
	typ  string // string, int, double, boolean
}

var nodeAttrs = []attr{{"label", "string"}, {"type", "string"}, {"country", "string"}, {"countryLabel", "string"}, {"wikidata", "string"}}

var edgeAttrs = []attr{{"predicate", "string"}, {"family", "string"}, {"cameo", "string"}, {"cameoName", "string"},
	{"goldstein", "double"}, {"quadClass", "int"}, {"date", "string"}, {"polarity", "int"}, {"modality", "string"},
	{"articles", "int"}, {"facts", "int"}, {"article", "string"}, {"articleTitle", "string"}, {"publisher", "string"},
	{"sentence", "string"}}

func (g *Graph) nodeValues(a *Actor) map[string]string {
	v := map[string]string{"label": g.M.Label(a.IRI), "type": a.Type, "country": a.Country, "wikidata": a.Wikidata}
	if a.Country != "" {
		v["countryLabel"] = g.M.Label(a.Country)
	}
	return v
}

func (g *Graph) edgeValues(e *Edge) map[string]string {
	f := e.First()
	v := map[string]string{"predicate": e.Predicate, "family": e.Family, "cameo": f.CAMEO, "cameoName": f.CAMEOName,
		"date": g.M.When(f), "modality": f.Modality, "articles": strconv.Itoa(e.Articles),
		"facts": strconv.Itoa(len(e.Facts)), "article": f.Article, "sentence": f.Sentence}
	if f.Goldstein != nil {
		v["goldstein"] = strconv.FormatFloat(*f.Goldstein, 'f', -1, 64)
	}
	if f.QuadClass != 0 {
		v["quadClass"] = strconv.Itoa(f.QuadClass)
	}
	if f.Polarity != 0 {
		v["polarity"] = strconv.Itoa(f.Polarity)
	}
	if a := g.M.Articles[f.Article]; a != nil {
		v["articleTitle"], v["publisher"] = a.Title, a.Publisher
	}
	return v
}

func xmlText(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// WriteGraphML writes GraphML 1.0 (networkx read_graphml, Gephi, yEd,
// Cytoscape): directed, one <key> per attribute.
func (g *Graph) WriteGraphML(w io.Writer) error {
	bw := bufio.NewWriter(w)
	typ := map[string]string{"string": "string", "int": "int", "double": "double", "boolean": "boolean"}
	fmt.Fprint(bw, xml.Header)
	fmt.Fprintln(bw, `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`)
	for _, a := range nodeAttrs {
		fmt.Fprintf(bw, "  <key id=\"n_%s\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n", a.name, a.name, typ[a.typ])
	}
	for _, a := range edgeAttrs {
		fmt.Fprintf(bw, "  <key id=\"e_%s\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n", a.name, a.name, typ[a.typ])
	}
	fmt.Fprintln(bw, `  <graph id="kg" edgedefault="directed">`)
	for _, n := range g.Nodes {
		fmt.Fprintf(bw, "    <node id=\"%s\">\n", xmlText(n.IRI))
		vals := g.nodeValues(n)
		for _, a := range nodeAttrs {
			if v := vals[a.name]; v != "" {
				fmt.Fprintf(bw, "      <data key=\"n_%s\">%s</data>\n", a.name, xmlText(v))
			}
		}
		fmt.Fprintln(bw, "    </node>")
	}
	for _, e := range g.Edges {
		fmt.Fprintf(bw, "    <edge id=\"%s\" source=\"%s\" target=\"%s\">\n", e.ID, xmlText(e.Source), xmlText(e.Target))
		vals := g.edgeValues(e)
		for _, a := range edgeAttrs {
			if v := vals[a.name]; v != "" {
				fmt.Fprintf(bw, "      <data key=\"e_%s\">%s</data>\n", a.name, xmlText(v))
			}
		}
		fmt.Fprintln(bw, "    </edge>")
	}
	fmt.Fprintln(bw, "  </graph>\n</graphml>")
	return bw.Flush()
}

// WriteGEXF writes GEXF 1.2 (Gephi's own format; networkx read_gexf). The
// namespace is 1.2draft's, which is what Gephi writes and networkx reads.
func (g *Graph) WriteGEXF(w io.Writer) error {
	bw := bufio.NewWriter(w)
	typ := map[string]string{"string": "string", "int": "integer", "double": "double", "boolean": "boolean"}
	fmt.Fprint(bw, xml.Header)
	fmt.Fprintln(bw, `<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">`)
	fmt.Fprintln(bw, `  <meta><creator>kg</creator><description>actors and the facts between them</description></meta>`)
	fmt.Fprintln(bw, `  <graph mode="static" defaultedgetype="directed">`)
	decl := func(class string, attrs []attr) {
		fmt.Fprintf(bw, "    <attributes class=\"%s\">\n", class)
		for _, a := range attrs {
			if a.name == "label" {
				continue // GEXF's own label attribute
			}
			fmt.Fprintf(bw, "      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n", a.name, a.name, typ[a.typ])
		}
		fmt.Fprintln(bw, "    </attributes>")
	}
	decl("node", nodeAttrs)
	decl("edge", edgeAttrs)
	values := func(vals map[string]string, attrs []attr) {
		fmt.Fprint(bw, "<attvalues>")
		for _, a := range attrs {
			if v := vals[a.name]; v != "" && a.name != "label" {
				fmt.Fprintf(bw, "<attvalue for=\"%s\" value=\"%s\"/>", a.name, xmlAttr(v))
			}
		}
		fmt.Fprint(bw, "</attvalues>")
	}
	fmt.Fprintln(bw, "    <nodes>")
	for _, n := range g.Nodes {
		vals := g.nodeValues(n)
		fmt.Fprintf(bw, "      <node id=\"%s\" label=\"%s\">", xmlAttr(n.IRI), xmlAttr(vals["label"]))
		values(vals, nodeAttrs)
		fmt.Fprintln(bw, "</node>")
	}
	fmt.Fprintln(bw, "    </nodes>\n    <edges>")
	for _, e := range g.Edges {
		vals := g.edgeValues(e)
		fmt.Fprintf(bw, "      <edge id=\"%s\" source=\"%s\" target=\"%s\" label=\"%s\" weight=\"%d\">",
			e.ID, xmlAttr(e.Source), xmlAttr(e.Target), xmlAttr(e.Predicate), e.Articles)
		values(vals, edgeAttrs)
		fmt.Fprintln(bw, "</edge>")
	}
	fmt.Fprintln(bw, "    </edges>\n  </graph>\n</gexf>")
	return bw.Flush()
}

// xmlAttr escapes an attribute value, newlines and tabs included, which
// xml.EscapeText already does.
func xmlAttr(s string) string { return xmlText(s) }

// CSV flavours: Gephi's spreadsheet import finds Id, Label, Source, Target,
// Type and Weight by name; neo4j-admin import wants typed headers (:ID,
// :LABEL, :START_ID, :END_ID, :TYPE).
const (
	GephiCSV = "gephi"
	Neo4jCSV = "neo4j"
)

// WriteCSV writes the node and edge tables in the given flavour.
func (g *Graph) WriteCSV(nodes, edges io.Writer, flavour string) error {
	nw, ew := csv.NewWriter(nodes), csv.NewWriter(edges)
	var nh, eh []string
	if flavour == Neo4jCSV {
		nh = []string{"id:ID", "label", ":LABEL", "country", "countryLabel", "wikidata"}
		eh = []string{":START_ID", ":END_ID", ":TYPE"}
	} else {
		nh = []string{"Id", "Label", "type", "country", "countryLabel", "wikidata"}
		eh = []string{"Source", "Target", "Type", "Id", "Label", "Weight"}
	}
	for _, a := range edgeAttrs {
		if a.name == "predicate" {
			continue
		}
		h := a.name
		if flavour == Neo4jCSV && a.typ != "string" {
			h += map[string]string{"int": ":int", "double": ":double", "boolean": ":boolean"}[a.typ]
		}
		eh = append(eh, h)
	}
	if err := nw.Write(nh); err != nil {
		return err
	}
	for _, n := range g.Nodes {
		v := g.nodeValues(n)
		typ := v["type"]
		if flavour == Neo4jCSV {
			typ = neo4jLabel(typ)
		}
		if err := nw.Write([]string{n.IRI, v["label"], typ, v["country"], v["countryLabel"], v["wikidata"]}); err != nil {
			return err
		}
	}
	if err := ew.Write(eh); err != nil {
		return err
	}
	for _, e := range g.Edges {
		v := g.edgeValues(e)
		var row []string
		if flavour == Neo4jCSV {
			row = []string{e.Source, e.Target, e.Predicate}
		} else {
			row = []string{e.Source, e.Target, "Directed", e.ID, e.Predicate, strconv.Itoa(e.Articles)}
		}
		for _, a := range edgeAttrs {
			if a.name != "predicate" {
				row = append(row, v[a.name])
			}
		}
		if err := ew.Write(row); err != nil {
			return err
		}
	}
	nw.Flush()
	ew.Flush()
	if err := nw.Error(); err != nil {
		return err
	}
	return ew.Error()
}

// neo4jLabel is a node label for an actor type: Person, Country, ..., Actor
// for untyped ones.
func neo4jLabel(t string) string {
	if t == "" {
		return "Actor"
	}
	return "Actor;" + strings.ToUpper(t[:1]) + t[1:]
}

// IsIndex says whether a quad belongs to kg's derived read indexes rather
// than to the data model: summaries and their index edges, inverse edges
// (postHolder, hasMember, countryOf), mentionedIn, the period nodes
// that date summaries hang off, and the actors' counts (kg:graph/counts). Everything else is the model.
func IsIndex(v schema.Vocab, q quad.Quad) bool {
	if l, _ := q.Label.(quad.IRI); l == v.Graph("periods") || l == v.Graph("counts") {
		return true
	}
	p, _ := q.Predicate.(quad.IRI)
	switch p {
	case v.Term(schema.PSummary), v.Term(schema.PSummaryAsSubject), v.Term(schema.PSummaryAsObject),
		v.Term(schema.PSummaryAsSpeaker), v.Term(schema.PFactSummary), v.Term(schema.PMentionedIn),
		v.Term(schema.PPostHolder), v.Term(schema.PHasMember), v.Term(schema.PCountryOf),
		v.Term(schema.PRelationAsSubject), v.Term(schema.PRelationAsObject),
		v.Term(schema.PStanceAsSubject), v.Term(schema.PStanceAsObject):
		return true
	}
	return false
}

// ModelOf returns what an export of the data model writes for each quad
// of a store, read in the store's order: the quad itself, unless it is an
// index quad (IsIndex), which is left out (ok false). The one thing of the
// model only an index holds is a fact's position among its article's facts
// (the order they were written in, which the questions keep): for a fact's
// summary literal it returns the fact's position as a property
// (schema.PPosition, an xsd:integer, in the summary's graph), so that a
// store imported from the export orders facts as the store it came from.
// A store imported so holds the property; it is written once per fact.
func ModelOf(v schema.Vocab) func(quad.Quad) (quad.Quad, bool) {
	summary, position := v.Term(schema.PSummary), v.Term(schema.PPosition)
	written := map[quad.Value]bool{}
	return func(q quad.Quad) (quad.Quad, bool) {
		switch q.Predicate {
		case position:
			if written[q.Subject] {
				return q, false
			}
			written[q.Subject] = true
			return q, true
		case summary:
			lit, _ := q.Object.(quad.String)
			f := strings.Split(string(lit), "\t")
			// A summary written before positions has none.
			if written[q.Subject] || len(f) != len(quads.SummaryFields)+1 || f[0] != quads.SummaryVersion {
				return q, false
			}
			n, err := strconv.Atoi(f[len(f)-1])
			if err != nil {
				return q, false
			}
			written[q.Subject] = true
			return quad.Quad{Subject: q.Subject, Predicate: position, Object: quad.TypedString{
				Value: quad.String(strconv.Itoa(n)), Type: quad.IRI(schema.XSD + "integer")}, Label: q.Label}, true
		}
		return q, !IsIndex(v, q)
	}
}

// JSONLDWriter writes quads as expanded JSON-LD 1.1: one named graph object
// per label, each subject a node object with full IRIs as keys. Expanded
// form needs no @context, so every JSON-LD processor reads the same triples.
// Quads are buffered per label and subject; Close writes them.
type JSONLDWriter struct {
	w      io.Writer
	graphs map[string]map[string]map[string][]any
	types  map[string]map[string][]string
}

// NewJSONLDWriter returns a writer to w.
func NewJSONLDWriter(w io.Writer) *JSONLDWriter {
	return &JSONLDWriter{w: w, graphs: map[string]map[string]map[string][]any{}, types: map[string]map[string][]string{}}
}

func jsonldTerm(v quad.Value) (string, bool) {
	switch t := v.(type) {
	case quad.IRI:
		return string(t), true
	case quad.BNode:
		return "_:" + string(t), true
	}
	return "", false
}

func jsonldValue(v quad.Value) any {
	if id, ok := jsonldTerm(v); ok {
		return map[string]string{"@id": id}
	}
	switch t := v.(type) {
	case quad.TypedString:
		return map[string]string{"@value": string(t.Value), "@type": string(t.Type)}
	case quad.LangString:
		return map[string]string{"@value": string(t.Value), "@language": t.Lang}
	}
	return map[string]string{"@value": quad.ToString(v)}
}

// WriteQuad buffers one quad.
func (j *JSONLDWriter) WriteQuad(q quad.Quad) error {
	s, ok := jsonldTerm(q.Subject)
	p, pok := q.Predicate.(quad.IRI)
	if !ok || !pok {
		return fmt.Errorf("json-ld: quad %v has a literal subject or a non-IRI predicate", q)
	}
	g := ""
	if q.Label != nil {
		g, _ = jsonldTerm(q.Label)
	}
	if j.graphs[g] == nil {
		j.graphs[g] = map[string]map[string][]any{}
		j.types[g] = map[string][]string{}
	}
	if o, ok := q.Object.(quad.IRI); ok && p == quad.IRI(schema.RDFType) {
		j.types[g][s] = append(j.types[g][s], string(o))
		if j.graphs[g][s] == nil {
			j.graphs[g][s] = map[string][]any{}
		}
		return nil
	}
	if j.graphs[g][s] == nil {
		j.graphs[g][s] = map[string][]any{}
	}
	j.graphs[g][s][string(p)] = append(j.graphs[g][s][string(p)], jsonldValue(q.Object))
	return nil
}

// Close writes the document.
func (j *JSONLDWriter) Close() error {
	nodes := func(g string) []map[string]any {
		var out []map[string]any
		for s, props := range j.graphs[g] {
			n := map[string]any{"@id": s}
			if t := j.types[g][s]; len(t) > 0 {
				n["@type"] = t
			}
			for p, vs := range props {
				n[p] = vs
			}
			out = append(out, n)
		}
		sort.Slice(out, func(a, b int) bool { return out[a]["@id"].(string) < out[b]["@id"].(string) })
		return out
	}
	var doc []map[string]any
	doc = append(doc, nodes("")...)
	var labels []string
	for g := range j.graphs {
		if g != "" {
			labels = append(labels, g)
		}
	}
	sort.Strings(labels)
	for _, g := range labels {
		doc = append(doc, map[string]any{"@id": g, "@graph": nodes(g)})
	}
	if doc == nil {
		doc = []map[string]any{}
	}
	enc := json.NewEncoder(j.w)
	enc.SetIndent("", " ")
	return enc.Encode(doc)
}
