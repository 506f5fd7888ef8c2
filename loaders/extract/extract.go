// Package extract finds events, relations and stances between actors in
// analysed sentences. It is shallow on purpose: mentions from a dictionary
// and title patterns, coreference by salience, verb groups with voice,
// negation and modality, and argument slots from a verb-frame lexicon (data,
// in data/verbs.tsv and data/nouns.tsv). No rule names an actor.
package extract

import (
	"io"
	"strconv"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/loaders/nlp"
	"github.com/kg-project/kg/schema"
)

// Date is a date expression found in a text, offsets relative to that text.
type Date struct {
	Value      string
	Start, End int
}

// DateFunc finds dates in text relative to a reference date (YYYY-MM-DD or "").
type DateFunc func(text, ref string) []Date

// Extractor is read-only after New and may be shared.
type Extractor struct {
	dict  Dict
	lex   *Lexicon
	preds *schema.Predicates
	dates DateFunc
}

// New builds an Extractor.
func New(d Dict, lex *Lexicon, preds *schema.Predicates, dates DateFunc) *Extractor {
	if dates == nil {
		dates = func(string, string) []Date { return nil }
	}
	return &Extractor{dict: d, lex: lex, preds: preds, dates: dates}
}

// sentence is the per-sentence working state.
type sentence struct {
	nlp.Sentence
	ms     []Mention
	quoted []bool
	// question: the narrator asks ("Will China invade Taiwan?"): what
	// the sentence says is not asserted.
	question bool
	sp       speech
	dates    []Date
	facts    []fact.Fact
	// subjects of verb groups already seen, for coordinated verb phrases
	lastSubj      []fact.Actor
	lastObj       []fact.Actor
	lastPred      string
	lastRequested bool  // the previous verb was the content of a request
	trigs         []int // indexes of facts that may take a date
	// The parse, when the sentence has one: tree passes read it, and
	// claimed marks the verbs and nouns they coded so that the token
	// rules skip them.
	tree       *dtree
	tokMention []int
	claimed    map[int]bool
	quoteOpen  bool     // a quotation is still open at the end of the sentence
	words      []string // surface tokens (wordList)
	pos        int      // index in the slice of sentences given to Extract
	// hist is the article's memory of the sentences before this one
	// (read only here; updated once the sentence is done).
	hist *salience
	w    *wordSets // the lexicon's word lists
}

// Extract returns the facts of one article. Offsets in the facts are byte
// offsets into the original file; the caller converts them if it needs
// character offsets. ref is the article's publication date or "".
func (x *Extractor) Extract(doc, ref string, sents []nlp.Sentence) []fact.Fact {
	return x.ExtractTrace(doc, ref, sents, nil)
}

// docState is what the passes carry from one sentence to the next: the
// people the article introduces, who was mentioned recently (for pronouns
// and descriptions), an open quotation and its speaker.
type docState struct {
	ref         string // the article's publication date, for relative dates
	reg         *registry
	first       [][]Mention // each sentence's mentions from the registry pass
	hist        *salience
	open        bool // a quotation runs on into the next sentence
	lastSpeaker *fact.Actor
	lastPara    int
	lastSubject []fact.Actor // the previous sentence's main subject
	lastGroup   []fact.Actor // the previous sentence's last coordination of states or bodies
	groups      []actorGroup // every sentence's last such coordination, in order
	claims      []claimNote  // accusations and demands so far, for rebuttals
	home        *fact.Actor  // the article's home country: the first state it names
}

// pass is one step of the per-sentence pipeline. reads and writes name the
// parts of the sentence it uses and fills; no pass changes what an earlier
// one wrote, except that tree passes mark the triggers they coded in
// claimed so that the token-window rules after them skip those words.
type pass struct {
	name         string
	reads, write string
	run          func(*docState, *sentence)
}

