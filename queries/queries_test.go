package queries

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

// col lists one column of a result's rows, as text.
func col(res *Result, name string) []string {
	var out []string
	for _, r := range res.Rows {
		out = append(out, cell(r[name], ","))
	}
	return out
}

// find returns the first row whose fields equal want, or nil.
func find(res *Result, want map[string]string) map[string]any {
	for _, r := range res.Rows {
		ok := true
		for k, v := range want {
			if cell(r[k], ",") != v {
				ok = false
				break
			}
		}
		if ok {
			return r
		}
	}
	return nil
}

func mustFind(t *testing.T, res *Result, want map[string]string) map[string]any {
	t.Helper()
	r := find(res, want)
	if r == nil {
		t.Fatalf("%s: no row with %v in:\n%s", res.Query.Name, want, dump(res))
	}
	return r
}

func dump(res *Result) string {
	var b strings.Builder
	for _, r := range res.Rows {
		fmt.Fprintln(&b, " ", r)
	}
	return b.String()
}

func TestRegistry(t *testing.T) {
	qs, err := List()
	if err != nil {
		t.Fatal(err)
	}
	want := "actors adversaries allies between claims contradictions disagreements path profile relations sources stance timeline tone who"
	if got := strings.Join(names(qs), " "); got != want {
		t.Fatalf("queries = %s, want %s", got, want)
	}
	for _, q := range qs {
		if q.Description == "" || len(q.Columns) == 0 {
			t.Errorf("%s: missing description or columns", q.Name)
		}
	}
	if _, err := Get("nope"); err == nil || !strings.Contains(err.Error(), "who") {
		t.Errorf("Get(nope) = %v, want an error listing the queries", err)
	}
}

func names(qs []*Query) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.Name)
	}
	return out
}

func TestParseHeaderErrors(t *testing.T) {
	for _, body := range []string{
		"// @name x\n// @columns a\n// @arg a actor sometimes\n",
		"// @name x\n// @columns a\n// @arg a nosuchtype required\n",
		"// @name x\n// @columns a\n// @frobnicate\n",
		"// @name y\n// @columns a\n",
		"// @name x\n",
	} {
		if _, err := parseQuery("x.js", body); err == nil {
			t.Errorf("parseQuery(%q) succeeded, want an error", body)
		}
	}
}

func TestResolve(t *testing.T) {
	r := fixture(t)
	ctx := context.Background()
	for name, want := range map[string]string{
		"Le Drian":                     "le-drian",
		"Jean-Yves Le Drian":           "le-drian",
		"jean-yves le drian":           "le-drian",
		"LE DRIAN":                     "le-drian",
		"Daesh":                        "islamic-state",
		"daesh":                        "islamic-state",
		"Moscow":                       "rus", // an alias beats the place of the same name
		"moscow":                       "rus",
		"Shoigu":                       "shoigu",
		"Sergei Shoigu":                "shoigu",
		"Francois Hollande":            "hollande",
		"francois hollande":            "hollande",
		"François Hollande":            "hollande",
		"Assad":                        "assad",
		"al-Assad":                     "assad", // a whole-word part of one name
		"<https://kg.local/actor/tur>": "tur",
		"actor/nato":                   "nato",
		`Evil"); g.emit({pwned: 1}); ("</script>`: "evil",
	} {
		a, err := r.Resolver().Resolve(ctx, name)
		if err != nil {
			t.Errorf("Resolve(%q): %v", name, err)
			continue
		}
		if got := strings.TrimPrefix(string(a.IRI), "https://kg.local/actor/"); got != want {
			t.Errorf("Resolve(%q) = %s, want %s", name, got, want)
		}
	}

	_, err := r.Resolver().Resolve(ctx, "Smith")
	var re *ResolveError
	if !errors.As(err, &re) || !re.Ambiguous || len(re.Candidates) != 2 {
		t.Fatalf("Resolve(Smith) = %v, want ambiguous between two Smiths", err)
	}
	if !strings.Contains(err.Error(), "Jane Smith") || !strings.Contains(err.Error(), "John Smith") {
		t.Errorf("ambiguity message %q does not name both candidates", err)
	}

	for name, want := range map[string]string{"Shoygu": "Sergei Shoigu", "Frnace": "France", "Turk": "Turkey", "Le Drain": "Jean-Yves Le Drian"} {
		_, err := r.Resolver().Resolve(ctx, name)
		if !errors.As(err, &re) || re.Ambiguous {
			t.Errorf("Resolve(%q) = %v, want unknown", name, err)
			continue
		}
		if len(re.Candidates) == 0 || re.Candidates[0].Label != want {
			t.Errorf("Resolve(%q): candidates %v, want %s first", name, re.Candidates, want)
		}
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Resolve(%q) message %q lacks %s", name, err, want)
		}
	}
	if _, err := r.Resolver().Resolve(ctx, "Atlantis"); err == nil || !strings.Contains(err.Error(), `no actor called "Atlantis"`) {
		t.Errorf("Resolve(Atlantis) = %v", err)
	}
}

