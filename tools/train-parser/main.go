// Command train-parser trains kg's POS tagger and dependency parser from the
// treebanks in -treebank (EWT and GUM, CoNLL-U) and writes the model that
// loaders/syntax embeds, plus a test report.
//
//	go run ./tools/train-parser -treebank ../shared/treebank -out loaders/syntax/model/model.bin.gz -seed 1
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/kg-project/kg/loaders/syntax"
)

func main() {
	treebank := flag.String("treebank", "../shared/treebank", "folder with ewt-{train,dev,test}.conllu and gum-{train,dev,test}.conllu")
	out := flag.String("out", "loaders/syntax/model/model.bin.gz", "model file to write")
	report := flag.String("report", "", "Markdown test report to write (default REPORT.md beside -out)")
	seed := flag.Int64("seed", 1, "random seed (training is deterministic for a seed)")
	tagEpochs := flag.Int("tag-epochs", 8, "tagger training passes")
	epochs := flag.Int("epochs", 15, "parser training passes")
	explore := flag.Int("explore-from", 1, "first parser epoch (0-based) that explores its own mistakes (dynamic oracle)")
	exploreP := flag.Float64("explore-p", 0.9, "probability of following a wrong transition while exploring")
	folds := flag.Int("folds", 5, "jackknife folds for the parser's training tags (1 = final tagger's tags)")
	workers := flag.Int("workers", 2, "goroutines for the jackknife")
	onePass := flag.Bool("one-pass", false, "one-pass tagger (no second pass over the first pass's tags)")
	tagOnly := flag.Bool("tag-only", false, "train and score only the tagger (for tuning); writes nothing")
	prune := flag.String("prune", "0", "drop weights whose quantised magnitude (of 32767) is below this, for a smaller model: N, or T/P/L for the tagger, parser and labeller")
	gumWeight := flag.Int("gum-weight", 1, "copies of gum-train in the training data (GUM is closer to news)")
	from := flag.String("from", "", "skip training: load this model (made by the same command), apply -prune, write -out and the report")
	tryPrune := flag.String("try-prune", "", "instead of training: load -out and report size and dev scores for these comma-separated -prune levels")
	retag := flag.Bool("retag", false, "with -from: train only a new tagger and keep the loaded model's parser")
	reparse := flag.Bool("reparse", false, "with -from: train only a new parser for the loaded model's tagger, on the jackknifed tags of its training (see -parser-tags); with -beam, only the transition classifier (the labeller stays)")
	beam := flag.Int("beam", 0, "with -reparse: train the transition classifier globally with a beam of this width (max-violation updates) and save the model with it")
	decodeBeam := flag.Int("decode-beam", 0, "save the model to parse with a beam of this width instead of the one it was trained with (1: greedy)")
	parserTags := flag.String("parser-tags", "", "with -reparse: file of the jackknifed training tags (one sentence a line), read if it exists, else computed with the tagger's flags and written")
	noLexicon := flag.Bool("no-lexicon", false, "train the tagger without the -irregular and -verbs tables")
	verbs := flag.String("verbs", "loaders/extract/data/verbs.tsv", "kg's verb-frame table, whose lemmas and their regular forms the tagger learns as verbs")
	dict := flag.String("dict", defaultDict, "tag dictionary: F/R takes the words seen at least F times with one tag at least R of the time; with -from, rebuilds the model's dictionary by this rule")
	irregular := flag.String("irregular", "loaders/nlp/data/irregular.tsv", "table of irregular verbs (base, past, participle) whose forms the tagger learns as verbs")
	wide := flag.Bool("wide-tagger", false, "train the tagger with its wider templates (neighbours' ambiguity classes, tag history with the word, more right context); the model is saved as KGSYNTAX2")
	wordnet := flag.String("wordnet", "", "WordNet database folder (/usr/share/wordnet) whose words the tagger learns the parts of speech of")
	flag.Parse()
	var lex map[string][]string
	if !*noLexicon {
		var err error
		if lex, err = lexicon(*irregular, *verbs); err != nil {
			fmt.Fprintln(os.Stderr, "train-parser:", err)
			os.Exit(1)
		}
	}
	if *wordnet != "" {
		wn, err := wordNetLexicon(*wordnet)
		if err != nil {
			fmt.Fprintln(os.Stderr, "train-parser:", err)
			os.Exit(1)
		}
		fmt.Fprintf(os.Stderr, "wordnet: %d forms\n", len(wn))
		if lex == nil {
			lex = map[string][]string{}
		}
		for w, ts := range wn {
			for _, t := range ts {
				addTag(lex, w, t)
			}
		}
	}
	if *tryPrune != "" {
		if err := tryPruning(*treebank, *out, *tryPrune); err != nil {
			fmt.Fprintln(os.Stderr, "train-parser:", err)
			os.Exit(1)
		}
		return
	}
	if (*retag || *reparse) && *from == "" || *retag && *reparse {
		fmt.Fprintln(os.Stderr, "train-parser: -retag or -reparse (one of them) needs -from MODEL")
		os.Exit(2)
	}
	if *beam > 1 && !*reparse {
		fmt.Fprintln(os.Stderr, "train-parser: -beam needs -reparse (the beam's parser keeps the model's labeller)")
		os.Exit(2)
	}
	var dictFreq int
	var dictRatio float64
	if n, _ := fmt.Sscanf(*dict, "%d/%g", &dictFreq, &dictRatio); n != 2 || dictFreq < 1 || dictRatio <= 0 || dictRatio > 1 {
		fmt.Fprintf(os.Stderr, "train-parser: -dict %q: want F/R, F >= 1, 0 < R <= 1\n", *dict)
		os.Exit(2)
	}
	if err := run(*treebank, *out, *report, *from, mode{*retag, *reparse, *parserTags, *decodeBeam}, *prune, *dict, *wordnet, *gumWeight, syntax.TrainOptions{
		Seed: *seed, TagEpochs: *tagEpochs, ParseEpochs: *epochs, ExploreFrom: *explore,
		ExploreP: *exploreP, Folds: *folds, Workers: *workers, TagOnly: *tagOnly, OnePass: *onePass, Log: os.Stderr,
		Lexicon: lex, DictFreq: dictFreq, DictRatio: dictRatio, WideTagger: *wide, Beam: *beam,
	}); err != nil {
		fmt.Fprintln(os.Stderr, "train-parser:", err)
		os.Exit(1)
	}
}

