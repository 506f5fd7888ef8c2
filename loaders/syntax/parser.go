package syntax

import (
	"math/rand"
	"sort"
)

// The parser is arc-hybrid (Kuhlmann et al. 2011): a stack that starts with
// the root (0), a buffer of the words 1..n, and three transitions. A separate
// classifier labels each arc when it is made, so the transition classifier
// has only three classes.
const (
	actShift = iota // push b0
	actLeft         // b0 -> s0, pop s0
	actRight        // s1 -> s0, pop s0
	nActs
)

type parser struct {
	labels []string
	root   int // index of "root" in labels, or -1
	trans  *linear
	lab    *linear
	// beam is the width of the beam search (beam.go) for a transition
	// classifier trained globally; 0 or 1 parses greedily.
	beam int
}

// state is a parser configuration over words 0 (root) .. n.
type state struct {
	n      int
	stack  []int
	b      int // first word of the buffer; the buffer is b..n
	head   []int
	label  []int
	lc1    []int // leftmost child, -1 none
	lc2    []int // second leftmost
	rc1    []int // rightmost
	rc2    []int
	nl, nr []int
	lset   []uint64 // bit set of left children's labels
	rset   []uint64
}

func newState(n int) *state {
	s := &state{n: n, b: 1}
	s.stack = make([]int, 1, n+1)
	ints := make([]int, 8*(n+1))
	s.head, ints = ints[:n+1], ints[n+1:]
	s.label, ints = ints[:n+1], ints[n+1:]
	s.lc1, ints = ints[:n+1], ints[n+1:]
	s.lc2, ints = ints[:n+1], ints[n+1:]
	s.rc1, ints = ints[:n+1], ints[n+1:]
	s.rc2, ints = ints[:n+1], ints[n+1:]
	s.nl, ints = ints[:n+1], ints[n+1:]
	s.nr = ints[:n+1]
	sets := make([]uint64, 2*(n+1))
	s.lset, s.rset = sets[:n+1], sets[n+1:]
	for i := 0; i <= n; i++ {
		s.head[i], s.label[i] = -1, -1
		s.lc1[i], s.lc2[i], s.rc1[i], s.rc2[i] = -1, -1, -1, -1
	}
	return s
}

func (s *state) terminal() bool { return s.b > s.n && len(s.stack) == 1 }

func (s *state) legal(a int) bool {
	switch a {
	case actShift:
		return s.b <= s.n
	case actLeft:
		return s.b <= s.n && s.stack[len(s.stack)-1] != 0
	case actRight:
		return len(s.stack) >= 2 && (s.stack[len(s.stack)-2] != 0 || s.b > s.n)
	}
	return false
}

// arc returns the head and dependent the arc action a would make.
func (s *state) arc(a int) (h, d int) {
	d = s.stack[len(s.stack)-1]
	if a == actLeft {
		return s.b, d
	}
	return s.stack[len(s.stack)-2], d
}

// apply performs a (legal) action; lab labels the arc of LEFT and RIGHT.
func (s *state) apply(a, lab int) {
	switch a {
	case actShift:
		s.stack = append(s.stack, s.b)
		s.b++
		return
	}
	h, d := s.arc(a)
	s.stack = s.stack[:len(s.stack)-1]
	s.head[d], s.label[d] = h, lab
	bit := uint64(1) << uint(lab&63)
	if d < h {
		s.nl[h]++
		s.lset[h] |= bit
		if s.lc1[h] < 0 || d < s.lc1[h] {
			s.lc2[h], s.lc1[h] = s.lc1[h], d
		} else if s.lc2[h] < 0 || d < s.lc2[h] {
			s.lc2[h] = d
		}
	} else {
		s.nr[h]++
		s.rset[h] |= bit
		if s.rc1[h] < 0 || d > s.rc1[h] {
			s.rc2[h], s.rc1[h] = s.rc1[h], d
		} else if s.rc2[h] < 0 || d > s.rc2[h] {
			s.rc2[h] = d
		}
	}
}