// Parameters are data: a name full of JavaScript and HTML cannot change
// the query, and the script shows it only JSON-encoded.
func TestParametersAreData(t *testing.T) {
	r := fixture(t)
	q, _ := Get("relations")
	name := `Evil"); g.emit({pwned: 1}); ("</script>`
	b, err := r.Bind(context.Background(), q, map[string]string{"actor": name})
	if err != nil {
		t.Fatal(err)
	}
	s, err := r.Script(b)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(s, "</script>") || strings.Contains(s, name) {
		t.Errorf("script contains the raw name:\n%s", s[:400])
	}
	if !strings.Contains(s, `\u003c/script\u003e`) {
		t.Errorf("script lacks the JSON-escaped name")
	}
	res, err := r.RunBound(context.Background(), b)
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range res.Rows {
		if _, ok := row["pwned"]; ok {
			t.Fatal("the name ran as code")
		}
	}
	mustFind(t, res, map[string]string{"source": name, "predicate": "attacks", "target": "France"})

	// Other string parameters too: a CAMEO code is validated, a predicate
	// name must be in the vocabulary.
	w, _ := Get("who")
	if _, err := r.Run(context.Background(), w, map[string]string{"predicate": `meets"]}); g.emit(1); //`}); err == nil {
		t.Error("a bogus predicate was accepted")
	}
}

func TestWho(t *testing.T) {
	r := fixture(t)
	res := run(t, r, "who", map[string]string{"predicate": "meets", "actor": "Shoigu"})
	row := mustFind(t, res, map[string]string{"source": "Jean-Yves Le Drian", "predicate": "meets", "target": "Sergei Shoigu"})
	if got := cell(row["articles"], ","); got != "a1-press,a2-talks" {
		t.Errorf("articles = %s", got)
	}
	if got := cell(row["modality"], ","); got != "asserted,planned" {
		t.Errorf("modality = %s", got)
	}
	// Symmetric: "who meets Le Drian" finds Shoigu although Le Drian is the subject.
	res = run(t, r, "who", map[string]string{"predicate": "meets", "actor": "Le Drian"})
	mustFind(t, res, map[string]string{"source": "Sergei Shoigu", "target": "Jean-Yves Le Drian"})

	res = run(t, r, "who", map[string]string{"predicate": "accuses", "actor": "Turkey"})
	if got := col(res, "source"); len(got) != 1 || got[0] != "Vladimir Putin" {
		t.Errorf("who accuses Turkey = %v", got)
	}
	// attacks (CAMEO 190) stands for the fight root: shootsDown counts.
	res = run(t, r, "who", map[string]string{"predicate": "attacks", "actor": "Russia"})
	// The jet belonged to Russia's military, which acts for Russia
	// (ont:country link); the target column says so.
	mustFind(t, res, map[string]string{"source": "Turkey", "predicate": "shootsDown", "target": "Russia (military)"})
	mustFind(t, res, map[string]string{"source": "Islamic State", "predicate": "attacks", "target": "Russia"})
	direct := run(t, r, "who", map[string]string{"predicate": "attacks", "actor": "Russia", "direct": "true"})
	if find(direct, map[string]string{"source": "Turkey"}) != nil || len(direct.Rows) != 1 {
		t.Errorf("who attacks Russia --direct:\n%s", dump(direct))
	}
	// Russia's own people are not answers to "who meets Russia".
	res = run(t, r, "who", map[string]string{"predicate": "meets", "actor": "Russia"})
	mustFind(t, res, map[string]string{"source": "Jean-Yves Le Drian", "target": "Sergei Shoigu"})
	mustFind(t, res, map[string]string{"source": "François Hollande", "target": "Vladimir Putin"})
	if find(res, map[string]string{"source": "Sergei Shoigu"}) != nil {
		t.Errorf("who meets Russia lists Russia's own minister:\n%s", dump(res))
	}
	res = run(t, r, "who", map[string]string{"predicate": "attacks", "actor": "Russia", "exact": "true"})
	if find(res, map[string]string{"source": "Turkey"}) != nil {
		t.Errorf("--exact attacks still found shootsDown:\n%s", dump(res))
	}
	// A CAMEO code, and no actor.
	res = run(t, r, "who", map[string]string{"predicate": "112"})
	mustFind(t, res, map[string]string{"source": "Vladimir Putin", "target": "Turkey"})
	res = run(t, r, "who", map[string]string{"predicate": "19"})
	if len(res.Rows) < 4 {
		t.Errorf("who 19: %d rows, want attacks, shootsDown, annexes...:\n%s", len(res.Rows), dump(res))
	}
	// Negated facts are never answers.
	res = run(t, r, "who", map[string]string{"predicate": "attacks", "actor": "NATO"})
	if len(res.Rows) != 0 {
		t.Errorf("who attacks NATO found a negated fact:\n%s", dump(res))
	}
	q, _ := Get("who")
	if _, err := r.Run(context.Background(), q, map[string]string{"predicate": "attaks"}); err == nil || !strings.Contains(err.Error(), "attacks") {
		t.Errorf("misspelt predicate: %v, want a suggestion", err)
	}
	if _, err := r.Run(context.Background(), q, map[string]string{"predicate": "accuses", "actor": "Smith"}); err == nil || !strings.Contains(err.Error(), "ambiguous") {
		t.Errorf("ambiguous actor: %v", err)
	}
	if _, err := r.Run(context.Background(), q, map[string]string{}); err == nil || !strings.Contains(err.Error(), "PREDICATE") {
		t.Errorf("missing argument: %v", err)
	}
}

