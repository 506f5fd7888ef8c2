package nlp

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag"

	"github.com/kg-project/kg/loaders/syntax"
)

// ownTagger chooses kg's own tagger (loaders/syntax, trained on EWT and GUM)
// over prose's for Token.Tag; fixTags corrects either. kg's tagger is far
// more accurate on the treebanks (EWT test 94.9% against prose's 85.8%, GUM
// test 95.7% against 91.7%), the tree passes read the same tags the parser
// read, and one tagger runs instead of two. Measured with the tree passes in
// place: dev P 0.834 R 0.493 against prose's 0.832 / 0.486, seeds unchanged
// (P 0.950, R 0.964). prose's tagger stays for an Analyzer without a model.
const ownTagger = true

// tagTokens sets the Penn tag of each prose token.
func (a *Analyzer) tagTokens(raw []tag.Token) {
	if !ownTagger || a.syn == nil {
		a.tag.TagTokens(raw)
		return
	}
	words := make([]string, len(raw))
	for i, r := range raw {
		words[i] = r.Text
	}
	a.modelForms(words)
	for i, t := range a.syn.Tag(words) {
		raw[i].Tag = t
	}
}

// ownTags reports whether tagTokens used kg's tagger, so that Token.Raw
// holds the tags the parser was trained on.
func (a *Analyzer) ownTags() bool { return ownTagger && a.syn != nil }

