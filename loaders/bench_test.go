package loaders

import (
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
