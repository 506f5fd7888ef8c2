package syntax

import (
	"fmt"
	"io"
	"math/rand"
	"strings"
	"sync"
	"time"
)

// TrainOptions control Train. Zero values take the defaults noted.
type TrainOptions struct {
	Seed        int64
	TagEpochs   int     // tagger passes (default 8)
	ParseEpochs int     // parser passes (default 15)
	ExploreFrom int     // first parser epoch (from 0) that follows its own mistakes (default 1)
	ExploreP    float64 // probability of following a mistake (default 0.9)
	Folds       int     // jackknife folds for the parser's training tags (default 5; 1 = tags from the final tagger)
	Workers     int     // goroutines for the jackknife (default 2)
	TagOnly     bool    // stop after the tagger (for tuning it); the model has no parser
	OnePass     bool    // a one-pass tagger (no second pass reading the first pass's tags to the right)
	// DictFreq and DictRatio choose the tag dictionary: the words seen at
	// least DictFreq times (default 50) with one tag at least DictRatio of
	// the time (default 0.995) take that tag without the tagger.
	DictFreq  int
	DictRatio float64
	// Lexicon adds tags a word can have beyond those the training data
	// shows (normalised word -> Penn tags) to the tagger's ambiguity
	// lexicon.
	Lexicon map[string][]string
	// WideTagger trains the tagger with its wider templates (see
	// tagger.wide), saved as a KGSYNTAX2 model.
	WideTagger bool
	// Beam is the width of the beam the parser is trained and saved with
	// (Reparse only; 0 or 1: greedy).
	Beam int
	Dev  []Sentence
	Log  io.Writer
}

