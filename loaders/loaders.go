// Package loaders turns article text into facts and facts into quads. The
// stages live in sub-packages, each a plain type with its own tests:
//
//	source    bytes and metadata in (files, directories, JSONL, stdin)
//	document  cleaned text, title, dateline, byline, paragraphs (offsets kept)
//	nlp       sentences and tagged, lemmatised tokens
//	actors    the actor dictionary (embedded data, user-extensible)
//	extract   mentions, coreference, verb frames -> facts with provenance
//	quads     facts -> quads through the schema vocabulary
//
// Extractor wires them together for one article at a time, so memory is
// proportional to an article, not to the corpus.
package loaders

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/kg-project/kg/loaders/actors"
	"github.com/kg-project/kg/loaders/document"
	"github.com/kg-project/kg/loaders/extract"
	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/loaders/nlp"
	"github.com/kg-project/kg/loaders/source"
	"github.com/kg-project/kg/loaders/timex"
	"github.com/kg-project/kg/schema"
)

// Options configure an Extractor.
type Options struct {
	DictFiles    []string // extra actor dictionaries (--dict), on top of the embedded one and the user directory
	LexiconFiles []string // extra lexicon tables (--lexicon): any kind of loaders/extract/data, told by its header
	Trace        bool     // fill Result.Trace with each sentence's tags and mentions
}

// Result is everything extracted from one article.
type Result struct {
	Article  fact.Article
	Facts    []fact.Fact
	Warnings []string // repaired input and similar, for the user
	Trace    string   // with Options.Trace: every sentence's tagged tokens and mentions
}

// Extractor runs the pipeline. It holds only read-only tables after New, so
// one Extractor may serve many goroutines.
type Extractor struct {
	nlp   *nlp.Analyzer
	x     *extract.Extractor
	trace bool
}

// New loads the dictionaries, lexicons and language models.
func New(opts Options) (*Extractor, error) {
	preds, lex, err := loadLexicon(opts.LexiconFiles)
	if err != nil {
		return nil, err
	}
	dict, err := actors.LoadDefault(opts.DictFiles...)
	if err != nil {
		return nil, fmt.Errorf("actor dictionary: %w", err)
	}
	an, err := analyzer(lex)
	if err != nil {
		return nil, err
	}
	dates := func(text, ref string) []extract.Date {
		ds := timex.Find(text, ref)
		out := make([]extract.Date, len(ds))
		for i, d := range ds {
			out[i] = extract.Date{Value: d.Value, Start: d.Start, End: d.End}
		}
		return out
	}
	return &Extractor{nlp: an, x: extract.New(dictAdapter{dict}, lex, preds, dates), trace: opts.Trace}, nil
}

// NewAnalyzer is the analyzer New builds (tagger, tag fixes and parser
// with the lexicon's verbs), for commands that only parse, so that `kg
// parse` reads a sentence as `kg extract` does.
func NewAnalyzer(lexiconFiles []string) (*nlp.Analyzer, error) {
	_, lex, err := loadLexicon(lexiconFiles)
	if err != nil {
		return nil, err
	}
	return analyzer(lex)
}

// loadLexicon reads the predicates and the extractor's lexicon with the
// user's tables added.
func loadLexicon(lexiconFiles []string) (*schema.Predicates, *extract.Lexicon, error) {
	preds, err := schema.LoadPredicates()
	if err != nil {
		return nil, nil, err
	}
	tables, err := readLexicons(lexiconFiles)
	if err != nil {
		return nil, nil, err
	}
	lex, err := extract.LoadLexicon(preds, tables...)
	if err != nil {
		return nil, nil, fmt.Errorf("lexicon: %w", err)
	}
	return preds, lex, nil
}

// analyzer is the NLP analyzer that knows the lexicon's event verbs.
func analyzer(lex *extract.Lexicon) (*nlp.Analyzer, error) {
	an, err := nlp.NewAnalyzer()
	if err != nil {
		return nil, err
	}
	return an.WithVerbs(lex.VerbLemmas()), nil
}

// Extract runs the pipeline on one article.
func (e *Extractor) Extract(src source.Source) (Result, error) {
	doc, err := document.Parse(src)
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", src.Path, err)
	}
	sum := sha256.Sum256(src.Raw)
	art := fact.Article{
		ID:        src.ID,
		Title:     doc.Title,
		Publisher: doc.Publisher,
		Date:      doc.Date,
		URL:       doc.URL,
		FileName:  filepath.Base(src.Path),
		Hash:      "sha256:" + hex.EncodeToString(sum[:]),
	}
	body, paras := TextSpans(doc)
	sents := e.nlp.Sentences(body, paras)
	var trace *strings.Builder
	var w io.Writer
	if e.trace {
		trace = &strings.Builder{}
		w = trace
	}
	facts := e.x.ExtractTrace(art.ID, art.Date, sents, w)
	toChars(src.Raw, facts)
	res := Result{Article: art, Facts: facts, Warnings: doc.Warnings}
	if trace != nil {
		res.Trace = trace.String()
	}
	return res, nil
}

// TextSpans gives the text the analyser reads for a document and the spans
// to read in it: the headline, as a sentence of its own (its bytes go back
// into the blanked body at their own offsets), then the body paragraphs.
// kg extract, kg load and kg parse all read an article through it.
func TextSpans(doc document.Document) (string, []nlp.Span) {
	body := doc.Body()
	var paras []nlp.Span
	if h, text, ok := doc.Headline(); ok {
		body = body[:h.Start] + text + body[h.End:]
		paras = append(paras, nlp.Span{Start: h.Start, End: h.End, Headline: true})
	}
	for _, p := range doc.Paragraphs {
		paras = append(paras, nlp.Span{Start: p.Start, End: p.End})
	}
	return body, paras
}

// readLexicons reads user lexicon files; extract.LoadLexicon tells each
// one's kind by its header.
func readLexicons(paths []string) ([]extract.Table, error) {
	var tables []extract.Table
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		tables = append(tables, extract.Table{Name: p, Text: string(b)})
	}
	return tables, nil
}

// toChars turns the byte offsets the stages use into the character offsets
// the fact contract promises.
func toChars(raw []byte, facts []fact.Fact) {
	if len(facts) == 0 || utf8.Valid(raw) && isASCII(raw) {
		return
	}
	// chars[i] = number of runes before byte i (for every rune start).
	chars := make([]int32, len(raw)+1)
	n := int32(0)
	for i := 0; i < len(raw); {
		_, size := utf8.DecodeRune(raw[i:])
		for k := 0; k < size; k++ {
			chars[i+k] = n
		}
		i += size
		n++
	}
	chars[len(raw)] = n
	conv := func(s *fact.Span) {
		if s.End == 0 {
			return
		}
		s.Start, s.End = int(chars[s.Start]), int(chars[s.End])
	}
	for i := range facts {
		o := &facts[i].Offsets
		conv(&o.Sentence)
		conv(&o.Subject)
		conv(&o.Object)
		conv(&o.Trigger)
	}
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}