// parse fills Head (index in toks, -1 for the root) and Dep (UD relation) of
// every token of one sentence from the dependency parser. The parser reads
// the tags of kg's own tagger, the tags it was trained on (the tokens' Tag,
// prose's corrected by fixTags, parse EWT test 7 LAS points worse:
// TestParserTags), so Token.Tag and the tree may disagree on a word.
func (a *Analyzer) parse(toks []Token) {
	if len(toks) == 0 {
		return
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	a.modelForms(words)
	var tags []string
	if a.ownTags() {
		tags = make([]string, len(toks))
		for i, t := range toks {
			tags[i] = t.Raw
			if strings.HasPrefix(t.Tag, "VB") && !strings.HasPrefix(t.Raw, "VB") || t.Tag == "NNP" && t.Raw != "NNP" && t.Raw != "NNPS" || t.Tag == "CD" && amount(t.Lower) ||
				(strings.HasPrefix(t.Raw, "VB") || t.Raw == "RB") && (t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "JJ") {
				// fixTags found a verb the tagger missed ("agreed to
				// share/NN"), a name ("the PKK/NN") or a noun or
				// modifier it took for a verb ("its arms embargo/VBP"):
				// a clause's verbs and names matter more to the tree
				// than the parser's training conventions.
				tags[i] = t.Tag
			}
		}
	} else {
		tags = a.syn.Tag(words)
	}
	heads, deps := a.syn.Parse(words, tags)
	for i := range toks {
		toks[i].Head = heads[i] - 1
		toks[i].Dep = deps[i]
	}
	rerootFiniteVerb(toks)
	mendReportedClause(toks)
	mendGerundObject(toks)
	mendTitleName(toks)
	mendSubordinateClause(toks)
	mendThatClause(toks)
	mendReportedSubject(toks)
	mendFrontedSubject(toks)
	mendMarkedGerund(toks)
	mendNounClause(toks)
	mendWordAsPunct(toks)
}

// mendWordAsPunct relabels a word the parser attached as punctuation: "The
// head of the watchdog, Rafael/punct Grossi, visited" - a name between
// commas after a noun is that noun's apposition; any other word is a
// dependent of unknown relation.
func mendWordAsPunct(toks []Token) {
	for i, t := range toks {
		if t.Dep != "punct" || !isWordy(t.Lower) {
			continue
		}
		h := t.Head
		if isProper(t) && h >= 0 && h < i && strings.HasPrefix(toks[h].Tag, "NN") && i > 0 && toks[i-1].Text == "," {
			toks[i].Dep = "appos"
		} else {
			toks[i].Dep = "dep"
		}
	}
}

// mendNounClause mends a noun's that-clause read as an adverbial clause of
// the verb: "commented on the reports that it struck Iran" as
// advcl(commented, struck). An adverbial clause is not opened by "that"
// right after a noun; the clause completes the noun.
func mendNounClause(toks []Token) {
	for m := 1; m < len(toks); m++ {
		c := toks[m].Head
		if toks[m].Lower != "that" || toks[m].Dep != "mark" || c <= m || toks[c].Dep != "advcl" || !oneOf(toks[m-1].Tag, "NN", "NNS") {
			continue
		}
		toks[c].Head, toks[c].Dep = m-1, "acl"
	}
}

// mendMarkedGerund mends an -ing verb with a preposition of its own read
// as its object's modifier: "accuses Russia of deliberately targeting
// civilians" as amod(civilians, targeting), mark(targeting, of),
// obj(accuses, civilians). A modifier takes no marker: the -ing word is a
// clause of the verb and the noun its object.
func mendMarkedGerund(toks []Token) {
	for g := range toks {
		n := toks[g].Head
		if toks[g].Tag != "VBG" || toks[g].Dep != "amod" || n <= g {
			continue
		}
		v := toks[n].Head
		if !hasDep(toks[:g], g, "mark") || v < 0 || !strings.HasPrefix(toks[v].Tag, "VB") || !oneOf(toks[n].Dep, "obj", "obl", "iobj") {
			continue
		}
		toks[g].Head, toks[g].Dep = v, "advcl"
		toks[n].Head, toks[n].Dep = g, "obj"
	}
}

// mendFrontedSubject mends a subject after a fronted phrase and a comma
// read as that phrase's conjunct: "In March, Riyadh and Tehran agreed" as
// obl(agreed, March), conj(March, Riyadh), conj(March, Tehran). A verb with
// no subject of its own, and a conjunct after a comma with no conjunction
// before it, is the verb's subject (the later conjuncts its own).
func mendFrontedSubject(toks []Token) {
	for v := range toks {
		if !oneOf(toks[v].Tag, "VBD", "VBZ", "VBP") {
			continue
		}
		var obl []int
		subj := false
		for j, t := range toks {
			if t.Head != v {
				continue
			}
			switch {
			case oneOf(t.Dep, "nsubj", "nsubj:pass", "expl", "csubj"):
				subj = true
			case t.Dep == "obl" && j < v:
				obl = append(obl, j)
			}
		}
		if subj {
			continue
		}
		for _, o := range obl {
			hasCase := false
			var conjs []int
			for j := range toks {
				if toks[j].Head == o && toks[j].Dep == "case" && j < o {
					hasCase = true
				}
				if toks[j].Head == o && toks[j].Dep == "conj" && j > o && j < v {
					conjs = append(conjs, j)
				}
			}
			if !hasCase || len(conjs) == 0 {
				continue
			}
			c1 := conjs[0]
			if !strings.HasPrefix(toks[c1].Tag, "NN") && toks[c1].Tag != "PRP" || toks[c1-1].Text != "," {
				continue
			}
			toks[c1].Head, toks[c1].Dep = v, "nsubj"
			for _, c := range conjs[1:] {
				toks[c].Head = c1
			}
			return
		}
	}
}

// mendReportedSubject mends a reported clause whose subject, set off by a
// relative clause, the parse took for the reporting verb's object:
// "officials say the gunmen, who belong to a group, opened fire" read as
// obj(say, gunmen) and conj(say, opened). A verb that reports a clause
// (reporting) takes no such object, and a conjunct with no conjunction is
// none: the later verb is the reported clause, the noun its subject.
func mendReportedSubject(toks []Token) {
	for v := range toks {
		if !words.reporting[toks[v].Lemma] || !strings.HasPrefix(toks[v].Tag, "VB") {
			continue
		}
		n, c := -1, -1
		for j := v + 1; j < len(toks); j++ {
			if toks[j].Head != v {
				continue
			}
			switch {
			case toks[j].Dep == "obj" && strings.HasPrefix(toks[j].Tag, "NN") && n < 0:
				n = j
			case (toks[j].Dep == "conj" && oneOf(toks[j].Tag, "VBD", "VBZ", "VBP") || toks[j].Dep == "ccomp" && strings.HasPrefix(toks[j].Tag, "VB")) && n >= 0 && c < 0:
				// (Or its clausal complement with no subject: "said
				// Rwandan troops were fighting", obj(said, troops).)
				c = j
			}
		}
		if n < 0 || c < 0 {
			continue
		}
		if hasDep(toks, c, "nsubj", "nsubj:pass", "cc") {
			continue
		}
		toks[c].Head, toks[c].Dep = v, "ccomp"
		toks[n].Head, toks[n].Dep = c, "nsubj"
	}
}

// mendThatClause mends a that-clause whose "that" the parse took for the
// verb's object and hung the clause's verb under it ("demanded that Israel
// halt/VB building": obj(demanded, that), punct(that, halt)). A "that" with
// a subject-bearing verb below it is the clause's marker.
func mendThatClause(toks []Token) {
	for i := range toks {
		v := toks[i].Head
		if toks[i].Lower != "that" || v < 0 || v > i || !oneOf(toks[i].Dep, "obj", "dep") || !strings.HasPrefix(toks[v].Tag, "VB") {
			continue
		}
		for c := i + 1; c < len(toks); c++ {
			if toks[c].Head != i || !strings.HasPrefix(toks[c].Tag, "VB") {
				continue
			}
			subj := false
			for j := i + 1; j < c; j++ {
				if toks[j].Head == c && oneOf(toks[j].Dep, "nsubj", "nsubj:pass") {
					subj = true
				}
			}
			if subj {
				toks[c].Head, toks[c].Dep = v, "ccomp"
				toks[i].Head, toks[i].Dep = c, "mark"
			}
			break
		}
	}
}

// mendSubordinateClause mends a clause after a word that is a preposition
// too: "protested after a Chinese ship rammed its boats" read as
// obl(protested, ship), case(ship, after) and conj(protested, rammed). A
// conjunct with no conjunction or comma before it and no subject of its
// own is no conjunct: the noun is its subject and the word its marker.
func mendSubordinateClause(toks []Token) {
	for n := range toks {
		v1 := toks[n].Head
		if v1 < 0 || toks[n].Dep != "obl" || !strings.HasPrefix(toks[v1].Tag, "VB") {
			continue
		}
		mark := -1
		for j := v1 + 1; j < n; j++ {
			if toks[j].Head == n && toks[j].Dep == "case" && words.subordinator[toks[j].Lower] {
				mark = j
			}
		}
		if mark < 0 {
			continue
		}
		v2 := -1
		for j := n + 1; j < len(toks); j++ {
			if toks[j].Head == v1 && toks[j].Dep == "conj" {
				v2 = j
				break
			}
		}
		if v2 < 0 || !oneOf(toks[v2].Tag, "VBD", "VBZ", "VBP") {
			continue
		}
		clean := true
		for j := n + 1; j < v2; j++ {
			if toks[j].Text == "," || toks[j].Dep == "cc" || toks[j].Head == v2 && oneOf(toks[j].Dep, "nsubj", "nsubj:pass", "mark") {
				clean = false
			}
		}
		if !clean || hasDep(toks, v2, "nsubj", "nsubj:pass", "cc") {
			continue
		}
		toks[v2].Head, toks[v2].Dep = v1, "advcl"
		toks[n].Head, toks[n].Dep = v2, "nsubj"
		toks[mark].Head, toks[mark].Dep = v2, "mark"
	}
}

// mendTitleName mends a title split from the name it precedes: "the forces
// of commander Khalifa Haftar" read as nmod(forces, commander) with Haftar
// hung elsewhere (an apposition, an oblique of the verb). A singular common
// noun right before a proper name is the name's title (compound, as the
// treebanks annotate "President Bush"), so the name takes the title's place
// in the tree, with its determiner and preposition.
func mendTitleName(toks []Token) {
	for n := 0; n+1 < len(toks); n++ {
		if toks[n].Tag != "NN" || toks[n].Text != toks[n].Lower || toks[n+1].Tag != "NNP" {
			continue
		}
		end := n + 1
		for end < len(toks) && toks[end].Tag == "NNP" {
			end++
		}
		h := -1 // the name's head: its one token hung outside it
		for j := n + 1; j < end; j++ {
			if hd := toks[j].Head; hd < n+1 || hd >= end {
				if h >= 0 {
					h = -2
					break
				}
				h = j
			}
		}
		if h < 0 || toks[h].Head == n || !oneOf(toks[h].Dep, "appos", "obl", "flat", "dep", "nmod", "compound") || !oneOf(toks[n].Dep, "nmod", "obl", "obj", "nsubj", "nsubj:pass", "appos", "conj") {
			n = end - 1
			continue
		}
		if hd := toks[h].Head; hd > n && hd < end || toks[n].Head > n && toks[n].Head < end {
			n = end - 1
			continue
		}
		toks[h].Head, toks[h].Dep = toks[n].Head, toks[n].Dep
		toks[n].Head, toks[n].Dep = h, "compound"
		for j := range toks {
			if toks[j].Head == n && oneOf(toks[j].Dep, "case", "det", "nmod:poss") {
				toks[j].Head = h
			}
		}
		n = end - 1
	}
}

func oneOf(s string, set ...string) bool { return slices.Contains(set, s) }

// hasDep: some token hangs on h by one of deps.
func hasDep(toks []Token, h int, deps ...string) bool {
	for _, t := range toks {
		if t.Head == h && slices.Contains(deps, t.Dep) {
			return true
		}
	}
	return false
}

// mendGerundObject mends an -ing verb after a verb that takes one, parsed as
// its object's modifier: "denied sheltering/VBG militants" read as
// obj(denied, militants), amod(militants, sheltering). The -ing word is the
// verb's complement and the noun its object, or the militants would be what
// was denied.
func mendGerundObject(toks []Token) {
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		h := t.Head
		if t.Tag != "VBG" || t.Dep != "amod" || h <= i || !aspectual[toks[i-1].Lower] || toks[h].Head != i-1 || toks[h].Dep != "obj" {
			continue
		}
		t.Head, t.Dep = i-1, "xcomp"
		toks[h].Head = i
	}
}

