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
// int16 (times scale). Features are found in an open-addressing hash table
// of 8-byte slots, eight to a cache line: models with at most three classes
// keep the weights in the slot with 16 bits of the key as a check (dense,
// the full keys aside for saving); others keep the key and either the one
// entry of the feature or where its row is in ent. An entry is
// weight<<16 | class, so that adding it takes no bounds check (the class
// indexes a 256-array) and no masking (an arithmetic shift gives the
// weight). Scoring waits on memory more than anything: ~300 features a
// word, in tables of tens of megabytes, so the tables are kept small.
type linear struct {
	nClass int
	scale  float32
	mask   uint32
	n      int      // features
	dense  []dslot  // nClass <= denseMax
	dkeys  []uint32 // full key of each dense slot (for each, not for scoring)
	shift  uint32   // dense slot of key k: (k*0x9E3779B1)>>shift
	slots  []gslot  // otherwise
	ent    []uint32 // for slots
}

type dslot struct {
	chk uint16 // check(key); 0 = empty
	w   [denseMax]int16
}

func check(key uint32) uint16 { return uint16(key) | 1 }

type gslot struct {
	key uint32 // 0 = empty
	ref uint32 // the feature's one entry, or off<<8 | spillClass
}

// A ref whose class byte is spillClass (no class is: there are at most 255)
// says the row is in ent at off: its length, then its entries.
const (
	spillClass = 0xFF
	maxEnt     = 1 << 24
)

func entry(c uint8, w int16) uint32 { return uint32(uint16(w))<<16 | uint32(c) }

func entryClass(e uint32) uint8 { return uint8(e) }

func entryWeight(e uint32) int32 { return int32(e) >> 16 }

const denseMax = 3

// score sets out[c] to the (quantised) score of class c for c < len(out).
// The first slot of every feature is copied out before any is used, so the
// cache misses of the loads overlap instead of following one another.
func (l *linear) score(feats []uint32, out []int32) {
	for c := range out {
		out[c] = 0
	}
	if l.n == 0 {
		return
	}
	if l.dense != nil {
		const batch = 64
		for len(feats) > batch {
			l.addDense(feats[:batch], out)
			feats = feats[batch:]
		}
		l.addDense(feats, out)
		return
	}
	l.add(feats, out)
}

// addDense adds the weights of feats of a model with at most denseMax
// classes to out. The first slot of every feature is copied out before any
// is used, so the cache misses of the loads overlap instead of following
// one another.
func (l *linear) addDense(feats []uint32, out []int32) {
	mask := l.mask
	var idx [64]uint32
	tab := l.dense
	var first [64]dslot
	for k, f := range feats {
		i := (f * 0x9E3779B1) >> l.shift
		idx[k] = i
		first[k] = tab[i]
	}
	var a0, a1, a2 int32
	for k, f := range feats {
		c := check(f)
		sl := first[k]
		i := idx[k]
		for sl.chk != c {
			if sl.chk == 0 {
				break
			}
			i = (i + 1) & mask
			sl = tab[i]
		}
		if sl.chk == c {
			a0 += int32(sl.w[0])
			a1 += int32(sl.w[1])
			a2 += int32(sl.w[2])
		}
	}
	// Weights of classes the model lacks are 0.
	acc := [denseMax]int32{a0, a1, a2}
	for c := range out[:min(len(out), denseMax)] {
		out[c] += acc[c]
	}
}

