package extract

import (
	"fmt"
	"io"
	"strings"

	"github.com/kg-project/kg/loaders/nlp"
)

// Explain writes, for each sentence, its tokens with tags and the mentions
// found with their referents: what `kg extract --explain` shows beside the
// facts, so a user can see why a rule did or did not fire.
func (x *Extractor) Explain(w io.Writer, sents []nlp.Sentence) {
	reg := newRegistry()
	for _, s := range sents {
		for _, m := range findMentions(x.dict, s, nil) {
			for _, a := range m.Actors {
				reg.add(a)
			}
		}
	}
	hist := &salience{}
	for _, s := range sents {
		ms := findMentions(x.dict, s, reg)
		quoted, _ := quoteMask(s.Tokens, false)
		resolve(x.dict, ms, s.Index, hist, reg, nil, func(i int) bool { return quoted[i] }, true)
		var b strings.Builder
		for _, t := range s.Tokens {
			fmt.Fprintf(&b, "%s/%s ", t.Text, t.Tag)
		}
		fmt.Fprintf(w, "[%d] %s\n", s.Index, b.String())
		for _, m := range ms {
			var names []string
			for _, a := range m.Actors {
				names = append(names, a.Name)
			}
			loc := ""
			if m.Location {
				loc = " (a place here)"
			}
			fmt.Fprintf(w, "     %-11s %q -> %s%s\n", m.Kind, m.Text, strings.Join(names, " + "), loc)
		}
		hist.note(ms, s.Index)
	}
}