// passes is the extractor's pipeline, in the order it runs on every
// sentence. The tree passes come before the token-window rules they
// replace; the token rules remain for what the tree passes do not cover
// and for sentences without a parse.
func (x *Extractor) passes() []pass {
	return []pass{
		{"mentions", "tokens, registry", "mentions", x.passMentions},
		{"tree", "tokens.head/dep", "tree", x.passTree},
		{"quotes", "tokens", "quoted, question", x.passQuotes},
		{"title-affiliations", "tokens, tree, mentions", "mentions.affil (titles)", x.titleAffiliations},
		{"tree-named-orgs", "tree, mentions", "mentions (longer names around a known one)", x.treeNamedOrgs},
		{"tree-collectives", "tree, mentions", "mentions (groups named by a phrase)", x.treeCollectives},
		{"tree-bare-titles", "tree, mentions", "mentions (offices with a demonym and no name)", x.treeBareTitles},
		{"tree-demonyms", "tree, mentions", "mentions (states named by a demonym modifier)", x.treeDemonyms},
		{"tree-hyphen-pairs", "tree, mentions", "mentions (two actors in one hyphenated modifier)", x.treeHyphenPairs},
		{"tree-coref", "tree, mentions, previous subject", "mentions.actors (pronouns only)", x.treeCoref},
		{"tree-plural-descs", "tree, mentions, earlier groups", "mentions (the countries, the four states)", x.treePluralDescs},
		{"tree-unknown-names", "tree, mentions", "mentions (names the dictionary lacks, as participants), registry (people)", x.treeUnknownNames},
		{"tree-appositive-titles", "tree, mentions", "mentions.actors (titles named beside their holder)", x.treeAppositiveTitles},
		{"coreference", "mentions, salience", "mentions.actors", x.passCoref},
		{"attribution", "tokens, mentions, quoted", "speaker", x.passSpeech},
		{"coreference-speaker", "mentions, speaker", "mentions.actors", x.passCorefSpeaker},
		{"dates", "text, article date", "dates", x.passDates},
		{"mention-index", "mentions", "token->mention, claimed", x.passIndex},
		{"tree-title-orgs", "tree, mentions", "mentions.actors (unnamed office holders of a named body)", x.treeTitleOrgs},
		{"tree-titles", "tree, mentions", "mentions (new people), facts:roleIn", func(_ *docState, st *sentence) { x.treeTitles(st) }},
		{"relations", "tokens, mentions", "facts:relations", func(_ *docState, st *sentence) { x.relations(st) }},
		{"tree-relations", "tree, mentions", "facts:relations+stances", func(_ *docState, st *sentence) { x.treeRelations(st) }},
		{"tree-backers", "tree, mentions", "facts:stances (X-backed Y)", x.treeBackers},
		{"tree-verbs", "tree, mentions, lexicon", "facts:events, claimed", func(_ *docState, st *sentence) { x.treeVerbs(st) }},
		{"tree-presence", "tree, mentions", "facts:events (forces a state has somewhere)", func(_ *docState, st *sentence) { x.treePresence(st) }},
		{"verbs", "tokens, mentions, lexicon, claimed", "facts:events", func(_ *docState, st *sentence) { x.verbs(st) }},
		{"tree-evaluations", "tree, mentions, speaker verbs, facts:events", "facts:events (condemning speech)", x.treeEvaluations},
		{"blame", "tokens, mentions", "facts:events", func(_ *docState, st *sentence) { x.blame(st) }},
		{"tree-nouns", "tree, mentions, lexicon", "facts:events, claimed", func(_ *docState, st *sentence) { x.treeNouns(st) }},
		{"nouns", "tokens, mentions, lexicon, claimed", "facts:events", func(_ *docState, st *sentence) { x.nouns(st) }},
		{"tree-mediators", "tree, mentions, lexicon", "facts:events (mediated by X)", x.treeMediators},
		{"stances", "tokens, mentions", "facts:stances", func(_ *docState, st *sentence) { x.stances(st) }},
		{"rebuttals", "tree, facts, earlier claims", "facts:denials, claims", x.rebuttals},
		{"date-facts", "facts, dates", "facts.date", func(_ *docState, st *sentence) { st.attachDates() }},
		{"main-subject", "tree, mentions", "previous subject", x.noteSubject},
	}
}

