package syntax

import (
	"math/rand"
	"sort"
	"strings"
)

// tagger is a greedy left-to-right averaged-perceptron POS tagger with a tag
// dictionary for frequent unambiguous words.
type tagger struct {
	tags []string
	dict map[string]uint8 // exact form -> tag index
	lin  *linear
	// second, if set, re-tags with the first pass's tags of the words to
	// the right as extra features (a two-pass tagger).
	second *linear
	th     []uint64 // hashes of tags, for the history features
	amb    ambLex
	// allowed holds, per ambiguity class, the tag indexes in it; a word
	// with a class takes one of its tags (see pass).
	allowed [][]int
	// Constrain limits known words to their ambiguity class.
	Constrain bool
	// wide turns on the wider templates (73-85: neighbours' classes, the
	// tag history with the word, more right context in the second pass).
	// Models saved without them (KGSYNTAX1) keep the narrow set, which
	// their weights were trained on.
	wide bool
}

// ambLex maps a normalised word to its ambiguity class: the tags it had in
// training (each at least 5% of the time), as an index into classes.
type ambLex struct {
	classes []string
	words   map[string]uint16
	hash    []uint64
	// tags holds, per class, a hash for each tag in it: a word's
	// possible tags one by one generalise over classes too rare to learn
	// as a whole (a news verb whose past form the treebanks lack).
	tags [][]uint64
}

func (a *ambLex) of(w string) (uint64, int) {
	if c, ok := a.words[w]; ok {
		return a.hash[c], int(c)
	}
	return hUnkAmb, -1
}

var hUnkAmb = hstr("<UNKAMB>")

// coarseOK are the tags the class constraint checks by their first two
// letters: a word the treebanks never show as a noun (adverb, adjective) is
// not tagged as one ("ally/RB").
var coarseOK = map[string]bool{"NN": true, "NNS": true}

// ambTagFeatures turns on one feature per possible tag of a word.
const ambTagFeatures = false

func newAmbLex(classes []string, words map[string]uint16) ambLex {
	h := make([]uint64, len(classes))
	tags := make([][]uint64, len(classes))
	for i, c := range classes {
		h[i] = hstr("amb:" + c)
		for _, t := range strings.Split(c, "|") {
			tags[i] = append(tags[i], hstr("has:"+t))
		}
	}
	return ambLex{classes: classes, words: words, hash: h, tags: tags}
}

// buildAmbLex collects the ambiguity classes of words seen at least twice,
// with the tags extra gives a (normalised) word added to them.
func buildAmbLex(sents []Sentence, extra map[string][]string) ambLex {
	counts := map[string]map[string]int{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			w := norm(t.Form)
			m := counts[w]
			if m == nil {
				m = map[string]int{}
				counts[w] = m
			}
			m[t.XPOS]++
		}
	}
	// An extra tag counts as often as the word's most frequent one, so it
	// passes the 5% cut, and twice for a word the treebanks lack. Words the
	// treebanks have more than twice keep the tags they show there: the
	// extra tags are for words training cannot tell about.
	for w, ts := range extra {
		m := counts[w]
		if m == nil {
			m = map[string]int{}
			counts[w] = m
		}
		seen := 0
		for _, c := range m {
			seen += c
		}
		if seen > 2 {
			continue
		}
		top := 2
		for _, c := range m {
			top = max(top, c)
		}
		for _, t := range ts {
			m[t] = max(m[t], top)
		}
	}
	classIdx := map[string]uint16{}
	var classes []string
	words := map[string]uint16{}
	keys := make([]string, 0, len(counts))
	for w := range counts {
		keys = append(keys, w)
	}
	sort.Strings(keys)
	for _, w := range keys {
		m := counts[w]
		n := 0
		for _, c := range m {
			n += c
		}
		if n < 2 {
			continue
		}
		var ts []string
		for t, c := range m {
			if float64(c) >= 0.05*float64(n) {
				ts = append(ts, t)
			}
		}
		sort.Strings(ts)
		cl := strings.Join(ts, "|")
		ci, ok := classIdx[cl]
		if !ok {
			if len(classes) >= 1<<16-1 {
				continue
			}
			ci = uint16(len(classes))
			classIdx[cl] = ci
			classes = append(classes, cl)
		}
		words[w] = ci
	}
	return newAmbLex(classes, words)
}

