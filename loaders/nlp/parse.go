package nlp

import (
	"strings"

	"github.com/jdkato/prose/v3/tag"

	"github.com/kg-project/kg/loaders/syntax"
)

// ownTagger chooses kg's own tagger (loaders/syntax, trained on EWT and GUM)
// over prose's for Token.Tag; fixTags corrects either. It is false, by
// measurement (README, "Syntax"): kg's tagger is far more accurate on the
// treebanks (EWT test 94.9% against prose's 85.8%, GUM test 95.7% against
// 91.7%), but the extractor's rules were written against prose's tags: with
// kg's tags a rule check fails (TestRulesOnUnseenActors: "cancelled a
// planned/VBN visit" is no longer negated) while the seeds score the same
// (P 0.992, R 0.952) and the dev set gains one fact (P 0.753, R 0.243
// against 0.750, 0.239). The parser reads
// kg's own tags either way (see parse), so trees do not depend on this.
const ownTagger = false

// tagTokens sets the Penn tag of each prose token.
func (a *Analyzer) tagTokens(raw []tag.Token) {
	if !ownTagger || a.syn == nil {
		a.tag.TagTokens(raw)
		return
	}
	words := make([]string, len(raw))
	for i, r := range raw {
		words[i] = r.Text
	}
	for i, t := range a.syn.Tag(words) {
		raw[i].Tag = t
	}
}

// parse fills Head (index in toks, -1 for the root) and Dep (UD relation) of
// every token of one sentence from the dependency parser. The parser reads
// the tags of kg's own tagger, the tags it was trained on (the tokens' Tag,
// prose's corrected by fixTags, parse EWT test 7 LAS points worse:
// TestParserTags), so Token.Tag and the tree may disagree on a word.
func (a *Analyzer) parse(toks []Token) {
	if len(toks) == 0 {
		return
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	heads, deps := a.syn.Parse(words, a.syn.Tag(words))
	for i := range toks {
		toks[i].Head = heads[i] - 1
		toks[i].Dep = deps[i]
	}
}

// parserTag maps kg's tags back to the treebank conventions the parser was
// trained on where fixTags departs from them.
func parserTag(t Token) string {
	switch t.Tag {
	case "(":
		return "-LRB-"
	case ")":
		return "-RRB-"
	}
	return t.Tag
}

// loadSyntax loads the embedded parser (once per process).
func loadSyntax() (*syntax.Model, error) { return syntax.Default() }

// Words tags, lemmatises and parses one pre-tokenised sentence the way
// Sentences does a sentence of text (same tagger, tag fixes and parser). The
// tokens have no offsets.
func (a *Analyzer) Words(words []string) []Token {
	raw := make([]tag.Token, len(words))
	for i, w := range words {
		raw[i] = tag.Token{Text: w}
	}
	a.tagTokens(raw)
	toks := make([]Token, len(words))
	for i, r := range raw {
		toks[i] = Token{Text: r.Text, Lower: strings.ToLower(r.Text), Tag: r.Tag}
	}
	fixTags(toks)
	for i := range toks {
		toks[i].Lemma = a.lemmaOf(toks[i])
	}
	a.parse(toks)
	return toks
}