func (o *TrainOptions) defaults() {
	if o.TagEpochs <= 0 {
		o.TagEpochs = 8
	}
	if o.ParseEpochs <= 0 {
		o.ParseEpochs = 15
	}
	if o.ExploreFrom < 0 {
		o.ExploreFrom = 1
	}
	if o.ExploreP == 0 {
		o.ExploreP = 0.9
	}
	if o.Folds <= 0 {
		o.Folds = 5
	}
	if o.Workers <= 0 {
		o.Workers = 2
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	if o.DictFreq <= 0 {
		o.DictFreq = 50
	}
	if o.DictRatio <= 0 {
		o.DictRatio = 0.995
	}
}

// Train trains a tagger and a parser on train. Non-projective gold trees are
// projectivised by lifting (each non-projective arc moves to its head's head,
// shortest first, until the tree is projective) for the parser's oracle; the
// labels are kept. The parser is trained on tags predicted by taggers trained
// on the other folds (jackknifing), so its features look as they will at run
// time. The parser of the epoch with the best dev LAS is kept.
func Train(train []Sentence, opt TrainOptions) (*Model, error) {
	opt.defaults()
	if len(train) == 0 {
		return nil, fmt.Errorf("train: no sentences")
	}
	tags := tagSet(train)
	labels := labelSet(train)
	if len(tags) > 255 || len(labels) > 255 {
		return nil, fmt.Errorf("train: too many tags (%d) or labels (%d)", len(tags), len(labels))
	}
	start := time.Now()
	fmt.Fprintf(opt.Log, "train: %d sentences, %d tags, %d labels\n", len(train), len(tags), len(labels))

	tg, ptags, err := trainTaggers(train, tags, opt, start)
	if err != nil {
		return nil, err
	}
	if opt.TagOnly {
		return &Model{tg: tg}, nil
	}

	ps, err := trainParser(train, ptags, tg, nil, opt, start)
	if err != nil {
		return nil, err
	}
	return &Model{tg: tg, ps: ps}, nil
}

// parseExample is a training sentence for the parser: words, the tags it
// trains on, the projectivised gold heads (1-based, index 0 unused) and
// gold label indexes.
type parseExample struct {
	words, tags []string
	gold, glab  []int
}

// trainParser trains a parser on train with the tags ptags and keeps the
// epoch with the best dev LAS (dev tagged by tg). With opt.Beam > 1 the
// transition classifier is trained globally with a beam (beamTrainer) and
// base's labeller labels the arcs; otherwise both are trained greedily with
// the dynamic oracle.
func trainParser(train []Sentence, ptags [][]string, tg *tagger, base *parser, opt TrainOptions, start time.Time) (*parser, error) {
	labels := labelSet(train)
	if base != nil && strings.Join(labels, " ") != strings.Join(base.labels, " ") {
		return nil, fmt.Errorf("parser: the training data's labels differ from the model's")
	}
	// Dev sentences with the final tagger's tags.
	devTags := make([][]string, len(opt.Dev))
	for i, s := range opt.Dev {
		devTags[i] = tagStrings(tg, s.Words())
	}
	pt := newParserTrainer(labels)
	pt.exploreP = opt.ExploreP
	var exs []parseExample
	lifted := 0
	for i, s := range train {
		n := len(s.Tokens)
		heads := make([]int, n+1)
		glab := make([]int, n+1)
		heads[0] = -1
		for j, t := range s.Tokens {
			heads[j+1] = t.Head
			glab[j+1] = pt.labIdx[t.Deprel]
		}
		proj, nl := projectivize(heads)
		proj[0] = -1
		if nl > 0 {
			lifted++
		}
		exs = append(exs, parseExample{s.Words(), ptags[i], proj, glab})
	}
	fmt.Fprintf(opt.Log, "parser: %d of %d training trees projectivised\n", lifted, len(train))
	var bt *beamTrainer
	var oracles [][]int
	if opt.Beam > 1 {
		if base == nil {
			return nil, fmt.Errorf("parser: a beam needs a trained labeller (train the parser with Reparse)")
		}
		bt = &beamTrainer{width: opt.Beam, trans: newPerceptron(nActs), labels: base}
		for _, e := range exs {
			o, err := oracleActs(e.gold)
			if err != nil {
				return nil, err
			}
			oracles = append(oracles, o)
		}
	}
	rng := rand.New(rand.NewSource(opt.Seed))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	var best *parser
	bestLAS := -1.0
	for ep := 0; ep < opt.ParseEpochs; ep++ {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		explore := ep >= opt.ExploreFrom
		for _, i := range order {
			e := exs[i]
			if bt != nil {
				bt.train(e.words, e.tags, oracles[i])
				continue
			}
			pt.train(e.words, e.tags, e.gold, e.glab, explore, rng)
		}
		var ps *parser
		if bt != nil {
			ps = &parser{labels: base.labels, root: base.root, trans: bt.trans.average(1), lab: base.lab, beam: bt.width}
		} else {
			ps = pt.average()
		}
		if len(opt.Dev) == 0 {
			best = ps
			fmt.Fprintf(opt.Log, "parser epoch %d (%s)\n", ep+1, time.Since(start).Round(time.Second))
			continue
		}
		m := &Model{tg: tg, ps: ps}
		sc := m.score(opt.Dev, devTags)
		fmt.Fprintf(opt.Log, "parser epoch %d: dev %s; features %d+%d (%s)\n", ep+1, sc, ps.trans.features(), ps.lab.features(), time.Since(start).Round(time.Second))
		if las := sc.Pct(sc.LAS); las > bestLAS {
			bestLAS, best = las, ps
		}
	}
	return best, nil
}

// Reparse trains a new parser for m's tagger and returns m with it: the
// parser trains on ptags, the jackknifed tags of train (JackknifeTags with
// the options m was trained with). With opt.Beam > 1 only the transition
// classifier is new, trained with a beam; m's labeller stays.
func Reparse(m *Model, train []Sentence, ptags [][]string, opt TrainOptions) (*Model, error) {
	opt.defaults()
	if m.ps == nil {
		return nil, fmt.Errorf("reparse: the model has no parser")
	}
	if len(ptags) != len(train) {
		return nil, fmt.Errorf("reparse: tags for %d sentences, %d sentences", len(ptags), len(train))
	}
	for i, s := range train {
		if len(ptags[i]) != len(s.Tokens) {
			return nil, fmt.Errorf("reparse: sentence %d: %d tags for %d words", i+1, len(ptags[i]), len(s.Tokens))
		}
	}
	ps, err := trainParser(train, ptags, m.tg, m.ps, opt, time.Now())
	if err != nil {
		return nil, err
	}
	return &Model{tg: m.tg, ps: ps}, nil
}

// trainTaggers trains the tagger on train (both passes unless opt.OnePass)
// and returns it with the jackknifed first-pass tags of every training
// sentence, the tags the parser learns from.
func trainTaggers(train []Sentence, tags []string, opt TrainOptions, start time.Time) (*tagger, [][]string, error) {
	// Final tagger.
	devAcc := func(pass string) func(int, *tagger) {
		return func(ep int, tg *tagger) {
			if len(opt.Dev) == 0 {
				return
			}
			ok, n := 0, 0
			for _, s := range opt.Dev {
				for i, c := range tg.tag(s.Words()) {
					if tg.tags[c] == s.Tokens[i].XPOS {
						ok++
					}
					n++
				}
			}
			fmt.Fprintf(opt.Log, "tagger %s epoch %d: dev tag accuracy %.2f (%s)\n", pass, ep+1, 100*float64(ok)/float64(n), time.Since(start).Round(time.Second))
		}
	}
	tg := trainTagger(train, tags, opt.Lexicon, opt.dict(), opt.WideTagger, opt.TagEpochs, rand.New(rand.NewSource(opt.Seed)), devAcc("first pass"), nil, nil)

	if opt.Folds == 1 && !opt.OnePass {
		return nil, nil, fmt.Errorf("train: the two-pass tagger needs Folds > 1 (or OnePass)")
	}
	ptags := jackknife(train, tags, opt, tg, start)
	if !opt.OnePass {
		// The second pass learns from the jackknifed first-pass tags; the
		// parser still trains on those first-pass tags.
		tg = trainTagger(train, tags, opt.Lexicon, opt.dict(), opt.WideTagger, opt.TagEpochs, rand.New(rand.NewSource(opt.Seed+100)), devAcc("second pass"), tg, ptags)
	}
	return tg, ptags, nil
}

// JackknifeTags returns the tags the parser trains on for train: each
// fold's first-pass tags from a tagger trained on the other folds, the
// taggers Train trains with the same options. With the options a model was
// trained with, they are the tags its parser learnt from, so Reparse can
// train a new parser for that model's tagger.
func JackknifeTags(train []Sentence, opt TrainOptions) ([][]string, error) {
	opt.defaults()
	if opt.Folds < 2 {
		return nil, fmt.Errorf("jackknife: need at least 2 folds, not %d", opt.Folds)
	}
	return jackknife(train, tagSet(train), opt, nil, time.Now()), nil
}

// jackknife tags train fold by fold (with tg, the final tagger, when
// opt.Folds is 1).
func jackknife(train []Sentence, tags []string, opt TrainOptions, tg *tagger, start time.Time) [][]string {
	ptags := make([][]string, len(train))
	if opt.Folds == 1 {
		for i, s := range train {
			ptags[i] = tagStrings(tg, s.Words())
		}
	} else {
		var wg sync.WaitGroup
		sem := make(chan struct{}, opt.Workers)
		for k := 0; k < opt.Folds; k++ {
			wg.Add(1)
			sem <- struct{}{}
			go func(k int) {
				defer wg.Done()
				defer func() { <-sem }()
				var rest []Sentence
				for i, s := range train {
					if i%opt.Folds != k {
						rest = append(rest, s)
					}
				}
				ft := trainTagger(rest, tags, opt.Lexicon, opt.dict(), opt.WideTagger, opt.TagEpochs, rand.New(rand.NewSource(opt.Seed+int64(k)+1)), nil, nil, nil)
				for i, s := range train {
					if i%opt.Folds == k {
						ptags[i] = tagStrings(ft, s.Words())
					}
				}
			}(k)
		}
		wg.Wait()
		ok, n := 0, 0
		for i, s := range train {
			for j, t := range s.Tokens {
				if ptags[i][j] == t.XPOS {
					ok++
				}
				n++
			}
		}
		fmt.Fprintf(opt.Log, "jackknife (%d folds): training tag accuracy %.2f (%s)\n", opt.Folds, 100*float64(ok)/float64(n), time.Since(start).Round(time.Second))
	}
	return ptags
}

// Retag trains a new tagger on train and returns m with it in place of m's
// own; m's parser is kept. It is for improving the tagger without the
// parser's hours of training: the parser keeps reading tags of the same
// tag set, from a tagger that errs a little differently.
func (o *TrainOptions) dict() dictRule { return dictRule{o.DictFreq, o.DictRatio} }

// WithTagDict returns m with its tag dictionary rebuilt from train by the
// rule of opt.DictFreq and opt.DictRatio, the tagger's weights and the
// parser kept: a bigger dictionary skips the tagger for more words (the
// tagger scores about half of news words, and each takes a few hundred
// table lookups), which agrees with the tagger on all but a few of them.
func WithTagDict(m *Model, train []Sentence, opt TrainOptions) (*Model, error) {
	opt.defaults()
	tags := tagSet(train)
	if strings.Join(tags, " ") != strings.Join(m.tg.tags, " ") {
		return nil, fmt.Errorf("tag dictionary: the training data's tag set differs from the model's")
	}
	idx := map[string]int{}
	for i, t := range tags {
		idx[t] = i
	}
	tg := *m.tg
	tg.dict = tagDict(train, idx, opt.DictFreq, opt.DictRatio)
	return &Model{tg: &tg, ps: m.ps}, nil
}

func Retag(m *Model, train []Sentence, opt TrainOptions) (*Model, error) {
	opt.defaults()
	if m.ps == nil {
		return nil, fmt.Errorf("retag: the model has no parser")
	}
	tags := tagSet(train)
	if strings.Join(tags, " ") != strings.Join(m.tg.tags, " ") {
		return nil, fmt.Errorf("retag: the training data's tag set differs from the model's")
	}
	tg, _, err := trainTaggers(train, tags, opt, time.Now())
	if err != nil {
		return nil, err
	}
	return &Model{tg: tg, ps: m.ps}, nil
}
func tagStrings(tg *tagger, words []string) []string {
	idx := tg.tag(words)
	out := make([]string, len(idx))
	for i, c := range idx {
		out[i] = tg.tags[c]
	}
	return out
}

// score parses gold's words with the given tags (or, if tags is nil, with
// the model's own) and compares.
func (m *Model) score(gold []Sentence, tags [][]string) Scores {
	var sc Scores
	for i, g := range gold {
		words := g.Words()
		var t []string
		if tags != nil {
			t = tags[i]
		} else {
			t = m.Tag(words)
		}
		heads, labels := m.Parse(words, t)
		p := Sentence{Tokens: make([]Token, len(words))}
		for j := range words {
			p.Tokens[j] = Token{ID: j + 1, Form: words[j], XPOS: t[j], Head: heads[j], Deprel: labels[j]}
		}
		sc.Add(g, p)
	}
	return sc
}

// Evaluate tags and parses the words of gold with m and scores the result.
func (m *Model) Evaluate(gold []Sentence) Scores { return m.score(gold, nil) }

// TagAccuracy is the percentage of gold's tokens m tags as gold does.
func (m *Model) TagAccuracy(gold []Sentence) float64 {
	ok, n := 0, 0
	for _, s := range gold {
		for i, c := range m.tg.tag(s.Words()) {
			if m.tg.tags[c] == s.Tokens[i].XPOS {
				ok++
			}
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return 100 * float64(ok) / float64(n)
}
