package queries

// Issue 10 on the seeds store (the real extractor, as acceptance_seeds_test
// does): one roll-up rule for every question, both ways; dates; each
// statement once, planned apart from happened.

import (
	"context"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// bothWays are the arguments every question that takes an actor is asked
// with on the seeds store, once rolled up and once with --direct.
var bothWays = map[string]map[string]string{
	"adversaries":    {"actor": "Russia"},
	"allies":         {"actor": "Russia"},
	"between":        {"a": "France", "b": "Russia"},
	"claims":         {"speaker": "Russia"},
	"contradictions": {"actor": "Russia"},
	"disagreements":  {"actor": "Putin"},
	"path":           {"a": "Le Drian", "b": "Turkey"},
	"profile":        {"actor": "Russia"},
	"relations":      {"actor": "France"},
	"sources":        {"a": "Turkey", "predicate": "shootsDown", "b": "Russia"},
	"stance":         {"actor": "Russia", "on": "Assad"},
	"timeline":       {"actor": "France"},
	"tone":           {"a": "France", "b": "Russia"},
	"who":            {"predicate": "19", "actor": "Russia"},
}

// factsOfResult is the set of fact IRIs a result's rows cite.
func factsOfResult(res *Result) map[string]bool {
	out := map[string]bool{}
	for _, r := range res.Rows {
		if fs, ok := r["facts"].([]any); ok {
			for _, f := range fs {
				out[cell(f, "")] = true
			}
		}
	}
	return out
}

func withDirect(v map[string]string, direct bool) map[string]string {
	out := map[string]string{}
	for k, x := range v {
		out[k] = x
	}
	if direct {
		out["direct"] = "true"
	}
	return out
}

func TestRollUpEveryQuestionBothWays(t *testing.T) {
	r := seedsStore(t)
	qs, err := List()
	if err != nil {
		t.Fatal(err)
	}
	// Rolled up, these cite every fact the direct answer cites, and for the
	// seeds more (the examples: Putin's stance is Russia's, Turkey's
	// military shot down Russia's jet, Hollande and Le Drian act for France).
	superset := map[string]bool{"claims": true, "contradictions": true, "between": true, "relations": true, "sources": true, "stance": true, "timeline": true, "tone": true, "who": true, "disagreements": true}
	strict := map[string]bool{"claims": true, "sources": true, "stance": true, "timeline": true, "who": true, "relations": true}
	for _, q := range qs {
		if !q.takesActor() {
			if _, ok := q.Param("direct"); ok {
				t.Errorf("%s takes no actor but has --direct", q.Name)
			}
			continue
		}
		p, ok := q.Param("direct")
		if !ok || p != DirectFlag {
			t.Errorf("%s takes an actor but has no (or its own) --direct: %+v", q.Name, p)
		}
		args, ok := bothWays[q.Name]
		if !ok {
			t.Errorf("%s takes an actor: add it to bothWays", q.Name)
			continue
		}
		t.Run(q.Name, func(t *testing.T) {
			up := run(t, r, q.Name, withDirect(args, false))
			direct := run(t, r, q.Name, withDirect(args, true))
			if !superset[q.Name] {
				return
			}
			fu, fd := factsOfResult(up), factsOfResult(direct)
			for f := range fd {
				if !fu[f] {
					t.Errorf("--direct cites %s, the rolled-up answer does not", f)
				}
			}
			if strict[q.Name] && len(fu) <= len(fd) {
				t.Errorf("rolled up cites %d facts, --direct %d: the roll-up added nothing\nup:\n%s\ndirect:\n%s", len(fu), len(fd), dump(up), dump(direct))
			}
		})
	}
}

// The three contradictions, gone both ways.
func TestRollUpContradictionsGone(t *testing.T) {
	r := seedsStore(t)
	for _, direct := range []bool{false, true} {
		name := map[bool]string{false: "rolled up", true: "direct"}[direct]
		t.Run("stance Russia on Assad agrees with allies Russia/"+name, func(t *testing.T) {
			st := run(t, r, "stance", withDirect(map[string]string{"actor": "Russia", "on": "Assad"}, direct))
			al := run(t, r, "allies", withDirect(map[string]string{"actor": "Russia", "limit": "0"}, direct))
			support := 0
			if row := find(al, map[string]string{"counterpart": "Bashar al-Assad"}); row != nil {
				support, _ = row["support"].(int)
				if f, ok := row["support"].(float64); ok {
					support = int(f)
				}
				if n, ok := row["support"].(int64); ok {
					support = int(n)
				}
			}
			if len(st.Rows) != support {
				t.Errorf("stance Russia --on Assad: %d rows; allies Russia: %d supporting stance(s) towards Assad\nstance:\n%s\nallies:\n%s", len(st.Rows), support, dump(st), dump(al))
			}
			if !direct && len(st.Rows) == 0 {
				t.Errorf("rolled up, Putin's support for Assad is Russia's: no rows")
			}
		})
		t.Run("sources Turkey shootsDown Russia agrees with who 19 Russia/"+name, func(t *testing.T) {
			so := run(t, r, "sources", withDirect(map[string]string{"a": "Turkey", "predicate": "shootsDown", "b": "Russia"}, direct))
			who := run(t, r, "who", withDirect(map[string]string{"predicate": "19", "actor": "Russia", "limit": "0"}, direct))
			// Who's rows whose source is on Turkey's side (Turkey, its military).
			turkey := seedSide(t, r, "Turkey", direct)
			inWho := map[string]bool{}
			for _, row := range who.Rows {
				if turkey[cell(row["source_iri"], "")] && row["predicate"] == "shootsDown" {
					for _, f := range row["facts"].([]any) {
						inWho[cell(f, "")] = true
					}
				}
			}
			inSources := factsOfResult(so)
			if !sameKeys(inWho, inSources) {
				t.Errorf("who 19 Russia has Turkey's shoot-downs %v; sources Turkey shootsDown Russia %v\nwho:\n%s\nsources:\n%s", keysOf(inWho), keysOf(inSources), dump(who), dump(so))
			}
			if !direct && len(inSources) == 0 {
				t.Error("rolled up: no statement of Turkey shooting down Russia's jet")
			}
		})
	}
	t.Run("timeline France lists Hollande's 26 November and Le Drian's 21 December", func(t *testing.T) {
		res := run(t, r, "timeline", map[string]string{"actor": "France"})
		mustFind(t, res, map[string]string{"date": "2015-11-26", "date_basis": "event", "source": "François Hollande"})
		mustFind(t, res, map[string]string{"date": "2015-12-21", "date_basis": "event", "source": "Jean-Yves Le Drian", "predicate": "visits"})
		direct := run(t, r, "timeline", map[string]string{"actor": "France", "direct": "true"})
		for _, row := range direct.Rows {
			if row["source"] != "France" && row["target"] != "France" {
				t.Errorf("timeline France --direct has a row without France: %v", row)
			}
		}
	})
}

// seedSide is the set of actor IRIs (in Gizmo's form) an actor stands for.
func seedSide(t *testing.T, r *Runner, name string, direct bool) map[string]bool {
	t.Helper()
	a, err := r.Resolver().Resolve(context.Background(), name)
	if err != nil {
		t.Fatal(err)
	}
	res := run(t, r, "profile", withDirect(map[string]string{"actor": name}, direct))
	out := map[string]bool{"<" + string(a.IRI) + ">": true}
	if row := find(res, map[string]string{"field": "acting for it"}); row != nil {
		for _, n := range strings.Split(cell(row["value"], ""), ", ") {
			x, err := r.Resolver().Resolve(context.Background(), n)
			if err != nil {
				t.Fatal(err)
			}
			out["<"+string(x.IRI)+">"] = true
		}
	}
	return out
}

func sameKeys(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func keysOf(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestSourcesEachSentenceOncePlannedApart(t *testing.T) {
	r := seedsStore(t)
	res := run(t, r, "sources", map[string]string{"a": "Le Drian", "predicate": "meets", "b": "Shoigu"})
	seen := map[string]bool{}
	statuses := map[string]int{}
	for _, row := range res.Rows {
		k := cell(row["article"], "") + "\x00" + cell(row["sentence"], "") + "\x00" + cell(row["predicate"], "") + "\x00" + cell(row["status"], "")
		if seen[k] {
			t.Errorf("statement listed twice: %v", row)
		}
		seen[k] = true
		statuses[cell(row["status"], "")]++
	}
	if statuses["happened"] == 0 || statuses["planned"] == 0 {
		t.Errorf("statuses %v, want both happened and planned meetings:\n%s", statuses, dump(res))
	}
	for _, row := range res.Rows {
		if (row["modality"] == "planned") != (row["status"] == "planned") {
			t.Errorf("modality %v filed as %v", row["modality"], row["status"])
		}
	}
	if len(res.Summary) == 0 || !strings.Contains(res.Summary[0], "happened:") || !strings.Contains(res.Summary[0], "planned:") {
		t.Errorf("summary %v", res.Summary)
	}
	t.Logf("sources Le Drian meets Shoigu: %d rows %v; %v", len(res.Rows), statuses, res.Summary)
}

// Every fact of a dated article carries a date (its event date, else the
// article's); the share of dated facts is logged for the record.
func TestSeedsFactsCarryADate(t *testing.T) {
	r := seedsStore(t)
	v := schema.Default()
	dated, total, reportOnly := seedsDateCounts(t, r.qs, v)
	t.Logf("facts with an event or report date: %d of %d (%d by report date only)", dated, total, reportOnly)
	res := run(t, r, "timeline", map[string]string{"limit": "0"})
	for _, row := range res.Rows {
		if row["date_basis"] != "event" && row["date_basis"] != "report" {
			t.Errorf("timeline row without date_basis: %v", row)
		}
	}
	for _, bad := range []string{"2015-13", "2015-02-30", "2015-00", "15-11"} {
		q, _ := Get("timeline")
		if _, err := r.Run(context.Background(), q, map[string]string{"from": bad}); err == nil {
			t.Errorf("--from %s accepted", bad)
		}
	}
}

// Issue 10's bar is that >= 90% of facts carry an event or report date.
// A fact's report date is its article's date: every fact of a dated
// article must carry it (on the fact node as ont:reportDate and in its
// summary), so that only facts of undated articles without an event date
// of their own are undated. On the seeds three of the five articles state
// no publication date (seeds/README.md), so the share is logged, not held
// to 90%; the fallback itself is asserted fact by fact.
func TestSeedsReportDateFallback(t *testing.T) {
	r := seedsStore(t)
	ctx := context.Background()
	v := schema.Default()
	published := map[string]string{}  // article IRI -> its date
	reportDate := map[string]string{} // fact IRI -> ont:reportDate
	sums := map[string][]string{}     // fact IRI -> its split summary
	it := r.qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		q := r.qs.Quad(it.Result())
		p, _ := q.Predicate.(quad.IRI)
		subj, _ := q.Subject.(quad.IRI)
		switch string(p) {
		case schema.DatePublished:
			published[string(subj)] = lexical(q.Object)
		case string(v.Term(schema.PReportDate)):
			reportDate[string(subj)] = lexical(q.Object)
		case string(v.Term(schema.PSummary)):
			if a := strings.Split(quad.ToString(q.Object), "\t"); len(a) >= 17 {
				sums[string(subj)] = a
			}
		}
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	total, dated, inDated, eventOnly := 0, 0, 0, 0
	for f, a := range sums {
		total++
		art, date := a[15], a[8]
		want := published[art]
		if a[16] != want {
			t.Errorf("%s: summary report date %q, its article %s is dated %q", f, a[16], art, want)
		}
		if reportDate[f] != want {
			t.Errorf("%s: ont:reportDate %q, its article %s is dated %q", f, reportDate[f], art, want)
		}
		if want != "" {
			inDated++
		} else if date != "" {
			eventOnly++
		}
		if date != "" || want != "" {
			dated++
		}
	}
	if total == 0 || inDated == 0 {
		t.Fatalf("%d facts, %d in dated articles", total, inDated)
	}
	if dated != inDated+eventOnly {
		t.Errorf("%d dated facts, want the %d of dated articles plus the %d event-dated ones of undated articles", dated, inDated, eventOnly)
	}
	t.Logf("facts with an event or report date: %d of %d (%.1f%%; issue bar 90%%): all %d facts of the %d dated articles, and %d event-dated facts of undated ones",
		dated, total, 100*float64(dated)/float64(total), inDated, countDated(published), eventOnly)
}

// lexical is a literal's lexical form ("2015-12-21", not its N-Quads text).
func lexical(v quad.Value) string {
	switch x := v.(type) {
	case quad.TypedString:
		return string(x.Value)
	case quad.LangString:
		return string(x.Value)
	case quad.String:
		return string(x)
	}
	return quad.StringOf(v)
}

func countDated(published map[string]string) int {
	n := 0
	for _, d := range published {
		if d != "" {
			n++
		}
	}
	return n
}

// seedsDateCounts counts the fact summaries with a date or a report date.
func seedsDateCounts(t *testing.T, qs cgraph.QuadStore, v schema.Vocab) (dated, total, reportOnly int) {
	t.Helper()
	ctx := context.Background()
	it := qs.QuadsAllIterator()
	defer it.Close()
	sum := string(v.Term(schema.PSummary))
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		if p, ok := q.Predicate.(quad.IRI); !ok || string(p) != sum {
			continue
		}
		a := strings.Split(quad.ToString(q.Object), "\t")
		if len(a) < 17 {
			continue
		}
		total++
		switch {
		case a[8] != "":
			dated++
		case a[16] != "":
			dated++
			reportOnly++
		}
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	return
}

// A cut timeline shows exactly the first rows of the whole one: leaving out
// the statements beyond the last row shown (plus a week) changes none.
func TestTimelineLimitIsAPrefix(t *testing.T) {
	r := seedsStore(t)
	for _, actor := range []string{"", "France", "Russia"} {
		for _, n := range []string{"1", "3", "7"} {
			v := map[string]string{"limit": n}
			all := map[string]string{"limit": "0"}
			if actor != "" {
				v["actor"], all["actor"] = actor, actor
			}
			cut, whole := run(t, r, "timeline", v), run(t, r, "timeline", all)
			k := len(cut.Rows)
			if k > len(whole.Rows) || !reflect.DeepEqual(cut.Rows, whole.Rows[:k]) {
				t.Errorf("timeline %q --limit %s is not the first %d rows of --limit 0:\ncut:\n%s\nwhole:\n%s", actor, n, k, dump(cut), dump(whole))
			}
			if want, _ := strconv.Atoi(n); k != min(want, len(whole.Rows)) {
				t.Errorf("timeline %q --limit %s: %d rows of %d", actor, n, k, len(whole.Rows))
			}
		}
	}
}
