// Package nlp splits cleaned article text into sentences and tagged,
// lemmatised tokens whose offsets point into the original file. It wraps
// prose (segmentation, tokens, POS tags) and golem (lemmas) and corrects the
// tags they get wrong on exactly the verbs the extractor cares about.
package nlp

import (
	_ "embed"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aaaton/golem/v4"
	"github.com/aaaton/golem/v4/dicts/en"
	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tokenize"

	"github.com/kg-project/kg/loaders/syntax"
	"github.com/kg-project/kg/loaders/tsv"
)

//go:embed data/lemmas.tsv
var lemmasTSV string

// irregularTSV lists English irregular verbs (base, past, participle);
// the tagger's training reads it too (tools/train-parser).
//
//go:embed data/irregular.tsv
var irregularTSV string

// Token is one word or punctuation mark.
type Token struct {
	Text  string
	Lower string
	Tag   string // Penn Treebank tag, after corrections
	Raw   string // the tagger's own tag, before corrections: what the parser reads
	Lemma string // lower-case base form
	Start int    // byte offset in the original file
	End   int
	Head  int    // index of the syntactic head in the sentence's Tokens, -1 for the root (set by Sentences)
	Dep   string // UD relation to the head ("nsubj", "obl:agent", "root"; set by Sentences)
}

// Sentence is one sentence of one paragraph.
type Sentence struct {
	Index     int // position in the article, from 0
	Paragraph int // index of the paragraph it belongs to
	Start     int // byte offsets in the original file
	End       int
	Text      string
	Tokens    []Token
	Headline  bool // the article's headline line, not body text
}

// Span is a byte range of the text to analyse (a paragraph, or the
// headline when Headline is set).
type Span struct {
	Start, End int
	Headline   bool
}

// Analyzer holds the models; it is read-only after NewAnalyzer and safe for
// concurrent use.
type Analyzer struct {
	seg   *segment.Segmenter
	tok   *tokenize.Tokenizer
	tag   *tag.Tagger
	lem   *golem.Lemmatizer
	lemma map[string]string
	past  map[string]string // irregular past and participle forms -> base (data/irregular.tsv)
	// simplePast are the irregular simple past forms ("bore", "shot"),
	// for the tag fix of a past verb read as a noun.
	simplePast map[string]bool
	syn        *syntax.Model // tagger and dependency parser (parse.go)
	// verbs are event-verb lemmas (the extractor's verb frames), for the
	// tag fix of verbless headlines; nil knows none.
	verbs map[string]bool
}

// WithVerbs returns a copy of a that knows the lemmas as verbs: a
// headline with no verb ("Germany backs/NNS Ukraine") is read with one of
// them as its verb.
func (a *Analyzer) WithVerbs(lemmas map[string]bool) *Analyzer {
	b := *a
	b.verbs = lemmas
	return &b
}

// NewAnalyzer loads the models (about 100 ms; do it once).
func NewAnalyzer() (*Analyzer, error) {
	seg, err := segment.New()
	if err != nil {
		return nil, fmt.Errorf("sentence segmenter: %w", err)
	}
	tg, err := tag.New()
	if err != nil {
		return nil, fmt.Errorf("pos tagger: %w", err)
	}
	lem, err := golem.New(en.New())
	if err != nil {
		return nil, fmt.Errorf("lemmatizer: %w", err)
	}
	over := map[string]string{}
	cols := []string{"word", "lemma"}
	if err := tsv.Each("lemmas.tsv", strings.NewReader(lemmasTSV), tsv.Options{Columns: cols, Required: cols, Full: true}, func(r tsv.Row) error {
		over[r.Get("word")] = r.Get("lemma")
		return nil
	}); err != nil {
		return nil, err
	}
	past := map[string]string{}
	simple := map[string]bool{}
	icols := []string{"base", "past", "participle"}
	if err := tsv.Each("irregular.tsv", strings.NewReader(irregularTSV), tsv.Options{Columns: icols, Required: icols, Full: true}, func(r tsv.Row) error {
		base := strings.Split(r.Get("base"), "|")[0]
		for _, f := range strings.Split(r.Get("past"), "|") {
			if f != base {
				simple[f] = true
			}
		}
		for _, f := range append(strings.Split(r.Get("past"), "|"), strings.Split(r.Get("participle"), "|")...) {
			if f != base {
				past[f] = base
			}
		}
		return nil
	}); err != nil {
		return nil, err
	}
	syn, err := loadSyntax()
	if err != nil {
		return nil, fmt.Errorf("dependency parser: %w", err)
	}
	return &Analyzer{seg: seg, tok: tokenize.New(), tag: tg, lem: lem, lemma: over, past: past, simplePast: simple, syn: syn}, nil
}