// cost is the number of gold arcs a makes unreachable (Goldberg & Nivre
// 2013, arc-hybrid); gold[d] is the gold head of d.
func (s *state) cost(a int, gold []int) int {
	st := s.stack
	s0 := st[len(st)-1]
	c := 0
	switch a {
	case actShift:
		b0 := s.b
		for i, x := range st {
			if gold[x] == b0 && x != 0 {
				c++
			}
			if gold[b0] == x && i < len(st)-1 {
				c++
			}
		}
	case actLeft, actRight:
		for d := s.b; d <= s.n; d++ {
			if gold[d] == s0 {
				c++
			}
		}
		g := gold[s0]
		if a == actLeft {
			if len(st) >= 2 && g == st[len(st)-2] {
				c++
			}
			if g > s.b {
				c++
			}
		} else if g >= s.b {
			c++
		}
	}
	return c
}

// sentFeat holds per-word hashes for the parser's templates; index 0 is the
// root.
type sentFeat struct {
	w, p, wp, suf []uint64
	punct, verbs  []int // counts of punctuation marks and verbs among words 1..i
}

// between returns the numbers (capped at 3) of punctuation marks and verbs
// strictly between words i < j, as one value.
func (f *sentFeat) between(i, j int) uint64 {
	if i < 0 || j < 0 {
		return 99
	}
	if i > j {
		i, j = j, i
	}
	if j-i < 2 {
		return 0
	}
	p := f.punct[j-1] - f.punct[i]
	v := f.verbs[j-1] - f.verbs[i]
	return uint64(min(p, 3)*4 + min(v, 3))
}

func isPunctTag(t string) bool {
	switch t {
	case ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP", "$", "#":
		return t != "$" && t != "#"
	}
	return false
}

var (
	hNone   = hstr("<NONE>")
	hRoot   = hstr("<ROOT>")
	hNoLab  = hstr("<NOLAB>")
	hLeft   = hstr("<L>")
	hRightD = hstr("<R>")
)

func parseFeats(words, tags []string) *sentFeat {
	n := len(words)
	f := &sentFeat{w: make([]uint64, n+1), p: make([]uint64, n+1), wp: make([]uint64, n+1), suf: make([]uint64, n+1),
		punct: make([]int, n+1), verbs: make([]int, n+1)}
	f.w[0], f.p[0], f.wp[0], f.suf[0] = hRoot, hRoot, hRoot, hRoot
	for i := 1; i <= n; i++ {
		w := norm(words[i-1])
		f.w[i] = hstr(w)
		t := ""
		if i-1 < len(tags) {
			t = tags[i-1]
		}
		f.p[i] = hstr(t)
		f.wp[i] = f.w[i]*31 ^ f.p[i]
		f.suf[i] = suffix3(w)
		f.punct[i], f.verbs[i] = f.punct[i-1], f.verbs[i-1]
		if isPunctTag(t) {
			f.punct[i]++
		}
		if len(t) >= 2 && t[0] == 'V' && t[1] == 'B' || t == "MD" {
			f.verbs[i]++
		}
	}
	return f
}

func bucket(d int) uint64 {
	switch {
	case d < 0:
		return 0
	case d <= 5:
		return uint64(d)
	case d <= 10:
		return 6
	}
	return 7
}

func capv(v int) uint64 {
	if v > 5 {
		return 5
	}
	return uint64(v)
}

// adj is the tag of the word k places from word i in the sentence.
func adj(f *sentFeat, i, k int) uint64 {
	if i < 0 {
		return hNone
	}
	j := i + k
	if j < 1 || j >= len(f.p) {
		return hRoot
	}
	return f.p[j]
}

// The transition features fall into three groups, so that parse can keep
// the scores of the first two instead of looking their features up at every
// transition:
//
//   - transStackFeatures do not change while s0 stays on the stack: they
//     read s0's words and left children (a word gets left children only
//     while it is b0), s1 and s2 (the words under s0 stay until s0 is
//     popped), and s1's children (s1 gets a right child only when s0 is
//     reduced onto it, which pops s0).
//   - transBufferFeatures read only b0, b1 and b2's words, which stay
//     until the next shift.
//   - transStateFeatures are the rest.
//
// Together they are the Zhang & Nivre (2011) style features of s, with s1
// playing the role of s0's head (arc-hybrid).

