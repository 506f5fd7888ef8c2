package extract

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/loaders/nlp"
	"github.com/kg-project/kg/schema"
)

// Arguments read off the dependency tree: which mentions fill a verb's or a
// noun's subject and object slots. Everything here looks at relations
// (nsubj, obj, obl+case, conj, acl, appos, xcomp), never at token windows.

// mentionIndex maps each token to the resolved mention that covers it, -1
// where none does. Modifier mentions ("NATO" in "NATO member Turkey") are
// left out: they describe the next mention and are no argument.
func mentionIndex(n int, ms []Mention) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = -1
	}
	for k, m := range ms {
		if !m.resolved() || m.Modifier {
			continue
		}
		for i := m.Start; i < m.End && i < n; i++ {
			if i >= 0 && idx[i] < 0 {
				idx[i] = k
			}
		}
	}
	return idx
}

// nominalRels are the dependents through which a noun phrase names an actor
// when its head does not ("Indian army posts", "Russia's envoy", "the
// government of Iraq"), tried in this order.
var nominalRels = []string{"compound", "flat", "amod", "nmod:poss", "nmod"}

// argsAt returns the mentions a nominal headed by h refers to, with its
// conjuncts: "Chile, Peru and Bolivia" gives three.
func (st *sentence) argsAt(h int) []int {
	var out []int
	seen := map[int]bool{}
	for _, c := range st.tree.conjuncts(h) {
		if k := st.mentionOf(c, 0); k >= 0 && !seen[k] {
			seen[k] = true
			out = append(out, k)
			for _, k2 := range st.sharedModifiers(c, k) {
				if !seen[k2] {
					seen[k2] = true
					out = append(out, k2)
				}
			}
			if tok := st.Tokens[c]; st.tokMention[c] < 0 && (tok.Tag == "CD" || st.w.quantityNouns[tok.Lower]) {
				// "killed six of its fighters and an Iranian general": a
				// number's of-nominal stands for it with its conjuncts.
				for _, e := range st.tree.children(c, "nmod") {
					if st.tree.caseOf(e) != "of" {
						continue
					}
					for _, e2 := range st.tree.conjuncts(e)[1:] {
						if k2 := st.mentionOf(e2, 0); k2 >= 0 && !seen[k2] && !st.ms[k2].Location {
							seen[k2] = true
							out = append(out, k2)
						}
					}
				}
			}
			if e := st.ms[k].End - 1; st.tokMention[c] < 0 && st.Tokens[c].Tag == "NNS" && st.tree.head(e) == c && ofLike(st.tree.caseOf(e)) {
				// "the leaders of Egypt and Eritrea", "officials from the
				// US and the Taliban": a plural noun standing for its
				// of-nominal stands for the nominal's conjuncts too.
				for _, e := range st.tree.conjuncts(e)[1:] {
					if k2 := st.tokMention[e]; k2 >= 0 && !seen[k2] && !st.ms[k2].Location {
						seen[k2] = true
						out = append(out, k2)
					}
				}
			}
		}
	}
	return out
}

// sharedModifiers are the mentions of coordinated modifiers that share the
// noun of mention k at c ("Israeli and Syrian troops": Israeli troops
// besides Syrian troops), made by the tree-demonyms pass.
func (st *sentence) sharedModifiers(c, k int) []int {
	t := st.tree
	var out []int
	for _, d := range t.children(c, "amod", "compound") {
		for _, e := range t.conjuncts(d) {
			k2 := st.tokMention[e]
			if k2 < 0 || k2 == k {
				continue
			}
			m, mk := st.ms[k2], st.ms[k]
			if m.End-m.Start == 1 && !m.Location && m.Kind == mk.Kind && len(m.Actors) == 1 && len(mk.Actors) == 1 && c >= mk.Start && c < mk.End {
				out = append(out, k2)
			}
		}
	}
	return out
}

