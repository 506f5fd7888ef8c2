package extract

import (
	"fmt"
	"io"
	"strings"
)

// trace writes what the extractor read in one sentence: its tokens with their
// tags, the speaker, and each mention with what it resolved to, so a user can
// see why a rule did or did not fire (`kg extract --trace`).
func (st *sentence) trace(w io.Writer) {
	var b strings.Builder
	for _, t := range st.Tokens {
		fmt.Fprintf(&b, "%s/%s ", t.Text, t.Tag)
	}
	fmt.Fprintf(w, "[%d] %s\n", st.Index, strings.TrimSpace(b.String()))
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
}
