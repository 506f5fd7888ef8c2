// Package fact holds the plain types that flow out of the extraction
// pipeline: articles (metadata), actors and facts with their provenance.
// They carry no behaviour beyond validation so that every stage, the quad
// writer and the CLI can share them without depending on each other.
package fact

import (
	"fmt"

	"github.com/kg-project/kg/schema"
)

// Article is the metadata of one source document.
type Article struct {
	ID        string `json:"id"`                  // stable id: file stem or the JSONL "id"
	Title     string `json:"title,omitempty"`     // headline, when the text gives one
	Publisher string `json:"publisher,omitempty"` // never guessed
	Date      string `json:"date,omitempty"`      // publication date, ISO 8601 (YYYY-MM-DD)
	URL       string `json:"url,omitempty"`
	FileName  string `json:"file,omitempty"` // base name of the source file
	Hash      string `json:"hash"`           // "sha256:<hex>" of the original bytes
}

// Actor is an actor as a fact names it.
type Actor struct {
	ID       string           `json:"id"`   // stable key: dictionary id, or the name for actors found from context
	Name     string           `json:"name"` // canonical name
	Type     schema.ActorType `json:"type,omitempty"`
	Country  string           `json:"country,omitempty"` // ISO 3166-1 alpha-3 where known
	Aliases  []string         `json:"aliases,omitempty"`
	Wikidata string           `json:"wikidata,omitempty"` // Q-id, e.g. "Q142"
	Post     string           `json:"post,omitempty"`     // office held, e.g. "Defence Minister"
	Text     string           `json:"text,omitempty"`     // the words in the sentence that named it
}

// Span is a half-open range of character (Unicode code point) offsets into
// the original file, so that Python's text[start:end] gives the words back.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Offsets locate a fact's evidence in the original file.
type Offsets struct {
	Sentence Span `json:"sentence"`
	Subject  Span `json:"subject"`
	Object   Span `json:"object"`
	Trigger  Span `json:"trigger"`
}

// Modality says how firmly the text asserts a fact.
type Modality string

const (
	Asserted Modality = "asserted" // stated as having happened or being so
	Planned  Modality = "planned"  // "is to meet", "will discuss"
	Hedged   Modality = "hedged"   // "hoped", "might", "ready to"
	Reported Modality = "reported" // "according to", "accused of", "claimed"
)

// Fact is one extracted event, relation or stance with its provenance.
type Fact struct {
	Doc           string      `json:"doc"` // article id
	Kind          schema.Kind `json:"kind"`
	Subject       Actor       `json:"subject"`
	Object        Actor       `json:"object"`
	Predicate     string      `json:"predicate"`          // a name from schema/predicates.tsv
	CAMEO         string      `json:"cameo,omitempty"`    // events only, e.g. "0314"
	Polarity      int         `json:"polarity,omitempty"` // stances: +1 supports, -1 opposes
	Negated       bool        `json:"negated"`
	Modality      Modality    `json:"modality"`
	Speaker       *Actor      `json:"speaker,omitempty"` // who says so, when the sentence reports speech
	Date          string      `json:"date,omitempty"`    // when it happened: YYYY, YYYY-MM or YYYY-MM-DD
	Topic         string      `json:"topic,omitempty"`   // what a disagreement or request is about
	Sentence      string      `json:"sentence"`
	SentenceIndex int         `json:"sentence_index"`
	Offsets       Offsets     `json:"offsets"`
	Trigger       string      `json:"trigger,omitempty"` // the words that fired the rule
	Rule          string      `json:"rule"`              // which rule produced it
}

// Validate reports a fact the quad writer cannot represent.
func (f Fact) Validate(preds *schema.Predicates) error {
	p, ok := preds.Get(f.Predicate)
	if !ok {
		return fmt.Errorf("fact %s: unknown predicate %q", f.Doc, f.Predicate)
	}
	if p.Kind != f.Kind {
		return fmt.Errorf("fact %s: predicate %q is a %s, fact says %s", f.Doc, f.Predicate, p.Kind, f.Kind)
	}
	if f.Subject.ID == "" || f.Object.ID == "" {
		return fmt.Errorf("fact %s %s: subject and object need an id", f.Doc, f.Predicate)
	}
	if f.Kind == schema.Stance && f.Polarity != 1 && f.Polarity != -1 {
		return fmt.Errorf("fact %s %s: stance polarity must be +1 or -1, got %d", f.Doc, f.Predicate, f.Polarity)
	}
	return nil
}
