package nlp

import (
	"strings"
	"testing"
)

// A run of 40,000 dots took prose's tokenizer 35 s (quadratic in the run).
// The test has no clock: before the fix it did not finish in go test's
// default timeout budget for the package; now it must, with every dot a
// token at its own offset and the real sentence before it intact.
func TestPunctuationRunTokens(t *testing.T) {
	a := analyzer(t)
	for _, mark := range []string{".", "$", "!?.()\""} {
		text := "France met Russia. " + strings.Repeat(mark, 40000/len(mark))
		ss := a.Sentences(text, []Span{{Start: 0, End: len(text)}})
		if len(ss) == 0 || ss[0].Text != "France met Russia." {
			t.Fatalf("%q: first sentence %+v", mark, ss[:min(1, len(ss))])
		}
		covered := 0
		for _, s := range ss {
			if len(s.Tokens) > maxTokens {
				t.Errorf("%q: sentence of %d tokens, want <= %d", mark, len(s.Tokens), maxTokens)
			}
			for _, tok := range s.Tokens {
				if text[tok.Start:tok.End] != tok.Text {
					t.Fatalf("%q: token %q at %d-%d reads %q", mark, tok.Text, tok.Start, tok.End, text[tok.Start:tok.End])
				}
				covered += tok.End - tok.Start
			}
		}
		if covered != len(text)-3 { // all but the three spaces
			t.Errorf("%q: tokens cover %d bytes of %d", mark, covered, len(text)-3)
		}
	}
}

// Runs up to maxSpan bytes still go to prose, so ordinary text tokenizes
// exactly as before even in a sentence that also holds a long run.
func TestLongRunLeavesOtherWordsToProse(t *testing.T) {
	a := analyzer(t)
	normal := `“We won't talk,” Kenya's (acting) minister said: $5m, U.S. aid.`
	text := normal + " " + strings.Repeat("ab.", 50) + " " + normal
	got := a.tokenize(text)
	want := a.tok.Tokenize(normal)
	if len(got) < 2*len(want) {
		t.Fatalf("got %d tokens", len(got))
	}
	for i, w := range want {
		if got[i].Text != w.Text || got[i].Start != w.Start {
			t.Errorf("token %d = %q@%d, prose gives %q@%d", i, got[i].Text, got[i].Start, w.Text, w.Start)
		}
	}
	tail := got[len(got)-len(want):]
	off := len(text) - len(normal)
	for i, w := range want {
		if tail[i].Text != w.Text || tail[i].Start != w.Start+off {
			t.Errorf("tail token %d = %q@%d, want %q@%d", i, tail[i].Text, tail[i].Start, w.Text, w.Start+off)
		}
	}
	// The long run: words of letters and one token per mark.
	mid := got[len(want) : len(got)-len(want)]
	if len(mid) != 100 || mid[0].Text != "ab" || mid[1].Text != "." {
		t.Errorf("long run tokens: %d, first %q %q", len(mid), mid[0].Text, mid[1].Text)
	}
}

// A long word is cut into bounded tokens; invalid UTF-8 keeps its offsets.
func TestSplitLong(t *testing.T) {
	run := strings.Repeat("a", 250) + "\xff" + "b"
	toks := splitLong(nil, run, 7)
	var texts []int
	for _, tk := range toks {
		if run[tk.Start-7:tk.Start-7+len(tk.Text)] != tk.Text {
			t.Fatalf("token %q at %d misplaced", tk.Text, tk.Start)
		}
		texts = append(texts, len(tk.Text))
	}
	if want := []int{100, 100, 50, 1, 1}; len(texts) != len(want) || texts[0] != 100 || texts[2] != 50 || texts[3] != 1 {
		t.Errorf("token lengths %v, want %v", texts, want)
	}
}

// A line longer than maxPiece is handed to the tokenizer in pieces of at
// most maxPiece bytes that cover it exactly (only spaces between them),
// cut at a space where there is one; shorter lines are one piece.
func TestLongLinesAreCutBeforeTokenizing(t *testing.T) {
	for _, unit := range []string{".", "ab ", "é", "!?.()\"", "and Germany ", "x"} {
		line := strings.Repeat(unit, 3*maxPiece/len(unit)+7)
		ps := splitLines("  "+line+"\nshort line\n", 100)
		if len(ps) < 4 || ps[len(ps)-1].text != "short line" {
			t.Fatalf("%q: %d pieces, last %q", unit, len(ps), ps[len(ps)-1].text)
		}
		at := 102
		for _, p := range ps[:len(ps)-1] {
			if len(p.text) > maxPiece || len(p.text) == 0 {
				t.Fatalf("%q: piece of %d bytes", unit, len(p.text))
			}
			gap := line[at-102 : p.start-102]
			if strings.TrimSpace(gap) != "" {
				t.Fatalf("%q: piece at %d skips %q", unit, p.start, gap)
			}
			if line[p.start-102:p.start-102+len(p.text)] != p.text {
				t.Fatalf("%q: piece at %d does not read its own text", unit, p.start)
			}
			if strings.Contains(unit, " ") && (strings.HasPrefix(p.text, "b") || strings.HasPrefix(p.text, "ermany")) {
				t.Fatalf("%q: cut inside a word: %.20q", unit, p.text)
			}
			at = p.start + len(p.text)
		}
		if end := 102 + len(strings.TrimSpace(line)); at != end {
			t.Fatalf("%q: pieces end at %d, the line at %d", unit, at, end)
		}
	}
	if ps := splitLines(strings.Repeat("France met Russia. ", 800), 0); len(ps) != 1 {
		t.Errorf("a 15 KB line was cut into %d pieces", len(ps))
	}
}
