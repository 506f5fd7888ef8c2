package syntax

// Beam search over the arc-hybrid transitions (Zhang & Clark 2008, Zhang &
// Nivre 2011), for a transition classifier trained globally with
// max-violation updates (Huang et al. 2012, see beamTrainer). A sequence's
// score is the sum of its transitions' scores; a transition that is the only
// legal one is taken without scoring (it adds 0), in training and in
// decoding alike, so the two agree on what a sequence scores. The labeller
// labels each arc of each item greedily, as in parse: labels are not part of
// the beam's score.

import (
	"fmt"
	"math"
)

// transScorer is a transition classifier: the trained linear model (int32
// scores) or the perceptron being trained (float64).
type transScorer[T int32 | float64] interface {
	score(feats []uint32, out []T)
}

// beamItem is one configuration in the beam.
type beamItem[T int32 | float64] struct {
	s     *state
	score float64
	// stackSc[i] is the score of transStackFeatures with s.stack[i] as s0,
	// valid if stackOK[i]: those features stay while the word stays on
	// the stack, so the item keeps them beside its stack.
	stackSc [][nActs]T
	stackOK []bool
	hist    *histNode // for training only
	gold    bool      // every transition so far is the oracle's
}

// histNode is a transition of an item's history, shared with the items that
// descend from it.
type histNode struct {
	act, lab int
	prev     *histNode
}

// acts returns the transitions of h, first to last.
func (h *histNode) acts() (acts, labs []int) {
	for ; h != nil; h = h.prev {
		acts = append(acts, h.act)
		labs = append(labs, h.lab)
	}
	for i, j := 0, len(acts)-1; i < j; i, j = i+1, j-1 {
		acts[i], acts[j] = acts[j], acts[i]
		labs[i], labs[j] = labs[j], labs[i]
	}
	return acts, labs
}

type beamCand struct {
	parent, act int
	score       float64
}

// better orders candidates: higher score first, then the earlier parent and
// the lower action, so that the search is deterministic and a beam of one
// makes greedy's choices (greedy takes the lowest of tied actions).
func (c beamCand) better(d beamCand) bool {
	if c.score != d.score {
		return c.score > d.score
	}
	if c.parent != d.parent {
		return c.parent < d.parent
	}
	return c.act < d.act
}

// copyState makes dst a copy of src (same n).
func copyState(dst, src *state) {
	dst.n, dst.b = src.n, src.b
	dst.stack = append(dst.stack[:0], src.stack...)
	copy(dst.head, src.head)
	copy(dst.label, src.label)
	copy(dst.lc1, src.lc1)
	copy(dst.lc2, src.lc2)
	copy(dst.rc1, src.rc1)
	copy(dst.rc2, src.rc2)
	copy(dst.nl, src.nl)
	copy(dst.nr, src.nr)
	copy(dst.lset, src.lset)
	copy(dst.rset, src.rset)
}

// beamSearch is one beam search over a sentence's features f (n words).
// lab labels an arc (the model's labeller). With oracle set (the oracle's
// transition sequence, for training), it also follows the oracle's sequence
// beside the beam and reports the step of maximum violation: the step after
// which the best item scores most above the oracle's prefix while that
// prefix is out of the beam (or, at the end, is not the best); worst is -1
// when there is none.
type beamSearch[T int32 | float64] struct {
	width int
	trans transScorer[T]
	lab   func(s *state, h, d int) int
}

type beamResult struct {
	best *state
	// For training: the violation's step (-1 if none), the best item's
	// history up to it and the oracle's labels.
	worst     int
	worstHist *histNode
	oracleLab []int
}

