package nlp

import (
	_ "embed"
	"strings"

	"github.com/kg-project/kg/loaders/tsv"
)

//go:embed data/tagwords.tsv
var tagWordsTSV string

// tagWords are the closed lists of data/tagwords.tsv (columns list, word).
type tagWords struct {
	be, prepositional, aspectual, particle, preposition, bareInfinitive, auxiliary, adjective, subordinator, reporting map[string]bool
}

// loadTagWords reads data/tagwords.tsv; TestTagWords checks the embedded
// file, so the package-level copy cannot be half-read.
func loadTagWords(name, text string) (tagWords, error) {
	w := tagWords{be: map[string]bool{}, prepositional: map[string]bool{}, aspectual: map[string]bool{}, particle: map[string]bool{}, preposition: map[string]bool{}, bareInfinitive: map[string]bool{}, auxiliary: map[string]bool{}, adjective: map[string]bool{}, subordinator: map[string]bool{}, reporting: map[string]bool{}}
	lists := map[string]map[string]bool{"be": w.be, "prepositional": w.prepositional, "aspectual": w.aspectual, "particle": w.particle, "preposition": w.preposition, "bareInfinitive": w.bareInfinitive, "auxiliary": w.auxiliary, "adjective": w.adjective, "subordinator": w.subordinator, "reporting": w.reporting}
	cols := []string{"list", "word"}
	err := tsv.Each(name, strings.NewReader(text), tsv.Options{Columns: cols, Required: cols, Full: true}, func(r tsv.Row) error {
		l, ok := lists[r.Get("list")]
		if !ok {
			return r.Errorf("unknown list %q", r.Get("list"))
		}
		l[r.Get("word")] = true
		return nil
	})
	return w, err
}

var words, _ = loadTagWords("tagwords.tsv", tagWordsTSV)

var beForms = words.be

