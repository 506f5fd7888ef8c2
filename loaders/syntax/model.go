package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
)

// Model is a trained tagger and parser. It is immutable after loading and
// safe for concurrent use by any number of goroutines.
type Model struct {
	tg *tagger
	ps *parser
}

//go:embed model/model.bin.gz
var embedded []byte

// Default returns the model embedded in the binary, loaded on first use
// (once per process).
var Default = sync.OnceValues(func() (*Model, error) {
	if len(embedded) == 0 {
		return nil, errors.New("syntax: no model embedded (run tools/train-parser)")
	}
	m, err := Load(bytes.NewReader(embedded))
	if err != nil {
		return nil, fmt.Errorf("syntax: embedded model: %w", err)
	}
	return m, nil
})

// Tag returns one Penn Treebank tag per word.
func (m *Model) Tag(words []string) []string {
	idx := m.tg.tag(words)
	out := make([]string, len(idx))
	for i, c := range idx {
		out[i] = m.tg.tags[c]
	}
	return out
}

// Parse returns, for each word, its head (1-based position of the head word,
// 0 for the root, as in CoNLL-U) and its UD relation. tags are Penn tags, one
// per word (from Tag or another tagger); missing tags are treated as
// unknown. Every sentence gets a tree with exactly one root.
func (m *Model) Parse(words, tags []string) (heads []int, labels []string) {
	parsed, l := m.ps.parse(words, tags)
	h := fixPunct(words, tags, parsed)
	labels = make([]string, len(l))
	for i, k := range l {
		switch {
		case h[i] != parsed[i]:
			// A mark the rule re-attached is punct whatever the
			// labeller said of its old arc.
			labels[i] = "punct"
		case k >= 0 && k < len(m.ps.labels):
			labels[i] = m.ps.labels[k]
		default:
			labels[i] = "dep"
		}
	}
	return h, labels
}

// Knows reports whether the tagger learnt the word's possible tags from the
// treebanks (seen at least twice, in any case).
func (m *Model) Knows(word string) bool {
	_, ok := m.tg.amb.words[norm(word)]
	return ok
}

// CommonWord reports whether the treebanks show word (in any case) as
// something other than a proper noun at least 5% of the time: "seizes",
// "oil" and "of" are common words, "Iran" is not. It lets a Title Case
// headline be read in sentence case.
func (m *Model) CommonWord(word string) bool {
	c, ok := m.tg.amb.words[norm(word)]
	if !ok {
		return false
	}
	for _, t := range strings.Split(m.tg.amb.classes[c], "|") {
		if t != "NNP" && t != "NNPS" {
			return true
		}
	}
	return false
}

// WithBeam returns m parsing with a beam of width items (1: greedily). The
// width a model was trained with is the one it is saved with; another
// width is for measuring what the beam gains and costs.
func (m *Model) WithBeam(width int) *Model {
	ps := *m.ps
	ps.beam = max(width, 1)
	return &Model{tg: m.tg, ps: &ps}
}

// Beam is the width of the parser's beam (1: greedy).
func (m *Model) Beam() int { return max(m.ps.beam, 1) }

// Labels returns the relations the parser can produce.
func (m *Model) Labels() []string { return append([]string(nil), m.ps.labels...) }

// Tags returns the part-of-speech tags the tagger can produce.
func (m *Model) Tags() []string { return append([]string(nil), m.tg.tags...) }

// ParseSentence tags (if tag is true) and parses s in place: XPOS (when
// tagging), HEAD and DEPREL are overwritten; FORM is the only input.
func (m *Model) ParseSentence(s *Sentence, tag bool) {
	words := s.Words()
	tags := make([]string, len(words))
	if tag {
		tags = m.Tag(words)
	} else {
		for i, t := range s.Tokens {
			tags[i] = t.XPOS
		}
	}
	heads, labels := m.Parse(words, tags)
	for i := range s.Tokens {
		s.Tokens[i].ID = i + 1
		s.Tokens[i].XPOS = tags[i]
		s.Tokens[i].Head = heads[i]
		s.Tokens[i].Deprel = labels[i]
	}
}