func newTagger(tags []string, dict map[string]uint8, lin *linear, amb ambLex) *tagger {
	th := make([]uint64, len(tags))
	for i, t := range tags {
		th[i] = hstr(t)
	}
	idx := map[string]int{}
	for i, t := range tags {
		idx[t] = i
	}
	allowed := make([][]int, len(amb.classes))
	for c, cl := range amb.classes {
		for _, t := range strings.Split(cl, "|") {
			if i, ok := idx[t]; ok {
				allowed[c] = append(allowed[c], i)
			}
		}
	}
	return &tagger{tags: tags, dict: dict, lin: lin, th: th, amb: amb, allowed: allowed, Constrain: true}
}

// tokFeat holds the per-word hashes the tagger's templates combine.
type tokFeat struct {
	w, exact, shape, suf3, amb uint64
	pre, suf                   [4]uint64
	ambTags                    []uint64 // the class's tags (ambLex.tags), nil if unknown
}

var (
	hStart  = hstr("<S>")
	hStart2 = hstr("<S2>")
	hEnd    = hstr("</S>")
	hEnd2   = hstr("</S2>")
)

func tagTokFeats(words []string, amb *ambLex) []tokFeat {
	tf := make([]tokFeat, len(words))
	for i, w := range words {
		n := norm(w)
		pre, suf := affixes(n)
		ah, ac := amb.of(n)
		tf[i] = tokFeat{w: hstr(n), exact: hstr(w), shape: shapeHash(w), suf3: suf[2], pre: pre, suf: suf, amb: ah}
		if ac >= 0 {
			tf[i].ambTags = amb.tags[ac]
		}
	}
	return tf
}

