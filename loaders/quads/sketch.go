package quads

import (
	"hash/fnv"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/kg-project/kg/loaders/fact"
)

// A text sketch tells near-copies apart from independent reports: the
// MinHash of an article's word shingles. Two articles' sketches agree in
// about as many of their SketchSize slots as the share (Jaccard) of
// shingles the texts have in common, so a wire story republished with its
// paragraphs shuffled and a sentence changed still agrees in most slots,
// while two reports written separately agree in almost none. An equal
// content hash only finds byte-identical copies.
//
// The text sketched is the article's fact sentences, in order, once each:
// what the store knows of an article is what its facts say, and two
// articles whose facts rest on the same sentences are one source for them.
const (
	SketchSize    = 64
	SketchVersion = "mh1"
	shingleWords  = 3
)

// Sketch returns the sketch literal of an article's facts ("mh1:" and
// SketchSize hexadecimal minima, comma-separated), or "" when the facts
// have no words to sketch.
func Sketch(facts []fact.Fact) string {
	sents := map[int]string{}
	var idx []int
	for _, f := range facts {
		if _, ok := sents[f.SentenceIndex]; !ok {
			sents[f.SentenceIndex] = f.Sentence
			idx = append(idx, f.SentenceIndex)
		}
	}
	sort.Ints(idx)
	var words []string
	for _, i := range idx {
		words = append(words, strings.FieldsFunc(strings.ToLower(sents[i]), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		})...)
	}
	if len(words) == 0 {
		return ""
	}
	var mins [SketchSize]uint32
	for i := range mins {
		mins[i] = ^uint32(0)
	}
	n := len(words) - shingleWords + 1
	if n < 1 {
		n = 1
	}
	for i := 0; i < n; i++ {
		end := i + shingleWords
		if end > len(words) {
			end = len(words)
		}
		h := fnv.New64a()
		h.Write([]byte(strings.Join(words[i:end], " ")))
		x := h.Sum64()
		for k := range mins {
			if v := uint32(mix(x ^ sketchSeeds[k])); v < mins[k] {
				mins[k] = v
			}
		}
	}
	var b strings.Builder
	b.WriteString(SketchVersion + ":")
	for k, v := range mins {
		if k > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatUint(uint64(v), 16))
	}
	return b.String()
}

// mix is splitmix64's finaliser: one cheap, well-spread hash per seed.
func mix(z uint64) uint64 {
	z += 0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// sketchSeeds are fixed, so sketches from different runs and machines compare.
var sketchSeeds = func() (s [SketchSize]uint64) {
	for i := range s {
		s[i] = mix(uint64(i) * 0x2545f4914f6cdd1d)
	}
	return s
}()

// SketchSimilarity estimates the Jaccard similarity of two sketch literals:
// the share of slots that agree; 0 for a missing or foreign sketch.
func SketchSimilarity(a, b string) float64 {
	pa, pb := strings.Split(strings.TrimPrefix(a, SketchVersion+":"), ","), strings.Split(strings.TrimPrefix(b, SketchVersion+":"), ",")
	if !strings.HasPrefix(a, SketchVersion+":") || !strings.HasPrefix(b, SketchVersion+":") || len(pa) != len(pb) {
		return 0
	}
	same := 0
	for i := range pa {
		if pa[i] == pb[i] {
			same++
		}
	}
	return float64(same) / float64(len(pa))
}