// magic starts a model file; magicWide one whose tagger uses the wider
// templates (tagger.wide).
// magicBeam starts one whose parser searches a beam: a byte for the
// tagger's templates (1 = wide) and the beam's width (uvarint) follow it.
// A model with a greedy parser is saved as before, so that older files and
// their readers stay as they were.
const (
	magic     = "KGSYNTAX1\n"
	magicWide = "KGSYNTAX2\n"
	magicBeam = "KGSYNTAX3\n"
)

// maxBeam bounds the beam width a model file may ask for.
const maxBeam = 64

// Save writes m gzip-compressed.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	switch {
	case m.ps != nil && m.ps.beam > 1:
		bw.WriteString(magicBeam)
		wide := byte(0)
		if m.tg.wide {
			wide = 1
		}
		bw.WriteByte(wide)
		var vb [binary.MaxVarintLen64]byte
		bw.Write(vb[:binary.PutUvarint(vb[:], uint64(m.ps.beam))])
	case m.tg.wide:
		bw.WriteString(magicWide)
	default:
		bw.WriteString(magic)
	}
	writeStrings(bw, m.tg.tags)
	words := make([]string, 0, len(m.tg.dict))
	for w := range m.tg.dict {
		words = append(words, w)
	}
	sort.Strings(words)
	writeStrings(bw, words)
	for _, w := range words {
		bw.WriteByte(m.tg.dict[w])
	}
	m.tg.lin.write(bw)
	if m.tg.second != nil {
		bw.WriteByte(1)
		m.tg.second.write(bw)
	} else {
		bw.WriteByte(0)
	}
	writeStrings(bw, m.tg.amb.classes)
	aw := make([]string, 0, len(m.tg.amb.words))
	for w := range m.tg.amb.words {
		aw = append(aw, w)
	}
	sort.Strings(aw)
	writeStrings(bw, aw)
	var vb [binary.MaxVarintLen64]byte
	for _, w := range aw {
		bw.Write(vb[:binary.PutUvarint(vb[:], uint64(m.tg.amb.words[w]))])
	}
	writeStrings(bw, m.ps.labels)
	m.ps.trans.write(bw)
	m.ps.lab.write(bw)
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReaderSize(zr, 1<<16)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || (string(head) != magic && string(head) != magicWide && string(head) != magicBeam) {
		return nil, fmt.Errorf("%w: not a kg syntax model", errCorrupt)
	}
	wide, beam := string(head) == magicWide, 0
	if string(head) == magicBeam {
		w, err := br.ReadByte()
		if err != nil || w > 1 {
			return nil, fmt.Errorf("%w: tagger templates", errCorrupt)
		}
		b, err := binary.ReadUvarint(br)
		if err != nil || b < 2 || b > maxBeam {
			return nil, fmt.Errorf("%w: beam width", errCorrupt)
		}
		wide, beam = w == 1, int(b)
	}
	tags, err := readStrings(br)
	if err != nil || len(tags) == 0 || len(tags) > 255 {
		return nil, fmt.Errorf("%w: tags", errCorrupt)
	}
	words, err := readStrings(br)
	if err != nil {
		return nil, fmt.Errorf("%w: tag dictionary", errCorrupt)
	}
	dict := make(map[string]uint8, len(words))
	for _, w := range words {
		c, err := br.ReadByte()
		if err != nil || int(c) >= len(tags) {
			return nil, fmt.Errorf("%w: tag dictionary", errCorrupt)
		}
		dict[w] = c
	}
	tl, err := readLinear(br)
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	var second *linear
	switch b, err := br.ReadByte(); {
	case err != nil || b > 1:
		return nil, fmt.Errorf("%w: second pass", errCorrupt)
	case b == 1:
		if second, err = readLinear(br); err != nil {
			return nil, fmt.Errorf("tagger second pass: %w", err)
		}
		if second.nClass != len(tags) {
			return nil, fmt.Errorf("%w: class counts", errCorrupt)
		}
	}
	classes, err := readStrings(br)
	if err != nil || len(classes) >= 1<<16 {
		return nil, fmt.Errorf("%w: ambiguity classes", errCorrupt)
	}
	aw, err := readStrings(br)
	if err != nil {
		return nil, fmt.Errorf("%w: ambiguity lexicon", errCorrupt)
	}
	amb := make(map[string]uint16, len(aw))
	for _, w := range aw {
		c, err := binary.ReadUvarint(br)
		if err != nil || c >= uint64(len(classes)) {
			return nil, fmt.Errorf("%w: ambiguity lexicon", errCorrupt)
		}
		amb[w] = uint16(c)
	}
	labels, err := readStrings(br)
	if err != nil || len(labels) == 0 || len(labels) > 255 {
		return nil, fmt.Errorf("%w: labels", errCorrupt)
	}
	trans, err := readLinear(br)
	if err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	lab, err := readLinear(br)
	if err != nil {
		return nil, fmt.Errorf("labeller: %w", err)
	}
	if tl.nClass != len(tags) || trans.nClass != nActs || lab.nClass != len(labels) {
		return nil, fmt.Errorf("%w: class counts", errCorrupt)
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, fmt.Errorf("%w: trailing data", errCorrupt)
	}
	root := -1
	for i, l := range labels {
		if l == "root" {
			root = i
		}
	}
	tg := newTagger(tags, dict, tl, newAmbLex(classes, amb))
	tg.second = second
	tg.wide = wide
	return &Model{tg: tg, ps: &parser{labels: labels, root: root, trans: trans, lab: lab, beam: beam}}, nil
}