func TestRelations(t *testing.T) {
	r := fixture(t)
	res := run(t, r, "relations", map[string]string{"actor": "France"})
	mustFind(t, res, map[string]string{"predicate": "deploys", "source": "France", "target": "Charles de Gaulle", "direction": "out"})
	mustFind(t, res, map[string]string{"predicate": "roleIn", "source": "Jean-Yves Le Drian", "direction": "in"})
	mustFind(t, res, map[string]string{"predicate": "attacks", "source": "Islamic State", "dates": "2015-11-13"})
	// Grouped: relations first, then by predicate.
	if k := col(res, "kind"); k[0] != "relation" || k[len(k)-1] != "event" {
		t.Errorf("kinds out of order: %v", k)
	}
	// Rolled up, the shoot-down of a "Russia (military)" jet is Russia's;
	// --direct keeps the actor itself only.
	res = run(t, r, "relations", map[string]string{"actor": "Russia", "predicate": "19"})
	mustFind(t, res, map[string]string{"predicate": "shootsDown", "source": "Turkey", "target": "Russia (military)", "direction": "in"})
	res = run(t, r, "relations", map[string]string{"actor": "Russia", "predicate": "19", "direct": "true"})
	for _, p := range col(res, "predicate") {
		if p != "attacks" && p != "annexes" {
			t.Errorf("relations --predicate 19 gave %s", p)
		}
	}
	if len(res.Rows) != 2 {
		t.Errorf("relations Russia --predicate 19: %d rows:\n%s", len(res.Rows), dump(res))
	}
}

