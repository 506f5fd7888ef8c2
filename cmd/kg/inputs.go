package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/loaders"
	"github.com/kg-project/kg/loaders/extract"
	"github.com/kg-project/kg/loaders/source"
)

// inputFlags are the flags of the commands that read articles.
type inputFlags struct {
	date, publisher string
	dicts, lexicons []string
	trace           bool // set by commands that show the extractor's reading
	maxBytes        int64
}

// DefaultMaxArticleBytes bounds one article's text. The pipeline holds a
// few hundred bytes per byte of an article (a 2 MiB article of the worst
// shapes peaked at 650 MB), and articles are extracted on every core at
// once; a news article is rarely over 100 KB.
const DefaultMaxArticleBytes = 1 << 20

func (f *inputFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.date, "date", "", "publication date (YYYY, YYYY-MM or YYYY-MM-DD) for articles whose record or manifest gives none")
	fl.StringVar(&f.publisher, "publisher", "", "publisher for articles whose record or manifest names none")
	fl.StringSliceVar(&f.dicts, "dict", nil, "extra actor dictionary file (repeatable; format in loaders/actors/README.md)")
	fl.Int64Var(&f.maxBytes, "max-article-bytes", DefaultMaxArticleBytes, "refuse an article whose text is longer than this many bytes (0: no limit; memory grows by a few hundred bytes per byte)")
	fl.StringSliceVar(&f.lexicons, "lexicon", nil, "extra extractor table: verb frames, event nouns, word lists, ... told by its header line (repeatable; see kg extract --help)")
}

func (f *inputFlags) sourceOptions(stdin io.Reader) (source.Options, error) {
	d := source.Meta{Date: f.date, Publisher: f.publisher}
	if err := d.Validate(); err != nil {
		return source.Options{}, fmt.Errorf("--date: %w", err)
	}
	if f.maxBytes < 0 {
		return source.Options{}, fmt.Errorf("--max-article-bytes %d: want 0 (no limit) or more", f.maxBytes)
	}
	return source.Options{Defaults: d, Stdin: stdin, MaxBytes: f.maxBytes}, nil
}

// lexiconHelp tells, for the Long help of the commands that take
// --lexicon, what a user table looks like.
func lexiconHelp() string {
	var b strings.Builder
	b.WriteString(`--lexicon FILE adds to the extractor's own tables (loaders/extract/data).
FILE is tab-separated, '#' starts a comment line, '-' is an empty field,
and its first line names the columns, which say what it holds:
`)
	tw := tabwriter.NewWriter(&b, 0, 0, 3, ' ', 0)
	for _, k := range extract.TableKinds() {
		fmt.Fprintf(tw, "  %s\t%s (like %s)\n", strings.Join(k.Columns, " "), k.What, k.File)
	}
	tw.Flush()
	b.WriteString(`Verb frames are added to the built-in ones; a noun, relation noun,
collective noun or intent prefix replaces the built-in one; words are added
to the named list of words.tsv. Errors name the file and line, and stop
the command before it reads any article. Actors go in --dict files.`)
	return b.String()
}

// extracted is one article through the extractor, or the reason it is not.
type extracted struct {
	src source.Source
	res loaders.Result
	err error // a *source.Error, or an extraction error
}

// extractAll runs the extractor over every article the paths name and calls
// fn with each outcome in input order. Extraction runs on all cores, a few
// articles ahead of fn, so memory stays bounded however large the corpus.
func extractAll(ctx context.Context, cmd *cobra.Command, f *inputFlags, paths []string, fn func(extracted) error) error {
	opts, err := f.sourceOptions(cmd.InOrStdin())
	if err != nil {
		return err
	}
	ex, err := loaders.New(loaders.Options{DictFiles: f.dicts, LexiconFiles: f.lexicons, Trace: f.trace})
	if err != nil {
		return fmt.Errorf("start extractor: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := runtime.GOMAXPROCS(0)
	order := make(chan chan extracted, 2*workers)
	sem := make(chan struct{}, workers)
	go func() {
		defer close(order)
		for src, err := range source.All(paths, opts) {
			ch := make(chan extracted, 1)
			select {
			case order <- ch:
			case <-ctx.Done():
				return
			}
			if err != nil {
				ch <- extracted{err: err}
				continue
			}
			sem <- struct{}{}
			go func() {
				defer func() { <-sem }()
				res, err := ex.Extract(src)
				if err != nil {
					err = fmt.Errorf("extract %s: %w", describe(src), err)
				}
				ch <- extracted{src: src, res: res, err: err}
			}()
		}
	}()
	// Waits watch ctx too: an input that blocks (a FIFO with no writer)
	// must not keep an interrupt from ending the command.
	for {
		var ch chan extracted
		select {
		case c, ok := <-order:
			if !ok {
				return nil
			}
			ch = c
		case <-ctx.Done():
			return ctx.Err()
		}
		var x extracted
		select {
		case x = <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := fn(x); err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
}

// describe names an article for messages: its file, and line for JSONL.
func describe(s source.Source) string {
	if s.Line > 0 {
		return fmt.Sprintf("%s:%d (%s)", s.Path, s.Line, s.ID)
	}
	return s.Path
}
