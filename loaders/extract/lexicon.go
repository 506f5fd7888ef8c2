package extract

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/loaders/tsv"
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

// wordLists are the closed word lists of data/words.tsv, read once and
// never changed (each Lexicon copies them before adding a user's words);
// the embedded file is checked by TestWordLists.
var wordLists = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	_ = readTable("words.tsv", wordsTSV, wordColumns, func(r tsv.Row) error {
		list := r.Get("list")
		if m[list] == nil {
			m[list] = map[string]bool{}
		}
		m[list][r.Get("word")] = true
		return nil
	})
	return m
}()

//go:embed data/relnouns.tsv
var relNounsTSV string

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
	w           *wordSets // closed word lists (data/words.tsv and the user's)
}

// VerbLemmas lists the one-word lemmas the verb frames cover, for the
// tag fixes that need to know which words can be event verbs.
func (lx *Lexicon) VerbLemmas() map[string]bool {
	out := make(map[string]bool, len(lx.verbs))
	for l := range lx.verbs {
		if !strings.ContainsAny(l, " _") {
			out[l] = true
		}
	}
	return out
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

// lexTable is one kind of lexicon table: its embedded file, its columns
// (a user table names the same ones, in any order) and how a row is added.
type lexTable struct {
	file string
	what string
	cols []string
	add  func(*lexLoader, tsv.Row) error
}

var (
	verbsTable       = lexTable{"verbs.tsv", "verb frames", []string{"lemma", "particle", "args", "control", "predicate", "cameo", "modality"}, (*lexLoader).verb}
	nounsTable       = lexTable{"nouns.tsv", "event nouns", []string{"lemma", "objprep", "predicate", "cameo"}, (*lexLoader).noun}
	relNounsTable    = lexTable{"relnouns.tsv", "relation nouns", []string{"lemma", "predicate", "cameo"}, (*lexLoader).relNoun}
	collectivesTable = lexTable{"collectives.txt", "collective nouns", []string{"noun", "type"}, (*lexLoader).collective}
	intentTable      = lexTable{"intent.tsv", "intent codes", []string{"prefix", "intent"}, (*lexLoader).intentRow}
	wordsTable       = lexTable{"words.tsv", "word lists", wordColumns, (*lexLoader).word}
	wordColumns      = []string{"list", "word"}
)

// TableKind describes one kind of lexicon table, for help texts.
type TableKind struct {
	File    string   // the embedded file of this kind, in loaders/extract/data
	What    string   // "verb frames"
	Columns []string // the header's columns
}

// TableKinds lists the kinds a user table (--lexicon) may be.
func TableKinds() []TableKind {
	out := make([]TableKind, len(lexTables))
	for i, t := range lexTables {
		out[i] = TableKind{File: t.file, What: t.what, Columns: slices.Clone(t.cols)}
	}
	return out
}

// lexTables are the kinds a user table (--lexicon) may be, told apart by
// the columns of its header.
var lexTables = []*lexTable{&verbsTable, &nounsTable, &relNounsTable, &collectivesTable, &intentTable, &wordsTable}

// readTable reads an embedded table: every column is required and every
// row has them all; "-" is an empty field.
func readTable(name, text string, cols []string, fn func(tsv.Row) error) error {
	return tsv.Each(name, strings.NewReader(text), tsv.Options{Columns: cols, Required: cols, Full: true, Dash: true}, fn)
}

// Table is a user lexicon file: its name (for errors) and its text.
type Table struct{ Name, Text string }

// lexLoader adds rows to a lexicon being loaded.
type lexLoader struct {
	lx    *Lexicon
	preds *schema.Predicates
	words [][2]string // user words (list, word), added once all tables are read
}

func (l *lexLoader) check(p string) error {
	if p == "" {
		return nil
	}
	if _, ok := l.preds.Get(p); !ok {
		return fmt.Errorf("unknown predicate %q", p)
	}
	return nil
}

func (l *lexLoader) verb(r tsv.Row) error {
	if err := l.check(r.Get("predicate")); err != nil {
		return err
	}
	fr := Frame{Lemma: r.Get("lemma"), Particle: r.Get("particle"), Control: r.Get("control"), Predicate: r.Get("predicate"), CAMEO: r.Get("cameo"), Modality: fact.Modality(r.Get("modality"))}
	switch fr.Modality {
	case "negated":
		fr.Modality, fr.Negates = "", true
	case "", fact.Planned, fact.Hedged, fact.Reported:
	default:
		return fmt.Errorf("unknown modality %q", r.Get("modality"))
	}
	if a := r.Get("args"); a != "" {
		fr.Args = strings.Split(a, "|")
	}
	l.lx.verbs[fr.Lemma] = append(l.lx.verbs[fr.Lemma], fr)
	return nil
}

func (l *lexLoader) noun(r tsv.Row) error {
	if err := l.check(r.Get("predicate")); err != nil {
		return err
	}
	nf := NounFrame{Lemma: r.Get("lemma"), Predicate: r.Get("predicate"), CAMEO: r.Get("cameo")}
	if o := r.Get("objprep"); o != "" {
		nf.ObjPreps = strings.Split(o, "|")
	}
	l.lx.nouns[nf.Lemma] = nf
	return nil
}

func (l *lexLoader) relNoun(r tsv.Row) error {
	pred, cameo := r.Get("predicate"), r.Get("cameo")
	p, ok := l.preds.Get(pred)
	if !ok {
		return fmt.Errorf("unknown predicate %q", pred)
	}
	if (p.Kind == schema.Event) != (cameo != "") {
		return fmt.Errorf("%q: an event needs a CAMEO code, a relation or stance none", pred)
	}
	l.lx.rel[r.Get("lemma")] = RelNoun{Predicate: pred, CAMEO: cameo}
	return nil
}

func (l *lexLoader) collective(r tsv.Row) error {
	t, ok := collectiveType(r.Get("type"))
	if !ok {
		return fmt.Errorf("type %q: want armed or collective", r.Get("type"))
	}
	l.lx.collectives[r.Get("noun")] = t
	return nil
}

func (l *lexLoader) intentRow(r tsv.Row) error {
	l.lx.intent[r.Get("prefix")] = r.Get("intent")
	return nil
}

// word takes a user word; the embedded ones are read into wordLists once.
func (l *lexLoader) word(r tsv.Row) error {
	list, w := r.Get("list"), r.Get("word")
	if _, ok := (&wordSets{}).fields()[list]; !ok {
		return fmt.Errorf("no word list %q (the lists are those of loaders/extract/data/words.tsv)", list)
	}
	if w == "" {
		return fmt.Errorf("list %s: empty word", list)
	}
	l.words = append(l.words, [2]string{list, w})
	return nil
}

// tableFor tells what kind of lexicon table a header heads: the kind whose
// columns it names, or else the only kind whose columns include all of its
// (which then says which column is missing).
func tableFor(h *tsv.Header) (*lexTable, error) {
	var within []*lexTable
	for _, t := range lexTables {
		all := true
		for _, c := range h.Columns {
			if !slices.Contains(t.cols, c) {
				all = false
				break
			}
		}
		if all && len(h.Columns) == len(t.cols) {
			return t, nil
		}
		if all {
			within = append(within, t)
		}
	}
	if len(within) == 1 {
		return within[0], h.Check(within[0].cols, within[0].cols)
	}
	return nil, h.Errorf("the header (%s) is not that of a lexicon table; %s", strings.Join(h.Columns, " "), headerHint())
}

// headerHint says what a user table's header must be.
func headerHint() string {
	var kinds []string
	for _, t := range lexTables {
		kinds = append(kinds, fmt.Sprintf("%s (%s)", t.file, strings.Join(t.cols, " ")))
	}
	return "the first line names the columns of one of " + strings.Join(kinds, ", ")
}

// addUser adds a user table, of the kind its header says.
func (l *lexLoader) addUser(t Table) error {
	rd := tsv.NewReader(t.Name, strings.NewReader(t.Text), tsv.Options{Full: true, Dash: true})
	h, err := rd.Header()
	if err == io.EOF {
		return nil // nothing but comments
	}
	var te *tsv.Error
	if errors.As(err, &te) && te.Line > 0 {
		// A duplicate or empty column name: most likely a file with no
		// header, whose first row was taken for one.
		return &tsv.Error{Name: te.Name, Line: te.Line, Err: fmt.Errorf("%w; %s", te.Err, headerHint())}
	}
	if err != nil {
		return err
	}
	kind, err := tableFor(h)
	if err != nil {
		return err
	}
	for {
		r, err := rd.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if err := kind.add(l, r); err != nil {
			return &tsv.Error{Name: t.Name, Line: r.Line, Err: err}
		}
	}
}

// LoadLexicon parses the embedded tables plus optional user tables and checks
// every predicate against the vocabulary. A user table is any of the kinds
// of data/ (verb frames, event nouns, relation nouns, collective nouns,
// intent codes, word lists), told by its header. User verb frames are added
// after the embedded ones; a user noun, relation noun, collective noun or
// intent prefix replaces an embedded one of the same name. User words are
// added to this Lexicon's copy of the word lists.
func LoadLexicon(preds *schema.Predicates, user ...Table) (*Lexicon, error) {
	lx := &Lexicon{verbs: map[string][]Frame{}, nouns: map[string]NounFrame{}, intent: map[string]string{}, rel: map[string]RelNoun{}, collectives: map[string]schema.ActorType{}}
	l := &lexLoader{lx: lx, preds: preds}
	for _, e := range []struct {
		t    *lexTable
		text string
	}{{&intentTable, intentTSV}, {&relNounsTable, relNounsTSV}, {&collectivesTable, collectivesTSV}, {&verbsTable, verbsTSV}, {&nounsTable, nounsTSV}} {
		if err := readTable(e.t.file, e.text, e.t.cols, func(r tsv.Row) error { return e.t.add(l, r) }); err != nil {
			return nil, err
		}
	}
	for _, t := range user {
		if err := l.addUser(t); err != nil {
			return nil, err
		}
	}
	lx.w = newWordSets(l.words)
	return lx, nil
}

// newWordSets copies the embedded word lists and adds user words
// (list, word) to the copy.
func newWordSets(user [][2]string) *wordSets {
	w := &wordSets{}
	fs := w.fields()
	for name, f := range fs {
		m := make(map[string]bool, len(wordLists[name]))
		for word := range wordLists[name] {
			m[word] = true
		}
		*f = m
	}
	for _, u := range user {
		if f, ok := fs[u[0]]; ok {
			(*f)[u[1]] = true
		}
	}
	return w
}

// modalVerb: some frame of the lemma lends a modality to what it governs
// ("considering sanctions", "plans talks").
func (x *Extractor) modalVerb(lemma string) bool {
	for _, f := range x.lex.verbs[lemma] {
		if f.Modality != "" && !f.Negates {
			return true
		}
	}
	return false
}

// negatingPlain: a frame of the lemma with no particle and no predicate
// negates what it governs ("cancel", "postpone", "prevent"), whatever
// the noun.
func (x *Extractor) negatingPlain(lemma string) bool {
	for _, f := range x.lex.verbs[lemma] {
		if f.Negates && f.Particle == "" && f.Predicate == "" {
			return true
		}
	}
	return false
}

// negatesNoun: a frame of the verb at v negates the event noun at i it
// governs ("lift sanctions", "call off talks", "prevent the attack"): a
// frame with no particle, or whose particle is the noun or follows the
// verb. Other frames' negations stay theirs ("repeated his demand" negates
// nothing about "repeated his accusations").
func (x *Extractor) negatesNoun(st *sentence, v, i int) bool {
	toks := st.Tokens
	nf, _, isNoun := x.nounAt(st, i)
	for _, f := range x.lex.verbs[toks[v].Lemma] {
		if isNoun && f.Predicate == nf.Predicate {
			// "issued a warning to": the frame codes the noun's own act;
			// its negation is about what the warning governs.
			continue
		}
		if !f.Negates || attitude(f.CAMEO) && !x.lex.w.preventVerbs[f.Lemma] {
			// "condemned Russia's annexation": an attitude's negation says
			// whose act it is not; the act itself took place. A blocked
			// or vetoed act did not (preventVerbs).
			continue
		}
		if f.Particle == "" || f.Particle == toks[i].Lower || f.Particle == toks[i].Lemma || v+1 < len(toks) && toks[v+1].Lower == f.Particle {
			return true
		}
	}
	return false
}