func TestProfile(t *testing.T) {
	r := fixture(t)
	res := run(t, r, "profile", map[string]string{"actor": "Shoigu"})
	mustFind(t, res, map[string]string{"field": "post", "value": "Defence Minister of Russia"})
	mustFind(t, res, map[string]string{"field": "type", "value": "person"})
	mustFind(t, res, map[string]string{"field": "articles", "value": "2", "articles": "a1-press,a2-talks"})
	mustFind(t, res, map[string]string{"field": "seen", "value": "first 2015-12-20, last 2015-12-21"})
	res = run(t, r, "profile", map[string]string{"actor": "Le Drian"})
	mustFind(t, res, map[string]string{"field": "post", "value": "Defence Minister of France"})
	res = run(t, r, "profile", map[string]string{"actor": "Russia"})
	mustFind(t, res, map[string]string{"field": "official", "value": "Sergei Shoigu (Defence Minister)"})
	mustFind(t, res, map[string]string{"field": "ally of", "value": "Syria"})
	mustFind(t, res, map[string]string{"field": "country code", "value": "RUS"})
	// Rolled up, Shoigu's meeting with Le Drian is Russia's too.
	mustFind(t, res, map[string]string{"field": "events dated", "value": "2014 to 2015-12-21"})
	mustFind(t, res, map[string]string{"field": "acting for it", "value": "Russia (military), Sergei Shoigu, Vladimir Putin"})
	res = run(t, r, "profile", map[string]string{"actor": "Russia", "direct": "true"})
	mustFind(t, res, map[string]string{"field": "events dated", "value": "2014 to 2015-11-28"})
	res = run(t, r, "profile", map[string]string{"actor": "Turkey"})
	mustFind(t, res, map[string]string{"field": "member of", "value": "NATO"})
	res = run(t, r, "profile", map[string]string{"actor": "Daesh"})
	mustFind(t, res, map[string]string{"field": "aliases", "value": "Daesh, IS, ISIL, ISIS"})
}

func TestBetween(t *testing.T) {
	r := fixture(t)
	res := run(t, r, "between", map[string]string{"a": "France", "b": "Russia"})
	// In date order, by event date else report date; ministers count for
	// their countries.
	dates := col(res, "date")
	want := []string{"2014-03", "2015-11-26", "2015-11-26", "2015-11-26", "2015-12-20", "2015-12-21", "2015-12-21", "2015-12-21"}
	if strings.Join(dates, " ") != strings.Join(want, " ") {
		t.Errorf("dates = %q, want %q", dates, want)
	}
	basis := col(res, "date_basis")
	if want := "event event event event report event event report"; strings.Join(basis, " ") != want {
		t.Errorf("date_basis = %q, want %q", basis, want)
	}
	arts := map[string]bool{}
	for _, row := range res.Rows {
		if row["tone"] == "cooperation" {
			for _, a := range row["articles"].([]any) {
				arts[cell(a, "")] = true
			}
		}
	}
	if len(arts) < 3 {
		t.Errorf("cooperation facts from %d articles, want >= 3", len(arts))
	}
	mustFind(t, res, map[string]string{"source": "Jean-Yves Le Drian", "predicate": "meets", "target": "Sergei Shoigu", "status": "happened", "articles": "a2-talks", "publishers": "Reuters"})
	direct := run(t, r, "between", map[string]string{"a": "France", "b": "Russia", "direct": "true"})
	if find(direct, map[string]string{"source": "Jean-Yves Le Drian"}) != nil || len(direct.Rows) != 3 {
		t.Errorf("--direct:\n%s", dump(direct))
	}
	// Either direction.
	rev := run(t, r, "between", map[string]string{"a": "Russia", "b": "France"})
	if len(rev.Rows) != len(res.Rows) {
		t.Errorf("between Russia France: %d rows, France Russia: %d", len(rev.Rows), len(res.Rows))
	}
}