// mentionOf is the mention one nominal head refers to, or -1.
func (st *sentence) mentionOf(h, depth int) int {
	t := st.tree
	if h < 0 || h >= len(st.tokMention) || depth > 3 {
		return -1
	}
	if k := st.tokMention[h]; k >= 0 {
		if st.ms[k].Location && t.caseOf(h) != "" {
			// "in Moscow", "near Aleppo": a place, not a participant.
			return -1
		}
		return k
	}
	tok := st.Tokens[h]
	// A relative pronoun stands for the noun its clause modifies: "the
	// rebels who control the east", "Assad, whom the West blames".
	if st.w.relativePronouns[tok.Lower] || tok.Tag == "WP" || tok.Tag == "WDT" {
		v := t.head(h)
		for v >= 0 && t.rel(v) == "conj" {
			v = t.head(v)
		}
		if v >= 0 && t.rel(v) == "acl:relcl" {
			return st.mentionOf(t.head(v), depth+1)
		}
		if h > 0 && st.Tokens[h-1].Text == "," && (tok.Lower == "who" || tok.Lower == "which") && !t.has(t.head(h), "conj") {
			// ", who accused Israel" read as a conjunct of the main
			// clause: the pronoun still means the mention before it. A
			// clause with conjuncts of its own is too tangled a reading
			// ("..., which threaten X, rather than targeting Y").
			return st.relativeAntecedent(h)
		}
		return -1
	}
	// "allegations by the UN", "terms set by the IMF": a
	// claim or demand stands for whoever made it.
	// "drones launched by Russia", "missiles fired by the Houthis": a
	// weapon stands for whoever used it (weaponNouns).
	if st.w.stanceNouns[tok.Lower] || st.w.stanceNouns[tok.Lemma] || st.w.quantityNouns[tok.Lower] || st.w.weaponNouns[tok.Lemma] {
		for _, c := range t.children(h, "nmod") {
			if t.caseOf(c) == "by" {
				if k := st.mentionOf(c, depth+1); k >= 0 {
					return k
				}
			}
		}
		for _, v := range t.children(h, "acl") {
			for _, c := range t.children(v, "obl:agent", "obl") {
				if t.rel(c) == "obl:agent" || t.caseOf(c) == "by" {
					if k := st.mentionOf(c, depth+1); k >= 0 {
						return k
					}
				}
			}
		}
		// "intercepted a missile fired from Yemen": a weapon stands for
		// the place it was launched from when no one is named.
		if st.w.weaponNouns[tok.Lemma] {
			for _, v := range t.children(h, "acl") {
				for _, c := range t.children(v, "obl") {
					if t.caseOf(c) == "from" {
						if k := st.tokMention[c]; k >= 0 && st.ms[k].resolved() {
							return k
						}
					}
				}
			}
		}
	}
	if st.w.kinNouns[tok.Lemma] || st.w.kinNouns[tok.Lower] {
		// "Mohamed and his father", "the son of the president": a
		// relative is someone else.
		return -1
	}
	// Pronoun or determiner heads with nothing to resolve them stay empty;
	// nouns look into their modifiers.
	for _, r := range nominalRels {
		for _, c := range t.children(h, r) {
			if r == "nmod" && !ofLike(t.caseOf(c)) && !(t.caseOf(c) == "for" && st.w.spokesNouns[tok.Lower]) {
				// ("a spokesman for the army" speaks for it.)
				continue
			}
			if r == "amod" && st.tokMention[c] < 0 {
				continue
			}
			if k := st.mentionOf(c, depth+1); k >= 0 {
				return k
			}
		}
	}
	// "forces loyal to Khalifa Haftar", "militants linked to al-Qaeda":
	// a group noun stands for the actor it is tied to (loyaltyWords).
	if strings.HasPrefix(tok.Tag, "NNS") {
		for _, a := range t.children(h, "amod", "acl") {
			if !st.w.loyaltyWords[st.Tokens[a].Lower] {
				continue
			}
			for _, c := range t.children(a, "obl", "nmod") {
				if p := t.caseOf(c); p == "to" || p == "with" {
					if k := st.mentionOf(c, depth+1); k >= 0 {
						return k
					}
				}
			}
		}
	}
	// "Rebel Andean Liberation Army": a common noun whose apposition is a
	// name. Only a name itself: in "the group, Peru's ally" the group is
	// not Peru.
	// "the National Liberation Army (ELN)": a name the dictionary knows
	// only by its acronym in brackets.
	for _, c := range t.children(h, "appos") {
		paren := c > 0 && (st.Tokens[c-1].Text == "(" || st.Tokens[c-1].Text == "[")
		if !paren && !(strings.HasPrefix(tok.Tag, "NN") && !properNoun(tok.Tag)) {
			continue
		}
		if k := st.tokMention[c]; k >= 0 && !st.ms[k].Location && properNoun(st.Tokens[c].Tag) {
			return k
		}
	}
	return -1
}