// add adds the rows of feats to out the way addDense does, in batches:
// slots first, then the spilled rows. A row's head (its length) is read
// with its slot, so that its cache miss overlaps with the other slots' (as
// the slots' own misses overlap); reading it only when adding the row up
// cost a fifth of the time. The sums are kept by class in a 256-array,
// which entryClass indexes without a bounds check.
func (l *linear) add(feats []uint32, out []int32) {
	const batch = 64
	mask := l.mask
	tab, ent := l.slots, l.ent
	var acc [256]int32
	var idx, spilled, rowLen [batch]uint32
	var first [batch]gslot
	for len(feats) > 0 {
		fs := feats[:min(len(feats), batch)]
		feats = feats[len(fs):]
		for k, f := range fs {
			i := (f * 0x9E3779B1) & mask
			idx[k] = i
			first[k] = tab[i]
		}
		ns := 0
		for k, f := range fs {
			sl := first[k]
			i := idx[k]
			for sl.key != f {
				if sl.key == 0 {
					break
				}
				i = (i + 1) & mask
				sl = tab[i]
			}
			if sl.key != f {
				continue
			}
			if entryClass(sl.ref) == spillClass {
				off := sl.ref >> 8
				spilled[ns], rowLen[ns] = off+1, ent[off]
				ns++
				continue
			}
			acc[entryClass(sl.ref)] += entryWeight(sl.ref)
		}
		for r, off := range spilled[:ns] {
			row := ent[off : off+rowLen[r]]
			for len(row) >= 4 {
				acc[entryClass(row[0])] += entryWeight(row[0])
				acc[entryClass(row[1])] += entryWeight(row[1])
				acc[entryClass(row[2])] += entryWeight(row[2])
				acc[entryClass(row[3])] += entryWeight(row[3])
				row = row[4:]
			}
			for _, e := range row {
				acc[entryClass(e)] += entryWeight(e)
			}
		}
	}
	copy(out, acc[:])
}

// buildLinear makes the lookup table for features given, sorted by key, with
// their entries: feature f has classes cls[start[f]:start[f+1]] and weights
// w[start[f]:start[f+1]].
func buildLinear(nClass int, scale float32, keys []uint32, start []uint32, cls []uint8, w []int16) *linear {
	size := 1
	for size < 2*len(keys)+2 {
		size <<= 1
	}
	l := &linear{nClass: nClass, scale: scale, mask: uint32(size - 1), n: len(keys)}
	if nClass <= denseMax {
		// At most half full: the pruned transition table (720k
		// features) at 2^20 slots spent a third of its lookup time
		// probing past the home slot, often into the next cache line.
		bits := uint32(1)
		for 1<<bits < 2*len(keys)+2 {
			bits++
		}
		size = 1 << bits
		l.mask, l.shift = uint32(size-1), 32-bits
		l.dense = makeTable[dslot](size)
		l.dkeys = make([]uint32, size)
		for f, k := range keys {
			i := (k * 0x9E3779B1) >> l.shift
			for l.dense[i].chk != 0 {
				i = (i + 1) & l.mask
			}
			l.dense[i].chk = check(k)
			l.dkeys[i] = k
			for j := start[f]; j < start[f+1]; j++ {
				l.dense[i].w[cls[j]] = w[j]
			}
		}
		return l
	}
	l.slots = makeTable[gslot](size)
	type spilledRow struct{ f, slot int }
	var rows []spilledRow
	nEnt := 0
	for f, k := range keys {
		i := (k * 0x9E3779B1) & l.mask
		for l.slots[i].key != 0 {
			i = (i + 1) & l.mask
		}
		l.slots[i].key = k
		if n := start[f+1] - start[f]; n == 1 && w[start[f]] != 0 {
			l.slots[i].ref = entry(cls[start[f]], w[start[f]])
		} else {
			rows = append(rows, spilledRow{f, int(i)})
			nEnt += 1 + int(n)
		}
	}
	if nEnt > maxEnt {
		panic(fmt.Sprintf("syntax: %d entries in spilled rows, more than a model can have (%d)", nEnt, maxEnt))
	}
	// Long rows first: the features with the most classes are the
	// frequent ones, so their rows share cache lines and pages. (A
	// counting sort by length, in key order within a length.)
	var byLen [257]int
	for _, r := range rows {
		byLen[256-(start[r.f+1]-start[r.f])]++
	}
	for n, c := 0, 0; n < len(byLen); n++ {
		byLen[n], c = c, c+byLen[n]
	}
	sorted := make([]spilledRow, len(rows))
	for _, r := range rows {
		k := 256 - (start[r.f+1] - start[r.f])
		sorted[byLen[k]] = r
		byLen[k]++
	}
	rows = sorted
	l.ent = makeTable[uint32](nEnt)[:0]
	for _, r := range rows {
		lo, hi := start[r.f], start[r.f+1]
		l.slots[r.slot].ref = uint32(len(l.ent))<<8 | spillClass
		l.ent = append(l.ent, hi-lo)
		for j := lo; j < hi; j++ {
			l.ent = append(l.ent, entry(cls[j], w[j]))
		}
	}
	return l
}