// tagFeatures appends the features of word i given the two previous tags
// (as hashes).
func tagFeatures(dst []uint32, tf []tokFeat, i int, p1, p2 uint64, first []uint64, wide bool) []uint32 {
	t := tf[i]
	get := func(j int) (w, s3, sh, amb uint64) {
		switch {
		case j == -1:
			return hStart, hStart, hStart, hStart
		case j == -2:
			return hStart2, hStart2, hStart2, hStart2
		case j == len(tf):
			return hEnd, hEnd, hEnd, hEnd
		case j == len(tf)+1:
			return hEnd2, hEnd2, hEnd2, hEnd2
		}
		return tf[j].w, tf[j].suf3, tf[j].shape, tf[j].amb
	}
	wm1, sm1, shm1, am1 := get(i - 1)
	wm2, _, _, am2 := get(i - 2)
	wp1, sp1, shp1, ap1 := get(i + 1)
	wp2, _, _, ap2 := get(i + 2)
	isFirst := uint64(0)
	if i == 0 {
		isFirst = 1
	}
	dst = append(dst,
		fh(0, 0, 0, 0),
		fh(1, t.w, 0, 0),
		fh(2, t.exact, 0, 0),
		fh(3, t.suf[0], 0, 0),
		fh(4, t.suf[1], 0, 0),
		fh(5, t.suf[2], 0, 0),
		fh(6, t.suf[3], 0, 0),
		fh(7, t.pre[0], 0, 0),
		fh(8, t.pre[1], 0, 0),
		fh(9, t.pre[2], 0, 0),
		fh(10, t.pre[3], 0, 0),
		fh(11, t.shape, 0, 0),
		fh(12, p1, 0, 0),
		fh(13, p2, 0, 0),
		fh(14, p1, p2, 0),
		fh(15, p1, t.w, 0),
		fh(16, wm1, 0, 0),
		fh(17, sm1, 0, 0),
		fh(18, wm2, 0, 0),
		fh(19, wp1, 0, 0),
		fh(20, sp1, 0, 0),
		fh(21, wp2, 0, 0),
		fh(22, wm1, t.w, 0),
		fh(23, t.w, wp1, 0),
		fh(24, shp1, 0, 0),
		fh(25, p1, t.suf[2], 0),
		fh(26, isFirst, t.shape, 0),
		fh(27, shm1, t.shape, 0),
		fh(28, t.shape, shp1, 0),
		fh(29, p1, wp1, 0),
		fh(30, wm1, wp1, 0),
		fh(31, t.suf[1], wp1, 0),
		fh(32, t.amb, 0, 0),
		fh(33, ap1, 0, 0),
		fh(34, ap2, 0, 0),
		fh(35, p1, t.amb, 0),
		fh(36, t.amb, ap1, 0),
		fh(37, t.w, ap1, 0),
		fh(38, p1, t.amb, ap1),
		fh(39, shm1, t.shape, shp1),
		fh(40, am1, t.amb, 0),
		fh(41, t.exact, ap1, 0),
	)
	if wide {
		dst = append(dst,
			// The ambiguity classes of the neighbours, alone and as pairs:
			// with WordNet's words in the lexicon a rare neighbour's class is
			// known, where its form is not.
			fh(73, am1, 0, 0),
			fh(74, ap1, ap2, 0),
			fh(75, am1, ap1, 0),
			fh(76, am2, am1, t.amb),
			// The tag history with the word, the longest suffix and the
			// shape: "the deal"/"to deal" and "New"/"new" turn on the tags
			// before them.
			fh(77, p2, p1, t.w),
			fh(78, p1, t.suf[3], 0),
			fh(79, p1, t.shape, 0),
		)
	}
	if ambTagFeatures {
		for _, th := range t.ambTags {
			dst = append(dst, fh(42, th, 0, 0), fh(43, p1, th, 0), fh(44, th, ap1, 0))
		}
	}
	if first != nil {
		r := func(j int) uint64 {
			switch {
			case j == len(first):
				return hEnd
			case j > len(first):
				return hEnd2
			}
			return first[j]
		}
		r0, r1, r2 := r(i), r(i+1), r(i+2)
		dst = append(dst,
			fh(50, r0, 0, 0), fh(51, r1, 0, 0), fh(52, r1, r2, 0), fh(53, p1, r1, 0),
			fh(54, t.w, r1, 0), fh(55, r0, r1, 0), fh(56, p1, r0, r1), fh(57, t.w, r0, 0),
			fh(58, t.suf[2], r1, 0), fh(59, r0, wp1, 0),
		)
		// More of the right context the second pass alone can see: the
		// next word's first-pass tag with its form and with this word's
		// class, two tags ahead with this word, three tags around it,
		// and the tag three words on.
		if wide {
			rm1 := hStart
			if i > 0 {
				rm1 = first[i-1]
			}
			dst = append(dst,
				fh(80, r1, wp1, 0), fh(81, t.amb, r1, 0), fh(82, r1, r2, t.w),
				fh(83, rm1, r0, r1), fh(84, p1, r1, t.w), fh(85, r(i+3), 0, 0),
			)
		}
	}
	return dst
}

// tag returns tag indexes for words.
func (tg *tagger) tag(words []string) []int {
	if len(words) == 0 {
		return []int{}
	}
	tf := tagTokFeats(words, &tg.amb)
	out := tg.pass(words, tf, tg.lin, nil)
	if tg.second != nil {
		out = tg.pass(words, tf, tg.second, tg.hashes(out))
	}
	return out
}

func (tg *tagger) hashes(tags []int) []uint64 {
	h := make([]uint64, len(tags))
	for i, c := range tags {
		h[i] = tg.th[c]
	}
	return h
}

func (tg *tagger) pass(words []string, tf []tokFeat, lin *linear, first []uint64) []int {
	out := make([]int, len(words))
	scores := make([]int32, len(tg.tags))
	feats := make([]uint32, 0, 64)
	p1, p2 := hStart, hStart2
	for i, w := range words {
		c, ok := tg.dict[w]
		if !ok {
			feats = tagFeatures(feats[:0], tf, i, p1, p2, first, tg.wide)
			lin.score(feats, scores)
			best := 0
			for k := 1; k < len(scores); k++ {
				if scores[k] > scores[best] {
					best = k
				}
			}
			if tg.Constrain && coarseOK[tg.tags[best]] {
				if cl, ok := tg.amb.words[norm(w)]; ok && int(cl) < len(tg.allowed) && len(tg.allowed[cl]) > 0 && !strings.Contains(tg.amb.classes[cl], tg.tags[best][:2]) {
					al := tg.allowed[cl]
					b := al[0]
					for _, k := range al[1:] {
						if scores[k] > scores[b] {
							b = k
						}
					}
					best = b
				}
			}
			c = uint8(best)
		}
		out[i] = int(c)
		p2, p1 = p1, tg.th[c]
	}
	return out
}

