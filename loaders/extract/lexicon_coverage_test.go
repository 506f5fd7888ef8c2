package extract

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/loaders/tsv"
	"github.com/kg-project/kg/schema"
)

// Breadth floor of issue 8: every CAMEO root 01-20 is reachable from at
// least this many verb lemmas and event nouns of the embedded lexicon.
const (
	minVerbLemmasPerRoot = 15
	minNounsPerRoot      = 5
)

// lexiconCoverage counts, per CAMEO root, the distinct verb lemmas that have
// a frame coded under it and the event nouns coded under it.
func lexiconCoverage(lx *Lexicon) (verbs, nouns map[string]map[string]bool) {
	verbs, nouns = map[string]map[string]bool{}, map[string]map[string]bool{}
	add := func(m map[string]map[string]bool, code, word string) {
		if len(code) < 2 {
			return
		}
		r := code[:2]
		if m[r] == nil {
			m[r] = map[string]bool{}
		}
		m[r][word] = true
	}
	for lemma, frames := range lx.verbs {
		for _, f := range frames {
			if f.Predicate != "" {
				add(verbs, f.CAMEO, lemma)
			}
			// "vowed to provide", "plans to help": a subject-control verb
			// that marks its infinitive planned or hedged turns a 05-07
			// cooperation verb into a 03 intent (intent.tsv); so it reaches 03.
			if f.Control == "subj" && (f.Modality == fact.Planned || f.Modality == fact.Hedged) {
				add(verbs, "03", lemma)
			}
		}
	}
	for lemma, nf := range lx.nouns {
		add(nouns, nf.CAMEO, lemma)
	}
	return verbs, nouns
}

func TestLexiconCoversEveryCAMEORoot(t *testing.T) {
	lx := lexicon(t)
	verbs, nouns := lexiconCoverage(lx)
	var report []string
	for r := 1; r <= 20; r++ {
		root := fmt.Sprintf("%02d", r)
		v, n := len(verbs[root]), len(nouns[root])
		report = append(report, fmt.Sprintf("%s:%d/%d", root, v, n))
		if v < minVerbLemmasPerRoot {
			t.Errorf("CAMEO root %s: %d verb lemmas, want at least %d: %s", root, v, minVerbLemmasPerRoot, keys(verbs[root]))
		}
		if n < minNounsPerRoot {
			t.Errorf("CAMEO root %s: %d event nouns, want at least %d: %s", root, n, minNounsPerRoot, keys(nouns[root]))
		}
	}
	t.Logf("verb lemmas/nouns per root: %s", strings.Join(report, " "))
}

func keys(m map[string]bool) string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}

