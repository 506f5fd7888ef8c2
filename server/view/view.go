// Package view is kg's analyst view in kg serve, at /kg/: search an actor,
// see its neighbourhood as a graph (nodes by actor type, edges by predicate
// family, width by number of articles), click an edge for the evidence.
//
// The page (static/) is kg's own small HTML, CSS and JavaScript, embedded
// in the binary: no npm build, no third-party file. The layout is computed
// here with gonum's force-directed EadesR2, so the browser only draws
// positioned SVG and handles clicks. Every answer is computed from the
// store per request (filters re-query, they do not hide), and nothing here
// writes.
package view

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"math"
	"math/rand/v2"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"
	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/layout"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/kg-project/kg/graph/factgraph"
	"github.com/kg-project/kg/queries"
	"github.com/kg-project/kg/schema"
)

//go:embed static
var static embed.FS

// Limits that keep a view readable and a request bounded.
const (
	MaxNodes     = 200 // nodes drawn
	MaxEdges     = 600 // edges drawn; more between 200 nodes is a hairball
	factsPerEdge = 20  // evidence sent with an edge; the panel says how many more
	maxNegated   = 100
	expandHop2   = 12 // neighbours whose facts a two-hop view reads: the best-connected
	topActors    = 16
)

// Config configures New.
type Config struct {
	QuadStore cgraph.QuadStore
	Vocab     schema.Vocab
	Timeout   time.Duration
	Log       *log.Logger
}

type handler struct {
	cfg   Config
	preds *schema.Predicates
}

// New returns the handler for everything under /kg/ (it expects the
// prefix still on the path).
func New(cfg Config) (http.Handler, error) {
	if cfg.QuadStore == nil {
		return nil, errors.New("view: no store")
	}
	if cfg.Vocab.Base() == "" {
		cfg.Vocab = schema.Default()
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 30 * time.Second
	}
	if cfg.Log == nil {
		cfg.Log = log.New(discard{}, "", 0)
	}
	preds, err := schema.LoadPredicates()
	if err != nil {
		return nil, err
	}
	h := &handler{cfg: cfg, preds: preds}
	sub, err := fs.Sub(static, "static")
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("GET /kg/", http.StripPrefix("/kg/", http.FileServerFS(sub)))
	mux.HandleFunc("GET /kg/api/top", h.serveTop)
	mux.HandleFunc("GET /kg/api/search", h.serveSearch)
	mux.HandleFunc("GET /kg/api/graph", h.serveGraph)
	mux.HandleFunc("GET /kg/api/graph.graphml", h.serveGraphML)
	mux.HandleFunc("GET /kg/api/facts", h.serveFacts)
	return mux, nil
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

func fail(w http.ResponseWriter, code int, err error) {
	writeJSON(w, code, map[string]string{"error": err.Error()})
}

type actorRef struct {
	IRI   string `json:"iri"`
	Label string `json:"label"`
	Name  string `json:"name,omitempty"` // the alias that matched, for suggestions
	Type  string `json:"type,omitempty"`
	Count int    `json:"articles,omitempty"`
}

// serveSearch resolves a name as kg query does: aliases, accents, places
// giving way to actors ("Moscow" is Russia), suggestions on a miss.
func (h *handler) serveSearch(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), h.cfg.Timeout)
	defer cancel()
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		fail(w, http.StatusBadRequest, errors.New("search: empty name"))
		return
	}
	a, err := queries.NewResolver(h.cfg.QuadStore, h.cfg.Vocab).Resolve(ctx, q)
	if err == nil {
		writeJSON(w, http.StatusOK, map[string]any{"actor": actorRef{IRI: string(a.IRI), Label: a.Label}})
		return
	}
	var re *queries.ResolveError
	if errors.As(err, &re) {
		cands := []actorRef{}
		for _, c := range re.Candidates {
			cands = append(cands, actorRef{IRI: string(c.IRI), Label: c.Label, Name: c.Name})
		}
		writeJSON(w, http.StatusOK, map[string]any{"error": err.Error(), "ambiguous": re.Ambiguous, "candidates": cands})
		return
	}
	fail(w, http.StatusInternalServerError, fmt.Errorf("search %q: %w", q, err))
}