// ofLike prepositions make a noun's complement the actor it stands for:
// "forces of Assad", "the government in Kabul" is a place and is not here.
func ofLike(p string) bool { return p == "of" || p == "from" }

// argList turns mention indexes into arguments.
func (st *sentence) argList(ks []int) []arg {
	var out []arg
	for _, k := range ks {
		out = append(out, st.mentionArgs(k)...)
	}
	return out
}

// subjectsOf finds who does what verb v says: its own subject, or for a verb
// without one the subject it shares — a controlling verb's subject or
// object (xcomp), the first conjunct's (conj), the noun a participle
// modifies (acl), the main clause's for a participle or purpose clause.
func (x *Extractor) subjectsOf(st *sentence, v, depth int) []int {
	t := st.tree
	if v < 0 || depth > 4 {
		return nil
	}
	if passiveVerb(st, v) {
		for _, c := range t.children(v, "obl:agent", "obl") {
			if t.rel(c) == "obl:agent" || t.caseOf(c) == "by" {
				if ks := st.argsAt(c); len(ks) > 0 {
					return ks
				}
			}
		}
		if st.w.exclusionVerbs[st.Tokens[v].Lemma] {
			// "Zimbabwe was suspended from the Commonwealth", "expelled
			// from the party": the body left is the one that excluded.
			for _, c := range t.children(v, "obl") {
				if t.caseOf(c) != "from" {
					continue
				}
				if ks := st.argsAt(c); len(ks) > 0 && (st.ms[ks[0]].Actors[0].Type == schema.Organization || st.ms[ks[0]].Actors[0].Type == schema.Country) {
					return ks
				}
			}
		}
		if x.accusing(st.Tokens[v].Lemma) {
			// "was accused of war crimes by the UN": the parse often hangs
			// the accuser on the charge; a charge's own agent would be
			// "crimes committed by".
			for _, c := range t.children(v, "obl") {
				if p := t.caseOf(c); p != "of" && p != "for" {
					continue
				}
				for _, b := range t.children(c, "nmod") {
					if t.caseOf(b) == "by" {
						if ks := st.argsAt(b); len(ks) > 0 {
							return ks
						}
					}
				}
			}
		}
		return nil
	}
	// Of several subjects (a mis-parse), the one nearest the verb, unless
	// they are a coordination the parse did not join ("Chile's government
	// and the rebels signed": the second subject has the "and").
	subs := t.children(v, "nsubj")
	ccBetween := func(a, b int) bool {
		// "The United States and Britain carried out": the parse may hang
		// the "and" on the verb.
		for _, c := range t.children(v, "cc") {
			if c > a && c < b {
				return true
			}
		}
		return false
	}
	if len(subs) == 2 && subs[0] < subs[1] && subs[1] < v && (t.has(subs[1], "cc") || ccBetween(subs[0], subs[1])) {
		a, b := st.argsAt(subs[0]), st.argsAt(subs[1])
		if len(a) > 0 && len(b) > 0 {
			return append(a, b...)
		}
	}
	sort.Slice(subs, func(i, j int) bool { return abs(subs[i]-v) < abs(subs[j]-v) })
	for _, c := range subs {
		if ks := st.argsAt(c); len(ks) > 0 {
			// "Russia, along with Iran, supports Assad": a comitative
			// on the subject acts with it (comitatives).
			for _, n := range t.children(c, "nmod") {
				if st.w.comitatives[t.caseOf(n)] {
					ks = append(ks, st.argsAt(n)...)
				}
			}
			return ks
		}
		if !weakSubject(st.Tokens[c]) {
			return nil // a subject that is no actor ("the talks failed") hides none
		}
	}
	h := t.head(v)
	switch t.rel(v) {
	case "xcomp":
		// "urged Iran to withdraw": Iran would withdraw; "agreed to meet":
		// the agreeing side meets.
		if objs := t.children(h, "obj", "iobj"); len(objs) > 0 && x.objectControl(st.Tokens[h].Lemma) {
			return st.argsAt(objs[0])
		}
		if h >= 0 && passiveVerb(st, h) && !t.has(h, "obl:agent") {
			// "Chad is reported to have withdrawn", "is expected to meet":
			// raising; the passive's subject acts.
			for _, c := range t.children(h, "nsubj:pass") {
				if ks := st.argsAt(c); len(ks) > 0 {
					return ks
				}
			}
		}
		return x.subjectsOf(st, h, depth+1)
	case "conj":
		if h >= 0 && isVerb(st.Tokens[h]) {
			return x.subjectsOf(st, h, depth+1)
		}
	case "acl":
		if misreadMainVerb(st, v) {
			return st.argsAt(h)
		}
		if h >= 0 && t.hasMark(v, "to") && st.w.controlNouns[st.Tokens[h].Lemma] {
			// "Kenya's decision to expel the envoy", "a Russian bid to
			// annex": the noun's owner acts.
			return st.actAgent(h)
		}
		// "ordered the Japanese navy to work with the Americans": an
		// infinitive the parse hung on an object-control verb's object
		// is that object's act.
		if g := t.head(h); h >= 0 && t.hasMark(v, "to") && t.relIs(h, "obj", "iobj") && g >= 0 && isVerb(st.Tokens[g]) && x.objectControl(st.Tokens[g].Lemma) {
			return st.argsAt(h)
		}
		// "rebels fighting Assad": the modified noun acts; a gerund hung
		// on a verb ("denies shelling") is that verb's subject's act.
		if st.Tokens[v].Tag == "VBG" && h >= 0 && isVerb(st.Tokens[h]) {
			return x.subjectsOf(st, h, depth+1)
		}
		if st.Tokens[v].Tag == "VBG" {
			return st.argsAt(h)
		}
		// "launched an offensive to retake Mosul": the purpose of an
		// event a light verb's subject carries out is that subject's.
		if h >= 0 && t.hasMark(v, "to") && t.relIs(h, "obj") && t.head(h) >= 0 && x.lex.w.lightVerbs[st.Tokens[t.head(h)].Lemma] && x.isEventNoun(st, h) {
			return x.subjectsOf(st, t.head(h), depth+1)
		}
	case "acl:relcl":
		// "Rebel Andean Liberation Army (ALA) steps up attacks": a finite
		// relative verb with no subject and no relative pronoun is the
		// parser's reading of a clause whose subject is the noun it
		// hangs on.
		switch st.Tokens[v].Tag {
		case "VBZ", "VBD", "VBP":
			if h >= 0 && !t.has(v, "nsubj:pass", "expl", "csubj") {
				return st.argsAt(h)
			}
		}
	case "advcl":
		// "..., accusing Ankara of", "travelled to Moscow to meet": the main
		// clause's subject, unless the clause has its own.
		if st.Tokens[v].Tag == "VBG" && v > 0 && st.Tokens[v-1].Text == "," {
			// "blocked Sweden's bid to join Nato, accusing Stockholm of":
			// a participle after a comma the parse hung inside an object
			// phrase is the main clause's.
			u := h
			for n := 0; n < 4 && u >= 0 && (t.relIs(u, "acl", "xcomp") || !isVerb(st.Tokens[u])) && t.head(u) >= 0; n++ {
				u = t.head(u)
			}
			if u != h && u >= 0 && isVerb(st.Tokens[u]) {
				if ks := x.subjectsOf(st, u, depth+1); len(ks) > 0 {
					return ks
				}
			}
		}
		if st.Tokens[v].Tag == "VBG" || t.has(v, "mark") && st.Tokens[t.children(v, "mark")[0]].Lower == "to" {
			return x.subjectsOf(st, h, depth+1)
		}
	}
	return st.misattachedSubject(v)
}

