package loaders

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/loaders/source"
)

// The seed yardstick: a Go port of ../shared/gold/score.py run on copies of
// the gold (testdata/gold), so that a regression cannot land. The floors are
// just under the last measured score (precision 0.963, recall 0.976), above
// the bar of 0.90 / 0.85; raise them as the extractor improves.
const (
	minPrecision = 0.955
	minRecall    = 0.97
)

type goldFact struct {
	ID       string   `json:"id"`
	Doc      string   `json:"doc"`
	Kind     string   `json:"kind"`
	S        []string `json:"s"`
	O        []string `json:"o"`
	CAMEO    []string `json:"cameo"`
	Rel      string   `json:"rel"`
	Polarity string   `json:"polarity"`
	Sym      bool     `json:"sym"`
	Req      bool     `json:"req"`
	MustNot  bool     `json:"must_not"`
}

var relSynonyms = map[string]string{"rolein": "roleIn", "memberof": "memberOf", "allyof": "allyOf", "disagreeswith": "disagreesWith"}

var demonymCodes = map[string]string{"russian": "RUS", "turkish": "TUR", "french": "FRA", "syrian": "SYR", "american": "USA", "us": "USA", "u s": "USA", "british": "GBR", "uk": "GBR", "iranian": "IRN", "saudi": "SAU", "egyptian": "EGY", "iraqi": "IRQ", "jordanian": "JOR", "lebanese": "LBN", "german": "DEU", "ukrainian": "UKR", "israeli": "ISR", "chinese": "CHN", "qatari": "QAT", "emirati": "UAE", "kurdish": "KURDS", "pakistani": "PAK", "malaysian": "MYS", "libyan": "LBY", "afghan": "AFG"}

var nonAlnum = regexp.MustCompile(`[^a-z0-9]+`)

func normName(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if r >= 0x300 && r <= 0x36f {
			continue
		}
		b.WriteRune(r)
	}
	t := strings.ToLower(b.String())
	t = strings.ReplaceAll(t, "’", "'")
	t = strings.TrimSpace(t)
	t = strings.TrimPrefix(t, "the ")
	return strings.Join(strings.Fields(nonAlnum.ReplaceAllString(t, " ")), " ")
}

func actorIDs(a fact.Actor, table map[string]map[string]bool) map[string]bool {
	ids := map[string]bool{}
	names := []string{a.Name, a.ID}
	names = append(names, a.Aliases...)
	for _, n := range names {
		if n == "" {
			continue
		}
		for id := range table[normName(n)] {
			ids[id] = true
		}
	}
	if len(ids) > 0 {
		return ids
	}
	if len(a.Country) == 3 {
		return map[string]bool{strings.ToUpper(a.Country): true}
	}
	for _, n := range names {
		w := strings.Fields(normName(n))
		for _, k := range []int{2, 1} {
			if len(w) >= k {
				if c, ok := demonymCodes[strings.Join(w[:k], " ")]; ok {
					return map[string]bool{c: true}
				}
			}
		}
	}
	return ids
}

func intersects(a map[string]bool, b []string) bool {
	for _, x := range b {
		if a[x] {
			return true
		}
	}
	return false
}

