package nlp

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSentences: any text gives sentences and tokens whose offsets read
// back their own text, at most maxTokens tokens a sentence, in order.
func FuzzSentences(f *testing.F) {
	a := analyzer(f)
	f.Add("France met Russia. " + strings.Repeat(".", 300))
	f.Add(`“We won't talk,” Kenya's (acting) minister said: $5m, U.S. aid.`)
	f.Add(strings.Repeat("ab.", 60) + " " + strings.Repeat("$", 120) + "\n\nx")
	f.Add("caf\xe9 \xff\xfe it’s n’t")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			// The document stage repairs invalid UTF-8 before this one.
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		last := 0
		for _, s := range a.Sentences(text, []Span{{Start: 0, End: len(text)}}) {
			if len(s.Tokens) == 0 || len(s.Tokens) > maxTokens {
				t.Fatalf("sentence with %d tokens", len(s.Tokens))
			}
			if text[s.Start:s.End] != s.Text {
				t.Fatalf("sentence %d-%d reads %q, not %q", s.Start, s.End, text[s.Start:s.End], s.Text)
			}
			for _, tok := range s.Tokens {
				if tok.Start < last || tok.End <= tok.Start || text[tok.Start:tok.End] != tok.Text {
					t.Fatalf("token %q at %d-%d (previous end %d) misplaced", tok.Text, tok.Start, tok.End, last)
				}
				last = tok.End
			}
		}
	})
}