// misattachedSubject: a finite verb the parse gave no subject, with a
// name before it hung on the verb by some other relation ("Armenian/JJ
// Prime Minister Nikol Pashinyan, who has criticised Moscow, met ...":
// advmod(met, Armenian)). The name is the subject; a name with a
// preposition is not ("In Paris, met ...").
func (st *sentence) misattachedSubject(v int) []int {
	t := st.tree
	switch st.Tokens[v].Tag {
	case "VBD", "VBZ", "VBP":
	default:
		return nil
	}
	if t.has(v, "nsubj", "nsubj:pass", "expl", "csubj", "mark") {
		return nil
	}
	for _, c := range t.children(v, "advmod", "dep", "obl", "nmod", "compound", "amod") {
		if c > v || t.caseOf(c) != "" {
			continue
		}
		k := st.tokMention[c]
		if k < 0 || st.ms[k].Location || st.ms[k].Kind == MPronoun || !st.ms[k].resolved() {
			continue
		}
		if m := st.ms[k]; m.Kind == MName || m.Kind == MTitled || m.Kind == MTitle || m.Kind == MKnown || m.Kind == MGroup {
			return []int{k}
		}
	}
	return nil
}

// weakSubject: a determiner or number taken for a subject ("ready to both
// cooperate" mis-parsed) says nothing about who acts.
func weakSubject(t nlp.Token) bool {
	return t.Tag == "DT" || t.Tag == "CD" || t.Tag == "EX" || t.Tag == "PDT"
}