// Sentences analyses each paragraph span of text. text must have the same
// byte layout as the original file (markup blanked, not removed) so that
// offsets carry over unchanged.
func (a *Analyzer) Sentences(text string, paras []Span) []Sentence {
	var out []Sentence
	for pi, p := range paras {
		if p.Start < 0 || p.End > len(text) || p.Start >= p.End {
			continue
		}
		for _, s := range a.seg.Segment(text[p.Start:p.End]) {
			for _, piece := range splitLines(s.Text, p.Start+s.Start) {
				toks := a.Tokens(piece.text, piece.start)
				for len(toks) > 0 {
					// A run-on "sentence" (a table, a list without stops) is cut
					// into bounded pieces so later stages stay linear in the text.
					n := cut(toks, maxTokens)
					chunk := toks[:n]
					toks = toks[n:]
					a.parse(chunk)
					start, end := chunk[0].Start, chunk[len(chunk)-1].End
					out = append(out, Sentence{
						Index: len(out), Paragraph: pi,
						Start: start, End: end,
						Text: text[start:end], Tokens: chunk,
						Headline: p.Headline,
					})
				}
			}
		}
	}
	return out
}

// maxTokens bounds a sentence; real sentences are far shorter.
const maxTokens = 150

// cut picks where to end a piece of at most max tokens: after the last
// punctuation mark in the second half, else at max.
func cut(toks []Token, max int) int {
	if len(toks) <= max {
		return len(toks)
	}
	for i := max - 1; i >= max/2; i-- {
		switch toks[i].Text {
		case ",", ";", ":", ".", "!", "?":
			return i + 1
		}
	}
	return max
}

type piece struct {
	text  string
	start int
}

// splitLines keeps a line break inside a paragraph span from gluing a
// headline-like line to the next sentence.
func splitLines(s string, base int) []piece {
	var out []piece
	for len(s) > 0 {
		i := strings.IndexByte(s, '\n')
		line := s
		if i >= 0 {
			line = s[:i]
		}
		trimmed := strings.TrimSpace(line)
		if trimmed != "" {
			lead := strings.Index(line, trimmed)
			for _, ev := range timelineEvents(trimmed) {
				out = appendBounded(out, trimmed[ev[0]:ev[1]], base+lead+ev[0])
			}
		}
		if i < 0 {
			break
		}
		s = s[i+1:]
		base += i + 1
	}
	return out
}

// timelineEntry: a line that opens with a year and a dash ("1999 - Nato
// bombs Serbian targets - Serbian forces respond ...").
var timelineEntry = regexp.MustCompile(`^\d{4}\s*[-–—]\s+`)

// timelineSep separates the events of one timeline entry.
var timelineSep = regexp.MustCompile(`\s[-–—]\s+`)

// timelineEvents splits a timeline entry at the dashes between its events,
// each a clause of its own; any other line is one piece. It returns byte
// ranges of line.
func timelineEvents(line string) [][2]int {
	head := timelineEntry.FindStringIndex(line)
	if head == nil {
		return [][2]int{{0, len(line)}}
	}
	var out [][2]int
	start := 0
	for _, m := range timelineSep.FindAllStringIndex(line[head[1]:], -1) {
		end := head[1] + m[0]
		if end > start {
			out = append(out, [2]int{start, end})
		}
		start = head[1] + m[1]
	}
	if start < len(line) {
		out = append(out, [2]int{start, len(line)})
	}
	return out
}