func matchesGold(f fact.Fact, s, o map[string]bool, g goldFact) bool {
	if string(f.Kind) != g.Kind {
		return false
	}
	switch g.Kind {
	case "event":
		if len(f.CAMEO) < 2 || !contains(g.CAMEO, f.CAMEO[:2]) {
			return false
		}
	case "relation":
		if relSynonyms[strings.ToLower(f.Predicate)] != g.Rel {
			return false
		}
	case "stance":
		want := 1
		if g.Polarity == "-" {
			want = -1
		}
		if f.Polarity*want <= 0 {
			return false
		}
	}
	if intersects(s, g.S) && intersects(o, g.O) {
		return true
	}
	return g.Sym && intersects(s, g.O) && intersects(o, g.S)
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

type score struct {
	precision, recall float64
	violations        int
	missed, wrong     []string
}

func scoreSeeds(t *testing.T) score {
	t.Helper()
	return scoreSet(t, "testdata/gold/seeds.jsonl", "testdata/gold/actors.json", "../seeds/*.txt")
}

// scoreSet extracts the articles matching texts and scores them against a
// gold file and its actor table, as score.py does.
func scoreSet(t *testing.T, goldPath, actorsPath, texts string) score {
	t.Helper()
	var table = map[string]map[string]bool{}
	raw, err := os.ReadFile(actorsPath)
	if err != nil {
		t.Fatal(err)
	}
	var actorsJSON map[string][]string
	if err := json.Unmarshal(raw, &actorsJSON); err != nil {
		t.Fatal(err)
	}
	for id, names := range actorsJSON {
		for _, n := range names {
			k := normName(n)
			if table[k] == nil {
				table[k] = map[string]bool{}
			}
			table[k][id] = true
		}
	}
	var gold []goldFact
	gf, err := os.Open(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	defer gf.Close()
	sc := bufio.NewScanner(gf)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g goldFact
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		gold = append(gold, g)
	}
	x := newExtractor(t)
	paths, _ := filepath.Glob(texts)
	if len(paths) == 0 {
		t.Fatalf("no articles match %s", texts)
	}
	var facts []fact.Fact
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		r, err := x.Extract(source.Source{ID: id, Path: p, Raw: b})
		if err != nil {
			t.Fatal(err)
		}
		facts = append(facts, r.Facts...)
	}
	matched := map[string]bool{}
	tp, n := 0, 0
	var out score
	for _, f := range facts {
		if f.Negated {
			continue
		}
		doc := ""
		for _, g := range gold {
			if strings.HasPrefix(f.Doc, g.Doc) {
				doc = g.Doc
			}
		}
		if doc == "" {
			continue
		}
		n++
		s, o := actorIDs(f.Subject, table), actorIDs(f.Object, table)
		hit := false
		for _, g := range gold {
			if g.Doc != doc || !matchesGold(f, s, o, g) {
				continue
			}
			if g.MustNot {
				out.violations++
				out.wrong = append(out.wrong, "VIOLATION "+g.ID)
			} else {
				hit = true
				matched[g.ID] = true
			}
		}
		if hit {
			tp++
		} else {
			out.wrong = append(out.wrong, doc+" "+f.Subject.Name+" -"+f.Predicate+"/"+f.CAMEO+"-> "+f.Object.Name)
		}
	}
	req, found := 0, 0
	for _, g := range gold {
		if g.Req {
			req++
			if matched[g.ID] {
				found++
			} else {
				out.missed = append(out.missed, g.ID)
			}
		}
	}
	if n > 0 {
		out.precision = float64(tp) / float64(n)
	}
	if req > 0 {
		out.recall = float64(found) / float64(req)
	}
	sort.Strings(out.missed)
	return out
}

func TestSeedsScore(t *testing.T) {
	s := scoreSeeds(t)
	t.Logf("seeds: precision=%.3f recall=%.3f violations=%d", s.precision, s.recall, s.violations)
	if s.violations > 0 || s.precision < minPrecision || s.recall < minRecall {
		t.Errorf("below the bar (precision >= %.2f, recall >= %.2f, no violations): precision=%.3f recall=%.3f violations=%d\nmissed: %v\nnot in gold: %v",
			minPrecision, minRecall, s.precision, s.recall, s.violations, s.missed, s.wrong)
	}
}

// The development set: 24 real articles on other conflicts
// (../shared/gold/dev), the yardstick of how kg reads text it was not
// written for. Floors sit just under the last measured score (precision
// 0.912, recall 0.761, one must-not violation), so a regression fails; the
// issue's bar is precision 0.85, recall 0.65. The violation: "the
// separatists" with no group named before is now the separatists, so a
// NATO chief's quoted claim that Russia supports the separatists is
// a fact, while the gold makes that act a must-not because Russia denies it
// sixteen sentences later.
const (
	devMinPrecision = 0.905
	devMinRecall    = 0.755
	devMaxViolation = 1
)

func TestDevScore(t *testing.T) {
	dir := "../../shared/gold/dev"
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing: CI runs with ../shared beside the clone", dir)
		}
		t.Skipf("%s not present", dir)
	}
	s := scoreSet(t, dir+"/gold.jsonl", dir+"/actors.json", dir+"/texts/*.txt")
	t.Logf("dev: precision=%.3f recall=%.3f violations=%d", s.precision, s.recall, s.violations)
	if s.violations > devMaxViolation || s.precision < devMinPrecision || s.recall < devMinRecall {
		t.Errorf("below the floor (precision >= %.2f, recall >= %.2f, at most %d violation): precision=%.3f recall=%.3f violations=%d",
			devMinPrecision, devMinRecall, devMaxViolation, s.precision, s.recall, s.violations)
	}
}