// serveTop lists the actors named in the most articles: a place to start.
func (h *handler) serveTop(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), h.cfg.Timeout)
	defer cancel()
	qs, v := h.cfg.QuadStore, h.cfg.Vocab
	typ := qs.ValueOf(quad.IRI(schema.RDFType))
	mentioned := qs.ValueOf(v.Term(schema.PMentionedIn))
	label := qs.ValueOf(quad.IRI(schema.Label))
	out := []actorRef{}
	seen := map[string]bool{} // an actor can have several types
	if typ == nil || mentioned == nil {
		writeJSON(w, http.StatusOK, map[string]any{"actors": out})
		return
	}
	objects := func(ref cgraph.Ref, p cgraph.Ref, fn func(quad.Value)) error {
		sh, _ := shape.Optimize(shape.NodesFrom{Dir: quad.Object, Quads: shape.Quads{
			{Dir: quad.Subject, Values: shape.Fixed{ref}},
			{Dir: quad.Predicate, Values: shape.Fixed{p}},
		}}, qs)
		it := shape.BuildIterator(qs, sh)
		defer it.Close()
		for it.Next(ctx) {
			fn(qs.NameOf(it.Result()))
		}
		return it.Err()
	}
	for _, t := range schema.ActorTypes {
		if t == schema.Place {
			continue // places are where things happen, not who does them
		}
		cref := qs.ValueOf(v.Class(t))
		if cref == nil {
			continue
		}
		it := qs.QuadIterator(quad.Object, cref)
		for it.Next(ctx) {
			q := qs.Quad(it.Result())
			if q.Predicate != quad.IRI(schema.RDFType) || seen[quad.ToString(q.Subject)] {
				continue
			}
			seen[quad.ToString(q.Subject)] = true
			ref := qs.ValueOf(q.Subject)
			a := actorRef{IRI: quad.ToString(q.Subject), Type: string(t)}
			if iri, ok := q.Subject.(quad.IRI); ok {
				a.IRI = string(iri)
			}
			if err := objects(ref, mentioned, func(quad.Value) { a.Count++ }); err != nil {
				it.Close()
				fail(w, http.StatusInternalServerError, fmt.Errorf("counting articles of %s: %w", a.IRI, err))
				return
			}
			if label != nil {
				_ = objects(ref, label, func(l quad.Value) {
					if s, ok := l.(quad.String); ok {
						a.Label = string(s)
					}
				})
			}
			if a.Count > 0 {
				out = append(out, a)
			}
		}
		err := it.Err()
		it.Close()
		if err != nil {
			fail(w, http.StatusInternalServerError, fmt.Errorf("listing actors: %w", err))
			return
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Label < out[j].Label
	})
	if len(out) > topActors {
		out = out[:topActors]
	}
	writeJSON(w, http.StatusOK, map[string]any{"actors": out})
}

// request is a view's parameters, as in the page's URL.
type request struct {
	actor  string
	hops   int
	expand []string
	filter factgraph.Filter
}

func parseRequest(r *http.Request) (request, error) {
	q := r.URL.Query()
	req := request{actor: q.Get("actor"), hops: 1}
	if req.actor == "" {
		return req, errors.New("no actor: give ?actor=IRI")
	}
	if h := q.Get("hops"); h != "" {
		n, err := strconv.Atoi(h)
		if err != nil || n < 1 || n > 2 {
			return req, fmt.Errorf("hops %q: want 1 or 2", h)
		}
		req.hops = n
	}
	for _, e := range strings.Split(q.Get("expand"), ",") {
		if e = strings.TrimSpace(e); e != "" && e != req.actor && len(req.expand) < 20 {
			req.expand = append(req.expand, e)
		}
	}
	fl := factgraph.Filter{From: q.Get("from"), To: q.Get("to")}
	if err := factgraph.CheckDate("from", fl.From); err != nil {
		return req, err
	}
	if err := factgraph.CheckDate("to", fl.To); err != nil {
		return req, err
	}
	if m := q.Get("min"); m != "" {
		n, err := strconv.Atoi(m)
		if err != nil || n < 0 {
			return req, fmt.Errorf("min %q: want a number of articles", m)
		}
		fl.MinArticles = n
	}
	fl.Families = factgraph.ParseSet(q.Get("families"))
	fl.Publishers = factgraph.ParseSet(q.Get("publishers"))
	// Planned, hedged and reported facts are shown unless the URL says
	// which to include ("modalities=" alone, i.e. present and empty, means
	// asserted only).
	if _, ok := q["modalities"]; ok {
		fl.Modalities = factgraph.ParseSet(q.Get("modalities"))
		if fl.Modalities == nil {
			fl.Modalities = map[string]bool{}
		}
	}
	req.filter = fl
	return req, nil
}