// maxPiece bounds the text handed to Tokens at once. A sentence is cut at
// maxTokens tokens anyway, but only after it has been tokenized and tagged
// whole: a 10 MB run of dots was one 10M-token slice, and the time per byte
// grew with the run (1.9x from 10 KB to 10 MB). No real sentence is this
// long, so ordinary text is never cut here.
const maxPiece = 16 << 10

// appendBounded appends s (at offset base) as pieces of at most maxPiece
// bytes, each ending after the last space before the bound, else after the
// last punctuation mark, else at a character boundary.
func appendBounded(out []piece, s string, base int) []piece {
	for len(s) > maxPiece {
		n := strings.LastIndexFunc(s[:maxPiece], unicode.IsSpace)
		if n <= 0 {
			n = strings.LastIndexFunc(s[:maxPiece], unicode.IsPunct)
		}
		if n > 0 {
			_, size := utf8.DecodeRuneInString(s[n:])
			n += size
		} else {
			n = maxPiece
		}
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		if n == 0 {
			n = maxPiece
		}
		head := strings.TrimRightFunc(s[:n], unicode.IsSpace)
		if head != "" {
			out = append(out, piece{text: head, start: base})
		}
		rest := strings.TrimLeftFunc(s[n:], unicode.IsSpace)
		base += len(s) - len(rest)
		s = rest
	}
	if s != "" {
		out = append(out, piece{text: s, start: base})
	}
	return out
}

// Tokens tokenises, tags and lemmatises one sentence starting at byte base.
func (a *Analyzer) Tokens(sentence string, base int) []Token {
	raw := joinInitials(a.tokenize(sentence))
	a.tagTokens(raw)
	toks := make([]Token, len(raw))
	for i, r := range raw {
		lower := strings.ToLower(r.Text)
		toks[i] = Token{Text: r.Text, Lower: lower, Tag: r.Tag, Raw: r.Tag, Start: base + r.Start, End: base + r.End()}
	}
	fixTags(toks, a.verbs, a.simplePast)
	for i := range toks {
		toks[i].Lemma = a.lemmaOf(toks[i])
	}
	return toks
}

// maxSpan is the longest whitespace-delimited run handed to prose's
// tokenizer. prose peels punctuation off a run one mark at a time and
// rescans the rest of the run for contractions after each peel, so its cost
// is quadratic in the run's length: 40,000 dots took 35 s. No word, number
// or ordinary URL is this long.
const maxSpan = 100

// tokenize is prose's tokenizer for ordinary text, with runs longer than
// maxSpan split in linear time by splitLong instead. prose treats each
// whitespace-delimited run on its own, so tokenizing run by run gives the
// same tokens as tokenizing the whole sentence.
// joinInitials keeps a name's initial with its stop ("George W. Bush",
// "John F. Kennedy"), which the tokenizer splits: a single capital letter
// and a full stop right after it, before a capitalised word.
func joinInitials(toks []tokenize.Token) []tokenize.Token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if len(t.Text) == 1 && t.Text[0] >= 'A' && t.Text[0] <= 'Z' && i+2 < len(toks) && toks[i+1].Text == "." && toks[i+1].Start == t.End() {
			if n := toks[i+2].Text; n != "" && n[0] >= 'A' && n[0] <= 'Z' {
				t.Text += "."
				out = append(out, t)
				i++
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

func (a *Analyzer) tokenize(s string) []tokenize.Token {
	if !hasLongRun(s) {
		return a.tok.Tokenize(s)
	}
	var out []tokenize.Token
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i + strings.IndexFunc(s[i:], unicode.IsSpace)
		if j < i {
			j = len(s)
		}
		if j-i > maxSpan {
			out = splitLong(out, s[i:j], i)
		} else {
			for _, t := range a.tok.Tokenize(s[i:j]) {
				t.Start += i
				out = append(out, t)
			}
		}
		i = j
	}
	return out
}

// hasLongRun reports whether s has a whitespace-delimited run longer than
// maxSpan bytes.
func hasLongRun(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			n = 0
			continue
		}
		if n += utf8.RuneLen(r); n > maxSpan {
			return true
		}
	}
	return false
}