// fixTags corrects the tagger where its errors break clause analysis. The
// rules are contextual, not lexical: a lower-case word right after "to" or a
// modal is a verb ("agreed to share/NN" -> VB), an -ing word after a form of
// "be" and optional adverbs is a progressive verb ("is primarily bombing/JJ"),
// curly quotes are quotes and a curly possessive is a possessive.
//
// verbs (event-verb lemmas, may be nil) lets a verbless headline have its
// verb (headlineVerb).
//
// simplePast (irregular simple past forms, may be nil) lets a past verb the
// tagger read as a noun be one ("the US bore/NN responsibility").
func fixTags(toks []Token, verbs, simplePast map[string]bool) {
	headlineVerb(toks, verbs, simplePast)
	allCaps := shouting(toks)
	finite := hasFinite(toks)
	for i := range toks {
		t := &toks[i]
		if amount(t.Lower) {
			// "$1bn/VBN", "£50m": a number with a unit is a number.
			t.Tag = "CD"
			continue
		}
		switch t.Text {
		case "“", "‘", "``":
			t.Tag = "``"
			continue
		case "”", "’", "''":
			t.Tag = "''"
			continue
		case "’s", "'s":
			if i > 0 && (isProper(toks[i-1]) || toks[i-1].Tag == "NN" || toks[i-1].Tag == "NNS") {
				t.Tag = "POS"
			}
			continue
		case "\"":
			t.Tag = "``"
			continue
		}
		// Participles that only modify nouns: "accused neighbouring/VBG
		// Eritrea" is no clause.
		if words.adjective[t.Lower] && i+1 < len(toks) && (strings.HasPrefix(toks[i+1].Tag, "NN") || toks[i+1].Tag == "JJ") {
			t.Tag = "JJ"
			continue
		}
		// Participles that work as prepositions: "including moderates",
		// "following talks with", "regarding the deal".
		if prepositionalParticiples[t.Lower] {
			t.Tag = "IN"
			continue
		}
		// "US-backed/VBN Syrian forces": a hyphenated participle before a
		// noun phrase modifies it.
		if (t.Tag == "VBN" || t.Tag == "VBD") && strings.Contains(t.Text, "-") && i+1 < len(toks) {
			switch toks[i+1].Tag {
			case "JJ", "NN", "NNS", "NNP", "NNPS":
				t.Tag = "JJ"
				continue
			}
		}
		if i == 0 && (t.Tag == "NN" || t.Tag == "NNS") && strings.Contains(t.Text, "-") && t.Text != t.Lower && len(toks) > 1 && isProper(toks[1]) {
			// "Jean-Yves/NNS Le Drian said": a hyphenated first name.
			t.Tag = "NNP"
			continue
		}
		if i == 0 {
			// "Norway/RB called": a capitalised first word before a verb is its subject.
			if (t.Tag == "RB" || t.Tag == "JJ") && t.Text != t.Lower && len(toks) > 1 && strings.HasPrefix(toks[1].Tag, "VB") {
				t.Tag = "NNP"
			}
			continue
		}
		prev := toks[i-1]
		// "the PKK/NN", "Jean-Yves/NNS Le Drian": inside a sentence in
		// mixed case, an acronym, or a capitalised word that runs into a
		// name, is a proper noun.
		if t.Text != t.Lower && !allCaps && (acronym(t.Text) && !isProper(*t) && t.Tag != "CD" || (t.Tag == "NN" || t.Tag == "NNS") && i+1 < len(toks) && isProper(toks[i+1]) && strings.Contains(t.Text, "-")) {
			t.Tag = "NNP"
			continue
		}
		lowerWord := t.Text == t.Lower && isWordy(t.Lower)
		// "Chile's blockade/VBN of Peru", "Chile's shelling/VBG of": a word
		// right after a possessive is a noun.
		if lowerWord && prev.Tag == "POS" && strings.HasPrefix(t.Tag, "VB") {
			if t.Tag == "VBZ" {
				t.Tag = "NNS"
			} else {
				t.Tag = "NN"
			}
			continue
		}
		// "have long-standing/VBG disagreements": a hyphenated -ing word
		// before a noun is an adjective.
		if lowerWord && t.Tag == "VBG" && strings.Contains(t.Lower, "-") && i+1 < len(toks) && (toks[i+1].Tag == "NN" || toks[i+1].Tag == "NNS") {
			t.Tag = "JJ"
			continue
		}
		// "..., which Ukraine denies/NNS": after a relative pronoun and a
		// name, a verb's -s form is the relative clause's verb.
		if lowerWord && t.Tag == "NNS" && i >= 2 && isProper(prev) && (toks[i-2].Tag == "WDT" || toks[i-2].Tag == "WP") && sVerb(t.Lower, verbs) {
			t.Tag = "VBZ"
			continue
		}
		// "on a Peruvian warrant/VB charging her": a base-form verb after an
		// article and the modifiers of a noun phrase is its noun.
		if lowerWord && t.Tag == "VB" && !strings.HasSuffix(t.Lower, "s") {
			j := i - 1
			for j > 0 && j > i-4 && (toks[j].Tag == "JJ" || isProper(toks[j])) {
				j--
			}
			// Only in a preposition's or a verb's object: a subject may
			// take a base form ("Peru and the EU accuse/VB", "did the
			// US approve/VB").
			if l := toks[j].Lower; toks[j].Tag == "DT" && (l == "a" || l == "an" || l == "the") && j > 0 && (toks[j-1].Tag == "IN" || strings.HasPrefix(toks[j-1].Tag, "VB") && !doForm(toks[j-1].Lower)) {
				t.Tag = "NN"
				continue
			}
		}
		// "lifted its arms embargo/VBP on Belarus": a present-tense verb
		// right after the noun of a verb's object is that noun's head.
		if lowerWord && (t.Tag == "VBP" || t.Tag == "VB") && i >= 3 && (prev.Tag == "NN" || prev.Tag == "NNS") && prev.Text == prev.Lower {
			if d := toks[i-2]; d.Tag == "DT" || d.Tag == "PRP$" {
				switch toks[i-3].Tag {
				case "VBD", "VBZ", "VBP", "VBN", "VBG", "VB":
					t.Tag = "NN"
					continue
				}
			}
		}
		// "a key US ally/RB in the region": an adverb closing a noun
		// phrase after a proper-noun modifier is its noun.
		if lowerWord && t.Tag == "RB" && i >= 2 && (isProper(prev) && (toks[i-2].Tag == "DT" || toks[i-2].Tag == "JJ") || prev.Tag == "JJS" && (toks[i-2].Tag == "POS" || toks[i-2].Tag == "PRP$" || toks[i-2].Tag == "DT")) && i+1 < len(toks) {
			// also "Azerbaijan's closest ally/RB,": a superlative's noun
			switch toks[i+1].Tag {
			case "IN", ".", ",", "CC", ":":
				t.Tag = "NN"
				continue
			}
		}
		// "a series of lower-level clashes/VBZ with": an -s word after a
		// preposition and the modifiers of its noun phrase is the noun.
		if lowerWord && t.Tag == "VBZ" {
			j := i - 1
			for j >= 0 && toks[j].Text == toks[j].Lower && (toks[j].Tag == "JJ" || toks[j].Tag == "NN" || toks[j].Tag == "HYPH" || toks[j].Tag == "CD") {
				j--
			}
			if j >= 0 && j < i-1 && words.preposition[toks[j].Lower] {
				t.Tag = "NNS"
				continue
			}
		}
		// "the army and Russian mercenaries killed/VBN hundreds of
		// civilians": a participle with no auxiliary right after a plural
		// or proper noun, before an object-like phrase, is the past tense
		// (a reduced relative takes "by", a place or nothing there).
		if lowerWord && t.Tag == "VBN" && !auxBefore(toks, i) && i+1 < len(toks) && (prev.Tag == "NNS" || prev.Tag == "NNP" || prev.Tag == "NNPS") && (strings.HasSuffix(t.Lower, "ed") || simplePast[t.Lower]) {
			switch toks[i+1].Tag {
			case "DT", "CD", "NNS", "PRP$", "NNP", "NNPS":
				t.Tag = "VBD"
				continue
			}
		}
		// "Thousands of Venezuelans protested/VBN against": a participle
		// with no auxiliary in a sentence with no finite verb is the
		// past tense.
		if lowerWord && t.Tag == "VBN" && !finite && !auxBefore(toks, i) {
			switch prev.Tag {
			case "NN", "NNS", "NNP", "NNPS", "PRP":
				t.Tag = "VBD"
				continue
			}
		}
		if lowerWord && (prev.Lower == "to" || prev.Tag == "MD" || afterModal(toks, i)) && (t.Tag == "NN" || t.Tag == "JJ" || t.Tag == "VBP" || t.Tag == "NNS" && !strings.HasSuffix(t.Lower, "s")) {
			t.Tag = "VB"
			if prev.Lower == "to" {
				toks[i-1].Tag = "TO"
			}
			continue
		}
		// "open to talks/VB": a base form does not end in a plural -s
		// ("discuss", "focus" do not count), so this is a noun and "to" a
		// preposition.
		if lowerWord && t.Tag == "VB" && prev.Lower == "to" && strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss") && !strings.HasSuffix(t.Lower, "us") && !strings.HasSuffix(t.Lower, "is") && len(t.Lower) > 3 {
			t.Tag = "NNS"
			toks[i-1].Tag = "IN"
			continue
		}
		// "Forces loyal to/TO Khalifa Haftar": "to" before a name, a
		// determiner or a number is a preposition.
		if t.Lower == "to" && t.Tag == "TO" && i+1 < len(toks) {
			switch toks[i+1].Tag {
			case "NNP", "NNPS", "DT", "PRP$", "CD", "PRP":
				t.Tag = "IN"
				continue
			}
		}
		// "threatened to/IN annex/VB": "to" before a base-form verb is the
		// infinitive marker, which the parser reads as a complement.
		if lowerWord && t.Tag == "VB" && prev.Lower == "to" && prev.Tag == "IN" {
			toks[i-1].Tag = "TO"
			continue
		}
		// "The Kremlin imposed/JJ economic sanctions": an -ed word between a
		// subject-like noun and an object-like phrase is a past-tense verb.
		if lowerWord && strings.HasSuffix(t.Lower, "ed") && t.Tag == "JJ" && i+1 < len(toks) {
			switch prev.Tag {
			case "NNP", "NNPS", "NNS", "PRP":
				switch toks[i+1].Tag {
				case "DT", "JJ", "NN", "NNS", "NNP", "PRP$", "CD":
					t.Tag = "VBD"
					continue
				}
			}
		}
		// "said Putin was open to talks but accused/JJ Western countries":
		// an -ed event verb after a conjunction that follows a finite verb,
		// before an object-like phrase, is a second past verb of the
		// clause (not "X attacked Y and armed groups", whose next word is
		// the noun).
		if lowerWord && strings.HasSuffix(t.Lower, "ed") && (t.Tag == "JJ" || t.Tag == "VBN") && prev.Tag == "CC" && i+1 < len(toks) && (verbs[strings.TrimSuffix(t.Lower, "d")] || verbs[strings.TrimSuffix(t.Lower, "ed")]) {
			if finiteBefore(toks, i-1) {
				switch toks[i+1].Tag {
				case "JJ", "DT", "NNP", "NNPS", "PRP", "PRP$":
					t.Tag = "VBD"
					continue
				}
			}
		}
		// "accused Turkey of shooting down a bomber": an -ing word after a
		// preposition and before an object or particle is a gerund verb.
		if lowerWord && strings.HasSuffix(t.Lower, "ing") && (t.Tag == "NN" || t.Tag == "JJ") && prev.Tag == "IN" && i+1 < len(toks) {
			switch toks[i+1].Tag {
			case "DT", "PRP$", "NNP", "RP", "PRP", "CD":
				t.Tag = "VBG"
				continue
			}
			if toks[i+1].Lower == "down" || toks[i+1].Lower == "up" || toks[i+1].Lower == "off" {
				t.Tag = "VBG"
				continue
			}
		}
		// "Chile shot/NN down a drone": a word tagged as a noun or
		// adjective between a nominal subject and a particle followed by
		// an object is a phrasal verb.
		if lowerWord && (t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "JJ") && i+2 < len(toks) && words.particle[toks[i+1].Lower] {
			// The subject may end in a parenthesised acronym ("the Andean
			// Liberation Army (ALA) steps up attacks").
			switch prev.Tag {
			case "NNP", "NNPS", "NN", "NNS", "PRP", "-RRB-", ")":
				switch toks[i+2].Tag {
				case "DT", "PRP$", "CD", "NNP", "NNPS", "JJ", "PRP", "NNS":
					if t.Tag == "NNS" || strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss") {
						t.Tag = "VBZ"
					} else {
						t.Tag = "VBD"
					}
					toks[i+1].Tag = "RP"
					continue
				}
			}
		}
		// "a drone shot/NN down by Ukrainian forces": a past form before a
		// particle and a by-phrase is a passive participle.
		if lowerWord && (simplePast[t.Lower] || strings.HasSuffix(t.Lower, "ed")) && (t.Tag == "NN" || t.Tag == "VBD" || t.Tag == "JJ") && i+2 < len(toks) && words.particle[toks[i+1].Lower] && toks[i+2].Lower == "by" {
			t.Tag = "VBN"
			toks[i+1].Tag = "RP"
			continue
		}
		// "said the US bore/NN responsibility": an irregular past form
		// read as a noun between a subject-like word and an object-like
		// one is the past tense.
		if lowerWord && simplePast[t.Lower] && (t.Tag == "NN" || t.Tag == "JJ") && i+1 < len(toks) {
			switch {
			case prev.Tag == "NNP" || prev.Tag == "NNPS" || prev.Tag == "PRP" || prev.Tag == "NNS" || prev.Tag == "NN" && strings.HasSuffix(prev.Lower, "s") && !strings.HasSuffix(prev.Lower, "ss"):
				// (A plural read as singular: "Syrian rebels/NN shot/NN
				// down a helicopter".)
				switch toks[i+1].Tag {
				case "DT", "NN", "NNS", "PRP$", "NNP", "JJ":
					t.Tag = "VBD"
					continue
				}
				if n := toks[i+1]; words.particle[n.Lower] && i+2 < len(toks) && (toks[i+2].Tag == "DT" || toks[i+2].Tag == "CD" || toks[i+2].Tag == "PRP$") {
					t.Tag, toks[i+1].Tag = "VBD", "RP"
					continue
				}
			}
		}
		// "Iran has armed/JJ and trained the Houthis": an -ed word right
		// after "have" is its participle, not an adjective.
		if lowerWord && t.Tag == "JJ" && strings.HasSuffix(t.Lower, "ed") && words.auxiliary[prev.Lower] && !beForms[prev.Lower] && i+1 < len(toks) {
			switch toks[i+1].Tag {
			case "CC", "DT", "NNP", "NNPS", "PRP", "PRP$", "CD":
				t.Tag = "VBN"
				continue
			}
		}
		// "jets struck suspected/VBN TTP hideouts": a participle between a
		// finite verb that is no auxiliary and a noun phrase modifies the
		// noun.
		if lowerWord && t.Tag == "VBN" && (prev.Tag == "VBD" || prev.Tag == "VBZ" || prev.Tag == "VBP") && !beForms[prev.Lower] && !words.auxiliary[prev.Lower] && i+1 < len(toks) {
			switch toks[i+1].Tag {
			case "NN", "NNS", "NNP", "NNPS":
				t.Tag = "JJ"
				continue
			}
		}
		// "Turkey helped broker/NN a deal": a word read as a singular noun
		// right after a verb that takes a bare infinitive, and before a
		// determiner, is that infinitive.
		if lowerWord && t.Tag == "NN" && words.bareInfinitive[prev.Lower] && i+1 < len(toks) {
			switch toks[i+1].Tag {
			case "DT", "PRP$", "NNP", "NNPS":
				t.Tag = "VB"
				continue
			}
		}
		// "helped the Tripoli government fight/NN forces": likewise after
		// the bare infinitive's subject, for a verb of the lexicon.
		if lowerWord && t.Tag == "NN" && verbs[t.Lower] && i+1 < len(toks) && i >= 3 {
			j := i - 1
			for j > 0 && j >= i-4 && (toks[j].Tag == "NN" || isProper(toks[j]) || toks[j].Tag == "JJ") {
				j--
			}
			if j < i-1 && toks[j].Tag == "DT" && j > 0 && words.bareInfinitive[toks[j-1].Lower] {
				switch toks[i+1].Tag {
				case "DT", "PRP$", "NNP", "NNPS", "NNS", "JJ":
					t.Tag = "VB"
					continue
				}
			}
		}
		// "keep co-operating", "continue fighting": an -ing word after an
		// aspectual verb is a verb.
		if lowerWord && strings.HasSuffix(t.Lower, "ing") && !strings.HasPrefix(t.Tag, "VB") && aspectual[prev.Lower] {
			t.Tag = "VBG"
			continue
		}
		if lowerWord && strings.HasSuffix(t.Lower, "ing") && (t.Tag == "JJ" || t.Tag == "NN") {
			j := i - 1
			for j >= 0 && toks[j].Tag == "RB" {
				j--
			}
			if j >= 0 && beForms[toks[j].Lower] && toks[j].Tag != "POS" {
				t.Tag = "VBG" // not "Chile's shelling", a possessive
			}
		}
	}
}

