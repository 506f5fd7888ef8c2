package syntax

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Scores compares predicted sentences with gold ones token by token
// (punctuation included, as in the CoNLL 2018 shared task).
type Scores struct {
	Tokens  int
	Tag     int // XPOS equal
	UAS     int // head equal
	LAS     int // head and universal relation (the part before ':') equal
	LASFull int // head and full relation equal
	Rel     map[string]*RelScore
}

// RelScore counts one full relation label: Gold arcs with it, Pred arcs with
// it, and Correct ones (right head and label).
type RelScore struct{ Gold, Pred, Correct int }

// Precision, Recall and F1 are in [0,1].
func (r RelScore) Precision() float64 { return ratio(r.Correct, r.Pred) }
func (r RelScore) Recall() float64    { return ratio(r.Correct, r.Gold) }
func (r RelScore) F1() float64 {
	p, q := r.Precision(), r.Recall()
	if p+q == 0 {
		return 0
	}
	return 2 * p * q / (p + q)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Evaluate scores pred against gold; both must have the same sentences with
// the same number of tokens.
func Evaluate(gold, pred []Sentence) (Scores, error) {
	var s Scores
	s.Rel = map[string]*RelScore{}
	if len(gold) != len(pred) {
		return s, fmt.Errorf("evaluate: %d gold sentences, %d predicted", len(gold), len(pred))
	}
	for i := range gold {
		if err := s.Add(gold[i], pred[i]); err != nil {
			return s, fmt.Errorf("evaluate: sentence %d: %w", i+1, err)
		}
	}
	return s, nil
}

// Add scores one sentence.
func (s *Scores) Add(gold, pred Sentence) error {
	if s.Rel == nil {
		s.Rel = map[string]*RelScore{}
	}
	if len(gold.Tokens) != len(pred.Tokens) {
		return fmt.Errorf("%d gold tokens, %d predicted", len(gold.Tokens), len(pred.Tokens))
	}
	rel := func(l string) *RelScore {
		r := s.Rel[l]
		if r == nil {
			r = &RelScore{}
			s.Rel[l] = r
		}
		return r
	}
	for j, g := range gold.Tokens {
		p := pred.Tokens[j]
		s.Tokens++
		if g.XPOS == p.XPOS {
			s.Tag++
		}
		rel(g.Deprel).Gold++
		rel(p.Deprel).Pred++
		if g.Head != p.Head {
			continue
		}
		s.UAS++
		if universal(g.Deprel) == universal(p.Deprel) {
			s.LAS++
		}
		if g.Deprel == p.Deprel {
			s.LASFull++
			rel(g.Deprel).Correct++
		}
	}
	return nil
}

func universal(l string) string {
	if i := strings.IndexByte(l, ':'); i >= 0 {
		return l[:i]
	}
	return l
}

// Pct returns n as a percentage of the tokens.
func (s Scores) Pct(n int) float64 { return 100 * ratio(n, s.Tokens) }

// String is a one-line summary.
func (s Scores) String() string {
	return fmt.Sprintf("tokens %d  tag %.2f  UAS %.2f  LAS %.2f  LAS(full labels) %.2f",
		s.Tokens, s.Pct(s.Tag), s.Pct(s.UAS), s.Pct(s.LAS), s.Pct(s.LASFull))
}

// WriteRelTable writes per-relation precision, recall and F1 (full labels)
// as a Markdown table, most frequent gold relation first.
func (s Scores) WriteRelTable(w io.Writer) {
	type row struct {
		l string
		r *RelScore
	}
	var rows []row
	for l, r := range s.Rel {
		rows = append(rows, row{l, r})
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].r.Gold != rows[j].r.Gold {
			return rows[i].r.Gold > rows[j].r.Gold
		}
		return rows[i].l < rows[j].l
	})
	fmt.Fprintln(w, "| relation | gold | predicted | precision | recall | F1 |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|")
	for _, r := range rows {
		fmt.Fprintf(w, "| %s | %d | %d | %.1f | %.1f | %.1f |\n", r.l, r.r.Gold, r.r.Pred,
			100*r.r.Precision(), 100*r.r.Recall(), 100*r.r.F1())
	}
}