// rerootFiniteVerb mends one parse error the tags contradict: a verbless
// root noun with a finite verb after it hung on it as a reduced relative
// ("Indian troops destroyed/VBD at least two army posts": root(troops),
// acl(troops, destroyed), appos(troops, posts)). A reduced relative is a
// participle, not a finite form, so the verb is the root, the noun its
// subject and an apposition after the verb its object.
func rerootFiniteVerb(toks []Token) {
	root := -1
	for i, t := range toks {
		if t.Head < 0 {
			root = i
			break
		}
	}
	if root < 0 || !strings.HasPrefix(toks[root].Tag, "NN") {
		return
	}
	v := -1
	for i, t := range toks {
		if t.Head != root {
			continue
		}
		switch t.Dep {
		case "cop", "nsubj", "csubj", "expl":
			return // a copular clause or one with a subject of its own
		case "acl":
			if i > root && (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP") && v < 0 {
				v = i
			}
		}
	}
	if v < 0 {
		return
	}
	hasObj := false
	for _, t := range toks {
		if t.Head == v {
			switch t.Dep {
			case "nsubj", "nsubj:pass", "aux", "aux:pass", "mark":
				return // a clause of its own ("the troops who were sent")
			case "obj":
				hasObj = true
			}
		}
	}
	toks[v].Head, toks[v].Dep = -1, "root"
	toks[root].Head, toks[root].Dep = v, "nsubj"
	for i := range toks {
		t := &toks[i]
		switch {
		case t.Head == root && i > v && t.Dep == "appos" && !hasObj:
			t.Head, t.Dep = v, "obj"
			hasObj = true
		case t.Head == root && i > v && t.Dep == "punct" && i == len(toks)-1:
			t.Head = v
		}
	}
}