// between reports events: two articles' statements of one happening are
// one row with both mentions; what was planned stays apart.
func TestBetweenEvents(t *testing.T) {
	qs, err := cgraph.NewQuadStore("memstore", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { qs.Close() })
	arts := append(fixtureArticles(), fixtureArticle{
		fact.Article{ID: "a6-ap", Title: "Hollande and Putin meet", Publisher: "AP", Date: "2015-11-27", Hash: "sha256:6"},
		[]fact.Fact{ev("a6-ap", hollande, "meets", "040", putin, "2015-11-26", fact.Asserted, "Hollande and Putin met in the Kremlin on Thursday.")},
	})
	writeArticles(t, qs, arts)
	r, err := NewRunner(qs, schema.Default())
	if err != nil {
		t.Fatal(err)
	}
	res := run(t, r, "between", map[string]string{"a": "France", "b": "Russia"})
	row := mustFind(t, res, map[string]string{"date": "2015-11-26", "source": "François Hollande", "predicate": "meets", "status": "happened"})
	if got := cell(row["articles"], ","); got != "a5-crimea,a6-ap" || cell(row["mentions_n"], "") != "2" || cell(row["sources_n"], "") != "2" {
		t.Errorf("Hollande meets Putin on 26 November: articles %s, %v mentions, %v sources; want a5-crimea,a6-ap, 2, 2", got, row["mentions_n"], row["sources_n"])
	}
	mustFind(t, res, map[string]string{"date": "2015-11-26", "source": "François Hollande", "predicate": "meets", "status": "planned", "articles": "a4-paris", "mentions_n": "1"})
	// Every statement is in exactly one row.
	n := 0
	for _, row := range res.Rows {
		k, _ := strconv.Atoi(cell(row["mentions_n"], ""))
		n += k
		if len(row["facts"].([]any)) != k {
			t.Errorf("row with %d facts and %d mentions: %v", len(row["facts"].([]any)), k, row)
		}
	}
	if len(res.Rows) != 8 || n != 9 {
		t.Errorf("%d rows holding %d statements, want 8 holding 9:\n%s", len(res.Rows), n, dump(res))
	}
}

func TestStance(t *testing.T) {
	r := fixture(t)
	res := run(t, r, "stance", map[string]string{"actor": "Putin", "on": "Assad"})
	if len(res.Rows) != 1 || res.Rows[0]["stance"] != "support" || cell(res.Rows[0]["polarity"], "") != "1" {
		t.Fatalf("stance Putin --on Assad:\n%s", dump(res))
	}
	if s := cell(res.Rows[0]["sentence"], ""); !strings.Contains(s, "stood by") {
		t.Errorf("evidence sentence = %q", s)
	}
	res = run(t, r, "stance", map[string]string{"actor": "Hollande", "on": "Assad"})
	if len(res.Rows) != 1 || res.Rows[0]["stance"] != "opposition" || cell(res.Rows[0]["polarity"], "") != "-1" {
		t.Fatalf("stance Hollande --on Assad:\n%s", dump(res))
	}
	res = run(t, r, "stance", map[string]string{"actor": "Hollande", "on": "Turkey"})
	if len(res.Rows) != 0 {
		t.Errorf("stance Hollande --on Turkey:\n%s", dump(res))
	}
}

func TestDisagreements(t *testing.T) {
	r := fixture(t)
	for _, v := range []map[string]string{nil, {"actor": "Putin"}, {"actor": "Hollande"}} {
		res := run(t, r, "disagreements", v)
		row := mustFind(t, res, map[string]string{"a": "François Hollande", "b": "Vladimir Putin"})
		if !strings.Contains(cell(row["over"], ""), "Assad") || cell(row["basis"], "") != "disagreesWith, opposite stances" {
			t.Errorf("disagreements %v: %v", v, row)
		}
		if len(res.Rows) != 1 {
			t.Errorf("disagreements %v: want the one merged pair:\n%s", v, dump(res))
		}
	}
	res := run(t, r, "disagreements", map[string]string{"actor": "Turkey"})
	if len(res.Rows) != 0 {
		t.Errorf("disagreements Turkey:\n%s", dump(res))
	}
}

func TestAlliesAdversaries(t *testing.T) {
	r := fixture(t)
	res := run(t, r, "allies", map[string]string{"actor": "Russia"})
	row := mustFind(t, res, map[string]string{"counterpart": "Syria"})
	if cell(row["ally"], "") != "1" || cell(row["evidence_n"], "") != "1" {
		t.Errorf("allies Russia / Syria: %v", row)
	}
	mustFind(t, res, map[string]string{"counterpart": "France"})
	res = run(t, r, "adversaries", map[string]string{"actor": "Russia"})
	if got := col(res, "counterpart"); len(got) == 0 || got[0] != "Turkey" {
		t.Errorf("adversaries Russia = %v, want Turkey first", got)
	}
	row = mustFind(t, res, map[string]string{"counterpart": "Turkey"})
	// Shoot-down (of Russia's military), sanctions, and Putin's accusation
	// (he acts for Russia).
	if cell(row["net"], "") != "-3" || cell(row["conflict"], "") != "3" {
		t.Errorf("adversaries Russia / Turkey: %v", row)
	}
	res = run(t, r, "adversaries", map[string]string{"actor": "Russia", "direct": "true"})
	row = mustFind(t, res, map[string]string{"counterpart": "Turkey"})
	if cell(row["net"], "") != "-1" { // the sanctions only
		t.Errorf("adversaries --direct Russia / Turkey: %v", row)
	}
}

