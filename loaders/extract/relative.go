package extract

// relativeAntecedent finds what a relative pronoun at token rel refers to:
// the nearest mention before it, except that in an apposition ("Bashar
// al-Assad, an ally of Russia whom ...") the relative attaches to the
// apposition's head and so to the name before the comma.
func (st *sentence) relativeAntecedent(rel int) int {
	toks := st.Tokens
	for k := len(st.ms) - 1; k >= 0; k-- {
		m := st.ms[k]
		if m.End > rel || !m.resolved() || m.Kind == MPronoun || m.Modifier {
			continue
		}
		if m.Start >= 3 && toks[m.Start-1].Lower == "of" {
			// ", an ally of Y whom": look for "X ," before the apposition.
			for j := m.Start - 2; j >= 0 && j >= m.Start-6; j-- {
				if toks[j].Text == "," {
					for k2 := k - 1; k2 >= 0; k2-- {
						if st.ms[k2].End == j && st.ms[k2].resolved() {
							return k2
						}
					}
					break
				}
			}
		}
		return k
	}
	return -1
}

// relativeBefore returns the index of a relative pronoun that opens the
// clause whose subject starts at token start ("whom Western countries blame"),
// or -1.
func (st *sentence) relativeBefore(start int) int {
	if start > 0 && st.w.relativePronouns[st.Tokens[start-1].Lower] && st.Tokens[start-1].Tag != "DT" {
		return start - 1
	}
	return -1
}