// transView is the configuration's positions and the per-word hashes at
// them; -1 is a position that is not there.
type transView struct {
	s                      *state
	f                      *sentFeat
	s0, s1, s2, b0, b1, b2 int
}

func newTransView(s *state, f *sentFeat) transView {
	st := s.stack
	get := func(k int) int {
		if k < len(st) {
			return st[len(st)-1-k]
		}
		return -1
	}
	v := transView{s: s, f: f, s0: get(0), s1: get(1), s2: get(2), b0: -1, b1: -1, b2: -1}
	if s.b <= s.n {
		v.b0 = s.b
	}
	if s.b+1 <= s.n {
		v.b1 = s.b + 1
	}
	if s.b+2 <= s.n {
		v.b2 = s.b + 2
	}
	return v
}

func (v *transView) W(i int) uint64 {
	if i < 0 {
		return hNone
	}
	return v.f.w[i]
}

func (v *transView) P(i int) uint64 {
	if i < 0 {
		return hNone
	}
	return v.f.p[i]
}

func (v *transView) WP(i int) uint64 {
	if i < 0 {
		return hNone
	}
	return v.f.wp[i]
}

func (v *transView) L(i int) uint64 {
	if i < 0 {
		return hNone
	}
	if v.s.label[i] < 0 {
		return hNoLab
	}
	return uint64(v.s.label[i]) + 1
}

// ch is arr[i] (a child of i), -1 for i not there.
func ch(arr []int, i int) int {
	if i < 0 {
		return -1
	}
	return arr[i]
}

// transFeatures appends all the transition features of s (for training).
func transFeatures(dst []uint32, s *state, f *sentFeat) []uint32 {
	v := newTransView(s, f)
	dst = transStackFeatures(dst, &v)
	dst = transBufferFeatures(dst, &v)
	return transStateFeatures(dst, &v)
}

func transStackFeatures(dst []uint32, v *transView) []uint32 {
	s, f := v.s, v.f
	s0, s1, s2 := v.s0, v.s1, v.s2
	s0l, s0l2 := ch(s.lc1, s0), ch(s.lc2, s0)
	s1l, s1r := ch(s.lc1, s1), ch(s.rc1, s1)
	var d1, vl0, ls0, rs1 uint64
	if s1 >= 0 && s0 >= 0 {
		d1 = bucket(s0 - s1)
	}
	if s0 >= 0 {
		vl0, ls0 = capv(s.nl[s0]), s.lset[s0]
	}
	if s1 >= 0 {
		rs1 = s.rset[s1]
	}
	s0w, s0p, s0wp := v.W(s0), v.P(s0), v.WP(s0)
	s1w, s1p, s1wp := v.W(s1), v.P(s1), v.WP(s1)
	return append(dst,
		fh(100, 0, 0, 0),
		fh(101, s0wp, 0, 0), fh(102, s0w, 0, 0), fh(103, s0p, 0, 0),
		fh(113, s1wp, 0, 0), fh(114, s1w, 0, 0), fh(115, s1p, 0, 0),
		fh(116, v.P(s2), 0, 0), fh(117, v.W(s2), 0, 0),
		fh(128, s1p, s0p, 0), fh(129, s1w, s0w, 0),
		fh(132, s1wp, s0p, 0), fh(133, s1p, s0wp, 0),
		fh(146, v.P(s2), s1p, s0p), fh(147, s1p, v.P(s1r), s0p), fh(149, s1p, v.P(s1l), s0p),
		fh(166, s1p, s0p, d1), fh(167, s1w, s0w, d1),
		fh(172, s0w, vl0, 0), fh(173, s0p, vl0, 0),
		fh(180, v.W(s0l), 0, 0), fh(181, v.P(s0l), 0, 0), fh(182, v.L(s0l), 0, 0),
		fh(189, v.P(s1r), 0, 0), fh(190, v.L(s1r), 0, 0), fh(191, v.L(s1l), 0, 0),
		fh(192, v.W(s0l2), 0, 0), fh(193, v.P(s0l2), 0, 0), fh(194, v.L(s0l2), 0, 0),
		fh(201, s0p, v.P(s0l), v.P(s0l2)),
		fh(212, s0w, ls0, 0), fh(213, s0p, ls0, 0), fh(216, s1p, rs1, 0),
		fh(221, s1p, s0p, f.between(s1, s0)),
		fh(230, s0p, adj(f, s0, 1), 0), fh(231, s0p, adj(f, s0, -1), 0),
		fh(236, s1p, adj(f, s1, 1), s0p), fh(237, s0w, adj(f, s0, 1), 0),
	)
}