func TestTimeline(t *testing.T) {
	r := fixture(t)
	res := run(t, r, "timeline", nil)
	got := col(res, "date")
	// Events without a date of their own at their article's date (a4-paris
	// 2015-11-20, a1-press 2015-12-20); relations only where the text dates them.
	want := []string{"2014", "2014-03", "2015-10-31", "2015-11-13", "2015-11-20", "2015-11-20", "2015-11-24", "2015-11-24", "2015-11-26", "2015-11-26", "2015-11-26", "2015-11-26", "2015-11-28", "2015-12-20", "2015-12-20", "2015-12-21", "2015-12-21", "2015-12-21", "2015-12-21"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("timeline dates = %v, want %v\n%s", got, want, dump(res))
	}
	mustFind(t, res, map[string]string{"date": "2014", "source": "Russia", "predicate": "annexes", "target": "Crimea"})
	// The meeting held and the meeting planned are two events, each with its mentions.
	mustFind(t, res, map[string]string{"date": "2015-12-21", "source": "Jean-Yves Le Drian", "status": "happened", "articles": "a2-talks", "mentions_n": "1", "sources_n": "1"})
	mustFind(t, res, map[string]string{"date": "2015-12-21", "source": "Jean-Yves Le Drian", "status": "planned", "articles": "a1-press"})
	mustFind(t, res, map[string]string{"date": "2015-12-20", "date_basis": "report", "predicate": "deploys"})

	res = run(t, r, "timeline", map[string]string{"actor": "Turkey", "from": "2015-11", "to": "2015-11-26"})
	got = col(res, "date")
	if strings.Join(got, " ") != "2015-11-24 2015-11-24" {
		t.Errorf("timeline Turkey 2015-11..2015-11-26 = %v\n%s", got, dump(res))
	}
	res = run(t, r, "timeline", map[string]string{"actor": "Russia", "from": "2014-03", "to": "2015", "direct": "true"})
	got = col(res, "date")
	if strings.Join(got, " ") != "2014 2014-03 2015-10-31 2015-11-26 2015-11-28 2015-12-20" {
		t.Errorf("timeline Russia --direct 2014-03..2015 = %v\n%s", got, dump(res))
	}
	// Rolled up: the shoot-down of Russia's jet, Putin's accusation, Shoigu's meeting.
	res = run(t, r, "timeline", map[string]string{"actor": "Russia", "from": "2014-03", "to": "2015"})
	got = col(res, "date")
	if strings.Join(got, " ") != "2014 2014-03 2015-10-31 2015-11-24 2015-11-24 2015-11-26 2015-11-26 2015-11-26 2015-11-28 2015-12-20 2015-12-21 2015-12-21 2015-12-21" {
		t.Errorf("timeline Russia 2014-03..2015 = %v\n%s", got, dump(res))
	}
	res = run(t, r, "timeline", map[string]string{"limit": "2"})
	if len(res.Rows) != 2 || len(res.Summary) != 1 {
		t.Errorf("--limit 2: %d rows, summary %v", len(res.Rows), res.Summary)
	}
	q, _ := Get("timeline")
	if _, err := r.Run(context.Background(), q, map[string]string{"from": "last week"}); err == nil {
		t.Error("a bad date was accepted")
	}
}