// mendReportedClause mends a second parse error of news text: a clause
// reported after it ("Russian jets struck rebel areas, a monitor said")
// read as a noun phrase with a reduced relative, the noun taken for the
// reporting verb's subject or clausal complement: nsubj(said, jets) beside
// nsubj(said, monitor), or ccomp(said, jets), with acl(jets, struck). A
// clausal complement is not a bare noun, and a verb has one subject, so the
// relative is the reported clause's verb and the noun its subject. Only a
// relative with an object and no subject, auxiliary, marker or by-agent of
// its own is mended ("the sanctions announced by the Treasury" stays).
func mendReportedClause(toks []Token) {
	for n := range toks {
		r := toks[n].Head
		if r <= n || !strings.HasPrefix(toks[r].Tag, "VB") || !strings.HasPrefix(toks[n].Tag, "NN") {
			continue
		}
		speaker := -1 // the reporting verb's own subject, after the noun
		for j := n + 1; j < r; j++ {
			if toks[j].Head == r && toks[j].Dep == "nsubj" {
				speaker = j
			}
		}
		switch toks[n].Dep {
		case "nsubj":
			if speaker < 0 {
				continue
			}
		case "ccomp":
		default:
			continue
		}
		v := -1
		for j := n + 1; j < r; j++ {
			if toks[j].Head == n && toks[j].Dep == "acl" && (toks[j].Tag == "VBD" || toks[j].Tag == "VBN" || toks[j].Tag == "VBZ" || toks[j].Tag == "VBP") {
				v = j
				break
			}
			if toks[j].Head == n && toks[j].Dep == "cop" {
				break
			}
		}
		if v < 0 || !reducedWithObject(toks, v) {
			continue
		}
		end := r
		if speaker >= 0 {
			end = speaker
		}
		toks[v].Head, toks[v].Dep = r, "ccomp"
		toks[n].Head, toks[n].Dep = v, "nsubj"
		for j := v + 1; j < end; j++ {
			// The comma before the speaker, and a participle of the
			// reported clause (", killing nine civilians"), belong to
			// the reported verb.
			if h := toks[j].Head; (h == n || h == r) && (toks[j].Dep == "punct" || toks[j].Dep == "advcl") {
				toks[j].Head = v
			}
		}
		return
	}
}