func transBufferFeatures(dst []uint32, v *transView) []uint32 {
	f := v.f
	b0, b1, b2 := v.b0, v.b1, v.b2
	b0p, b0wp, b1p, b2p := v.P(b0), v.WP(b0), v.P(b1), v.P(b2)
	return append(dst,
		fh(104, b0wp, 0, 0), fh(105, v.W(b0), 0, 0), fh(106, b0p, 0, 0),
		fh(107, v.WP(b1), 0, 0), fh(108, v.W(b1), 0, 0), fh(109, b1p, 0, 0),
		fh(110, v.WP(b2), 0, 0), fh(111, v.W(b2), 0, 0), fh(112, b2p, 0, 0),
		fh(127, b0p, b1p, 0), fh(134, b0wp, b1p, 0), fh(140, b0p, b1p, b2p),
		fh(232, b0p, adj(f, b0, -1), 0),
	)
}

func transStateFeatures(dst []uint32, v *transView) []uint32 {
	s, f := v.s, v.f
	s0, s1, b0, b1 := v.s0, v.s1, v.b0, v.b1
	s0l, s0r, s0r2 := ch(s.lc1, s0), ch(s.rc1, s0), ch(s.rc2, s0)
	b0l, b0l2 := ch(s.lc1, b0), ch(s.lc2, b0)
	var d, vr0, vlb, rs0, lsb uint64
	if s0 >= 0 && b0 >= 0 {
		d = bucket(b0 - s0)
	}
	if s0 >= 0 {
		vr0, rs0 = capv(s.nr[s0]), s.rset[s0]
	}
	if b0 >= 0 {
		vlb, lsb = capv(s.nl[b0]), s.lset[b0]
	}
	s0w, s0p, s0wp := v.W(s0), v.P(s0), v.WP(s0)
	b0w, b0p, b0wp := v.W(b0), v.P(b0), v.WP(b0)
	s1w, s1p := v.W(s1), v.P(s1)
	b1p := v.P(b1)
	return append(dst,
		// pairs
		fh(120, s0wp, b0wp, 0), fh(121, s0wp, b0w, 0), fh(122, s0w, b0wp, 0),
		fh(123, s0wp, b0p, 0), fh(124, s0p, b0wp, 0), fh(125, s0w, b0w, 0),
		fh(126, s0p, b0p, 0), fh(130, s1p, b0p, 0), fh(131, s1w, b0w, 0),
		// triples
		fh(141, s0p, b0p, b1p), fh(142, s1p, s0p, b0p),
		fh(143, s0p, v.P(s0l), b0p), fh(144, s0p, v.P(s0r), b0p), fh(145, s0p, b0p, v.P(b0l)),
		fh(148, s1p, s0p, v.P(s0r)),
		fh(150, s0w, b0p, b1p), fh(151, s0p, b0w, b1p),
		// distance
		fh(160, s0w, d, 0), fh(161, s0p, d, 0), fh(162, b0w, d, 0), fh(163, b0p, d, 0),
		fh(164, s0w, b0w, d), fh(165, s0p, b0p, d),
		// valency
		fh(170, s0w, vr0, 0), fh(171, s0p, vr0, 0),
		fh(174, b0w, vlb, 0), fh(175, b0p, vlb, 0),
		// children
		fh(183, v.W(s0r), 0, 0), fh(184, v.P(s0r), 0, 0), fh(185, v.L(s0r), 0, 0),
		fh(186, v.W(b0l), 0, 0), fh(187, v.P(b0l), 0, 0), fh(188, v.L(b0l), 0, 0),
		fh(195, v.W(s0r2), 0, 0), fh(196, v.P(s0r2), 0, 0), fh(197, v.L(s0r2), 0, 0),
		fh(198, v.W(b0l2), 0, 0), fh(199, v.P(b0l2), 0, 0), fh(200, v.L(b0l2), 0, 0),
		fh(202, s0p, v.P(s0r), v.P(s0r2)), fh(203, b0p, v.P(b0l), v.P(b0l2)),
		fh(204, s0p, v.L(s0l), v.L(s0r)), fh(205, b0p, v.L(b0l), 0), fh(206, s0p, v.L(s0r), b0p),
		// label sets
		fh(210, s0w, rs0, 0), fh(211, s0p, rs0, 0),
		fh(214, b0w, lsb, 0), fh(215, b0p, lsb, 0),
		// what lies between
		fh(220, s0p, b0p, f.between(s0, b0)),
		fh(222, s0w, b0p, f.between(s0, b0)), fh(223, s0p, b0w, f.between(s0, b0)),
		// string neighbours
		fh(233, s0p, adj(f, s0, 1), b0p), fh(234, adj(f, b0, -1), b0p, s0p), fh(235, s0p, adj(f, s0, -1), b0p),
	)
}