// defaultDict is -dict's default, the tag dictionary's rule in TrainOptions.
const defaultDict = "50/0.995"

func read(dir, name string) ([]syntax.Sentence, error) {
	path := filepath.Join(dir, name)
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return syntax.ReadCoNLLU(f, path)
}

func tryPruning(dir, path, levels string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	m, err := syntax.Load(bytes.NewReader(raw))
	if err != nil {
		return err
	}
	var dev []syntax.Sentence
	for _, n := range []string{"ewt-dev", "gum-dev"} {
		s, err := read(dir, n+".conllu")
		if err != nil {
			return err
		}
		dev = append(dev, s...)
	}
	for _, l := range strings.Split(levels, ",") {
		// a level is N (all parts) or T/P/L (tagger, parser, labeller)
		var qt, qp, ql int
		if n, _ := fmt.Sscanf(l, "%d/%d/%d", &qt, &qp, &ql); n != 3 {
			fmt.Sscan(l, &qt)
			qp, ql = qt, qt
		}
		pm := m.PrunedParts(qt, qp, ql)
		q := l
		var buf bytes.Buffer
		pm.Save(&buf)
		fmt.Fprintf(os.Stderr, "prune %s: %d bytes; %s; dev %s\n", q, buf.Len(), pm.Size(), pm.Evaluate(dev))
	}
	return nil
}

// mode is what run does with -from's model besides pruning it.
type mode struct {
	retag, reparse bool
	parserTags     string // cache of the jackknifed tags for reparse
	decodeBeam     int    // beam width to save the model with (0: as trained)
}

