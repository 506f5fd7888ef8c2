package syntax

import (
	"math/rand"
	"os"
	"testing"
)

// oracleParse follows the zero-cost transition (preferring SHIFT, then
// LEFT, then RIGHT) and returns the heads it builds.
func oracleParse(gold []int) []int {
	acts, err := oracleActs(gold)
	if err != nil {
		return nil
	}
	s := newState(len(gold) - 1)
	for _, a := range acts {
		s.apply(a, 0)
	}
	return s.head[1:]
}

func TestOracleReproducesProjectiveTrees(t *testing.T) {
	cases := [][]int{
		{-1, 0},
		{-1, 2, 0},
		{-1, 0, 1},
		{-1, 3, 3, 5, 5, 0, 5},       // Iran 's drone was downed .
		{-1, 2, 0, 2, 5, 3, 2},       // right and left nesting
		{-1, 0, 1, 2, 3, 4, 5, 6, 7}, // right chain
		{-1, 2, 3, 4, 5, 6, 7, 8, 0}, // left chain
	}
	if f, err := os.Open("../../../shared/treebank/ewt-dev.conllu"); err == nil {
		ss, err := ReadCoNLLU(f, "ewt-dev.conllu")
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range ss {
			h := make([]int, len(s.Tokens)+1)
			h[0] = -1
			for i, tk := range s.Tokens {
				h[i+1] = tk.Head
			}
			p, _ := projectivize(h)
			p[0] = -1
			cases = append(cases, p)
		}
	}
	for _, gold := range cases {
		got := oracleParse(gold)
		if got == nil {
			t.Fatalf("%v: no zero-cost transition", gold)
		}
		for i, h := range got {
			if h != gold[i+1] {
				t.Fatalf("gold %v: oracle built %v", gold[1:], got)
			}
		}
	}
	t.Logf("%d trees", len(cases))
}

// Any sequence of legal transitions ends in a tree: every word has one head,
// exactly one word hangs from the root, and there are no cycles.
func TestEveryActionSequenceYieldsTree(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for trial := 0; trial < 2000; trial++ {
		n := rng.Intn(30)
		s := newState(n)
		steps := 0
		for !s.terminal() {
			var legal []int
			for k := 0; k < nActs; k++ {
				if s.legal(k) {
					legal = append(legal, k)
				}
			}
			if len(legal) == 0 {
				t.Fatalf("n=%d: stuck with stack %v buffer %d", n, s.stack, s.b)
			}
			s.apply(legal[rng.Intn(len(legal))], 0)
			steps++
		}
		if steps != 2*n {
			t.Errorf("n=%d: %d transitions, want %d", n, steps, 2*n)
		}
		checkTree(t, s.head[1:])
	}
}

func checkTree(t *testing.T, heads []int) {
	t.Helper()
	n := len(heads)
	roots := 0
	for i, h := range heads {
		if h < 0 || h > n || h == i+1 {
			t.Fatalf("heads %v: word %d has head %d", heads, i+1, h)
		}
		if h == 0 {
			roots++
		}
		// Walk up: must reach the root within n steps.
		k, steps := i+1, 0
		for k != 0 {
			k = heads[k-1]
			if steps++; steps > n {
				t.Fatalf("heads %v: cycle through word %d", heads, i+1)
			}
		}
	}
	if n > 0 && roots != 1 {
		t.Fatalf("heads %v: %d roots", heads, roots)
	}
}

func TestProjectivize(t *testing.T) {
	// 1 -> 3 crosses 2 -> 4 ... word 3's head 1 spans word 2 whose head is 4.
	heads := []int{-1, 0, 4, 1, 1}
	got, lifted := projectivize(heads)
	if lifted == 0 {
		t.Fatalf("nothing lifted: %v", got)
	}
	g := append([]int(nil), got...)
	g[0] = -1
	if oracleParse(g) == nil {
		t.Fatalf("still non-projective: %v", got)
	}
	for i, h := range oracleParse(g) {
		if h != g[i+1] {
			t.Fatalf("projectivised %v not reproduced", g)
		}
	}
}

// parse keeps the score of transStackFeatures for as long as s0 is on the
// stack and that of transBufferFeatures until the next shift: along random
// transition sequences, the features of each group must not change while
// that holds.
func TestTransFeatureGroupsStay(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	vocab := []string{"the", "Iran", "said", ",", "talks", "on", "Monday", "."}
	tagsOf := []string{"DT", "NNP", "VBD", ",", "NNS", "IN", "NNP", "."}
	same := func(a, b []uint32) bool {
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			if a[i] != b[i] {
				return false
			}
		}
		return true
	}
	for trial := 0; trial < 300; trial++ {
		n := 1 + rng.Intn(25)
		words, tags := make([]string, n), make([]string, n)
		for i := range words {
			k := rng.Intn(len(vocab))
			words[i], tags[i] = vocab[k], tagsOf[k]
		}
		f := parseFeats(words, tags)
		s := newState(n)
		stackAt := map[int][]uint32{} // s0 -> its stack features when it came on top
		bufAt := map[int][]uint32{}
		for !s.terminal() {
			v := newTransView(s, f)
			sf := transStackFeatures(nil, &v)
			if prev, ok := stackAt[v.s0]; ok && !same(prev, sf) {
				t.Fatalf("trial %d: stack features of s0=%d changed while it stayed on the stack", trial, v.s0)
			}
			stackAt[v.s0] = sf
			bf := transBufferFeatures(nil, &v)
			if prev, ok := bufAt[s.b]; ok && !same(prev, bf) {
				t.Fatalf("trial %d: buffer features of b0=%d changed before a shift", trial, s.b)
			}
			bufAt[s.b] = bf
			var legal []int
			for k := 0; k < nActs; k++ {
				if s.legal(k) {
					legal = append(legal, k)
				}
			}
			a := legal[rng.Intn(len(legal))]
			if a != actShift {
				// s0 leaves the stack for good; a word is pushed once.
				delete(stackAt, s.stack[len(s.stack)-1])
			}
			s.apply(a, rng.Intn(40))
		}
	}
}
