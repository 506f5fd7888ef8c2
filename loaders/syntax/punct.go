package syntax

// UD attaches punctuation by rule rather than by meaning: a mark hangs from
// the highest node of the unit it delimits that keeps the tree projective,
// and a pair of quotes or brackets from the head of what it encloses
// (Universal Dependencies guidelines, "punct"; the treebanks were normalised
// with udapi's ud.FixPunct). The transition parser learns this poorly — a
// comma's head depends on where the clause it closes ends, which is decided
// later — so the parser's punctuation heads are replaced by the rule, as
// udapi does, over the parser's tree for the other words.

// closingOf maps an opening mark to its closing one.
func closingOf(w string) string {
	switch w {
	case "(":
		return ")"
	case "[":
		return "]"
	case "{":
		return "}"
	case "\"":
		return "\""
	case "``":
		return "''"
	case "“":
		return "”"
	case "‘":
		return "’"
	case "«":
		return "»"
	}
	return ""
}

func isFinalPunct(w string) bool {
	switch w {
	case ".", "?", "!", "...", "…":
		return true
	}
	return false
}

// punctTree is a tree over words 1..n (0 the root) with the spans the rule
// needs.
type punctTree struct {
	n     int
	head  []int // head[0] unused
	punct []bool
	kind  []byte // 'o' opening or 'c' closing mark of a pair, 0 otherwise
	// parent marks the words with children; only childless marks move.
	parent []bool
}

// fixPunct re-attaches every punctuation word of a parsed sentence (heads
// 1-based as Parse returns them) and returns the new heads; the other words
// keep theirs.
func fixPunct(words, tags []string, heads []int) []int {
	n := len(words)
	t := &punctTree{n: n, head: make([]int, n+1), punct: make([]bool, n+1), kind: make([]byte, n+1), parent: make([]bool, n+1)}
	any := false
	for i := 1; i <= n; i++ {
		t.head[i] = heads[i-1]
		t.punct[i] = i-1 < len(tags) && isPunctTag(tags[i-1])
		any = any || t.punct[i]
	}
	if !any {
		return heads
	}
	// Punctuation has no children: a word the parser hung from a mark
	// goes to the mark's head.
	// A mark that is the root (a sentence of marks) keeps its children.
	for i := 1; i <= n; i++ {
		for steps := 0; t.head[i] > 0 && t.punct[t.head[i]] && t.head[t.head[i]] != 0 && steps <= n; steps++ {
			t.head[i] = t.head[t.head[i]]
		}
	}
	// Only leaves move, so no move can make a cycle.
	for i := 1; i <= n; i++ {
		if h := t.head[i]; h > 0 {
			t.parent[h] = true
		}
	}
	// Pairs first, so that a final mark inside quotes attaches inside.
	for i := 1; i <= n; i++ {
		if t.punct[i] && t.kind[i] != 'c' && !t.parent[i] {
			if c := closingOf(words[i-1]); c != "" {
				t.fixPair(words, i, c)
			}
		}
	}
	for i := 1; i <= n; i++ {
		if t.punct[i] && t.kind[i] == 0 && t.head[i] != 0 && !t.parent[i] {
			t.fixSubord(words, i)
		}
	}
	out := make([]int, n)
	copy(out, t.head[1:])
	return out
}

func (t *punctTree) fixPair(words []string, open int, closing string) {
	openForm := words[open-1]
	level := 0
	for i := open + 1; i <= t.n; i++ {
		switch {
		case words[i-1] == closing && level > 0:
			level--
		case words[i-1] == closing:
			if !t.parent[i] && t.head[i] != 0 && t.head[open] != 0 {
				t.attachPair(open, i)
			}
			return
		case words[i-1] == openForm:
			level++
		}
	}
}

// attachPair hangs a pair from the nearest heads of the words between them
// (the single head when the inside is one subtree).
func (t *punctTree) attachPair(open, close int) {
	var heads, punctHeads []int
	add := func(h int) {
		if t.punct[h] {
			punctHeads = append(punctHeads, h)
		} else {
			heads = append(heads, h)
		}
	}
	for i := 1; i <= t.n; i++ {
		if i == open || i == close {
			continue
		}
		h := t.head[i]
		if i > open && i < close {
			if h < open || h > close {
				add(i)
			}
		} else if h > open && h < close {
			add(h)
		}
	}
	if len(heads) == 0 {
		heads = punctHeads
	}
	if len(heads) == 0 {
		return
	}
	lo, hi := heads[0], heads[0]
	for _, h := range heads {
		lo, hi = min(lo, h), max(hi, h)
	}
	t.head[open], t.head[close] = lo, hi
	t.kind[open], t.kind[close] = 'o', 'c'
}