func (bs *beamSearch[T]) run(f *sentFeat, n int, oracle []int) beamResult {
	width := max(bs.width, 1)
	bufSc := make([][nActs]T, n+2)
	bufOK := make([]bool, n+2)
	feats := make([]uint32, 0, 128)
	// Two generations of items, each with its own states.
	gens := [2][]beamItem[T]{make([]beamItem[T], width), make([]beamItem[T], width)}
	for g := range gens {
		for i := range gens[g] {
			gens[g][i].s = newState(n)
		}
	}
	cur := gens[0][:1]
	cur[0].gold = oracle != nil
	next := gens[1]
	cands := make([]beamCand, 0, nActs*width)
	var part [nActs]T
	// scoreItem sets sc to the transition scores of it (legal ones only
	// meaningful) and returns the legal actions and how many there are.
	scoreItem := func(it *beamItem[T], sc *[nActs]T) (legal [nActs]bool, nLegal int) {
		s := it.s
		for k := 0; k < nActs; k++ {
			if legal[k] = s.legal(k); legal[k] {
				nLegal++
			}
		}
		if nLegal <= 1 {
			return
		}
		v := newTransView(s, f)
		top := len(s.stack) - 1
		for len(it.stackSc) <= top {
			it.stackSc = append(it.stackSc, [nActs]T{})
			it.stackOK = append(it.stackOK, false)
		}
		if !it.stackOK[top] {
			feats = transStackFeatures(feats[:0], &v)
			bs.trans.score(feats, it.stackSc[top][:])
			it.stackOK[top] = true
		}
		if !bufOK[s.b] {
			feats = transBufferFeatures(feats[:0], &v)
			bs.trans.score(feats, bufSc[s.b][:])
			bufOK[s.b] = true
		}
		feats = transStateFeatures(feats[:0], &v)
		bs.trans.score(feats, part[:])
		for k := 0; k < nActs; k++ {
			sc[k] = it.stackSc[top][k] + bufSc[s.b][k] + part[k]
		}
		return
	}

	// The oracle's own item, followed whether or not it is in the beam.
	var orc beamItem[T]
	var res beamResult
	res.worst = -1
	maxViol := math.Inf(-1)
	if oracle != nil {
		orc.s = newState(n)
		res.oracleLab = make([]int, len(oracle))
	}
	for step := 0; !cur[0].s.terminal(); step++ {
		cands = cands[:0]
		for i := range cur {
			var sc [nActs]T
			legal, nLegal := scoreItem(&cur[i], &sc)
			for k := 0; k < nActs; k++ {
				if !legal[k] {
					continue
				}
				c := beamCand{parent: i, act: k, score: cur[i].score}
				if nLegal > 1 {
					c.score += float64(sc[k])
				}
				// Insert in order, keeping at most width.
				j := len(cands)
				if j == width && !c.better(cands[j-1]) {
					continue
				}
				if j < width {
					cands = append(cands, c)
				} else {
					j--
				}
				for ; j > 0 && c.better(cands[j-1]); j-- {
					cands[j] = cands[j-1]
				}
				cands[j] = c
			}
		}
		next = next[:len(cands)]
		goldIn := false
		for j, c := range cands {
			p, it := &cur[c.parent], &next[j]
			lab := 0
			if c.act != actShift {
				h, d := p.s.arc(c.act)
				lab = bs.lab(p.s, h, d)
			}
			copyState(it.s, p.s)
			it.s.apply(c.act, lab)
			it.score = c.score
			// The stack scores below the new top stay, and so does the
			// new top's after a reduce (it was s1, whose stack features
			// are what they were when it was on top); a shifted word
			// has none yet.
			keep := len(it.s.stack) - 1
			if c.act != actShift {
				keep++
			}
			keep = min(keep, len(p.stackSc))
			it.stackSc = append(it.stackSc[:0], p.stackSc[:keep]...)
			it.stackOK = append(it.stackOK[:0], p.stackOK[:keep]...)
			it.gold = p.gold && oracle != nil && c.act == oracle[step]
			goldIn = goldIn || it.gold
			if oracle != nil {
				it.hist = &histNode{act: c.act, lab: lab, prev: p.hist}
			}
		}
		if oracle != nil {
			var sc [nActs]T
			a := oracle[step]
			legal, nLegal := scoreItem(&orc, &sc)
			if !legal[a] {
				// oracleActs made the sequence by applying it.
				panic("syntax: oracle sequence takes an illegal transition")
			}
			if nLegal > 1 {
				orc.score += float64(sc[a])
			}
			lab := 0
			if a != actShift {
				h, d := orc.s.arc(a)
				lab = bs.lab(orc.s, h, d)
			}
			res.oracleLab[step] = lab
			top := len(orc.s.stack) - 1
			orc.s.apply(a, lab)
			if a != actShift {
				orc.stackSc, orc.stackOK = orc.stackSc[:min(top, len(orc.stackSc))], orc.stackOK[:min(top, len(orc.stackOK))]
			}
			last := next[0].s.terminal()
			if (!goldIn || last && !next[0].gold) && next[0].score-orc.score >= maxViol {
				maxViol = next[0].score - orc.score
				res.worst, res.worstHist = step, next[0].hist
			}
		}
		cur, next = next, cur[:cap(cur)]
	}
	res.best = cur[0].s
	return res
}