// Every code the lexicon gives is a code of the CAMEO codebook (not only a
// prefix of one), every predicate is an event predicate of the vocabulary
// (or a stance one, with no code), and a predicate-less frame carries no code.
func TestLexiconCodesAndPredicatesExist(t *testing.T) {
	lx := lexicon(t)
	cameo, err := schema.LoadCAMEO()
	if err != nil {
		t.Fatal(err)
	}
	preds, err := schema.LoadPredicates()
	if err != nil {
		t.Fatal(err)
	}
	checkCode := func(where, code string) {
		if e, ok := cameo.Lookup(code); !ok || e.Code != code {
			t.Errorf("%s: CAMEO code %q is not in schema/cameo.tsv", where, code)
		}
	}
	checkPred := func(where, name string) {
		p, ok := preds.Get(name)
		if !ok {
			t.Errorf("%s: predicate %q is not in schema/predicates.tsv", where, name)
		} else if p.Kind != schema.Event {
			t.Errorf("%s: predicate %q is a %s, not an event", where, name, p.Kind)
		}
	}
	for lemma, frames := range lx.verbs {
		for _, f := range frames {
			where := "verbs.tsv " + lemma
			if f.Particle != "" {
				where += " " + f.Particle
			}
			switch {
			case f.Predicate != "":
				if p, ok := preds.Get(f.Predicate); ok && p.Kind == schema.Stance {
					// "stand with X": a verb of stance has no code.
					if f.CAMEO != "" {
						t.Errorf("%s: a stance frame has CAMEO code %q", where, f.CAMEO)
					}
					break
				}
				checkPred(where, f.Predicate)
				checkCode(where, f.CAMEO)
				if len(f.Args) == 0 {
					t.Errorf("%s: a frame with a predicate needs an argument slot", where)
				}
			case f.CAMEO != "":
				t.Errorf("%s: a frame without a predicate has CAMEO code %q", where, f.CAMEO)
			}
			for _, a := range f.Args {
				if strings.ContainsAny(a, " \t") || a != strings.ToLower(a) {
					t.Errorf("%s: bad argument slot %q", where, a)
				}
			}
		}
	}
	for lemma, nf := range lx.nouns {
		// Rift and alliance nouns name relations, which have no code.
		if p, ok := preds.Get(nf.Predicate); ok && p.Kind != schema.Event {
			if nf.CAMEO != "" {
				t.Errorf("nouns.tsv %s: a %s noun has CAMEO code %q", lemma, p.Kind, nf.CAMEO)
			}
			continue
		}
		checkPred("nouns.tsv "+lemma, nf.Predicate)
		checkCode("nouns.tsv "+lemma, nf.CAMEO)
	}
	for prefix, code := range lx.intent {
		checkCode("intent.tsv "+prefix, code)
	}
}

// A frame that can never be chosen is a silent mistake: pickFrame takes the
// first frame whose particle follows the verb, else the first frame without
// one (or, in the tree pass, the first object-control one where the verb has
// an object and an infinitive), so any other frame with the same lemma and
// particle is dead. A noun listed twice keeps only its last line.
func TestLexiconHasNoDeadEntries(t *testing.T) {
	seen := map[string]int{}
	_ = readTable("verbs.tsv", verbsTSV, verbsTable.cols, func(r tsv.Row) error {
		lemma, particle := r.Get("lemma"), r.Get("particle")
		k := lemma + " " + particle
		if particle == "" && r.Get("control") == "obj" {
			k += " obj-control"
		}
		if first, dup := seen[k]; dup {
			t.Errorf("verbs.tsv:%d: frame %q repeats line %d and is never chosen", r.Line, strings.TrimSpace(k), first)
		}
		seen[k] = r.Line
		if lemma != strings.ToLower(lemma) || particle != strings.ToLower(particle) {
			t.Errorf("verbs.tsv:%d: lemma and particle are lower case", r.Line)
		}
		return nil
	})
	nouns := map[string]int{}
	_ = readTable("nouns.tsv", nounsTSV, nounsTable.cols, func(r tsv.Row) error {
		lemma := r.Get("lemma")
		if first, dup := nouns[lemma]; dup {
			t.Errorf("nouns.tsv:%d: noun %q repeats line %d", r.Line, lemma, first)
		}
		nouns[lemma] = r.Line
		if lemma != strings.ToLower(lemma) {
			t.Errorf("nouns.tsv:%d: noun is lower case", r.Line)
		}
		return nil
	})
}

// Every frame of a lemma lends its negation to the infinitive the lemma
// controls (clause.go), so a control verb that plans or hedges ("vow to",
// "plan to") must not also have a negated frame: "vowed revenge" would turn
// "vowed to cooperate" into a denial.
func TestPlanningControlVerbsAreNotNegators(t *testing.T) {
	lx := lexicon(t)
	for lemma, frames := range lx.verbs {
		plans, negates := false, false
		for _, f := range frames {
			if f.Control == "subj" && f.Modality != "" {
				plans = true
			}
			negates = negates || f.Negates
		}
		if plans && negates {
			t.Errorf("verbs.tsv %s: a planning/hedging control verb with a negated frame", lemma)
		}
	}
}
