package syntax

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// linear is a trained, read-only multiclass linear model: for each hashed
// feature a short list of (class, weight) pairs with the weights quantised to
// int16 (times scale). Features are found in an open-addressing hash table.
type linear struct {
	nClass int
	scale  float32
	mask   uint32
	keys   []uint32 // 0 = empty slot
	slot   []uint32 // feature index of the key
	start  []uint32 // entries of feature f: start[f]..start[f+1]
	cls    []uint8
	w      []int16
}

// find returns the feature index of key, or -1.
func (l *linear) find(key uint32) int {
	if len(l.keys) == 0 {
		return -1
	}
	i := (key * 0x9E3779B1) & l.mask
	for {
		k := l.keys[i]
		if k == key {
			return int(l.slot[i])
		}
		if k == 0 {
			return -1
		}
		i = (i + 1) & l.mask
	}
}

// score sets out[c] to the (quantised) score of class c. len(out) must be
// at least nClass.
func (l *linear) score(feats []uint32, out []int32) {
	for c := range out {
		out[c] = 0
	}
	for _, f := range feats {
		i := l.find(f)
		if i < 0 {
			continue
		}
		s, e := l.start[i], l.start[i+1]
		cls, w := l.cls[s:e], l.w[s:e]
		for j := range cls {
			if int(cls[j]) < len(out) {
				out[cls[j]] += int32(w[j])
			}
		}
	}
}

// buildLinear makes the lookup table for features given, sorted by key, with
// their entries.
func buildLinear(nClass int, scale float32, keys []uint32, start []uint32, cls []uint8, w []int16) *linear {
	size := 1
	for size < 2*len(keys)+2 {
		size <<= 1
	}
	l := &linear{nClass: nClass, scale: scale, mask: uint32(size - 1), keys: make([]uint32, size), slot: make([]uint32, size), start: start, cls: cls, w: w}
	for f, k := range keys {
		i := (k * 0x9E3779B1) & l.mask
		for l.keys[i] != 0 {
			i = (i + 1) & l.mask
		}
		l.keys[i] = k
		l.slot[i] = uint32(f)
	}
	return l
}

func (l *linear) features() int { return len(l.start) - 1 }

// write stores l: class count, scale, feature count, then the sorted keys as
// varint deltas, the entry counts, the classes and the weights.
func (l *linear) write(w *bufio.Writer) error {
	nf := l.features()
	order := make([]int, 0, nf)
	keyOf := make([]uint32, nf)
	for i, k := range l.keys {
		if k != 0 {
			keyOf[l.slot[i]] = k
		}
	}
	for f := 0; f < nf; f++ {
		order = append(order, f)
	}
	sort.Slice(order, func(a, b int) bool { return keyOf[order[a]] < keyOf[order[b]] })
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) {
		n := binary.PutUvarint(buf[:], v)
		w.Write(buf[:n])
	}
	put(uint64(l.nClass))
	binary.Write(w, binary.LittleEndian, math.Float32bits(l.scale))
	put(uint64(nf))
	prev := uint32(0)
	for _, f := range order {
		put(uint64(keyOf[f] - prev))
		prev = keyOf[f]
	}
	for _, f := range order {
		put(uint64(l.start[f+1] - l.start[f]))
	}
	for _, f := range order {
		w.Write(l.cls[l.start[f]:l.start[f+1]])
	}
	for _, f := range order {
		for _, x := range l.w[l.start[f]:l.start[f+1]] {
			put(uint64(uint16(x)))
		}
	}
	return nil
}

var errCorrupt = errors.New("corrupt model")

func readLinear(r *bufio.Reader) (*linear, error) {
	get := func() (uint64, error) { return binary.ReadUvarint(r) }
	nc, err := get()
	if err != nil || nc == 0 || nc > 255 {
		return nil, fmt.Errorf("%w: class count", errCorrupt)
	}
	var sb uint32
	if err := binary.Read(r, binary.LittleEndian, &sb); err != nil {
		return nil, fmt.Errorf("%w: scale", errCorrupt)
	}
	nf, err := get()
	if err != nil || nf > 1<<28 {
		return nil, fmt.Errorf("%w: feature count", errCorrupt)
	}
	keys := make([]uint32, nf)
	prev := uint64(0)
	for i := range keys {
		d, err := get()
		if err != nil {
			return nil, fmt.Errorf("%w: keys", errCorrupt)
		}
		prev += d
		if prev == 0 || prev > math.MaxUint32 || (i > 0 && d == 0) {
			return nil, fmt.Errorf("%w: keys", errCorrupt)
		}
		keys[i] = uint32(prev)
	}
	start := make([]uint32, nf+1)
	for i := 0; i < int(nf); i++ {
		c, err := get()
		if err != nil || c > nc {
			return nil, fmt.Errorf("%w: entry counts", errCorrupt)
		}
		start[i+1] = start[i] + uint32(c)
	}
	ne := start[nf]
	cls := make([]uint8, ne)
	if _, err := io.ReadFull(r, cls); err != nil {
		return nil, fmt.Errorf("%w: classes", errCorrupt)
	}
	for _, c := range cls {
		if uint64(c) >= nc {
			return nil, fmt.Errorf("%w: class out of range", errCorrupt)
		}
	}
	ws := make([]int16, ne)
	for i := range ws {
		v, err := get()
		if err != nil || v > math.MaxUint16 {
			return nil, fmt.Errorf("%w: weights", errCorrupt)
		}
		ws[i] = int16(uint16(v))
	}
	return buildLinear(int(nc), math.Float32frombits(sb), keys, start, cls, ws), nil
}