func writeStrings(w *bufio.Writer, ss []string) {
	var buf [binary.MaxVarintLen64]byte
	w.Write(buf[:binary.PutUvarint(buf[:], uint64(len(ss)))])
	for _, s := range ss {
		w.Write(buf[:binary.PutUvarint(buf[:], uint64(len(s)))])
		w.WriteString(s)
	}
}

func readStrings(r *bufio.Reader) ([]string, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil || n > 1<<22 {
		return nil, errCorrupt
	}
	out := make([]string, 0, min(n, 1<<16))
	var b strings.Builder
	for i := uint64(0); i < n; i++ {
		l, err := binary.ReadUvarint(r)
		if err != nil || l > 1<<16 {
			return nil, errCorrupt
		}
		b.Reset()
		if _, err := io.CopyN(&b, r, int64(l)); err != nil {
			return nil, errCorrupt
		}
		out = append(out, b.String())
	}
	return out, nil
}

// Pruned returns a copy of m without the weights whose quantised magnitude
// (out of 32767 for the largest) is below minQ, for a smaller model.
func (m *Model) Pruned(minQ int) *Model { return m.PrunedParts(minQ, minQ, minQ) }

// PrunedParts prunes the tagger, the transition classifier and the labeller
// at their own levels (see Pruned).
func (m *Model) PrunedParts(tagQ, transQ, labQ int) *Model {
	tg := *m.tg
	tg.lin = m.tg.lin.prune(tagQ)
	if tg.second != nil {
		tg.second = m.tg.second.prune(tagQ)
	}
	if m.ps == nil { // a tagger-only model (train-parser -tag-only)
		return &Model{tg: &tg}
	}
	ps := *m.ps
	ps.trans = m.ps.trans.prune(transQ)
	ps.lab = m.ps.lab.prune(labQ)
	return &Model{tg: &tg, ps: &ps}
}

// Size describes the model's features and weights.
func (m *Model) Size() string {
	s := fmt.Sprintf("tagger %d features/%d weights", m.tg.lin.features(), m.tg.lin.entries())
	if m.tg.second != nil {
		s += fmt.Sprintf(" + second pass %d/%d", m.tg.second.features(), m.tg.second.entries())
	}
	if m.ps == nil {
		return s
	}
	return s + fmt.Sprintf("; parser %d/%d; labeller %d/%d", m.ps.trans.features(), m.ps.trans.entries(), m.ps.lab.features(), m.ps.lab.entries())
}
