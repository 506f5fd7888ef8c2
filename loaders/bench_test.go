package loaders

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/loaders/document"
	"github.com/kg-project/kg/loaders/nlp"
	"github.com/kg-project/kg/loaders/source"
)

// BenchmarkPipeline runs the whole pipeline (document, sentences, mentions,
// facts) over the seeds on one goroutine and reports sentences/s and MB/s.
// Compare runs with benchstat; nothing here is a pass/fail threshold.
func BenchmarkPipeline(b *testing.B) {
	x := newExtractor(b)
	paths, _ := filepath.Glob("../seeds/*.txt")
	var srcs []source.Source
	var bytes int64
	sentences := 0
	an, err := nlp.NewAnalyzer()
	if err != nil {
		b.Fatal(err)
	}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		src := source.Source{ID: strings.TrimSuffix(filepath.Base(p), ".txt"), Path: p, Raw: raw}
		srcs = append(srcs, src)
		bytes += int64(len(raw))
		d, err := document.Parse(src)
		if err != nil {
			b.Fatal(err)
		}
		var paras []nlp.Span
		for _, pp := range d.Paragraphs {
			paras = append(paras, nlp.Span{Start: pp.Start, End: pp.End})
		}
		sentences += len(an.Sentences(d.Body(), paras))
	}
	b.SetBytes(bytes)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range srcs {
			if _, err := x.Extract(s); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(sentences)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// bigArticle repeats the seeds into one article of about n bytes, with and
// without line breaks, so nothing in the pipeline can lean on short inputs.
func bigArticle(t testing.TB, n int, oneLine bool) []byte {
	paths, _ := filepath.Glob("../seeds/*.txt")
	var b strings.Builder
	for b.Len() < n {
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			s := string(raw)
			if oneLine {
				s = strings.ReplaceAll(s, "\n", " ")
			}
			b.WriteString(s)
			b.WriteString("\n\n")
		}
	}
	return []byte(b.String())
}

// A large article must go through in time linear in its size: the test has
// no clock in it, but a quadratic stage would not finish within go test's
// timeout. The benchmark below gives the rate.
func TestLargeArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("large input; skipped with -short")
	}
	x := newExtractor(t)
	for _, oneLine := range []bool{false, true} {
		raw := bigArticle(t, 1<<20, oneLine)
		r, err := x.Extract(source.Source{ID: "big", Path: "big.txt", Raw: raw})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Facts) < 100 {
			t.Errorf("oneLine=%v: %d facts from %d bytes of seed text", oneLine, len(r.Facts), len(raw))
		}
	}
}

func BenchmarkLargeArticle(b *testing.B) {
	x := newExtractor(b)
	raw := bigArticle(b, 4<<20, false)
	b.SetBytes(int64(len(raw)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := x.Extract(source.Source{ID: "big", Path: "big.txt", Raw: raw}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPathological runs the whole pipeline over inputs that used to
// cost more than linear time (punctuation runs, one long word, one long
// sentence without stops, many short lines) at growing sizes. Compare the
// ns/B of one shape across sizes: it should stay flat.
func BenchmarkPathological(b *testing.B) {
	shapes := []struct {
		name string
		unit string
	}{
		{"dots", "."},
		{"marks", `!?.()"`},
		{"dollars", "$"},
		{"word", "a"},
		{"sentence", "and Germany "},
		{"lines", "France met Russia today.\n"},
	}
	x := newExtractor(b)
	for _, sh := range shapes {
		for _, size := range []int{10 << 10, 100 << 10, 1 << 20, 10 << 20} {
			if testing.Short() && size > 1<<20 {
				continue
			}
			raw := []byte("France met Russia. " + strings.Repeat(sh.unit, size/len(sh.unit)))
			b.Run(fmt.Sprintf("%s/%dKB", sh.name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(raw)))
				for i := 0; i < b.N; i++ {
					if _, err := x.Extract(source.Source{ID: "p", Path: "p.txt", Raw: raw}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