// labelFeatures appends the features for labelling the arc h -> d.
func labelFeatures(dst []uint32, s *state, f *sentFeat, h, d int) []uint32 {
	dir := hLeft
	if d > h {
		dir = hRightD
	}
	dist := bucket(d - h)
	if d < h {
		dist = bucket(h - d)
	}
	P := func(i int) uint64 {
		if i < 0 || i > s.n {
			return hNone
		}
		return f.p[i]
	}
	W := func(i int) uint64 {
		if i < 0 || i > s.n {
			return hNone
		}
		return f.w[i]
	}
	L := func(i int) uint64 {
		if i < 0 {
			return hNone
		}
		return uint64(s.label[i]) + 1
	}
	hw, hp, dw, dp := f.w[h], f.p[h], f.w[d], f.p[d]
	dl, dr := s.lc1[d], s.rc1[d]
	hl, hr := s.lc1[h], s.rc1[h]
	dst = append(dst,
		fh(300, dir, 0, 0),
		fh(301, hw, dir, 0), fh(302, hp, dir, 0), fh(303, dw, dir, 0), fh(304, dp, dir, 0),
		fh(305, f.wp[h], dir, 0), fh(306, f.wp[d], dir, 0),
		fh(307, hp, dp, dir), fh(308, hw, dp, dir), fh(309, hp, dw, dir), fh(310, hw, dw, dir),
		fh(311, hp, dp, dir^dist),
		fh(312, dp, L(dl), dir), fh(313, dp, L(dr), dir), fh(314, dp, s.lset[d], dir), fh(315, dp, s.rset[d], dir),
		fh(316, dp, W(dl), dir), fh(317, hp, W(dl), dir), fh(318, W(dl), dw, dir),
		fh(319, hp, s.lset[h], dir), fh(320, hp, s.rset[h], dir),
		fh(321, hp, capv(s.nl[h])*8+capv(s.nr[h]), dir),
		fh(322, P(dl), dp, dir), fh(323, P(dr), dp, dir),
		fh(324, dp, P(d-1), dir), fh(325, dp, P(d+1), dir), fh(326, hp, P(h+1), dir), fh(327, hp, P(h-1), dir),
		fh(328, f.suf[d], hp, dir), fh(329, f.suf[d], dir, 0), fh(330, f.suf[h], dp, dir),
		fh(331, dw, s.lset[d], dir), fh(332, hw, s.lset[h], dir),
		fh(333, L(hl), dp, dir), fh(334, L(hr), dp, dir),
		fh(335, dp, W(dr), dir), fh(336, hp, dp, s.lset[d]),
		fh(337, W(d-1), dp, dir), fh(338, W(d+1), dp, dir),
	)
	return dst
}

