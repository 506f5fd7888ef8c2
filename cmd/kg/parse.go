package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/loaders"
	"github.com/kg-project/kg/loaders/document"
	"github.com/kg-project/kg/loaders/nlp"
	"github.com/kg-project/kg/loaders/source"
	"github.com/kg-project/kg/loaders/syntax"
)

func newParseCmd() *cobra.Command {
	var in inputFlags
	var input string
	cmd := &cobra.Command{
		Use:   "parse PATH...",
		Short: "Print kg's dependency parse of articles or pre-tokenised sentences, as CoNLL-U",
		Long: `Parse tags and parses sentences with kg's own part-of-speech tagger and
dependency parser (Universal Dependencies v2 relations, trained on the English
Web Treebank and GUM, embedded in kg) and writes CoNLL-U to standard output,
one block per sentence, so the parses can be read or checked with standard UD
tools.

--input text (the default) reads articles as kg extract does (files,
directories, JSONL collections, - for standard input): the same document
cleaning, sentence splitting and tokenisation. Each sentence gets "# sent_id"
(article id and sentence number) and "# text" comments.

--input conllu reads pre-tokenised CoNLL-U (a file or -): only the FORM column
is read; gold tags and trees are ignored and replaced. Comment lines are kept.

Columns written: ID, FORM, LEMMA (kg's lemma), UPOS (_), XPOS (Penn tag, as
kg extract uses it), HEAD and DEPREL; FEATS, DEPS and MISC are _.`,
		Example: `  kg parse seeds/000_c3a10e7d3e14a95b.txt
  echo "Iran's drone was downed by the United States." | kg parse -
  kg parse --input conllu ../shared/treebank/ewt-test.conllu > ewt-test.kg.conllu`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, paths []string) error {
			switch input {
			case "text":
				return parseText(cmd, &in, paths)
			case "conllu":
				return parseCoNLLU(cmd, in.lexicons, paths)
			}
			return fmt.Errorf("--input %q: want text or conllu", input)
		},
	}
	cmd.Flags().StringVar(&input, "input", "text", "input format: text (articles) or conllu (pre-tokenised; only FORM is read)")
	cmd.Flags().StringVar(&in.date, "date", "", "publication date for articles whose record or manifest gives none (text input)")
	cmd.Flags().StringSliceVar(&in.lexicons, "lexicon", nil, "extra extractor table, as kg extract takes it: its verbs are known to the tag fixes here too (repeatable)")
	cmd.RegisterFlagCompletionFunc("input", cobra.FixedCompletions([]string{"text", "conllu"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// parsedSentence converts kg tokens to a CoNLL-U sentence.
func parsedSentence(comments []string, toks []nlp.Token) syntax.Sentence {
	s := syntax.Sentence{Comments: comments, Tokens: make([]syntax.Token, len(toks))}
	for i, t := range toks {
		s.Tokens[i] = syntax.Token{ID: i + 1, Form: t.Text, Lemma: t.Lemma, XPOS: t.Tag, Head: t.Head + 1, Deprel: t.Dep}
	}
	return s
}

func parseText(cmd *cobra.Command, in *inputFlags, paths []string) error {
	out, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
	opts, err := in.sourceOptions(cmd.InOrStdin())
	if err != nil {
		return err
	}
	an, err := loaders.NewAnalyzer(in.lexicons)
	if err != nil {
		return err
	}
	failed := 0
	for src, err := range source.All(paths, opts) {
		if err != nil {
			failed++
			fmt.Fprintf(stderr, "kg parse: %v\n", err)
			continue
		}
		for _, w := range src.Warnings {
			fmt.Fprintf(stderr, "kg parse: %s: warning: %s\n", describe(src), w)
		}
		doc, err := document.Parse(src)
		if err != nil {
			failed++
			fmt.Fprintf(stderr, "kg parse: %s: %v\n", describe(src), err)
			continue
		}
		body, spans := loaders.TextSpans(doc)
		sents := an.Sentences(body, spans)
		block := make([]syntax.Sentence, 0, len(sents))
		for i, s := range sents {
			var c []string
			if i == 0 {
				c = append(c, "# newdoc id = "+src.ID)
			}
			c = append(c, fmt.Sprintf("# sent_id = %s-%d", src.ID, s.Index+1), "# text = "+collapseSpace(s.Text))
			block = append(block, parsedSentence(c, s.Tokens))
		}
		if err := syntax.WriteCoNLLU(out, block); err != nil {
			return fmt.Errorf("parse: %w", err)
		}
	}
	if failed > 0 {
		return fmt.Errorf("parse: %d input(s) failed (see above)", failed)
	}
	return nil
}

// collapseSpace puts a sentence on one line for a CoNLL-U "# text" comment.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func parseCoNLLU(cmd *cobra.Command, lexicons, paths []string) error {
	out := cmd.OutOrStdout()
	an, err := loaders.NewAnalyzer(lexicons)
	if err != nil {
		return err
	}
	for _, p := range paths {
		var r io.Reader
		name := p
		if p == source.Stdin {
			r, name = cmd.InOrStdin(), "standard input"
		} else {
			f, err := os.Open(p)
			if err != nil {
				return fmt.Errorf("parse: %w", err)
			}
			defer f.Close()
			r = f
		}
		sents, err := syntax.ReadCoNLLU(r, name)
		if err != nil {
			return fmt.Errorf("parse: %w", err)
		}
		block := make([]syntax.Sentence, len(sents))
		for i, s := range sents {
			block[i] = parsedSentence(s.Comments, an.Words(s.Words()))
		}
		if err := syntax.WriteCoNLLU(out, block); err != nil {
			return fmt.Errorf("parse: %w", err)
		}
	}
	return nil
}