// bareParticiple: a past participle with no auxiliary whose "subject"
// sits before it and a by-agent after it ("a drone shot down by Ukrainian
// forces crashed"): the parser made the reduced relative the main verb;
// the subject is what the act was done to.
func bareParticiple(st *sentence, v int) bool {
	t := st.tree
	if st.Tokens[v].Tag != "VBN" || t.has(v, "aux", "aux:pass", "cop") || !t.has(v, "nsubj") {
		return false
	}
	for _, c := range t.children(v, "obl:agent", "obl") {
		if t.rel(c) == "obl:agent" || t.caseOf(c) == "by" {
			return true
		}
	}
	return false
}

// passiveVerb: a passive auxiliary or subject, or a past participle that
// modifies a noun ("a drone downed by Iran").
func passiveVerb(st *sentence, v int) bool {
	t := st.tree
	if t.has(v, "nsubj:pass", "aux:pass") || bareParticiple(st, v) {
		return true
	}
	if h := t.head(v); t.rel(v) == "conj" && st.Tokens[v].Tag == "VBN" && h >= 0 && h < v && !t.has(v, "nsubj", "aux") && passiveVerb(st, h) {
		// "welcomed by Washington but criticised by Beijing": a
		// participle conjoined to a passive shares its voice.
		return true
	}
	return t.rel(v) == "acl" && st.Tokens[v].Tag == "VBN" && !misreadMainVerb(st, v)
}

// misreadMainVerb: "Peruvian forces shelled/VBN rebel positions" parsed as
// a reduced relative on a verbless sentence's root noun; a passive
// participle takes no object, so it is the sentence's verb, and the noun
// its subject.
func misreadMainVerb(st *sentence, v int) bool {
	t := st.tree
	h := t.head(v)
	return h >= 0 && t.rel(h) == "root" && t.rel(v) == "acl" && st.Tokens[v].Tag == "VBN" && t.has(v, "obj") && !isVerb(st.Tokens[h])
}

// passiveObjects is what a passive verb was done to.
func (st *sentence) passiveObjects(v int) []int {
	t := st.tree
	for _, c := range t.children(v, "nsubj:pass") {
		return st.argsAt(c)
	}
	if bareParticiple(st, v) {
		for _, c := range t.children(v, "nsubj") {
			return st.argsAt(c)
		}
	}
	if t.rel(v) == "acl" {
		return st.argsAt(t.head(v))
	}
	return nil
}