// parse runs the greedy parser over the words and tags.
//
// The transition scores are the sum of three groups of features (see
// transStackFeatures): the stack group's sum is kept per word (for its time
// as s0) and the buffer group's per b0, so each is looked up once, not at
// every transition. A transition that is the only legal one is taken
// without scoring. Scores are integer sums, so neither changes a decision.
func (ps *parser) parse(words, tags []string) (heads []int, labels []int) {
	if ps.beam > 1 {
		return ps.parseBeam(words, tags)
	}
	n := len(words)
	heads = make([]int, n)
	labels = make([]int, n)
	if n == 0 {
		return
	}
	f := parseFeats(words, tags)
	s := newState(n)
	var tsc, part [nActs]int32
	// stackSc[i] is the stack group's score with i as s0, bufSc[b] the
	// buffer group's with b the first word of the buffer (n+1: empty).
	stackSc := make([][nActs]int32, 2*(n+2))
	bufSc := stackSc[n+2:]
	stackOK := make([]bool, 2*(n+2))
	bufOK := stackOK[n+2:]
	lsc := make([]int32, len(ps.labels))
	feats := make([]uint32, 0, 128)
	for !s.terminal() {
		a := -1
		var legal [nActs]bool
		nLegal := 0
		for k := 0; k < nActs; k++ {
			if legal[k] = s.legal(k); legal[k] {
				a = k
				nLegal++
			}
		}
		if nLegal > 1 {
			v := newTransView(s, f)
			if !stackOK[v.s0] {
				feats = transStackFeatures(feats[:0], &v)
				ps.trans.score(feats, stackSc[v.s0][:])
				stackOK[v.s0] = true
			}
			if !bufOK[s.b] {
				feats = transBufferFeatures(feats[:0], &v)
				ps.trans.score(feats, bufSc[s.b][:])
				bufOK[s.b] = true
			}
			feats = transStateFeatures(feats[:0], &v)
			ps.trans.score(feats, part[:])
			a = -1
			for k := 0; k < nActs; k++ {
				tsc[k] = stackSc[v.s0][k] + bufSc[s.b][k] + part[k]
				if legal[k] && (a < 0 || tsc[k] > tsc[a]) {
					a = k
				}
			}
		}
		lab := 0
		if a != actShift {
			h, d := s.arc(a)
			lab = ps.bestLabel(s, f, h, d, lsc, feats[:0])
		}
		s.apply(a, lab)
	}
	for i := 1; i <= n; i++ {
		heads[i-1] = s.head[i]
		labels[i-1] = s.label[i]
	}
	return
}

func (ps *parser) bestLabel(s *state, f *sentFeat, h, d int, lsc []int32, buf []uint32) int {
	if h == 0 && ps.root >= 0 {
		return ps.root
	}
	feats := labelFeatures(buf, s, f, h, d)
	ps.lab.score(feats, lsc)
	best := -1
	for k := range lsc {
		if k == ps.root {
			continue
		}
		if best < 0 || lsc[k] > lsc[best] {
			best = k
		}
	}
	if best < 0 {
		best = 0
	}
	return best
}