// span returns the first and last word of x's subtree.
func (t *punctTree) span(x int) (lo, hi int) {
	lo, hi = x, x
	for i := 1; i <= t.n; i++ {
		if i < lo || i > hi {
			if t.dominates(x, i) {
				lo, hi = min(lo, i), max(hi, i)
			}
		}
	}
	return
}

// dominates reports whether a is d or an ancestor of d.
func (t *punctTree) dominates(a, d int) bool {
	for steps := 0; steps <= t.n+1; steps++ {
		if d == a {
			return true
		}
		if d == 0 {
			return false
		}
		d = t.head[d]
	}
	return false
}

func (t *punctTree) fixSubord(words []string, p int) {
	l, r := p-1, p+1
	if isFinalPunct(words[p-1]) {
		r = t.n + 1
	}
	for l > 0 && t.punct[l] {
		if t.kind[l] == 'o' && t.head[l] != p {
			l = -1
			break
		}
		l--
	}
	for r <= t.n && t.punct[r] {
		if t.kind[r] == 'c' && t.head[r] != p {
			r = t.n + 1
			break
		}
		r++
	}
	var lPath, rPath []int
	if l > 0 {
		lPath = append(lPath, l)
		for {
			h := t.head[l]
			if h == 0 || h > p {
				break
			}
			if _, hi := t.span(l); hi > p {
				break
			}
			l = h
			lPath = append(lPath, l)
		}
	}
	if r <= t.n {
		rPath = append(rPath, r)
		for {
			h := t.head[r]
			if h == 0 || h < p {
				break
			}
			if lo, _ := t.span(r); lo < p {
				break
			}
			r = h
			rPath = append(rPath, r)
		}
	}
	orig := t.head[p]
	lPath = t.projective(p, lPath)
	rPath = t.projective(p, rPath)
	t.head[p] = orig
	lc, rc := 0, 0
	if len(lPath) > 0 {
		lc = lPath[len(lPath)-1]
	}
	if len(rPath) > 0 {
		rc = rPath[len(rPath)-1]
	}
	var cand int
	var path []int
	switch {
	case lc > 0 && rc > 0 && t.dominates(rc, lc):
		cand, path = lc, lPath
	case lc > 0 && rc > 0 && t.dominates(lc, rc):
		cand, path = rc, rPath
	case lc > 0:
		cand, path = lc, append(lPath, rPath...)
	case rc > 0:
		cand, path = rc, append(lPath, rPath...)
	default:
		return
	}
	// Like udapi, keep the parser's head when it is on the path: the
	// guideline's "relevant unit" may be smaller than the rule's choice
	// (a comma closing a relative clause hangs inside it).
	for _, x := range path {
		if x == orig {
			return
		}
	}
	t.head[p] = cand
}

// projective keeps the candidates c for which the arc c -> p would be
// projective and would not put p in the gap of another arc.
func (t *punctTree) projective(p int, cands []int) []int {
	out := cands[:0:0]
	for _, c := range cands {
		t.head[p] = c
		if !t.nonProjective(p) && !(t.inGap(p) && !t.inGap(c)) {
			out = append(out, c)
		}
	}
	return out
}

// nonProjective: some word between p and its head is not dominated by the
// head.
func (t *punctTree) nonProjective(p int) bool {
	h := t.head[p]
	lo, hi := min(p, h), max(p, h)
	for i := lo + 1; i < hi; i++ {
		if !t.dominates(h, i) {
			return true
		}
	}
	return false
}

// inGap: an arc spans over p from a head that is not p's ancestor.
func (t *punctTree) inGap(p int) bool {
	for i := 1; i <= t.n; i++ {
		h := t.head[i]
		if h == 0 || i == p || h == p {
			continue
		}
		lo, hi := min(i, h), max(i, h)
		if lo < p && p < hi && !t.dominates(h, p) {
			return true
		}
	}
	return false
}