// headlineVerb: a clause with no finite verb is a headline in the present
// tense whose verb the tagger read as a noun ("Germany backs/NNS Ukraine's
// bid", "India and Pakistan trade/NN fire"): the first lower-case word
// after a proper-noun subject that is an event verb's form and comes
// before an object-like word is the verb.
func headlineVerb(toks []Token, verbs, simplePast map[string]bool) {
	if len(verbs) == 0 {
		return
	}
	for _, t := range toks {
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return // a finite verb: not a verbless clause
		}
	}
	// The subject: proper nouns, joined by "and" or a possessive; a
	// capitalised first word counts whatever its tag ("Chile/JJ backs").
	// A timeline entry's year is no part of the clause ("1999 - Nato
	// bombs Serbian targets").
	first := 0
	if len(toks) > 2 && toks[0].Tag == "CD" {
		switch toks[1].Text {
		case "-", "–", "—", ":":
			first = 2
		}
	}
	name := func(j int) bool {
		return isProper(toks[j]) || j == first && toks[j].Text != toks[j].Lower && isWordy(toks[j].Lower)
	}
	i := first
	for i < len(toks) && (name(i) || i > first && (toks[i].Tag == "CC" || toks[i].Tag == "POS") || toks[i].Tag == "DT" && i == first) {
		i++
	}
	if i == first || i+1 >= len(toks) || !name(i-1) {
		return
	}
	// The verb is the first such word, or the second after a plural noun
	// that closes the subject ("ELN rebels resume/NN peace talks").
	for k := i; k <= i+1 && k+1 < len(toks); k++ {
		t := &toks[k]
		if t.Text != t.Lower || t.Tag != "NN" && t.Tag != "NNS" {
			return
		}
		switch toks[k+1].Tag {
		case "DT", "JJ", "NNP", "NNPS", "PRP$", "CD", "NN", "NNS", "PRP", "RP", "VBG":
		default:
			return
		}
		w := t.Lower
		if n := toks[k+1]; n.Text == n.Lower && (simplePast[n.Lower] || strings.HasSuffix(n.Lower, "ed")) && strings.HasSuffix(w, "s") {
			// "Syrian rebels shot/NN down a helicopter": a past form
			// follows, so the plural closes the subject and the clause is
			// in the past (the past-form fix below reads the verb).
			t.Tag = "NNS"
			return
		}
		if n := toks[k+1]; k == i && strings.HasSuffix(w, "s") && n.Text == n.Lower && !strings.HasSuffix(n.Lower, "s") && verbs[n.Lower] && k+2 < len(toks) {
			// "ELN rebels resume talks": a plural noun and then a base
			// verb; the plural closes the subject.
			t.Tag = "NNS"
			continue
		}
		switch {
		case sVerb(w, verbs):
			t.Tag = "VBZ"
			return
		case verbs[w]:
			t.Tag = "VBP"
			return
		}
		if t.Tag != "NNS" && !strings.HasSuffix(w, "s") && !(k == i && sVerb(toks[k+1].Lower, verbs)) {
			// A singular noun closes the subject only before a verb's
			// -s form ("Saudi-led coalition bombs Yemen capital").
			return
		}
	}
}

