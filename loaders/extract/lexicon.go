package extract

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

//go:embed data/verbs.tsv
var verbsTSV string

//go:embed data/nouns.tsv
var nounsTSV string

//go:embed data/collectives.txt
var collectivesTSV string

//go:embed data/words.tsv
var wordsTSV string

// wordLists are the closed word lists of data/words.tsv, read once; the
// embedded file is checked by TestWordLists, so a missing list is empty
// here rather than a panic.
var wordLists = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	_ = fields(wordsTSV, "words.tsv", 2, func(_ int, f []string) error {
		if m[f[0]] == nil {
			m[f[0]] = map[string]bool{}
		}
		m[f[0]][f[1]] = true
		return nil
	})
	return m
}()

func wordList(name string) map[string]bool {
	if l, ok := wordLists[name]; ok {
		return l
	}
	return map[string]bool{}
}

//go:embed data/relnouns.tsv
var relNounsTSV string

// lightVerbs take an event noun as object and lend it their subject
// (data/words.tsv).
var lightVerbs = wordList("lightVerbs")

// strainedWords make relations a disagreement (data/words.tsv).
var strainedWords = wordList("strainedWords")

// stateDescs refer back to a state or its organ (data/words.tsv).
var stateDescs = wordList("stateDescs")

// tieNouns name the relations between actors (data/words.tsv).
var tieNouns = wordList("tieNouns")

// quantityNouns pass their slot to their of-nominal (data/words.tsv).
var quantityNouns = wordList("quantityNouns")

// verbalLight verbs make an aid noun an endorsement (data/words.tsv).
var verbalLight = wordList("verbalLight")

// intlPosts are posts of international bodies (data/words.tsv).
var intlPosts = wordList("intlPosts")

// claimNouns are what a denial takes up (data/words.tsv).
var claimNouns = wordList("claimNouns")

// stanceNouns make "the Russian claims" stand for Russia (data/words.tsv).
var stanceNouns = wordList("stanceNouns")

// assetNouns head named military assets (data/words.tsv).
var assetNouns = wordList("assetNouns")

// blameWords are predicate adjectives of blame (see data/words.tsv).
var blameWords = wordList("blameWords")

// institutions are the heads of "Iraq's foreign ministry" (see data/words.tsv).
var institutions = wordList("institutions")

// nonNames are words that end a personal name (see data/words.tsv).
var nonNames = wordList("nonNames")

// Frame is one reading of a verb.
type Frame struct {
	Lemma     string
	Particle  string   // word that must follow the verb, "" if none
	Args      []string // "dobj", "that", or a preposition
	Control   string   // "subj", "obj" or ""
	Predicate string   // "" when the verb only controls an infinitive
	CAMEO     string
	Modality  fact.Modality // lent to the controlled infinitive
	Negates   bool          // "failed to", "cancelled a visit": what it governs did not happen
}

// RelNoun is a noun that ties the actor it is said of to another ("X, an
// ally of Y", "Y's main backer, X").
type RelNoun struct {
	Predicate string
	CAMEO     string // for event predicates
}

// NounFrame is one event noun.
type NounFrame struct {
	Lemma     string
	ObjPreps  []string
	Predicate string
	CAMEO     string
}

//go:embed data/intent.tsv
var intentTSV string

// Lexicon is the parsed verb and noun tables.
type Lexicon struct {
	verbs  map[string][]Frame
	nouns  map[string]NounFrame
	intent map[string]string  // CAMEO prefix -> intent code
	rel    map[string]RelNoun // relation nouns (data/relnouns.tsv)
	// collectives head noun phrases that name groups (data/collectives.txt)
	collectives map[string]schema.ActorType
}

// intentCode maps cooperation that is only intended to CAMEO's 03x codes.
func (lx *Lexicon) intentCode(code string) string {
	for n := len(code); n >= 2; n-- {
		if c, ok := lx.intent[code[:n]]; ok {
			return c
		}
	}
	return code
}