// projectivize lifts non-projective arcs to the head's head until the tree
// is projective; heads[0] is unused and heads[i] is the head of word i.
func projectivize(heads []int) (out []int, lifted int) {
	out = append([]int(nil), heads...)
	n := len(out) - 1
	dominates := func(h, k int) bool {
		for steps := 0; k != 0 && steps <= n; steps++ {
			k = out[k]
			if k == h {
				return true
			}
		}
		return h == 0
	}
	for iter := 0; iter < n*n+1; iter++ {
		bestD, bestSpan := -1, 1<<30
		for d := 1; d <= n; d++ {
			h := out[d]
			lo, hi := h, d
			if lo > hi {
				lo, hi = hi, lo
			}
			for k := lo + 1; k < hi; k++ {
				if !dominates(h, k) {
					if hi-lo < bestSpan {
						bestD, bestSpan = d, hi-lo
					}
					break
				}
			}
		}
		if bestD < 0 {
			return out, lifted
		}
		out[bestD] = out[out[bestD]]
		lifted++
	}
	return out, lifted
}

// labelSet returns the sorted DEPREL values of sents.
func labelSet(sents ...[]Sentence) []string {
	seen := map[string]bool{}
	for _, ss := range sents {
		for _, s := range ss {
			for _, t := range s.Tokens {
				seen[t.Deprel] = true
			}
		}
	}
	var out []string
	for l := range seen {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// parserTrainer trains the transition and label classifiers with a dynamic
// oracle.
type parserTrainer struct {
	labels   []string
	labIdx   map[string]int
	root     int
	trans    *perceptron
	lab      *perceptron
	exploreP float64
}

func newParserTrainer(labels []string) *parserTrainer {
	pt := &parserTrainer{labels: labels, labIdx: map[string]int{}, root: -1,
		trans: newPerceptron(nActs), lab: newPerceptron(len(labels)), exploreP: 0.9}
	for i, l := range labels {
		pt.labIdx[l] = i
		if l == "root" {
			pt.root = i
		}
	}
	return pt
}

// train runs one sentence: words, predicted tags, gold heads (1-based, index
// 0 unused) and gold label indexes. explore follows the model's own
// mistakes with probability exploreP.
func (pt *parserTrainer) train(words, tags []string, gold, glab []int, explore bool, rng *rand.Rand) {
	n := len(words)
	if n == 0 {
		return
	}
	f := parseFeats(words, tags)
	s := newState(n)
	tsc := make([]float64, nActs)
	lsc := make([]float64, len(pt.labels))
	feats := make([]uint32, 0, 128)
	lfeats := make([]uint32, 0, 64)
	var costs [nActs]int
	for !s.terminal() {
		feats = transFeatures(feats[:0], s, f)
		pt.trans.score(feats, tsc)
		pred, best := -1, -1
		minCost := 1 << 30
		for k := 0; k < nActs; k++ {
			if !s.legal(k) {
				costs[k] = -1
				continue
			}
			costs[k] = s.cost(k, gold)
			if costs[k] < minCost {
				minCost = costs[k]
			}
		}
		for k := 0; k < nActs; k++ {
			if costs[k] < 0 {
				continue
			}
			if pred < 0 || tsc[k] > tsc[pred] {
				pred = k
			}
			if costs[k] == minCost && (best < 0 || tsc[k] > tsc[best]) {
				best = k
			}
		}
		if costs[pred] > minCost {
			pt.trans.update(feats, best, pred)
		}
		pt.trans.tick()
		a := best
		if explore && costs[pred] > minCost && rng.Float64() < pt.exploreP {
			a = pred
		}
		lab := 0
		if a != actShift {
			h, d := s.arc(a)
			if h == 0 && pt.root >= 0 {
				lab = pt.root
			} else {
				lfeats = labelFeatures(lfeats[:0], s, f, h, d)
				pt.lab.score(lfeats, lsc)
				lp := -1
				for k := range lsc {
					if k == pt.root {
						continue
					}
					if lp < 0 || lsc[k] > lsc[lp] {
						lp = k
					}
				}
				if lp < 0 {
					lp = 0
				}
				lab = lp
				if gold[d] == h {
					pt.lab.update(lfeats, glab[d], lp)
					pt.lab.tick()
					if !explore {
						lab = glab[d]
					}
				}
			}
		}
		s.apply(a, lab)
	}
}

func (pt *parserTrainer) average() *parser {
	return &parser{labels: pt.labels, root: pt.root, trans: pt.trans.average(1), lab: pt.lab.average(1)}
}
