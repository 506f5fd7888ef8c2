package view

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/writer"

	"github.com/kg-project/kg/graph/factgraph"
	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/loaders/quads"
	"github.com/kg-project/kg/schema"
)

var (
	drian  = fact.Actor{ID: "Jean-Yves Le Drian", Name: "Jean-Yves Le Drian", Type: schema.Person, Country: "FRA", Aliases: []string{"Le Drian"}}
	shoigu = fact.Actor{ID: "Sergei Shoigu", Name: "Sergei Shoigu", Type: schema.Person, Country: "RUS"}
	france = fact.Actor{ID: "FRA", Name: "France", Type: schema.Country, Country: "FRA"}
	russia = fact.Actor{ID: "RUS", Name: "Russia", Type: schema.Country, Country: "RUS", Aliases: []string{"Moscow"}}
	isis   = fact.Actor{ID: "ISIS", Name: "Islamic State", Type: schema.ArmedGroup}
)

// fixture: two articles (2015-11 by A, 2015-12 by B). Le Drian meets
// Shoigu in both, plans to visit Russia in the first, is France's minister
// and France does not bomb Russia (negated) but bombs Islamic State in the
// second.
func fixture(t *testing.T, withIndexes bool) cgraph.QuadStore {
	t.Helper()
	b, err := quads.New(schema.Default())
	if err != nil {
		t.Fatal(err)
	}
	qs, err := cgraph.NewQuadStore("memstore", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	qw, err := cgraph.NewQuadWriter("single", qs, nil)
	if err != nil {
		t.Fatal(err)
	}
	ev := func(doc string, s fact.Actor, p, cameo string, o fact.Actor, mod fact.Modality, neg bool, sentence, trigger string) fact.Fact {
		start := strings.Index(sentence, trigger)
		return fact.Fact{Doc: doc, Kind: schema.Event, Subject: s, Predicate: p, CAMEO: cameo, Object: o, Modality: mod, Negated: neg,
			Sentence: sentence, Trigger: trigger, Rule: "test:" + p,
			Offsets: fact.Offsets{Sentence: fact.Span{Start: 0, End: len(sentence)}, Trigger: fact.Span{Start: start, End: start + len(trigger)},
				Subject: fact.Span{Start: 0, End: len(s.Name)}}}
	}
	arts := []struct {
		a     fact.Article
		facts []fact.Fact
	}{
		{fact.Article{ID: "a1", Title: "Le Drian to visit Moscow", Publisher: "A", Date: "2015-11-20", Hash: "sha256:1"}, []fact.Fact{
			ev("a1", drian, "meets", "040", shoigu, fact.Asserted, false, "Jean-Yves Le Drian met Sergei Shoigu.", "met"),
			ev("a1", drian, "visits", "042", russia, fact.Planned, false, "Jean-Yves Le Drian will visit Russia.", "visit"),
		}},
		{fact.Article{ID: "a2", Title: "France steps up strikes", Publisher: "B", Date: "2015-12-21", Hash: "sha256:2"}, []fact.Fact{
			ev("a2", drian, "meets", "040", shoigu, fact.Asserted, false, "Jean-Yves Le Drian met Sergei Shoigu again.", "met"),
			ev("a2", france, "bombs", "195", isis, fact.Asserted, false, "France bombed Islamic State.", "bombed"),
			{Doc: "a2", Kind: schema.Relation, Subject: drian, Predicate: "roleIn", Object: france, Modality: fact.Asserted,
				Sentence: "Jean-Yves Le Drian is France's defence minister.", Rule: "test:roleIn"},
			ev("a2", france, "bombs", "195", russia, fact.Asserted, true, "France did not bomb Russia.", "bomb"),
		}},
	}
	for _, art := range arts {
		aq, actors, err := b.Result(art.a, art.facts)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range append(aq, actors...) {
			if !withIndexes && factgraph.IsIndex(schema.Default(), q) {
				continue
			}
			if err := qw.AddQuad(q); err != nil && !cgraph.IsQuadExist(err) {
				t.Fatal(err)
			}
		}
	}
	// Actor descriptions of the countries themselves, as the dictionary gives.
	for _, a := range []fact.Actor{france, russia} {
		for _, q := range b.Actor(a) {
			if err := qw.AddQuad(q); err != nil && !cgraph.IsQuadExist(err) {
				t.Fatal(err)
			}
		}
	}
	t.Cleanup(func() { qw.Close(); qs.Close() })
	return qs
}

func serve(t *testing.T) *httptest.Server { return serveStore(t, true) }

func serveStore(t *testing.T, withIndexes bool) *httptest.Server {
	t.Helper()
	h, err := New(Config{QuadStore: fixture(t, withIndexes)})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, srv *httptest.Server, path string, out any) int {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if out != nil {
		if err := json.Unmarshal(body, out); err != nil {
			t.Fatalf("GET %s: %v\n%s", path, err, body)
		}
	}
	return resp.StatusCode
}

const leDrianIRI = "https://kg.local/actor/jean-yves-le-drian"

func graphOf(t *testing.T, srv *httptest.Server, params string) viewJSON {
	t.Helper()
	var v viewJSON
	if code := get(t, srv, "/kg/api/graph?actor="+url.QueryEscape(leDrianIRI)+params, &v); code != 200 {
		t.Fatalf("graph%s: status %d", params, code)
	}
	return v
}

func edgeSet(v viewJSON) map[string]edgeJSON {
	label := map[string]string{}
	for _, n := range v.Nodes {
		label[n.ID] = n.Label
	}
	out := map[string]edgeJSON{}
	for _, e := range v.Edges {
		out[label[e.Source]+" "+e.Predicate+" "+label[e.Target]] = e
	}
	return out
}

func TestSearch(t *testing.T) {
	srv := serve(t)
	for q, want := range map[string]string{"Le Drian": leDrianIRI, "le drián": leDrianIRI, "Moscow": "https://kg.local/actor/rus"} {
		var res struct{ Actor actorRef }
		get(t, srv, "/kg/api/search?q="+url.QueryEscape(q), &res)
		if res.Actor.IRI != want {
			t.Errorf("search %q: %+v, want %s", q, res, want)
		}
	}
	var miss struct {
		Error      string
		Candidates []actorRef
	}
	get(t, srv, "/kg/api/search?q=Shoigux", &miss)
	if miss.Error == "" {
		t.Errorf("a miss gives no error: %+v", miss)
	}
	if code := get(t, srv, "/kg/api/search?q=", nil); code != http.StatusBadRequest {
		t.Errorf("empty search: status %d", code)
	}
	var top struct{ Actors []actorRef }
	get(t, srv, "/kg/api/top", &top)
	if len(top.Actors) == 0 || top.Actors[0].Count < 2 {
		t.Errorf("top actors: %+v", top.Actors)
	}
}

// TestGraph runs on a store as kg load writes it, whose summary index the
// view reads, and on one imported without indexes, where it reads fact
// nodes: the answers are the same.
func TestGraph(t *testing.T) {
	for _, withIndexes := range []bool{true, false} {
		t.Run(fmt.Sprintf("indexes=%v", withIndexes), func(t *testing.T) { testGraph(t, serveStore(t, withIndexes)) })
	}
}

func testGraph(t *testing.T, srv *httptest.Server) {
	v := graphOf(t, srv, "")
	es := edgeSet(v)
	m, ok := es["Jean-Yves Le Drian meets Sergei Shoigu"]
	if !ok || m.Articles != 2 || len(m.Facts) != 2 || m.Family != "verbal-cooperation" {
		t.Fatalf("meets edge: %+v (edges %v)", m, es)
	}
	var ev struct{ Facts []factJSON }
	if code := get(t, srv, "/kg/api/facts?iri="+url.QueryEscape(m.Facts[0])+"&iri="+url.QueryEscape(m.Facts[1]), &ev); code != 200 || len(ev.Facts) != 2 {
		t.Fatalf("api/facts: %d %+v", code, ev)
	}
	f := ev.Facts[0]
	if f.Article.Title != "Le Drian to visit Moscow" || f.Article.Publisher != "A" || f.Date != "2015-11-20" || f.Rule != "test:meets" || f.Modality != "asserted" {
		t.Errorf("evidence: %+v", f)
	}
	marks := map[string]string{}
	for _, s := range f.Sentence {
		marks[s.Mark] = s.Text
	}
	if marks["trigger"] != "met" || marks["subject"] != "Jean-Yves Le Drian" || marks["object"] != "Sergei Shoigu" {
		t.Errorf("highlights: %+v", f.Sentence)
	}
	if len(v.Dates) != 2 || strings.Join(v.Publishers, ",") != "A,B" {
		t.Errorf("dates %v, publishers %v", v.Dates, v.Publishers)
	}
	for _, n := range v.Nodes {
		if n.X < 0 || n.X > v.Width || n.Y < 0 || n.Y > v.Height {
			t.Errorf("node %s at (%v, %v) is outside %vx%v", n.Label, n.X, n.Y, v.Width, v.Height)
		}
		if n.Label == "Jean-Yves Le Drian" && (n.CountryLabel != "France" || !n.Focus) {
			t.Errorf("Le Drian node: %+v", n)
		}
	}
	if strings.Join(v.Types, ",") != "person,country" {
		t.Errorf("types %v", v.Types)
	}

	// Two hops reach France's facts; the negated one is listed, not drawn.
	v2 := graphOf(t, srv, "&hops=2")
	es2 := edgeSet(v2)
	if _, ok := es2["France bombs Islamic State"]; !ok {
		t.Errorf("two hops lack France bombs Islamic State: %v", es2)
	}
	if _, ok := es2["France bombs Russia"]; ok {
		t.Errorf("a negated fact is drawn as an edge")
	}
	if len(v2.Negated) != 1 || v2.Negated[0].Object != "https://kg.local/actor/rus" {
		t.Fatalf("negated facts: %+v", v2.Negated)
	}
	var neg struct{ Facts []factJSON }
	get(t, srv, "/kg/api/facts?iri="+url.QueryEscape(v2.Negated[0].IRI), &neg)
	if len(neg.Facts) != 1 || !neg.Facts[0].Negated || neg.Facts[0].Object != "Russia" || neg.Facts[0].Article.Title != "France steps up strikes" {
		t.Errorf("negated evidence: %+v", neg.Facts)
	}

	// Filters re-query.
	cases := []struct {
		params      string
		has, hasNot []string
	}{
		{"&from=2015-12", []string{"Jean-Yves Le Drian meets Sergei Shoigu"}, []string{"Jean-Yves Le Drian visits Russia"}},
		{"&to=2015-11", []string{"Jean-Yves Le Drian visits Russia"}, nil},
		{"&modalities=", []string{"Jean-Yves Le Drian meets Sergei Shoigu"}, []string{"Jean-Yves Le Drian visits Russia"}},
		{"&modalities=planned", []string{"Jean-Yves Le Drian visits Russia"}, nil},
		{"&min=2", []string{"Jean-Yves Le Drian meets Sergei Shoigu"}, []string{"Jean-Yves Le Drian visits Russia"}},
		{"&families=relation", nil, []string{"Jean-Yves Le Drian meets Sergei Shoigu"}},
		{"&publishers=B", []string{"Jean-Yves Le Drian meets Sergei Shoigu"}, []string{"Jean-Yves Le Drian visits Russia"}},
	}
	for _, c := range cases {
		es := edgeSet(graphOf(t, srv, c.params))
		for _, h := range c.has {
			if _, ok := es[h]; !ok {
				t.Errorf("%s: lacks %q", c.params, h)
			}
		}
		for _, h := range c.hasNot {
			if _, ok := es[h]; ok {
				t.Errorf("%s: still has %q", c.params, h)
			}
		}
	}
	if es := edgeSet(graphOf(t, srv, "&from=2015-12")); es["Jean-Yves Le Drian meets Sergei Shoigu"].Articles != 1 {
		t.Errorf("from 2015-12 the meeting has %d articles, want 1", es["Jean-Yves Le Drian meets Sergei Shoigu"].Articles)
	}

	// Expanding Russia adds its neighbours (France's negated bombing aside).
	es3 := edgeSet(graphOf(t, srv, "&expand="+url.QueryEscape("https://kg.local/actor/rus")))
	if len(es3) < len(es) {
		t.Errorf("expand shrank the view: %v", es3)
	}

	if code := get(t, srv, "/kg/api/graph?actor=https://kg.local/actor/nobody", nil); code != http.StatusNotFound {
		t.Errorf("unknown actor: status %d, want 404", code)
	}
	for _, bad := range []string{"/kg/api/facts", "/kg/api/facts?iri=https://kg.local/actor/rus", "/kg/api/graph", "/kg/api/graph?actor=x&hops=3", "/kg/api/graph?actor=x&from=yesterday", "/kg/api/graph?actor=x&min=-1"} {
		if code := get(t, srv, bad, nil); code != http.StatusBadRequest {
			t.Errorf("%s: status %d, want 400", bad, code)
		}
	}
}

func TestDownloadAndPage(t *testing.T) {
	srv := serve(t)
	resp, err := http.Get(srv.URL + "/kg/api/graph.graphml?actor=" + url.QueryEscape(leDrianIRI))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(resp.Header.Get("Content-Disposition"), "kg-jean-yves-le-drian.graphml") {
		t.Errorf("Content-Disposition %q", resp.Header.Get("Content-Disposition"))
	}
	for _, want := range []string{"Le Drian to visit Moscow", "Consult, not specified below", ">meets<"} {
		if !strings.Contains(string(body), want) {
			t.Errorf("GraphML of the view lacks %q", want)
		}
	}
	var doc struct {
		Graph struct {
			Nodes []struct {
				ID string `xml:"id,attr"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(body, &doc); err != nil {
		t.Fatalf("GraphML does not parse: %v\n%s", err, body)
	}
	// meets twice (one edge per article), the planned visit, roleIn.
	if len(doc.Graph.Nodes) != 4 || len(doc.Graph.Edges) != 4 {
		t.Errorf("GraphML of the view: %d nodes, %d edges, want 4 and 4\n%s", len(doc.Graph.Nodes), len(doc.Graph.Edges), body)
	}
	for _, p := range []string{"/kg/", "/kg/app.js", "/kg/app.css"} {
		resp, err := http.Get(srv.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("%s: status %d", p, resp.StatusCode)
		}
	}
}

// TestLayout200 lays out a hub with 199 neighbours: the view keeps to 200
// nodes and no two nodes' label boxes overlap.
func TestLayout200(t *testing.T) {
	b, err := quads.New(schema.Default())
	if err != nil {
		t.Fatal(err)
	}
	qs, err := cgraph.NewQuadStore("memstore", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	qw, err := cgraph.NewQuadWriter("single", qs, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer qs.Close()
	hub := fact.Actor{ID: "hub", Name: "Hub Country", Type: schema.Country}
	art := fact.Article{ID: "big", Title: "Many meetings", Date: "2020-01-01", Hash: "sha256:3"}
	var facts []fact.Fact
	for i := 0; i < 230; i++ {
		o := fact.Actor{ID: fmt.Sprintf("p%d", i), Name: fmt.Sprintf("Person Number %d", i), Type: schema.Person}
		facts = append(facts, fact.Fact{Doc: "big", Kind: schema.Event, Subject: hub, Predicate: "meets", CAMEO: "040", Object: o,
			Modality: fact.Asserted, Sentence: fmt.Sprintf("Hub Country met Person Number %d.", i), SentenceIndex: i, Rule: "test"})
	}
	aq, actors, err := b.Result(art, facts)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range append(aq, actors...) {
		if err := qw.AddQuad(q); err != nil && !cgraph.IsQuadExist(err) {
			t.Fatal(err)
		}
	}
	h, err := New(Config{QuadStore: qs})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	var v viewJSON
	if code := get(t, srv, "/kg/api/graph?actor="+url.QueryEscape("https://kg.local/actor/hub"), &v); code != 200 {
		t.Fatalf("status %d", code)
	}
	if len(v.Nodes) != MaxNodes || !v.Truncated {
		t.Fatalf("%d nodes (truncated %v), want %d", len(v.Nodes), v.Truncated, MaxNodes)
	}
	overlaps := 0
	for i, a := range v.Nodes {
		aw, ah := labelBox(a)
		for _, c := range v.Nodes[i+1:] {
			cw, ch := labelBox(c)
			if math.Abs(a.X-c.X) < (aw+cw)/2-2 && math.Abs(a.Y-c.Y) < (ah+ch)/2-2 {
				overlaps++
			}
		}
		if a.X < 0 || a.Y < 0 || a.X > v.Width || a.Y > v.Height {
			t.Errorf("%s at (%v,%v) outside %vx%v", a.Label, a.X, a.Y, v.Width, v.Height)
		}
	}
	if overlaps > 0 {
		t.Errorf("%d pairs of labels overlap", overlaps)
	}
	t.Logf("200 nodes on %vx%v", v.Width, v.Height)
}