// reducedWithObject: the verb at v has an object and none of the subject,
// auxiliary, marker or by-agent that make it a relative clause or a passive.
func reducedWithObject(toks []Token, v int) bool {
	obj := false
	for _, t := range toks {
		if t.Head != v {
			continue
		}
		switch t.Dep {
		case "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "obl:agent":
			return false
		case "obj":
			obj = true
		}
	}
	return obj
}

// modelForms rewrites a sentence's words, in place, to the forms the tagger
// and parser read: treebankForm's spelling, and in a Title Case headline
// ("Iran Seizes British Oil Tanker In Strait Of Hormuz") common words and
// event verbs in lower case, since capitals there say nothing of names and
// the tagger reads nearly every capitalised word as one. Names keep their
// capitals.
func (a *Analyzer) modelForms(words []string) {
	title := a.syn != nil && titleCase(words)
	for i, w := range words {
		if l := strings.ToLower(w); title && (a.syn.CommonWord(w) || a.verbs[l] || sVerb(l, a.verbs)) {
			w = strings.ToLower(w)
		}
		words[i] = a.treebankForm(w)
	}
}

// titleCase: at least four words, every one capitalised, not all capitals.
func titleCase(words []string) bool {
	n := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if !unicode.IsUpper(r) || strings.ToUpper(w) == w && len(w) > 1 && !acronym(w) {
			return false
		}
		if strings.ToUpper(w) != w {
			n++
		}
	}
	return n >= 4
}

// treebankForm is the spelling the tagger and parser read for a word: the
// treebanks they learnt from are mostly American, so a British -ise form
// the tagger never saw whose -ize form it knows is read as that
// ("recognise/NN" was tagged a noun; "recognize" is a verb the tagger has
// seen many times). Words the tagger knows as they are ("promise",
// "surprise", "otherwise") are left alone.
func (a *Analyzer) treebankForm(w string) string {
	if len(w) < 7 || a.syn == nil || !strings.Contains(w, "is") {
		return w
	}
	lower := strings.ToLower(w)
	am := americanize(lower)
	if am == lower || a.syn.Knows(lower) || !a.syn.Knows(am) {
		return w
	}
	// Only the suffix changes, so the word keeps its capitals.
	cut := len(lower) - strings.LastIndex(lower, "is")
	return w[:len(w)-cut] + am[len(am)-cut:]
}

// parserTag maps kg's tags back to the treebank conventions the parser was
// trained on where fixTags departs from them.
func parserTag(t Token) string {
	switch t.Tag {
	case "(":
		return "-LRB-"
	case ")":
		return "-RRB-"
	}
	return t.Tag
}

// loadSyntax loads the embedded parser (once per process).
func loadSyntax() (*syntax.Model, error) { return syntax.Default() }

// Words tags, lemmatises and parses one pre-tokenised sentence the way
// Sentences does a sentence of text (same tagger, tag fixes and parser). The
// tokens have no offsets.
func (a *Analyzer) Words(words []string) []Token {
	raw := make([]tag.Token, len(words))
	for i, w := range words {
		raw[i] = tag.Token{Text: w}
	}
	a.tagTokens(raw)
	toks := make([]Token, len(words))
	for i, r := range raw {
		toks[i] = Token{Text: r.Text, Lower: strings.ToLower(r.Text), Tag: r.Tag, Raw: r.Tag}
	}
	fixTags(toks, a.verbs, a.simplePast)
	for i := range toks {
		toks[i].Lemma = a.lemmaOf(toks[i])
	}
	a.parse(toks)
	return toks
}
