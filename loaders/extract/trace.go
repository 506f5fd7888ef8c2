package extract

import (
	"fmt"
	"io"
	"strings"

	"github.com/kg-project/kg/loaders/nlp"
)

// trace writes what the extractor read in one sentence: its tokens with
// their tags; when parsed, the dependency relations (relation(head-i,
// token-j), 1-based as in CoNLL-U, ROOT-0 for the root); the speaker; each
// mention with what it resolved to; and the facts each pass wrote, with the
// rule that fired. A user sees why a rule did or did not fire (`kg extract
// --trace`).
func (st *sentence) trace(w io.Writer, byPass []passCount) {
	var b strings.Builder
	for _, t := range st.Tokens {
		fmt.Fprintf(&b, "%s/%s ", t.Text, t.Tag)
	}
	fmt.Fprintf(w, "[%d] %s\n", st.Index, strings.TrimSpace(b.String()))
	if deps := depsLine(st.Tokens); deps != "" {
		fmt.Fprintf(w, "     deps        %s\n", deps)
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

// depsLine lists the parse as relation(head-i, dependent-j), or "" when the
// tokens carry no parse.
func depsLine(toks []nlp.Token) string {
	var b strings.Builder
	for j, t := range toks {
		if t.Dep == "" {
			return ""
		}
		head := "ROOT-0"
		if t.Head >= 0 && t.Head < len(toks) {
			head = fmt.Sprintf("%s-%d", toks[t.Head].Text, t.Head+1)
		}
		fmt.Fprintf(&b, "%s(%s, %s-%d) ", t.Dep, head, t.Text, j+1)
	}
	return strings.TrimSpace(b.String())
}
