// Package syntax tags English sentences with Penn Treebank part-of-speech
// tags and parses them into labelled Universal Dependencies trees. Both
// models are averaged perceptrons trained by kg itself from the treebanks in
// ../shared/treebank (see tools/train-parser) and embedded in the binary.
//
// Heads follow CoNLL-U: tokens are numbered from 1 and head 0 is the root.
package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Token is one syntactic word of a CoNLL-U sentence.
type Token struct {
	ID     int // 1-based position in the sentence
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string // Penn Treebank tag
	Head   int    // 0 = root
	Deprel string // UD relation, with subtype ("nsubj:pass")
}

// Sentence is one CoNLL-U block.
type Sentence struct {
	Comments []string // comment lines, with their "# "
	Doc      string   // the last "# newdoc id" seen at or before this sentence
	Tokens   []Token
}

// Words returns the forms of s.
func (s Sentence) Words() []string {
	w := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		w[i] = t.Form
	}
	return w
}

// ReadCoNLLU reads every sentence of r. Multiword-token ranges ("1-2") and
// empty nodes ("1.1") are skipped; comment lines are kept. name is used in
// errors, which give file:line.
func ReadCoNLLU(r io.Reader, name string) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out []Sentence
	var cur Sentence
	doc := ""
	line := 0
	flush := func() error {
		if len(cur.Tokens) == 0 && len(cur.Comments) == 0 {
			return nil
		}
		if len(cur.Tokens) == 0 {
			cur = Sentence{}
			return nil
		}
		for i, t := range cur.Tokens {
			if t.ID != i+1 {
				return fmt.Errorf("%s:%d: sentence ending here: token %d has ID %d", name, line, i+1, t.ID)
			}
			if t.Head < 0 || t.Head > len(cur.Tokens) {
				return fmt.Errorf("%s:%d: sentence ending here: token %d has head %d outside the sentence", name, line, t.ID, t.Head)
			}
		}
		cur.Doc = doc
		out = append(out, cur)
		cur = Sentence{}
		return nil
	}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		}
		if strings.HasPrefix(text, "#") {
			if v, ok := strings.CutPrefix(text, "# newdoc id ="); ok {
				doc = strings.TrimSpace(v)
			} else if strings.HasPrefix(text, "# newdoc") {
				doc = ""
			}
			cur.Comments = append(cur.Comments, text)
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("%s:%d: want 10 tab-separated fields, got %d", name, line, len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			continue // multiword token range or empty node
		}
		id, err := strconv.Atoi(f[0])
		if err != nil || id < 1 {
			return nil, fmt.Errorf("%s:%d: bad ID %q", name, line, f[0])
		}
		head := 0
		if f[6] != "_" {
			head, err = strconv.Atoi(f[6])
			if err != nil || head < 0 {
				return nil, fmt.Errorf("%s:%d: bad HEAD %q", name, line, f[6])
			}
		}
		cur.Tokens = append(cur.Tokens, Token{ID: id, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Head: head, Deprel: f[7]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

// WriteCoNLLU writes sentences as CoNLL-U: comments, then ID, FORM, LEMMA,
// UPOS, XPOS, HEAD and DEPREL with "_" for empty fields and FEATS, DEPS and
// MISC.
func WriteCoNLLU(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		for _, c := range s.Comments {
			bw.WriteString(c)
			bw.WriteByte('\n')
		}
		for i, t := range s.Tokens {
			id := t.ID
			if id == 0 {
				id = i + 1
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t_\t%d\t%s\t_\t_\n", id, field(t.Form), field(t.Lemma), field(t.UPOS), field(t.XPOS), t.Head, field(t.Deprel))
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// field makes s safe for one CoNLL-U column.
func field(s string) string {
	if s == "" {
		return "_"
	}
	if strings.ContainsAny(s, "\t\n\r") {
		s = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return ' '
			}
			return r
		}, s)
	}
	return s
}