// splitLong tokenizes one long run (base is its offset): every punctuation
// mark or symbol is a token of its own and the letters and digits between
// them form words, themselves cut every maxSpan bytes, so that no token and
// no later stage sees unbounded text.
func splitLong(out []tokenize.Token, run string, base int) []tokenize.Token {
	start := -1 // start of the word being read, or -1
	flush := func(end int) {
		if start >= 0 {
			out = append(out, tokenize.Token{Text: run[start:end], Start: base + start})
			start = -1
		}
	}
	for i := 0; i < len(run); {
		r, size := utf8.DecodeRuneInString(run[i:])
		if unicode.IsPunct(r) || unicode.IsSymbol(r) || r == utf8.RuneError {
			flush(i)
			out = append(out, tokenize.Token{Text: run[i : i+size], Start: base + i})
			i += size
			continue
		}
		if start >= 0 && i-start >= maxSpan {
			flush(i)
		}
		if start < 0 {
			start = i
		}
		i += size
	}
	flush(len(run))
	return out
}

func (a *Analyzer) lemmaOf(t Token) string {
	w := t.Lower
	if l, ok := a.lemma[w]; ok {
		return l
	}
	w = americanize(w)
	if l, ok := a.lemma[w]; ok {
		return l
	}
	// Only common nouns and verbs inflect in ways the extractor looks at.
	if t.Tag == "NNP" || t.Tag == "NNPS" || !(strings.HasPrefix(t.Tag, "VB") || strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ") || !isWordy(w) {
		return w
	}
	if !strings.HasPrefix(t.Tag, "VB") {
		return a.lem.LemmaLower(w)
	}
	// golem offers several base forms for some words ("left" -> leave/left);
	// for a verb, prefer one that differs from the surface form.
	ls := a.lem.Lemmas(w)
	for _, l := range ls {
		if l != w {
			return l
		}
	}
	// golem knows some past forms only as adjectives ("broke").
	if b, ok := a.past[w]; ok && (t.Tag == "VBD" || t.Tag == "VBN") {
		return b
	}
	return a.stem(w)
}

// stem undoes -ing/-ed on a verb the lemmatizer only knows as a noun
// ("shooting"), trying the forms English spelling allows and keeping the
// first the dictionary knows.
func (a *Analyzer) stem(w string) string {
	var cands []string
	for _, sfx := range []string{"ing", "ed"} {
		if !strings.HasSuffix(w, sfx) || len(w) < len(sfx)+3 {
			continue
		}
		b := strings.TrimSuffix(w, sfx)
		cands = append(cands, b, b+"e")
		if n := len(b); n >= 2 && b[n-1] == b[n-2] {
			cands = append(cands, b[:n-1]) // "shelling" -> "shell" tried first above; "stopped" -> "stop"
		}
	}
	for _, c := range cands {
		if a.lem.InDict(c) {
			return c
		}
	}
	return w
}

// americanize folds British -ise/-isation spellings, which the lemmatizer
// does not know, to their -ize forms ("criticised" -> "criticized").
func americanize(w string) string {
	for _, sfx := range [][2]string{{"isation", "ization"}, {"isations", "izations"}, {"ised", "ized"}, {"ises", "izes"}, {"ising", "izing"}, {"ise", "ize"}} {
		if strings.HasSuffix(w, sfx[0]) && len(w) > len(sfx[0])+3 {
			return strings.TrimSuffix(w, sfx[0]) + sfx[1]
		}
	}
	return w
}

func isWordy(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// Lemmatize fills the lemmas of tokens given from elsewhere (a pre-parsed
// CoNLL-U file, a test), as Tokens does for its own.
func (a *Analyzer) Lemmatize(toks []Token) {
	for i := range toks {
		toks[i].Lower = strings.ToLower(toks[i].Text)
		toks[i].Lemma = a.lemmaOf(toks[i])
	}
}