func (x *Extractor) passMentions(d *docState, st *sentence) {
	// Mentions only change in the second pass where a name the article
	// introduced occurs; otherwise the registry pass's stand.
	st.ms = d.first[st.pos]
	if d.reg.occursIn(st.Tokens) {
		st.ms = addKnown(x.lex.w, st.Sentence, st.ms, d.reg)
	}
}

func (x *Extractor) passQuotes(d *docState, st *sentence) {
	st.quoted, st.quoteOpen = quoteMask(st.Tokens, d.open)
	for i := len(st.Tokens) - 1; i >= 0; i-- {
		if st.quoted[i] || isQuote(st.Tokens[i]) {
			break // a quoted question is the speaker's
		}
		if st.Tokens[i].Tag != "." {
			break
		}
		if st.Tokens[i].Text == "?" {
			st.question = true
		}
	}
}

func (st *sentence) inQuote(i int) bool { return i < len(st.quoted) && st.quoted[i] }

func (x *Extractor) passCoref(d *docState, st *sentence) {
	resolve(x.dict, st.ms, st.Index, d.hist, d.reg, nil, st.inQuote, false)
}

// officialState is the state an unnamed official's title names, or nil.
func (x *Extractor) officialState(m Mention) *fact.Actor {
	if m.Kind != MTitle || len(m.Actors) > 0 {
		return nil
	}
	if c, ok := x.dict.Country(m.Country); ok && m.Country != "" {
		return &c
	}
	if m.Affil != nil && m.Affil.Type == schema.Country {
		a := *m.Affil
		return &a
	}
	return nil
}

func (x *Extractor) passSpeech(d *docState, st *sentence) {
	st.sp = findSpeech(x.lex.w, st.Sentence, st.ms, st.quoted)
	if st.tree != nil && st.sp.verb >= 0 && !st.sp.according {
		// The tree knows the reporting verb's subject: "Mr Ruto, on a
		// visit to Ghana, said" is Ruto's, not the nearest name's.
		// A subject inside the quotation is a mis-parse: the speaker is
		// outside it, and of several, the one nearest the verb.
		best := -1
		var state *fact.Actor
		for _, k := range x.subjectsOf(st.indexed(), st.sp.verb, 0) {
			m := st.ms[k]
			if len(m.Actors) == 0 && m.Kind == MTitle && state == nil && !st.inQuote(m.Start) {
				// "Serbia's prime minister said", "the German chancellor
				// told parliament": an official the article does not name
				// speaks for the state, as coreference will code the
				// title.
				if state = x.officialState(m); state != nil {
					st.sp.mention = k
				}
			}
			if len(m.Actors) == 0 || st.inQuote(m.Start) {
				continue
			}
			if best < 0 || abs(m.Start-st.sp.verb) < abs(st.ms[best].Start-st.sp.verb) {
				best = k
			}
		}
		if best < 0 && state == nil && st.sp.speaker == nil && st.sp.mention >= 0 {
			// The official findSpeech found, whom the tree index leaves
			// out while unresolved.
			state = x.officialState(st.ms[st.sp.mention])
		}
		if best >= 0 {
			a := st.ms[best].Actors[0]
			st.sp.speaker, st.sp.mention = &a, best
		} else if state != nil {
			st.sp.speaker = state
		}
		for _, c := range st.tree.children(st.sp.verb, "ccomp", "parataxis") {
			if lo, hi := st.tree.edges(c); hi < st.sp.verb && !st.inQuote(c) {
				st.sp.fronted = [2]int{lo, hi + 1}
			}
		}
	}
	if st.sp.speaker == nil && anyTrue(st.quoted) && d.lastSpeaker != nil {
		// A quote that runs on from an attributed one keeps its speaker.
		st.sp.speaker = d.lastSpeaker
	}
}