// sVerb: w is the third-person -s form of one of the verbs.
func sVerb(w string, verbs map[string]bool) bool {
	return strings.HasSuffix(w, "ies") && verbs[w[:len(w)-3]+"y"] ||
		strings.HasSuffix(w, "es") && verbs[w[:len(w)-2]] ||
		strings.HasSuffix(w, "s") && verbs[w[:len(w)-1]]
}

// doForm: a form of the auxiliary "do".
func doForm(w string) bool {
	return w == "do" || w == "does" || w == "did"
}

// afterModal: adverbs come between word i and a modal before them ("will
// no longer hold/NN talks").
func afterModal(toks []Token, i int) bool {
	j := i - 1
	for j >= 0 && (toks[j].Tag == "RB" || toks[j].Tag == "RBR") {
		j--
	}
	return j >= 0 && j < i-1 && toks[j].Tag == "MD"
}

// finiteBefore: a finite verb or modal comes before word i.
func finiteBefore(toks []Token, i int) bool {
	return hasFinite(toks[:max(i, 0)])
}

// hasFinite: some word is tagged as a finite verb or modal.
func hasFinite(toks []Token) bool {
	for _, t := range toks {
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// auxBefore: a form of "be" or "have" comes before word i.
func auxBefore(toks []Token, i int) bool {
	for j := 0; j < i; j++ {
		if beForms[toks[j].Lower] || toks[j].Lower == "has" || toks[j].Lower == "have" || toks[j].Lower == "had" {
			return true
		}
	}
	return false
}

// acronym: two to six capitals, with digits allowed after the first
// ("PKK", "M23").
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 6 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if c := w[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// shouting: the sentence is mostly in capitals (a headline or label), so
// capitals say nothing of names.
func shouting(toks []Token) bool {
	up, low := 0, 0
	for _, t := range toks {
		for _, r := range t.Text {
			switch {
			case r >= 'A' && r <= 'Z':
				up++
			case r >= 'a' && r <= 'z':
				low++
			}
		}
	}
	return up > low
}

var prepositionalParticiples = words.prepositional

// aspectual verbs, inflected (tags are fixed before lemmas exist).
var aspectual = words.aspectual

func isProper(t Token) bool { return t.Tag == "NNP" || t.Tag == "NNPS" }

// amount: a number written with a unit of money or count ("1bn", "2.5m",
// "50tn", "10k").
func amount(w string) bool {
	i := 0
	for i < len(w) && (w[i] >= '0' && w[i] <= '9' || w[i] == '.' || w[i] == ',') {
		i++
	}
	if i == 0 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[i:] {
	case "bn", "m", "mn", "k", "tn", "b":
		return true
	}
	return false
}