func (l *linear) features() int { return l.n }

// each calls fn for every feature in key order with its nonzero weights.
func (l *linear) each(fn func(key uint32, cls []uint8, w []int16)) {
	var keys []uint32
	idx := map[uint32]int{}
	if l.dense != nil {
		for i, sl := range l.dense {
			if sl.chk != 0 {
				keys = append(keys, l.dkeys[i])
				idx[l.dkeys[i]] = i
			}
		}
	} else {
		for i, sl := range l.slots {
			if sl.key != 0 {
				keys = append(keys, sl.key)
				idx[sl.key] = i
			}
		}
	}
	sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
	var cls []uint8
	var ws []int16
	for _, k := range keys {
		cls, ws = cls[:0], ws[:0]
		if l.dense != nil {
			for c, x := range l.dense[idx[k]].w[:min(l.nClass, denseMax)] {
				if x != 0 {
					cls = append(cls, uint8(c))
					ws = append(ws, x)
				}
			}
		} else {
			ref := l.slots[idx[k]].ref
			row := []uint32{ref}
			if entryClass(ref) == spillClass {
				off := ref >> 8
				row = l.ent[off+1 : off+1+l.ent[off]]
			}
			for _, e := range row {
				if entryWeight(e) != 0 {
					cls = append(cls, entryClass(e))
					ws = append(ws, int16(entryWeight(e)))
				}
			}
		}
		fn(k, cls, ws)
	}
}

func (l *linear) entries() int {
	n := 0
	l.each(func(_ uint32, c []uint8, _ []int16) { n += len(c) })
	return n
}

// write stores l: class count, scale, feature count, then the sorted keys as
// varint deltas, the entry counts, the classes and the weights.
func (l *linear) write(w *bufio.Writer) error {
	var keys []uint32
	var counts []int
	var cls []uint8
	var ws []int16
	l.each(func(k uint32, c []uint8, x []int16) {
		keys = append(keys, k)
		counts = append(counts, len(c))
		cls = append(cls, c...)
		ws = append(ws, x...)
	})
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) {
		n := binary.PutUvarint(buf[:], v)
		w.Write(buf[:n])
	}
	put(uint64(l.nClass))
	binary.Write(w, binary.LittleEndian, math.Float32bits(l.scale))
	put(uint64(len(keys)))
	prev := uint32(0)
	for _, k := range keys {
		put(uint64(k - prev))
		prev = k
	}
	for _, c := range counts {
		put(uint64(c))
	}
	w.Write(cls)
	for _, x := range ws {
		put(uint64(uint16(x)))
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
	if nc > denseMax && uint64(ne)+nf > maxEnt {
		return nil, fmt.Errorf("%w: %d weights, more than a table holds", errCorrupt, ne)
	}
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
	p.add(feats, gold, 1)
	p.add(feats, pred, -1)
}

// add moves the weights of feats for class c by d.
func (p *perceptron) add(feats []uint32, c int, d float32) {
	for _, f := range feats {
		i, ok := p.idx[f]
		if !ok {
			i = int32(len(p.rows))
			p.idx[f] = i
			p.rows = append(p.rows, nil)
		}
		p.rows[i] = p.bump(p.rows[i], c, d)
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
	var keys []uint32
	start := []uint32{0}
	var cls []uint8
	var ws []int16
	l.each(func(k uint32, c []uint8, x []int16) {
		n := 0
		for j := range c {
			if int(x[j]) < minQ && int(x[j]) > -minQ {
				continue
			}
			cls = append(cls, c[j])
			ws = append(ws, x[j])
			n++
		}
		if n > 0 {
			keys = append(keys, k)
			start = append(start, uint32(len(cls)))
		}
	})
	return buildLinear(l.nClass, l.scale, keys, start, cls, ws)
}