func (x *Extractor) passCorefSpeaker(d *docState, st *sentence) {
	resolve(x.dict, st.ms, st.Index, d.hist, d.reg, st.sp.speaker, st.inQuote, true)
	if anyTrue(st.quoted) {
		d.lastSpeaker = st.sp.speaker
	}
	d.open = st.quoteOpen
}

func (x *Extractor) passDates(d *docState, st *sentence) { st.dates = x.dates(st.Text, d.ref) }

func (x *Extractor) passTree(_ *docState, st *sentence) { st.tree = newTree(st.Tokens) }

func (x *Extractor) passIndex(_ *docState, st *sentence) {
	st.tokMention = mentionIndex(len(st.Tokens), st.ms)
	st.claimed = map[int]bool{}
}

// ExtractTrace is Extract that also writes, when w is not nil, what it read
// in every sentence (tokens, tags, parse, speaker, mentions and their
// referents) and which pass produced each fact.
func (x *Extractor) ExtractTrace(doc, ref string, sents []nlp.Sentence, w io.Writer) []fact.Fact {
	if len(sents) == 0 {
		return nil
	}
	// Registry pass, over the whole article first: people introduced with a
	// title, so that later surnames and descriptions (even ones that come
	// first) resolve.
	d := &docState{ref: ref, reg: newRegistry(x.lex.w), hist: &salience{}, lastPara: -1, first: make([][]Mention, len(sents))}
	for i, s := range sents {
		d.first[i] = findMentions(x.lex.w, x.dict, s, nil)
		for _, m := range d.first[i] {
			for _, a := range m.Actors {
				d.reg.add(a)
			}
		}
		for _, a := range definedAcronyms(x.lex.w, x.dict, s, d.first[i]) {
			d.reg.addOrg(a)
		}
	}
	for i, s := range sents {
		d.reg.noteGenders(s, d.first[i])
	}
	d.home = homeCountry(d.first)
	d.reg.home = d.home
	passes := x.passes()
	var out []fact.Fact
	for si, s := range sents {
		if s.Paragraph != d.lastPara {
			d.open, d.lastSpeaker, d.lastPara = false, nil, s.Paragraph
		}
		st := &sentence{Sentence: s, pos: si, hist: d.hist, w: x.lex.w}
		var byPass []passCount
		for _, p := range passes {
			before := len(st.facts)
			p.run(d, st)
			if n := len(st.facts) - before; n > 0 {
				byPass = append(byPass, passCount{p.name, before, n})
			}
		}
		if w != nil {
			st.trace(w, byPass)
		}
		d.hist.note(st.ms, s.Index)
		d.hist.notePair(st.ms, s.Index)
		d.hist.noteAgents(st.facts, s.Index, st.lemmaAt)
		for i := range st.facts {
			st.facts[i].Doc = doc
		}
		out = append(out, st.facts...)
	}
	return dedupe(out)
}

// passCount says which facts of a sentence one pass wrote, for the trace.
type passCount struct {
	name    string
	from, n int
}

func anyTrue(b []bool) bool {
	for _, x := range b {
		if x {
			return true
		}
	}
	return false
}

// dedupe keeps the first of facts that say the same thing in the same
// sentence, and the first relation of a kind between two actors in an article.
func dedupe(fs []fact.Fact) []fact.Fact {
	seen := map[string]bool{}
	out := fs[:0]
	for _, f := range fs {
		if f.Subject.ID == f.Object.ID {
			continue
		}
		k := f.Subject.ID + "\x00" + f.Predicate + "\x00" + f.Object.ID + "\x00" + boolKey(f.Negated)
		if f.Kind != schema.Relation {
			k += "\x00" + strconv.Itoa(f.SentenceIndex)
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, f)
	}
	return out
}

func boolKey(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// homeCountry is the first state an article names (its headline's, as a
// rule): the country an office named without one belongs to.
func homeCountry(first [][]Mention) *fact.Actor {
	for _, ms := range first {
		for _, m := range ms {
			if len(m.Actors) == 1 && m.Actors[0].Type == schema.Country && m.Kind == MName {
				a := m.Actors[0]
				return &a
			}
		}
	}
	return nil
}
