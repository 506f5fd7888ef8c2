package extract

import (
	"fmt"
	"io"
	"strings"
)

// trace writes what the extractor read in one sentence: its tokens with
// their tags and, when parsed, the index of each token's head and its
// relation; the speaker; each mention with what it resolved to; and the
// facts each pass wrote, with the rule that fired. A user sees why a rule
// did or did not fire (`kg extract --trace`).
func (st *sentence) trace(w io.Writer, byPass []passCount) {
	var b strings.Builder
	for _, t := range st.Tokens {
		fmt.Fprintf(&b, "%s/%s ", t.Text, t.Tag)
	}
	fmt.Fprintf(w, "[%d] %s\n", st.Index, strings.TrimSpace(b.String()))
	if st.tree != nil {
		b.Reset()
		for i, t := range st.Tokens {
			fmt.Fprintf(&b, "%d:%s<-%s:%d ", i, t.Text, t.Dep, t.Head)
		}
		fmt.Fprintf(w, "     parse       %s\n", strings.TrimSpace(b.String()))
	}
	if st.sp.speaker != nil {
		fmt.Fprintf(w, "     speaker     %s\n", st.sp.speaker.Name)
	}
	for _, m := range st.ms {
		var names []string
		for _, a := range m.Actors {
			names = append(names, a.Name)
		}
		note := ""
		if m.Location {
			note = " (a place here)"
		}
		if m.Modifier {
			note = " (describes the next mention)"
		}
		fmt.Fprintf(w, "     %-11s %q -> %s%s\n", m.Kind, m.Text, strings.Join(names, " + "), note)
	}
	for _, p := range byPass {
		for _, f := range st.facts[p.from : p.from+p.n] {
			neg := ""
			if f.Negated {
				neg = " (negated)"
			}
			fmt.Fprintf(w, "     %-11s %s -%s-> %s [%s, %s]%s\n", p.name, f.Subject.Name, f.Predicate, f.Object.Name, f.Rule, f.Modality, neg)
		}
	}
}
