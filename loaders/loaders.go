// Package loaders turns article text into facts and facts into quads. The
// stages live in sub-packages, each a plain type with its own tests:
//
//	source    bytes and metadata in (files, directories, JSONL, stdin)
//	document  cleaned text, title, dateline, byline, paragraphs (offsets kept)
//	...       sentences, mentions, facts
//	quads     facts -> quads through the schema vocabulary
//
// Extractor wires them together.
package loaders

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/loaders/source"
)

// Options configure an Extractor.
type Options struct {
	DictFiles []string // extra actor dictionaries (--dict)
}

// Result is everything extracted from one article.
type Result struct {
	Article fact.Article
	Facts   []fact.Fact
}

// Extractor runs the pipeline. It holds only read-only tables after New, so
// one Extractor may serve many goroutines.
type Extractor struct {
	opts Options
}

// New loads the dictionaries and lexicons.
func New(opts Options) (*Extractor, error) {
	return &Extractor{opts: opts}, nil
}

// Extract runs the pipeline on one article.
// TODO(extractor): the stages after document are being built; for now only
// the article metadata is produced.
func (e *Extractor) Extract(src source.Source) (Result, error) {
	sum := sha256.Sum256(src.Raw)
	art := fact.Article{
		ID:        src.ID,
		Title:     src.Meta.Title,
		Publisher: src.Meta.Publisher,
		Date:      src.Meta.Date,
		URL:       src.Meta.URL,
		FileName:  filepath.Base(src.Path),
		Hash:      "sha256:" + hex.EncodeToString(sum[:]),
	}
	return Result{Article: art}, nil
}