// perceptron is an averaged perceptron being trained, with sparse rows.
type perceptron struct {
	nClass int
	idx    map[uint32]int32
	rows   [][]pentry
	t      float64 // instances seen
}

type pentry struct {
	c int32
	w float32
	u float64 // sum of t*delta, for averaging: avg = w - u/t
}

func newPerceptron(nClass int) *perceptron {
	return &perceptron{nClass: nClass, idx: map[uint32]int32{}, t: 1}
}

func (p *perceptron) score(feats []uint32, out []float64) {
	for c := range out {
		out[c] = 0
	}
	for _, f := range feats {
		i, ok := p.idx[f]
		if !ok {
			continue
		}
		for _, e := range p.rows[i] {
			out[e.c] += float64(e.w)
		}
	}
}

func (p *perceptron) tick() { p.t++ }

// update moves weight towards gold and away from pred.
func (p *perceptron) update(feats []uint32, gold, pred int) {
	if gold == pred {
		return
	}
	for _, f := range feats {
		i, ok := p.idx[f]
		if !ok {
			i = int32(len(p.rows))
			p.idx[f] = i
			p.rows = append(p.rows, nil)
		}
		p.rows[i] = p.bump(p.rows[i], gold, 1)
		p.rows[i] = p.bump(p.rows[i], pred, -1)
	}
}

func (p *perceptron) bump(row []pentry, c int, d float32) []pentry {
	for j := range row {
		if int(row[j].c) == c {
			row[j].w += d
			row[j].u += p.t * float64(d)
			return row
		}
	}
	return append(row, pentry{c: int32(c), w: d, u: p.t * float64(d)})
}

// average returns the averaged, quantised model. Weights whose quantised
// magnitude is below minQ are dropped, and features left with none.
func (p *perceptron) average(minQ int) *linear {
	type fe struct {
		key uint32
		row []pentry
	}
	feats := make([]fe, 0, len(p.idx))
	maxAbs := 0.0
	for k, i := range p.idx {
		feats = append(feats, fe{k, p.rows[i]})
		for _, e := range p.rows[i] {
			a := math.Abs(float64(e.w) - e.u/p.t)
			if a > maxAbs {
				maxAbs = a
			}
		}
	}
	sort.Slice(feats, func(a, b int) bool { return feats[a].key < feats[b].key })
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	var keys []uint32
	start := []uint32{0}
	var cls []uint8
	var ws []int16
	for _, f := range feats {
		row := append([]pentry(nil), f.row...)
		sort.Slice(row, func(a, b int) bool { return row[a].c < row[b].c })
		n := 0
		for _, e := range row {
			q := math.Round((float64(e.w) - e.u/p.t) / scale)
			if math.Abs(q) < float64(minQ) || q == 0 {
				continue
			}
			cls = append(cls, uint8(e.c))
			ws = append(ws, int16(q))
			n++
		}
		if n == 0 {
			continue
		}
		keys = append(keys, f.key)
		start = append(start, uint32(len(cls)))
	}
	return buildLinear(p.nClass, float32(scale), keys, start, cls, ws)
}

// prune drops the weights whose quantised magnitude is below minQ, and the
// features left with none.
func (l *linear) prune(minQ int) *linear {
	type kf struct {
		key uint32
		f   int
	}
	var fs []kf
	for i, k := range l.keys {
		if k != 0 {
			fs = append(fs, kf{k, int(l.slot[i])})
		}
	}
	sort.Slice(fs, func(a, b int) bool { return fs[a].key < fs[b].key })
	var keys []uint32
	start := []uint32{0}
	var cls []uint8
	var ws []int16
	for _, x := range fs {
		n := 0
		for j := l.start[x.f]; j < l.start[x.f+1]; j++ {
			w := int(l.w[j])
			if w < minQ && w > -minQ {
				continue
			}
			cls = append(cls, l.cls[j])
			ws = append(ws, l.w[j])
			n++
		}
		if n > 0 {
			keys = append(keys, x.key)
			start = append(start, uint32(len(cls)))
		}
	}
	return buildLinear(l.nClass, l.scale, keys, start, cls, ws)
}

func (l *linear) entries() int { return len(l.w) }