// tagDict lists the words seen at least minFreq times with one tag at least
// ratio of the time.
func tagDict(sents []Sentence, tagIdx map[string]int, minFreq int, ratio float64) map[string]uint8 {
	counts := map[string]map[string]int{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			m := counts[t.Form]
			if m == nil {
				m = map[string]int{}
				counts[t.Form] = m
			}
			m[t.XPOS]++
		}
	}
	d := map[string]uint8{}
	for w, m := range counts {
		n, best, bt := 0, 0, ""
		for t, c := range m {
			n += c
			if c > best || (c == best && t < bt) {
				best, bt = c, t
			}
		}
		if n >= minFreq && float64(best)/float64(n) >= ratio {
			d[w] = uint8(tagIdx[bt])
		}
	}
	return d
}

// dictRule is the tag dictionary's rule (see tagDict).
type dictRule struct {
	freq  int
	ratio float64
}

// trainTagger trains on sents for epochs, shuffling with rng each epoch.
// onEpoch, if set, is called with the model averaged so far.
//
// With base and first set, it trains base's second pass instead: first
// holds the first pass's (jackknifed) tags of each sentence. wide chooses
// the wider templates (see tagger.wide); a second pass takes base's.
func trainTagger(sents []Sentence, tags []string, extra map[string][]string, dr dictRule, wide bool, epochs int, rng *rand.Rand, onEpoch func(int, *tagger), base *tagger, first [][]string) *tagger {
	if base != nil {
		wide = base.wide
	}
	tagIdx := map[string]int{}
	for i, t := range tags {
		tagIdx[t] = i
	}
	th := make([]uint64, len(tags))
	for i, t := range tags {
		th[i] = hstr(t)
	}
	dict := tagDict(sents, tagIdx, dr.freq, dr.ratio)
	amb := buildAmbLex(sents, extra)
	p := newPerceptron(len(tags))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	// Features of each sentence are computed once.
	tfs := make([][]tokFeat, len(sents))
	for i, s := range sents {
		tfs[i] = tagTokFeats(s.Words(), &amb)
	}
	var fh1 [][]uint64
	if first != nil {
		fh1 = make([][]uint64, len(sents))
		for i, ts := range first {
			fh1[i] = make([]uint64, len(ts))
			for j, t := range ts {
				fh1[i][j] = hstr(t)
			}
		}
	}
	scores := make([]float64, len(tags))
	feats := make([]uint32, 0, 64)
	var tg *tagger
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		for _, si := range order {
			s := sents[si]
			p1, p2 := hStart, hStart2
			var f1 []uint64
			if fh1 != nil {
				f1 = fh1[si]
			}
			for i, t := range s.Tokens {
				gold := tagIdx[t.XPOS]
				c, ok := dict[t.Form]
				guess := int(c)
				if !ok {
					feats = tagFeatures(feats[:0], tfs[si], i, p1, p2, f1, wide)
					p.score(feats, scores)
					guess = 0
					for k := 1; k < len(scores); k++ {
						if scores[k] > scores[guess] {
							guess = k
						}
					}
					p.update(feats, gold, guess)
				}
				p.tick()
				p2, p1 = p1, th[guess]
			}
		}
		if onEpoch != nil || ep == epochs-1 {
			if base != nil {
				t2 := *base
				t2.second = p.average(1)
				tg = &t2
			} else {
				tg = newTagger(tags, dict, p.average(1), amb)
				tg.wide = wide
			}
			if onEpoch != nil {
				onEpoch(ep, tg)
			}
		}
	}
	return tg
}

// tagSet returns the sorted XPOS tags of sents.
func tagSet(sents ...[]Sentence) []string {
	seen := map[string]bool{}
	for _, ss := range sents {
		for _, s := range ss {
			for _, t := range s.Tokens {
				seen[t.XPOS] = true
			}
		}
	}
	var out []string
	for t := range seen {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}