// selection is a view computed: the model read, the edges kept.
type selection struct {
	m        *factgraph.Model
	load     *factgraph.Loader
	edges    []*factgraph.Edge
	negated  []*factgraph.Fact
	cutEdges int // edges left out by MaxEdges
}

func (h *handler) selectView(ctx context.Context, req request) (*selection, error) {
	m, load, err := factgraph.Around(ctx, h.cfg.QuadStore, h.cfg.Vocab, req.actor, req.hops, expandHop2, req.expand...)
	if err != nil {
		return nil, err
	}
	all, neg := m.Edges(req.filter, h.preds)
	edges, negated := factgraph.Neighbourhood(all, neg, req.actor, req.hops, MaxNodes)
	seen := map[string]bool{}
	for _, e := range edges {
		seen[e.ID] = true
	}
	negSeen := map[string]bool{}
	for _, f := range negated {
		negSeen[f.IRI] = true
	}
	for _, x := range req.expand {
		more, moreNeg := factgraph.Neighbourhood(all, neg, x, 1, MaxNodes/4)
		for _, e := range more {
			if !seen[e.ID] {
				seen[e.ID] = true
				edges = append(edges, e)
			}
		}
		for _, f := range moreNeg {
			if !negSeen[f.IRI] {
				negSeen[f.IRI] = true
				negated = append(negated, f)
			}
		}
	}
	edges, cut := capEdges(edges, MaxEdges)
	// Descriptions of the actors drawn (api/facts reads the evidence's).
	actors := []string{req.actor}
	for _, e := range edges {
		actors = append(actors, e.Source, e.Target)
	}
	if err := load.Actors(ctx, actors); err != nil {
		return nil, err
	}
	return &selection{m: m, load: load, edges: edges, negated: negated, cutEdges: cut}, nil
}

// capEdges keeps at most max edges, the best-supported first, but first of
// all each node's best edge, so that no node drawn is left without one.
func capEdges(edges []*factgraph.Edge, max int) ([]*factgraph.Edge, int) {
	if len(edges) <= max {
		return edges, 0
	}
	sorted := append([]*factgraph.Edge(nil), edges...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Articles > sorted[j].Articles })
	kept := map[*factgraph.Edge]bool{}
	covered := map[string]bool{}
	for _, e := range sorted {
		if !covered[e.Source] || !covered[e.Target] {
			kept[e] = true
			covered[e.Source], covered[e.Target] = true, true
		}
	}
	for _, e := range sorted {
		if len(kept) >= max {
			break
		}
		kept[e] = true
	}
	var out []*factgraph.Edge
	for _, e := range edges {
		if kept[e] {
			out = append(out, e)
		}
	}
	return out, len(edges) - len(out)
}

type nodeJSON struct {
	ID           string  `json:"id"`
	Label        string  `json:"label"`
	Type         string  `json:"type"`
	Country      string  `json:"country,omitempty"`
	CountryLabel string  `json:"countryLabel,omitempty"`
	Wikidata     string  `json:"wikidata,omitempty"`
	X            float64 `json:"x"`
	Y            float64 `json:"y"`
	Focus        bool    `json:"focus,omitempty"`
}

