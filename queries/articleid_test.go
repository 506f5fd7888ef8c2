package queries

// Article ids are shown as the user named them (issue 10): an article's IRI
// percent-encodes its id (schema.EncodeID), and every question that shows
// an article id decodes it again.

import (
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

func TestArticleIDsShownAsNamed(t *testing.T) {
	ids := []string{"Report 1", "über/1?", "!!!", "100%41", "plain_id-1.x~"}
	var arts []fixtureArticle
	for i, id := range ids {
		date := "2015-11-2" + string(rune('1'+i))
		pub := "Agency"
		if i == 0 {
			pub = "" // claims then names the article itself
		}
		attack := fact.Fact{Doc: id, Kind: schema.Event, Subject: russia, Object: france, Predicate: "attacks", CAMEO: "190",
			Modality: fact.Asserted, Date: "2015-11-20", Speaker: &putin, Sentence: "Putin said Russia attacked France (" + id + ").", Rule: "fixture"}
		if i == 1 { // the publisher's own denial contradicts Putin's claims
			attack.Negated, attack.Speaker, attack.Sentence = true, nil, "Russia did not attack France ("+id+")."
		}
		arts = append(arts, fixtureArticle{fact.Article{ID: id, Title: "T " + id, Publisher: pub, Date: date, Hash: "sha256:" + id}, []fact.Fact{
			ev(id, france, "meets", "040", russia, date, fact.Asserted, "France met Russia ("+id+")."), attack,
		}})
	}
	qs, err := cgraph.NewQuadStore("memstore", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { qs.Close() })
	writeArticles(t, qs, arts)
	r, err := NewRunner(qs, schema.Default())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	check := func(name string, v map[string]string, column string) {
		t.Helper()
		res := run(t, r, name, v)
		seen := map[string]bool{}
		for _, row := range res.Rows {
			var got []string
			switch x := row[column].(type) {
			case []any:
				for _, e := range x {
					got = append(got, cell(e, ""))
				}
			default:
				got = []string{cell(x, "")}
			}
			for _, g := range got {
				if !want[g] {
					t.Errorf("%s %v: %s %q is not an id the articles were given", name, v, column, g)
				}
				seen[g] = true
			}
		}
		if len(seen) == 0 {
			t.Errorf("%s %v: no %s at all:\n%s", name, v, column, dump(res))
		}
	}
	check("between", map[string]string{"a": "France", "b": "Russia", "limit": "0"}, "articles")
	check("relations", map[string]string{"actor": "France", "limit": "0"}, "articles")
	check("sources", map[string]string{"a": "France", "predicate": "meets", "b": "Russia"}, "article")
	check("timeline", map[string]string{"limit": "0"}, "articles")
	check("who", map[string]string{"predicate": "meets", "actor": "Russia"}, "articles")
	check("claims", map[string]string{"speaker": "Putin"}, "article")
	check("contradictions", nil, "articles")
	// Every id, exactly, among the sources of France meeting Russia.
	res := run(t, r, "sources", map[string]string{"a": "France", "predicate": "meets", "b": "Russia"})
	got := map[string]bool{}
	for _, a := range col(res, "article") {
		got[a] = true
	}
	if !sameKeys(got, want) {
		t.Errorf("sources France meets Russia: articles %v, want %v", keysOf(got), keysOf(want))
	}
	// A claim with no publisher names its article by its id.
	c := run(t, r, "claims", map[string]string{"speaker": "Putin"})
	if row := find(c, map[string]string{"article": "Report 1"}); row == nil {
		t.Errorf("claims --speaker Putin has no row of article %q:\n%s", "Report 1", dump(c))
	}
}