func fields(tsv, name string, n int, each func(line int, f []string) error) error {
	for i, line := range strings.Split(tsv, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != n {
			return fmt.Errorf("%s:%d: want %d tab-separated fields, got %d", name, i+1, n, len(f))
		}
		for j := range f {
			if f[j] == "-" {
				f[j] = ""
			}
		}
		if err := each(i+1, f); err != nil {
			return fmt.Errorf("%s:%d: %w", name, i+1, err)
		}
	}
	return nil
}

// Table is a user lexicon file: its name (for errors) and its text.
type Table struct{ Name, Text string }

// LoadLexicon parses the embedded tables plus optional user tables and checks
// every predicate against the vocabulary. User frames are added to the
// embedded ones; a user noun replaces an embedded noun of the same lemma.
func LoadLexicon(preds *schema.Predicates, extraVerbs, extraNouns []Table) (*Lexicon, error) {
	lx := &Lexicon{verbs: map[string][]Frame{}, nouns: map[string]NounFrame{}, intent: map[string]string{}, rel: map[string]RelNoun{}, collectives: map[string]schema.ActorType{}}
	if err := fields(intentTSV, "intent.tsv", 2, func(_ int, f []string) error {
		lx.intent[f[0]] = f[1]
		return nil
	}); err != nil {
		return nil, err
	}
	check := func(p string) error {
		if p == "" {
			return nil
		}
		if _, ok := preds.Get(p); !ok {
			return fmt.Errorf("unknown predicate %q", p)
		}
		return nil
	}
	addVerbs := func(tsv, name string) error {
		return fields(tsv, name, 7, func(_ int, f []string) error {
			if err := check(f[4]); err != nil {
				return err
			}
			fr := Frame{Lemma: f[0], Particle: f[1], Control: f[3], Predicate: f[4], CAMEO: f[5], Modality: fact.Modality(f[6])}
			switch fr.Modality {
			case "negated":
				fr.Modality, fr.Negates = "", true
			case "", fact.Planned, fact.Hedged, fact.Reported:
			default:
				return fmt.Errorf("unknown modality %q", f[6])
			}
			if f[2] != "" {
				fr.Args = strings.Split(f[2], "|")
			}
			lx.verbs[f[0]] = append(lx.verbs[f[0]], fr)
			return nil
		})
	}
	addNouns := func(tsv, name string) error {
		return fields(tsv, name, 4, func(_ int, f []string) error {
			if err := check(f[2]); err != nil {
				return err
			}
			nf := NounFrame{Lemma: f[0], Predicate: f[2], CAMEO: f[3]}
			if f[1] != "" {
				nf.ObjPreps = strings.Split(f[1], "|")
			}
			lx.nouns[f[0]] = nf
			return nil
		})
	}
	if err := fields(relNounsTSV, "relnouns.tsv", 3, func(_ int, f []string) error {
		p, ok := preds.Get(f[1])
		if !ok {
			return fmt.Errorf("unknown predicate %q", f[1])
		}
		if (p.Kind == schema.Event) != (f[2] != "") {
			return fmt.Errorf("%q: an event needs a CAMEO code, a relation or stance none", f[1])
		}
		lx.rel[f[0]] = RelNoun{Predicate: f[1], CAMEO: f[2]}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := fields(collectivesTSV, "collectives.txt", 2, func(_ int, f []string) error {
		t, ok := collectiveType(f[1])
		if !ok {
			return fmt.Errorf("type %q: want armed or collective", f[1])
		}
		lx.collectives[f[0]] = t
		return nil
	}); err != nil {
		return nil, err
	}
	if err := addVerbs(verbsTSV, "verbs.tsv"); err != nil {
		return nil, err
	}
	if err := addNouns(nounsTSV, "nouns.tsv"); err != nil {
		return nil, err
	}
	for _, v := range extraVerbs {
		if err := addVerbs(v.Text, v.Name); err != nil {
			return nil, err
		}
	}
	for _, n := range extraNouns {
		if err := addNouns(n.Text, n.Name); err != nil {
			return nil, err
		}
	}
	return lx, nil
}