type articleJSON struct {
	IRI       string `json:"iri"`
	Title     string `json:"title,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Date      string `json:"date,omitempty"`
	URL       string `json:"url,omitempty"`
}

type factJSON struct {
	IRI       string              `json:"iri"`
	Subject   string              `json:"subject"`
	Predicate string              `json:"predicate"`
	Object    string              `json:"object"`
	Date      string              `json:"date,omitempty"`
	Modality  string              `json:"modality,omitempty"`
	Negated   bool                `json:"negated,omitempty"`
	Speaker   string              `json:"speaker,omitempty"`
	Rule      string              `json:"rule,omitempty"`
	CAMEO     string              `json:"cameo,omitempty"`
	CAMEOName string              `json:"cameoName,omitempty"`
	Goldstein *float64            `json:"goldstein,omitempty"`
	Polarity  int                 `json:"polarity,omitempty"`
	Topic     string              `json:"topic,omitempty"`
	Sentence  []factgraph.Segment `json:"sentence"`
	Article   articleJSON         `json:"article"`
}

type edgeJSON struct {
	ID        string   `json:"id"`
	Source    string   `json:"source"`
	Target    string   `json:"target"`
	Predicate string   `json:"predicate"`
	Family    string   `json:"family"`
	Polarity  int      `json:"polarity,omitempty"`
	Articles  int      `json:"articles"`
	Symmetric bool     `json:"symmetric,omitempty"` // drawn without an arrow head
	Facts     []string `json:"facts"`               // fact IRIs, oldest first; api/facts reads them
	MoreFacts int      `json:"moreFacts,omitempty"` // facts not listed (factsPerEdge)
}

// negJSON names a negated fact; api/facts reads it.
type negJSON struct {
	IRI       string `json:"iri"`
	Subject   string `json:"subject"`
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
}

type viewJSON struct {
	Actor       nodeJSON          `json:"actor"`
	Nodes       []nodeJSON        `json:"nodes"`
	Edges       []edgeJSON        `json:"edges"`
	Negated     []negJSON         `json:"negated"`
	Types       []string          `json:"types"`
	Families    []string          `json:"families"`
	FamilyName  map[string]string `json:"familyNames"`
	Dates       []string          `json:"dates"`
	Publishers  []string          `json:"publishers"`
	Width       float64           `json:"width"`
	Height      float64           `json:"height"`
	Truncated   bool              `json:"truncated,omitempty"`
	CutEdges    int               `json:"cutEdges,omitempty"`
	MoreNegated int               `json:"moreNegated,omitempty"`
}

func (h *handler) fact(m *factgraph.Model, f *factgraph.Fact) factJSON {
	fj := factJSON{IRI: f.IRI, Subject: m.Label(f.Subject), Predicate: f.Predicate, Object: m.Label(f.Object),
		Date: m.When(f), Modality: f.Modality, Negated: f.Negated, Rule: f.Rule, CAMEO: f.CAMEO, CAMEOName: f.CAMEOName,
		Goldstein: f.Goldstein, Polarity: f.Polarity, Topic: f.Topic, Sentence: m.Highlight(f)}
	if f.Speaker != "" {
		fj.Speaker = m.Label(f.Speaker)
	}
	fj.Article.IRI = f.Article
	if a := m.Articles[f.Article]; a != nil {
		fj.Article = articleJSON{IRI: a.IRI, Title: a.Title, Publisher: a.Publisher, Date: a.Date, URL: a.URL}
	}
	return fj
}

// maxFactsRead bounds one api/facts request.
const maxFactsRead = factsPerEdge + maxNegated

// serveFacts is the evidence of the facts named by ?iri= (repeated), in
// that order: what the provenance panel shows.
func (h *handler) serveFacts(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), h.cfg.Timeout)
	defer cancel()
	iris := r.URL.Query()["iri"]
	if len(iris) == 0 || len(iris) > maxFactsRead {
		fail(w, http.StatusBadRequest, fmt.Errorf("facts: give 1 to %d ?iri= parameters, not %d", maxFactsRead, len(iris)))
		return
	}
	m, err := factgraph.ReadFacts(ctx, h.cfg.QuadStore, h.cfg.Vocab, iris)
	if err != nil {
		fail(w, http.StatusBadRequest, fmt.Errorf("facts: %w", err))
		return
	}
	byIRI := map[string]*factgraph.Fact{}
	for _, f := range m.Facts {
		byIRI[f.IRI] = f
	}
	out := []factJSON{}
	for _, iri := range iris {
		if f := byIRI[iri]; f != nil {
			out = append(out, h.fact(m, f))
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"facts": out})
}

func (h *handler) serveGraph(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), h.cfg.Timeout)
	defer cancel()
	req, err := parseRequest(r)
	if err != nil {
		fail(w, http.StatusBadRequest, err)
		return
	}
	sel, err := h.selectView(ctx, req)
	if err != nil {
		fail(w, http.StatusInternalServerError, fmt.Errorf("view of %s: %w", req.actor, err))
		return
	}
	m := sel.m
	if a := m.Actors[req.actor]; len(sel.edges) == 0 && len(sel.negated) == 0 && (a == nil || a.Label == "") {
		fail(w, http.StatusNotFound, fmt.Errorf("no actor %s in the store: search for one by name", req.actor))
		return
	}
	dates, err := h.periods(ctx)
	if err != nil {
		fail(w, http.StatusInternalServerError, err)
		return
	}
	if len(dates) == 0 {
		dates = m.Dates() // a store without kg's indexes has no period nodes
	}
	out := viewJSON{Nodes: []nodeJSON{}, Edges: []edgeJSON{}, Negated: []negJSON{}, Types: []string{},
		Families: []string{}, FamilyName: factgraph.FamilyNames, Dates: dates, Publishers: m.PublisherList()}
	if out.Dates == nil {
		out.Dates = []string{}
	}
	if out.Publishers == nil {
		out.Publishers = []string{}
	}
	index := map[string]int{}
	addNode := func(iri string) {
		if _, ok := index[iri]; ok {
			return
		}
		index[iri] = len(out.Nodes)
		n := nodeJSON{ID: iri, Label: m.Label(iri), Focus: iri == req.actor}
		if a := m.Actors[iri]; a != nil {
			n.Type, n.Country, n.Wikidata = a.Type, a.Country, a.Wikidata
			if a.Country != "" {
				n.CountryLabel = m.Label(a.Country)
			}
		}
		if n.Type == "" {
			n.Type = "actor"
		}
		out.Nodes = append(out.Nodes, n)
	}
	addNode(req.actor)
	out.Actor = out.Nodes[0]
	fams := map[string]bool{}
	for _, e := range sel.edges {
		addNode(e.Source)
		addNode(e.Target)
		ej := edgeJSON{ID: e.ID, Source: e.Source, Target: e.Target, Predicate: e.Predicate, Family: e.Family,
			Articles: e.Articles, Polarity: e.First().Polarity}
		if p, ok := h.preds.Get(e.Predicate); ok {
			ej.Symmetric = p.Symmetric
		}
		for i, f := range e.Facts {
			if i == factsPerEdge {
				ej.MoreFacts = len(e.Facts) - i
				break
			}
			ej.Facts = append(ej.Facts, f.IRI)
		}
		fams[e.Family] = true
		out.Edges = append(out.Edges, ej)
	}
	for i, f := range sel.negated {
		if i == maxNegated {
			out.MoreNegated = len(sel.negated) - i
			break
		}
		out.Negated = append(out.Negated, negJSON{IRI: f.IRI, Subject: f.Subject, Predicate: f.Predicate, Object: f.Object})
	}
	out.CutEdges = sel.cutEdges
	types := map[string]bool{}
	for _, n := range out.Nodes {
		types[n.Type] = true
	}
	for _, t := range append(schema.ActorTypes, "actor") {
		if types[string(t)] {
			out.Types = append(out.Types, string(t))
		}
	}
	for _, f := range factgraph.Families {
		if fams[f] {
			out.Families = append(out.Families, f)
		}
	}
	out.Truncated = len(out.Nodes) >= MaxNodes
	out.Width, out.Height = place(out.Nodes, out.Edges, index)
	out.Actor = out.Nodes[0]
	writeJSON(w, http.StatusOK, out)
}

// periods lists the months (and bare years) the store's facts are dated
// in, from its period nodes: the steps of the date slider, the same for
// every actor. One index lookup (quads pointing at the Period class).
func (h *handler) periods(ctx context.Context) ([]string, error) {
	qs, v := h.cfg.QuadStore, h.cfg.Vocab
	class := qs.ValueOf(v.Term(schema.ClassPeriod))
	if class == nil {
		return nil, nil
	}
	prefix := v.Base() + "period/"
	var out []string
	it := qs.QuadIterator(quad.Object, class)
	defer it.Close()
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		if iri, ok := q.Subject.(quad.IRI); ok && q.Predicate == quad.IRI(schema.RDFType) && strings.HasPrefix(string(iri), prefix) {
			if d := strings.TrimPrefix(string(iri), prefix); factgraph.CheckDate("period", d) == nil {
				out = append(out, d)
			}
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("listing the store's periods: %w", err)
	}
	sort.Strings(out)
	return out, nil
}

// place lays the nodes out with gonum's Eades force-directed layout (seeded,
// so a shared URL draws the same picture), scaled to a canvas that grows
// with the number of nodes so that labels have room, and returns its size.
func place(nodes []nodeJSON, edges []edgeJSON, index map[string]int) (w, h float64) {
	// Edge weights of 1/degree: Eades' attraction grows as d·log d per edge,
	// so a hub with unit weights on a hundred edges overshoots and the
	// layout diverges; scaled by degree, a hub's pull is that of one edge.
	g := orderedGraph{WeightedUndirectedGraph: simple.NewWeightedUndirectedGraph(0, 0), adj: make([][]graph.Node, len(nodes))}
	for i := range nodes {
		g.AddNode(simple.Node(i))
		g.nodes = append(g.nodes, simple.Node(i))
	}
	type pair struct{ a, b int }
	pairs := map[pair]bool{}
	deg := make([]int, len(nodes))
	for _, e := range edges {
		s, t := index[e.Source], index[e.Target]
		if s > t {
			s, t = t, s
		}
		if s != t && !pairs[pair{s, t}] {
			pairs[pair{s, t}] = true
			deg[s]++
			deg[t]++
		}
	}
	for _, e := range edges {
		s, t := index[e.Source], index[e.Target]
		if s > t {
			s, t = t, s
		}
		if s == t || g.HasEdgeBetween(int64(s), int64(t)) {
			continue
		}
		w := 1 / float64(max(deg[s], deg[t]))
		g.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(s), T: simple.Node(t), W: w})
		g.adj[s] = append(g.adj[s], simple.Node(t))
		g.adj[t] = append(g.adj[t], simple.Node(s))
	}
	eades := layout.EadesR2{Repulsion: 1, Rate: 0.05, Updates: 300, Theta: 0.2, Src: rand.NewPCG(1, 2)}
	opt := layout.NewOptimizerR2(g, eades.Update)
	for opt.Update() {
	}
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for i := range nodes {
		c := opt.Coord2(int64(i))
		minX, maxX = math.Min(minX, c.X), math.Max(maxX, c.X)
		minY, maxY = math.Min(minY, c.Y), math.Max(maxY, c.Y)
	}
	// The canvas holds about three times the room the labels take, in the
	// proportions of a screen, so that snapping to free places (separate)
	// moves nodes little.
	area := 0.0
	for _, n := range nodes {
		bw, bh := labelBox(n)
		area += bw * bh
	}
	h = math.Max(600, math.Sqrt(3*area/1.4))
	w = h * 1.4
	margin := 90.0
	sx, sy := maxX-minX, maxY-minY
	for i := range nodes {
		c := opt.Coord2(int64(i))
		x, y := 0.5, 0.5
		if sx > 1e-9 {
			x = (c.X - minX) / sx
		}
		if sy > 1e-9 {
			y = (c.Y - minY) / sy
		}
		nodes[i].X = x * (w - 2*margin)
		nodes[i].Y = y * (h - 2*margin)
	}
	w, h = separate(nodes, deg, margin)
	for i := range nodes {
		nodes[i].X, nodes[i].Y = math.Round(nodes[i].X), math.Round(nodes[i].Y)
	}
	return w, h
}

// orderedGraph is gonum's simple graph with nodes and neighbours in a fixed
// order. Eades gives nodes their random start positions in the order
// Nodes() lists them, which for simple's maps changes from run to run; a
// fixed order and a seeded source make a shared URL draw the same picture.
type orderedGraph struct {
	*simple.WeightedUndirectedGraph
	nodes []graph.Node
	adj   [][]graph.Node
}

func (g orderedGraph) Nodes() graph.Nodes { return iterator.NewOrderedNodes(g.nodes) }

func (g orderedGraph) From(id int64) graph.Nodes {
	if id < 0 || int(id) >= len(g.adj) {
		return graph.Empty
	}
	return iterator.NewOrderedNodes(g.adj[id])
}

// labelBox is the room a node and its label take: the label's estimated
// width (12px sans-serif, about 7px a character) and the symbol with one
// or two lines of text under it.
func labelBox(n nodeJSON) (w, h float64) {
	chars := len([]rune(n.Label))
	if c := len([]rune(n.CountryLabel)); c > chars {
		chars = c
	}
	// Padding leaves room between labels for the edges and their labels.
	w = math.Max(40, 7*float64(chars)+28)
	h = 52
	if n.CountryLabel != "" {
		h = 64
	}
	return w, h
}

// Grid of separate: a label box spans whole cells.
const (
	cellW = 36.0
	cellH = 66.0
)

// separate gives every node a place of its own: a force layout places
// points, and at 200 nodes their labels collide. Nodes are snapped, the
// focus and the best-connected first, to the free run of grid cells nearest
// to where the layout put them, wide enough for the label. The layout's
// shape stays; no two label boxes overlap. Then the picture is moved to the
// margin and the canvas fitted to it.
func separate(nodes []nodeJSON, deg []int, margin float64) (w, h float64) {
	order := make([]int, len(nodes))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		ia, ib := order[a], order[b]
		if nodes[ia].Focus != nodes[ib].Focus {
			return nodes[ia].Focus
		}
		return deg[ia] > deg[ib]
	})
	type cell struct{ x, y int }
	taken := map[cell]bool{}
	free := func(cx, cy, span int) bool {
		for k := 0; k < span; k++ {
			if taken[cell{cx - span/2 + k, cy}] {
				return false
			}
		}
		return true
	}
	for _, i := range order {
		bw, _ := labelBox(nodes[i])
		span := int(math.Ceil(bw / cellW))
		tx, ty := int(math.Round(nodes[i].X/cellW)), int(math.Round(nodes[i].Y/cellH))
		best, bestD := cell{tx, ty}, math.Inf(1)
		// Rings around the target until a free run is found; the grid is
		// unbounded, so one always is, within len(nodes) rings.
		for r := 0; r <= len(nodes)+span && math.IsInf(bestD, 1); r++ {
			for dy := -r; dy <= r; dy++ {
				for dx := -r * 2; dx <= r*2; dx++ {
					if max(abs(dy), (abs(dx)+1)/2) != r {
						continue // only the ring's edge; inner cells were tried
					}
					cx, cy := tx+dx, ty+dy
					if !free(cx, cy, span) {
						continue
					}
					d := math.Hypot(float64(dx)*cellW, float64(dy)*cellH)
					if d < bestD {
						best, bestD = cell{cx, cy}, d
					}
				}
			}
		}
		for k := 0; k < span; k++ {
			taken[cell{best.x - span/2 + k, best.y}] = true
		}
		// An even span is centred between its two middle cells.
		nodes[i].X = float64(best.x)*cellW - float64(span%2^1)*cellW/2
		nodes[i].Y = float64(best.y) * cellH
	}
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, n := range nodes {
		minX, maxX = math.Min(minX, n.X), math.Max(maxX, n.X)
		minY, maxY = math.Min(minY, n.Y), math.Max(maxY, n.Y)
	}
	w, h = math.Max(840, maxX-minX+2*margin), math.Max(600, maxY-minY+2*margin)
	// Centred on the canvas when smaller than it (a lone node, a pair).
	offX, offY := (w-(maxX-minX))/2-minX, (h-(maxY-minY))/2-minY
	for i := range nodes {
		nodes[i].X += offX
		nodes[i].Y += offY
	}
	return w, h
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// serveGraphML downloads the view as GraphML: the same edges, one per
// subject, predicate, object and article, as kg export writes.
func (h *handler) serveGraphML(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), h.cfg.Timeout)
	defer cancel()
	req, err := parseRequest(r)
	if err != nil {
		fail(w, http.StatusBadRequest, err)
		return
	}
	sel, err := h.selectView(ctx, req)
	if err != nil {
		fail(w, http.StatusInternalServerError, fmt.Errorf("view of %s: %w", req.actor, err))
		return
	}
	keep := map[string]bool{}
	for _, e := range sel.edges {
		for _, f := range e.Facts {
			keep[f.IRI] = true
		}
	}
	var arts []string
	for _, e := range sel.edges {
		for _, f := range e.Facts {
			arts = append(arts, f.Article)
		}
	}
	if err := sel.load.Articles(ctx, arts); err != nil {
		fail(w, http.StatusInternalServerError, fmt.Errorf("view of %s: %w", req.actor, err))
		return
	}
	per, _ := sel.m.ArticleEdges(req.filter)
	g := &factgraph.Graph{M: sel.m}
	nodes := map[string]bool{}
	for _, e := range per {
		if keep[e.First().IRI] {
			g.Edges = append(g.Edges, e)
			nodes[e.Source], nodes[e.Target] = true, true
		}
	}
	nodes[req.actor] = true
	for iri := range nodes {
		a := sel.m.Actors[iri]
		if a == nil {
			a = &factgraph.Actor{IRI: iri}
		}
		g.Nodes = append(g.Nodes, a)
	}
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].IRI < g.Nodes[j].IRI })
	name := schema.Slug(sel.m.Label(req.actor), false)
	w.Header().Set("Content-Type", "application/graphml+xml; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="kg-`+name+`.graphml"`)
	if err := g.WriteGraphML(w); err != nil {
		h.cfg.Log.Printf("writing GraphML of %s: %v", req.actor, err)
	}
}
