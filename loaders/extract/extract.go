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
	sp     speech
	dates  []Date
	facts  []fact.Fact
	// subjects of verb groups already seen, for coordinated verb phrases
	lastSubj      []fact.Actor
	lastObj       []fact.Actor
	lastPred      string
	lastRequested bool  // the previous verb was the content of a request
	trigs         []int // indexes of facts that may take a date
}

// Extract returns the facts of one article. Offsets in the facts are byte
// offsets into the original file; the caller converts them if it needs
// character offsets. ref is the article's publication date or "".
func (x *Extractor) Extract(doc, ref string, sents []nlp.Sentence) []fact.Fact {
	return x.ExtractTrace(doc, ref, sents, nil)
}

// ExtractTrace is Extract that also writes, when w is not nil, what it read
// in every sentence (tokens, tags, speaker, mentions and their referents).
func (x *Extractor) ExtractTrace(doc, ref string, sents []nlp.Sentence, w io.Writer) []fact.Fact {
	// Pass 1: people introduced with a title, so that later surnames and
	// descriptions (even ones that come first) resolve.
	reg := newRegistry()
	first := make([][]Mention, len(sents))
	for i, s := range sents {
		first[i] = findMentions(x.dict, s, nil)
		for _, m := range first[i] {
			for _, a := range m.Actors {
				reg.add(a)
			}
		}
	}
	hist := &salience{}
	var out []fact.Fact
	open := false
	var lastSpeaker *fact.Actor
	lastPara := -1
	for si, s := range sents {
		if s.Paragraph != lastPara {
			open, lastSpeaker, lastPara = false, nil, s.Paragraph
		}
		st := &sentence{Sentence: s}
		// Mentions only change in the second pass where a name the article
		// introduced occurs; otherwise the first pass's stand.
		st.ms = first[si]
		if reg.occursIn(s.Tokens) {
			st.ms = addKnown(s, st.ms, reg)
		}
		var stillOpen bool
		st.quoted, stillOpen = quoteMask(s.Tokens, open)
		inQuote := func(i int) bool { return i < len(st.quoted) && st.quoted[i] }
		resolve(x.dict, st.ms, s.Index, hist, reg, nil, inQuote, false)
		st.sp = findSpeech(s, st.ms, st.quoted)
		if st.sp.speaker == nil && anyTrue(st.quoted) && lastSpeaker != nil {
			// A quote that runs on from an attributed one keeps its speaker.
			st.sp.speaker = lastSpeaker
		}
		resolve(x.dict, st.ms, s.Index, hist, reg, st.sp.speaker, inQuote, true)
		if anyTrue(st.quoted) {
			lastSpeaker = st.sp.speaker
		}
		open = stillOpen
		st.dates = x.dates(s.Text, ref)

		x.relations(st)
		x.verbs(st)
		x.blame(st)
		x.nouns(st)
		x.stances(st)
		st.attachDates()

		if w != nil {
			st.trace(w)
		}
		hist.note(st.ms, s.Index)
		hist.notePair(st.ms)
		hist.noteAgents(st.facts, s.Index)
		for i := range st.facts {
			st.facts[i].Doc = doc
		}
		out = append(out, st.facts...)
	}
	return dedupe(out)
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