// slotArgs fills one frame slot of verb v: "dobj" (the object, or the
// recipient of a ditransitive), "that" (the subject of the complement
// clause) or a preposition (an oblique with that case). part is the token
// of the frame's particle or noun ("talks" in "hold talks with"), whose own
// prepositional dependents count as the verb's; -1 when none.
func (st *sentence) slotArgs(v, part int, slot string) []int {
	t := st.tree
	heads := []int{v}
	if part >= 0 && part != v {
		heads = append(heads, part)
	}
	if slot != "dobj" && slot != "that" {
		// "suspended military contacts with Ankara": the object noun
		// carries the prepositional argument, or the noun a quantity
		// object counts ("host a new round of talks between X and Y").
		for _, o := range t.children(v, "obj") {
			heads = append(heads, o)
			if st.w.quantityNouns[st.Tokens[o].Lower] {
				for _, c := range t.children(o, "nmod") {
					if t.caseOf(c) == "of" {
						heads = append(heads, c)
					}
				}
			}
		}
	}
	switch slot {
	case "owner":
		// "violated Greek airspace", "violated its airspace", "the
		// airspace of Greece": whose the frame's noun is.
		if part < 0 {
			return nil
		}
		for _, c := range t.children(part, "nmod:poss", "amod", "compound", "nmod") {
			if t.rel(c) == "nmod" && t.caseOf(c) != "of" {
				continue
			}
			if k := st.tokMention[c]; k >= 0 && len(st.ms[k].Actors) > 0 {
				return []int{k}
			}
		}
		return nil
	case "dobj":
		for _, c := range t.children(v, "iobj", "obj") {
			if c == part {
				continue
			}
			if ks := st.argsAt(c); len(ks) > 0 {
				return ks
			}
		}
		// "call on X": the particle is X's case marker.
		if part >= 0 && t.rel(part) == "case" {
			return st.argsAt(t.head(part))
		}
		// "declared a Russian diplomat persona non grata": the parse may
		// make the frame's noun the object, with the real one its
		// modifier.
		if part >= 0 && t.rel(part) == "obj" && strings.HasPrefix(st.Tokens[part].Tag, "NN") {
			if ks := st.argsAt(part); len(ks) > 0 {
				return ks
			}
		}
		// "invaded and annexed Crimea": a verb with no object of its own
		// shares the next conjunct's, when that one has no subject.
		if !t.has(v, "obj", "iobj", "obl", "ccomp", "xcomp") {
			for _, c := range t.children(v, "conj") {
				if c > v && isVerb(st.Tokens[c]) && !t.has(c, "nsubj", "nsubj:pass") {
					for _, o := range t.children(c, "obj") {
						if ks := st.argsAt(o); len(ks) > 0 {
							return ks
						}
					}
				}
			}
		}
		return nil
	case "that":
		for _, c := range t.children(v, "ccomp") {
			// "warned that if Russia invades, Nato will respond": a
			// conditional consequence is addressed to whoever the
			// condition is about.
			for _, a := range t.children(c, "advcl") {
				if t.hasMark(a, "if") || t.hasMark(a, "unless") {
					for _, s := range t.children(a, "nsubj", "nsubj:pass") {
						if ks := st.argsAt(s); len(ks) > 0 {
							return ks
						}
					}
				}
			}
			for _, s := range t.children(c, "nsubj", "nsubj:pass") {
				return st.argsAt(s)
			}
		}
		return nil
	}
	for _, h := range heads {
		for _, c := range t.children(h, "obl", "nmod", "obl:agent") {
			if t.caseOf(c) == slot {
				if ks := st.argsAt(c); len(ks) > 0 {
					return ks
				}
				// "fired rockets at Israel": a place after the frame's
				// own preposition is its argument, not where it happened.
				if k := st.tokMention[c]; k >= 0 && st.ms[k].Location && st.ms[k].resolved() {
					return []int{k}
				}
			}
		}
	}
	// "called for Chile to withdraw": the preposition marks a clause
	// whose subject is the slot's actor.
	for _, h := range heads {
		for _, c := range t.children(h, "advcl", "acl", "xcomp", "ccomp") {
			if !t.hasMark(c, slot) {
				continue
			}
			for _, s := range t.children(c, "nsubj", "nsubj:pass") {
				if ks := st.argsAt(s); len(ks) > 0 {
					return ks
				}
			}
		}
	}
	return nil
}

// isEventNoun: the token is an event noun of the lexicon.
func (x *Extractor) isEventNoun(st *sentence, i int) bool {
	_, n, ok := x.nounAt(st, i)
	return ok && n == 1
}