// parseBeam parses with a beam of ps.beam items.
func (ps *parser) parseBeam(words, tags []string) (heads []int, labels []int) {
	n := len(words)
	heads = make([]int, n)
	labels = make([]int, n)
	if n == 0 {
		return
	}
	f := parseFeats(words, tags)
	lsc := make([]int32, len(ps.labels))
	lbuf := make([]uint32, 0, 64)
	bs := beamSearch[int32]{width: ps.beam, trans: ps.trans, lab: func(s *state, h, d int) int {
		return ps.bestLabel(s, f, h, d, lsc, lbuf[:0])
	}}
	s := bs.run(f, n, nil).best
	for i := 1; i <= n; i++ {
		heads[i-1] = s.head[i]
		labels[i-1] = s.label[i]
	}
	return
}

// oracleActs returns the static oracle's transitions for the projective
// tree gold (gold[d] is the head of d, gold[0] unused): at each step the
// first zero-cost transition of SHIFT, LEFT, RIGHT.
func oracleActs(gold []int) ([]int, error) {
	n := len(gold) - 1
	s := newState(n)
	acts := make([]int, 0, 2*n)
	for !s.terminal() {
		a := -1
		for k := 0; k < nActs; k++ {
			if s.legal(k) && s.cost(k, gold) == 0 {
				a = k
				break
			}
		}
		if a < 0 {
			return nil, fmt.Errorf("oracle: no zero-cost transition (tree not projective?)")
		}
		acts = append(acts, a)
		s.apply(a, 0)
	}
	return acts, nil
}

// beamTrainer trains the transition classifier globally: a beam search per
// sentence and, where the oracle's sequence falls out of the beam, a
// perceptron update at the step of maximum violation (Huang, Fayong & Guo
// 2012), towards the oracle's prefix and away from the best item's. The
// labeller is fixed (a trained model's): it labels the arcs of every item,
// so the label features the transitions read are those of decoding.
type beamTrainer struct {
	width  int
	trans  *perceptron
	labels *parser // labels, root and labeller
}

// train runs one sentence: words, predicted tags and the oracle's
// transitions.
func (bt *beamTrainer) train(words, tags []string, oracle []int) {
	n := len(words)
	if n == 0 {
		return
	}
	f := parseFeats(words, tags)
	lsc := make([]int32, len(bt.labels.labels))
	lbuf := make([]uint32, 0, 64)
	bs := beamSearch[float64]{width: bt.width, trans: bt.trans, lab: func(s *state, h, d int) int {
		return bt.labels.bestLabel(s, f, h, d, lsc, lbuf[:0])
	}}
	res := bs.run(f, n, oracle)
	if res.worst >= 0 {
		pa, pl := res.worstHist.acts()
		bt.update(f, n, oracle[:res.worst+1], res.oracleLab[:res.worst+1], pa, pl)
	}
	bt.trans.tick()
}

// update replays both prefixes from where they part and moves the weights
// of each scored transition: +1 for the oracle's, -1 for the prediction's.
func (bt *beamTrainer) update(f *sentFeat, n int, ga, gl, pa, pl []int) {
	k := 0
	for k < len(ga) && ga[k] == pa[k] && gl[k] == pl[k] {
		k++
	}
	if k == len(ga) {
		return
	}
	s := newState(n)
	for j := 0; j < k; j++ {
		s.apply(ga[j], gl[j])
	}
	feats := make([]uint32, 0, 128)
	for _, side := range []struct {
		acts, labs []int
		d          float32
	}{{ga, gl, 1}, {pa, pl, -1}} {
		t := newState(n)
		copyState(t, s)
		for j := k; j < len(side.acts); j++ {
			nLegal := 0
			for a := 0; a < nActs; a++ {
				if t.legal(a) {
					nLegal++
				}
			}
			if nLegal > 1 {
				feats = transFeatures(feats[:0], t, f)
				bt.trans.add(feats, side.acts[j], side.d)
			}
			t.apply(side.acts[j], side.labs[j])
		}
	}
}
