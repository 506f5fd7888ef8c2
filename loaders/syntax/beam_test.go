package syntax

import (
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"
)

// A beam of one item makes greedy's choices, and any beam gives a tree.
func TestBeamWidths(t *testing.T) {
	dev := readTreebank(t, "ewt-dev.conllu")
	m := defaultModel(t)
	if len(dev) > 400 {
		dev = dev[:400]
	}
	for _, tc := range []struct {
		width      int
		sameGreedy bool
	}{{1, true}, {2, false}, {4, false}, {8, false}} {
		ps := *m.ps
		ps.beam = 1
		bs := beamSearch[int32]{width: tc.width, trans: ps.trans}
		for _, s := range dev {
			words := s.Words()
			tags := m.Tag(words)
			gh, gl := ps.parse(words, tags)
			f := parseFeats(words, tags)
			lsc := make([]int32, len(ps.labels))
			bs.lab = func(st *state, h, d int) int { return ps.bestLabel(st, f, h, d, lsc, nil) }
			best := bs.run(f, len(words), nil).best
			checkTree(t, best.head[1:])
			if !tc.sameGreedy {
				continue
			}
			for i := range gh {
				if best.head[i+1] != gh[i] || best.label[i+1] != gl[i] {
					t.Fatalf("width %d, %q: word %d: beam %d/%d, greedy %d/%d", tc.width, strings.Join(words, " "), i+1, best.head[i+1], best.label[i+1], gh[i], gl[i])
				}
			}
		}
	}
}

// The oracle's transitions rebuild every projective tree.
func TestOracleActs(t *testing.T) {
	for _, gold := range [][]int{
		{-1, 0},
		{-1, 3, 3, 5, 5, 0, 5},
		{-1, 2, 0, 2, 5, 3, 2},
		{-1, 2, 3, 4, 5, 6, 7, 8, 0},
	} {
		acts, err := oracleActs(gold)
		if err != nil {
			t.Fatal(err)
		}
		n := len(gold) - 1
		if len(acts) != 2*n {
			t.Errorf("%v: %d transitions, want %d", gold, len(acts), 2*n)
		}
		s := newState(n)
		for _, a := range acts {
			s.apply(a, 0)
		}
		for d := 1; d <= n; d++ {
			if s.head[d] != gold[d] {
				t.Errorf("%v: word %d gets head %d", gold, d, s.head[d])
			}
		}
	}
	if _, err := oracleActs([]int{-1, 3, 4, 0, 3}); err == nil {
		t.Error("non-projective tree: no error")
	}
}

// A parser trained with a beam learns its training sentences, parses
// deterministically for a seed, and saves and loads with its width.
func TestReparseBeam(t *testing.T) {
	train := tinyTrain(t)
	m, err := Train(train, TrainOptions{Seed: 3, TagEpochs: 5, ParseEpochs: 6, Folds: 1, Workers: 1, OnePass: true})
	if err != nil {
		t.Fatal(err)
	}
	ptags := make([][]string, len(train))
	for i, s := range train {
		ptags[i] = m.Tag(s.Words())
	}
	var saved [2]*bytes.Buffer
	for i := range saved {
		b, err := Reparse(m, train, ptags, TrainOptions{Seed: 3, ParseEpochs: 6, Beam: 3})
		if err != nil {
			t.Fatal(err)
		}
		if b.Beam() != 3 {
			t.Fatalf("beam %d, want 3", b.Beam())
		}
		var loaded *Model
		loaded, saved[i] = saveLoad(t, b)
		if loaded.Beam() != 3 {
			t.Fatalf("loaded beam %d, want 3", loaded.Beam())
		}
		if sc := loaded.Evaluate(train); sc.Pct(sc.UAS) < 80 {
			t.Errorf("beam model on its own training data: %s", sc)
		}
	}
	if !bytes.Equal(saved[0].Bytes(), saved[1].Bytes()) {
		t.Error("two trainings with the same seed differ")
	}
	// A width out of range is a corrupt file.
	zr, err := gzip.NewReader(bytes.NewReader(saved[0].Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []byte{0, 1, maxBeam + 1} {
		bad := append([]byte(nil), raw...)
		bad[len(magicBeam)+1] = w
		var z bytes.Buffer
		zw := gzip.NewWriter(&z)
		zw.Write(bad)
		zw.Close()
		if _, err := Load(&z); err == nil {
			t.Errorf("beam width %d: no error", w)
		}
	}
	// A greedy model still saves in the old format.
	_, g := saveLoad(t, m.WithBeam(1))
	_, g0 := saveLoad(t, m)
	if !bytes.Equal(g.Bytes(), g0.Bytes()) {
		t.Error("a greedy model's file changed with WithBeam(1)")
	}
}