// jackknifeTags reads the parser's training tags from path if it exists;
// otherwise it computes them and, if path is set, writes them there.
func jackknifeTags(path string, train []syntax.Sentence, opt syntax.TrainOptions) ([][]string, error) {
	if path != "" {
		if raw, err := os.ReadFile(path); err == nil {
			lines := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
			if len(lines) != len(train) {
				return nil, fmt.Errorf("%s: %d sentences, the training data has %d", path, len(lines), len(train))
			}
			tags := make([][]string, len(lines))
			for i, l := range lines {
				tags[i] = strings.Fields(l)
			}
			fmt.Fprintf(os.Stderr, "parser tags from %s\n", path)
			return tags, nil
		} else if !os.IsNotExist(err) {
			return nil, err
		}
	}
	tags, err := syntax.JackknifeTags(train, opt)
	if err != nil || path == "" {
		return tags, err
	}
	var b strings.Builder
	for _, t := range tags {
		b.WriteString(strings.Join(t, " "))
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return nil, err
	}
	return tags, nil
}

func run(dir, out, report, from string, md mode, prune, dict, wordnet string, gumWeight int, opt syntax.TrainOptions) error {
	retag := md.retag
	var qt, qp, ql int
	if n, _ := fmt.Sscanf(prune, "%d/%d/%d", &qt, &qp, &ql); n != 3 {
		if _, err := fmt.Sscan(prune, &qt); err != nil {
			return fmt.Errorf("-prune %q: want N or T/P/L", prune)
		}
		qp, ql = qt, qt
	}
	sets := map[string][]syntax.Sentence{}
	for _, n := range []string{"ewt-train", "gum-train", "ewt-dev", "gum-dev", "ewt-test", "gum-test"} {
		s, err := read(dir, n+".conllu")
		if err != nil {
			return err
		}
		sets[n] = s
	}
	train := append([]syntax.Sentence(nil), sets["ewt-train"]...)
	for i := 0; i < max(gumWeight, 1); i++ {
		train = append(train, sets["gum-train"]...)
	}
	opt.Dev = append(append([]syntax.Sentence(nil), sets["ewt-dev"]...), sets["gum-dev"]...)
	start := time.Now()
	var m *syntax.Model
	var err error
	if from != "" {
		raw, err := os.ReadFile(from)
		if err != nil {
			return err
		}
		if m, err = syntax.Load(bytes.NewReader(raw)); err != nil {
			return fmt.Errorf("%s: %w", from, err)
		}
		if retag {
			if m, err = syntax.Retag(m, train, opt); err != nil {
				return err
			}
		} else if md.reparse {
			ptags, err := jackknifeTags(md.parserTags, train, opt)
			if err != nil {
				return err
			}
			if m, err = syntax.Reparse(m, train, ptags, opt); err != nil {
				return err
			}
		} else if dict != defaultDict {
			if m, err = syntax.WithTagDict(m, train, opt); err != nil {
				return err
			}
		}
	} else if m, err = syntax.Train(train, opt); err != nil {
		return err
	}
	took := time.Since(start)
	if qt > 0 || qp > 0 || ql > 0 {
		m = m.PrunedParts(qt, qp, ql)
	}
	if md.decodeBeam > 0 {
		m = m.WithBeam(md.decodeBeam)
	}
	fmt.Fprintf(os.Stderr, "model: %s\n", m.Size())
	if opt.TagOnly {
		// Tuning reads the dev sets only; the test sets are for the report.
		for _, n := range []string{"ewt-dev", "gum-dev"} {
			fmt.Fprintf(os.Stderr, "%s tag accuracy %.2f\n", n, m.TagAccuracy(sets[n]))
		}
		return nil
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s (%d bytes) after %s\n", out, buf.Len(), took.Round(time.Second))
	t0 := time.Now()
	m, err = syntax.Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		return fmt.Errorf("reload: %w", err)
	}
	loadTime := time.Since(t0)

	var news []syntax.Sentence
	for _, s := range sets["gum-test"] {
		if strings.HasPrefix(s.Doc, "GUM_news_") {
			news = append(news, s)
		}
	}
	type row struct {
		name string
		sc   syntax.Scores
	}
	var rows []row
	for _, r := range []struct {
		name  string
		sents []syntax.Sentence
	}{{"ewt-dev", sets["ewt-dev"]}, {"gum-dev", sets["gum-dev"]}, {"ewt-test", sets["ewt-test"]}, {"gum-test", sets["gum-test"]}, {"gum-test news docs", news}} {
		sc := m.Evaluate(r.sents)
		rows = append(rows, row{r.name, sc})
		fmt.Fprintf(os.Stderr, "%-18s %s\n", r.name, sc)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# kg syntax model: test report\n\n")
	fmt.Fprintf(&b, "Produced by `go run ./tools/train-parser -treebank ../shared/treebank -out %s -seed %d -tag-epochs %d -epochs %d -explore-from %d -explore-p %g -folds %d -prune %s%s%s%s%s%s`.\n\n",
		out, opt.Seed, opt.TagEpochs, opt.ParseEpochs, opt.ExploreFrom, opt.ExploreP, opt.Folds, prune, map[bool]string{true: " -one-pass"}[opt.OnePass],
		map[bool]string{true: fmt.Sprintf(" -gum-weight %d", gumWeight)}[gumWeight > 1],
		map[bool]string{true: " -dict " + dict}[dict != defaultDict],
		map[bool]string{true: " -wordnet " + wordnet}[wordnet != ""],
		map[bool]string{true: " -wide-tagger"}[opt.WideTagger]+
			map[bool]string{true: fmt.Sprintf(" -beam %d", opt.Beam)}[opt.Beam > 1]+
			map[bool]string{true: fmt.Sprintf(" -decode-beam %d", md.decodeBeam)}[md.decodeBeam > 0])
	trained := "in " + took.Round(time.Second).String()
	switch {
	case from != "" && md.reparse:
		trained = fmt.Sprintf("(tagger%s from an earlier run of the same command without -beam, parser retrained in %s with `-from MODEL -reparse` on the jackknifed tags of that tagger's training)", map[bool]string{true: " and labeller"}[opt.Beam > 1], took.Round(time.Second))
	case from != "" && retag:
		trained = fmt.Sprintf("(parser from an earlier run of the same command, tagger retrained in %s with `-from MODEL -retag`)", took.Round(time.Second))
	case from != "" && dict != defaultDict:
		trained = fmt.Sprintf("(weights pruned from an earlier run of the same command without -dict, whose tag dictionary `-from MODEL -dict %s` rebuilt)", dict)
	case from != "":
		trained = "(weights pruned from an earlier run of the same command)"
	}
	fmt.Fprintf(&b, "Trained on ewt-train + gum-train (%d sentences) %s; model %d bytes (gzip): %s; loads in %s.\n", len(train), trained, buf.Len(), m.Size(), loadTime.Round(time.Millisecond))
	fmt.Fprintf(&b, "Scores use kg's predicted tags and gold tokenisation, punctuation included. LAS compares the universal relation (before ':'), as in CoNLL 2018; LAS full compares the whole label.\n\n")
	fmt.Fprintf(&b, "| set | tokens | tag acc | UAS | LAS | LAS full |\n|---|---:|---:|---:|---:|---:|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s | %d | %.2f | %.2f | %.2f | %.2f |\n", r.name, r.sc.Tokens, r.sc.Pct(r.sc.Tag), r.sc.Pct(r.sc.UAS), r.sc.Pct(r.sc.LAS), r.sc.Pct(r.sc.LASFull))
	}
	for _, r := range rows[2:] {
		fmt.Fprintf(&b, "\n## Per relation, %s (full labels)\n\n", r.name)
		r.sc.WriteRelTable(&b)
	}
	if report == "" {
		report = filepath.Join(filepath.Dir(out), "REPORT.md")
	}
	return os.WriteFile(report, []byte(b.String()), 0o644)
}