func TestPath(t *testing.T) {
	r := fixture(t)
	res := run(t, r, "path", map[string]string{"a": "Le Drian", "b": "Turkey"})
	if len(res.Rows) != 3 {
		t.Fatalf("path Le Drian Turkey:\n%s", dump(res))
	}
	// Consecutive hops share an actor; the ends are the arguments.
	prev := "Jean-Yves Le Drian"
	for _, row := range res.Rows {
		s, o := cell(row["source"], ""), cell(row["target"], "")
		switch prev {
		case s:
			prev = o
		case o:
			prev = s
		default:
			t.Fatalf("hop %v does not continue from %s", row, prev)
		}
		if len(cell(row["articles"], "")) == 0 {
			t.Errorf("hop %v has no evidence", row)
		}
	}
	if prev != "Turkey" {
		t.Errorf("path ends at %s", prev)
	}
	res = run(t, r, "path", map[string]string{"a": "Le Drian", "b": "Turkey", "max-hops": "2"})
	if len(res.Rows) != 0 || len(res.Summary) != 1 || !strings.Contains(res.Summary[0], "no path") {
		t.Errorf("path within 2 hops: %v %v", res.Rows, res.Summary)
	}
	// Negated facts are not links: Russia "will not attack NATO".
	res = run(t, r, "path", map[string]string{"a": "Russia", "b": "NATO", "max-hops": "1"})
	if len(res.Rows) != 0 {
		t.Errorf("path through a negated fact:\n%s", dump(res))
	}
}

func TestSources(t *testing.T) {
	r := fixture(t)
	res := run(t, r, "sources", map[string]string{"a": "Le Drian", "predicate": "meets", "b": "Shoigu"})
	// What happened first, then what was only planned.
	if got := col(res, "article"); strings.Join(got, " ") != "a2-talks a1-press" {
		t.Errorf("articles = %v", got)
	}
	if got := col(res, "status"); strings.Join(got, " ") != "happened planned" {
		t.Errorf("status = %v", got)
	}
	if got := col(res, "publisher"); strings.Join(got, " ") != "Reuters BBC" {
		t.Errorf("publishers = %v", got)
	}
	if len(res.Summary) != 3 || !strings.Contains(res.Summary[0], "happened: 1 statement(s)") || !strings.Contains(res.Summary[0], "planned: 1 statement(s)") {
		t.Errorf("summary = %v", res.Summary)
	}
	// Symmetric predicate: asked the other way round, same sources.
	rev := run(t, r, "sources", map[string]string{"a": "Shoigu", "predicate": "meets", "b": "Le Drian"})
	if len(rev.Rows) != 2 {
		t.Errorf("sources Shoigu meets Le Drian:\n%s", dump(rev))
	}
	// Not symmetric: Turkey did not accuse Putin.
	res = run(t, r, "sources", map[string]string{"a": "Turkey", "predicate": "accuses", "b": "Putin"})
	if len(res.Rows) != 0 {
		t.Errorf("sources Turkey accuses Putin:\n%s", dump(res))
	}
}

func TestTone(t *testing.T) {
	r := fixture(t)
	res := run(t, r, "tone", map[string]string{"a": "France", "b": "Russia"})
	total := mustFind(t, res, map[string]string{"month": "total"})
	if total["tone"] != "cooperative" || cell(total["events"], "") != "7" || cell(total["verbal_conflict"], "") != "1" {
		t.Errorf("tone France Russia total: %v", total)
	}
	if m := col(res, "month"); strings.Join(m, " ") != "2014-03 2015-11 2015-12 total" {
		t.Errorf("months = %v", m)
	}
	res = run(t, r, "tone", map[string]string{"a": "Russia", "b": "Turkey"})
	total = mustFind(t, res, map[string]string{"month": "total"})
	if total["tone"] != "conflictual" || cell(total["material_conflict"], "") != "2" {
		t.Errorf("tone Russia Turkey total: %v", total)
	}
}

func TestActors(t *testing.T) {
	r := fixture(t)
	res := run(t, r, "actors", nil)
	if got := col(res, "name"); got[0] != "Russia" {
		t.Errorf("most active actor = %s, want Russia", got[0])
	}
	mustFind(t, res, map[string]string{"name": "Sergei Shoigu", "type": "person", "country": "RUS", "facts_n": "4", "articles_n": "2"})
	mustFind(t, res, map[string]string{"name": "France", "type": "country", "country": "FRA"})
	if find(res, map[string]string{"name": "Crimea"}) != nil {
		t.Error("places are listed without --type place")
	}
	res = run(t, r, "actors", map[string]string{"type": "country"})
	if got := col(res, "name"); strings.Join(got, ",") != "Russia,France,Turkey,Syria" {
		t.Errorf("countries = %v", got)
	}
	res = run(t, r, "actors", map[string]string{"type": "place"})
	if got := col(res, "name"); strings.Join(got, ",") != "Crimea,Moscow" {
		t.Errorf("places = %v", got)
	}
	q, _ := Get("actors")
	if _, err := r.Run(context.Background(), q, map[string]string{"type": "planet"}); err == nil {
		t.Error("unknown type accepted")
	}
}

func TestFormats(t *testing.T) {
	r := fixture(t)
	ctx := context.Background()
	res := run(t, r, "who", map[string]string{"predicate": "meets", "actor": "Shoigu"})

	var buf bytes.Buffer
	if err := r.Write(ctx, &buf, res, Table, false); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "SOURCE") || !strings.Contains(buf.String(), "a1-press, a2-talks") || strings.Contains(buf.String(), "Monday") {
		t.Errorf("table:\n%s", buf.String())
	}
	buf.Reset()
	if err := r.Write(ctx, &buf, res, Table, true); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "met in Moscow on Monday") {
		t.Errorf("table --evidence lacks the sentence:\n%s", buf.String())
	}

	buf.Reset()
	if err := r.Write(ctx, &buf, res, JSON, true); err != nil {
		t.Fatal(err)
	}
	var rows []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &rows); err != nil || len(rows) != 1 || rows[0]["source"] != "Jean-Yves Le Drian" || len(rows[0]["sentences"].([]any)) != 2 {
		t.Errorf("json (%v):\n%s", err, buf.String())
	}
	if !strings.HasPrefix(strings.TrimSpace(buf.String()[1:]), `{"source"`) {
		t.Errorf("json keys not in column order:\n%s", buf.String())
	}

	buf.Reset()
	if err := r.Write(ctx, &buf, res, JSONL, false); err != nil {
		t.Fatal(err)
	}
	if lines := strings.Split(strings.TrimSpace(buf.String()), "\n"); len(lines) != 1 || strings.Contains(lines[0], "sentences") {
		t.Errorf("jsonl:\n%s", buf.String())
	}

	buf.Reset()
	if err := r.Write(ctx, &buf, res, CSV, false); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil || len(recs) != 2 || recs[0][0] != "source" || recs[1][len(recs[1])-1] != "a1-press; a2-talks" {
		t.Errorf("csv (%v): %v", err, recs)
	}

	buf.Reset()
	if err := r.Write(ctx, &buf, res, NQuads, false); err != nil {
		t.Fatal(err)
	}
	var got []quad.Quad
	rd := nquads.NewReader(bytes.NewReader(buf.Bytes()), false)
	for {
		q, err := rd.ReadQuad()
		if err != nil {
			break
		}
		got = append(got, q)
	}
	edge := quad.Quad{Subject: quad.IRI("https://kg.local/actor/le-drian"), Predicate: quad.IRI("https://kg.local/ont/meets"), Object: quad.IRI("https://kg.local/actor/shoigu"), Label: quad.IRI("https://kg.local/article/a2-talks")}
	var hasEdge, hasSentence, hasLabel bool
	for _, q := range got {
		hasEdge = hasEdge || q == edge
		hasSentence = hasSentence || q.Predicate == quad.IRI("https://kg.local/ont/sentence")
		hasLabel = hasLabel || (q.Subject == edge.Object && q.Predicate == quad.IRI("http://www.w3.org/2000/01/rdf-schema#label"))
	}
	if !hasEdge || !hasSentence || !hasLabel || len(got) < 40 {
		t.Errorf("nquads: %d quads, edge %v, sentence %v, label %v:\n%s", len(got), hasEdge, hasSentence, hasLabel, buf.String())
	}

	prof := run(t, r, "profile", map[string]string{"actor": "Shoigu"})
	if err := r.Write(ctx, &buf, prof, NQuads, false); err == nil {
		t.Error("nquads of a non-subgraph query succeeded")
	}
	if err := r.Write(ctx, &buf, res, "xml", false); err == nil {
		t.Error("unknown format accepted")
	}
}

// Every query runs against an empty store without error and without rows
// (apart from profile/actor queries, which need an actor to resolve).
func TestEmptyStoreNames(t *testing.T) {
	r := fixture(t)
	q, _ := Get("profile")
	_, err := r.Run(context.Background(), q, map[string]string{"actor": "Nobody Atall"})
	if err == nil || !strings.Contains(err.Error(), "no actor called") {
		t.Errorf("profile of an unknown actor: %v", err)
	}
}
