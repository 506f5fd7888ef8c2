package extract

import (
	"strings"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

// treeRelations reads relation nouns (data/relnouns.tsv) off the tree: who
// is predicated to be a member, ally, critic or supporter, and of whom.
//
//	X is a member of Y       copula: the noun's nsubj
//	X, an ally of Y          apposition: the noun's head
//	Y's allies, A, B and C   the noun's appositions
//	members such as A and B  the noun's such-as/like/including nominals
//	X became a member of Y   xcomp of become/remain: the verb's subject
//	Y member states - A, B   a compound relation noun on a plural head
//
// Y is the noun's possessor, its of/to nominal or its compound name; with
// no Y nothing is said (allies of whom?).
func (x *Extractor) treeRelations(st *sentence) {
	t := st.tree
	if t == nil {
		return
	}
	x.strainedTies(st)
	x.possessedRelModifiers(st)
	x.joinVerbs(st)
	x.stanceAdjectives(st)
	x.ofBody(st)
	x.ousterStance(st)
	toks := st.Tokens
	for n := range toks {
		tag := toks[n].Tag
		// A mistagged noun ("closest ally/RB") is still one where the
		// tree gives it a possessor or a copula.
		nominal := strings.HasPrefix(tag, "NN") || t.has(n, "nmod:poss", "cop", "det")
		if !nominal || tag == "NNP" || tag == "NNPS" {
			continue
		}
		rn, ok := x.lex.rel[toks[n].Lemma]
		if !ok {
			rn, ok = x.lex.rel[toks[n].Lower]
		}
		if !ok {
			continue
		}
		pname := rn.Predicate
		pred, _ := x.preds.Get(pname)
		// "member states": the relation noun modifies the noun the
		// construction is built on.
		at := n
		if t.rel(n) == "compound" && t.head(n) >= 0 && st.tokMention[t.head(n)] < 0 {
			at = t.head(n)
		}
		owners := x.relOwners(st, n, at)
		holders := x.relHolders(st, at)
		holders = without(holders, owners)
		if len(holders) == 0 {
			continue
		}
		neg := t.has(at, "advmod") && negWord(st, t.children(at, "advmod")) || x.verbGroup(toks, at).negated
		trig := [2]int{n, n + 1}
		rule := "tree:relnoun:" + toks[n].Lemma
		kind, pol := pred.Kind, 0
		if kind == schema.Stance {
			pol = stancePolarity(pname)
		}
		if len(owners) == 0 {
			// "Iran and Syria are allies", "Chile and Peru are rivals":
			// of each other, when the holders are one coordination and the
			// phrase names no third party ("allies in the fight against X"
			// or "allies of X" would).
			if len(holders) >= 2 && (pred.Symmetric || rn.Predicate == "opposes") && !t.has(at, "nmod") && !oneGroup(st.argList(holders)) {
				for _, a := range holders {
					for _, b := range holders {
						if a != b {
							x.emitAll(st, kind, st.mentionArgs(a), st.mentionArgs(b), pname, rn.CAMEO, pol, neg, trig, rule+":mutual")
						}
					}
				}
			}
			continue
		}
		if (x.lex.w.enemyNouns[toks[n].Lower] || x.lex.w.enemyNouns[toks[n].Lemma]) && t.has(n, "nmod:poss") {
			// "Daesh, which is our sole enemy": whose enemy X is holds
			// the stance against X.
			holders, owners = owners, holders
		}
		for _, h := range holders {
			for _, o := range owners {
				x.emitAll(st, kind, st.mentionArgs(h), st.mentionArgs(o), pname, rn.CAMEO, pol, neg, trig, rule)
			}
		}
	}
}

// ousterStance: "Ecuador called for Maduro's removal", "the opposition
// demands the president's resignation": who asks for or wants an actor's
// ouster (ousterNouns) opposes that actor. The wish is a request verb's
// object or for-phrase, or a desire verb's object (desireVerbs).
func (x *Extractor) ousterStance(st *sentence) {
	t := st.tree
	for n, tok := range st.Tokens {
		if !x.lex.w.ousterNouns[tok.Lemma] || !strings.HasPrefix(tok.Tag, "NN") {
			continue
		}
		v := t.head(n)
		if v < 0 || !isVerb(st.Tokens[v]) || !(t.relIs(n, "obj") || t.relIs(n, "obl") && t.caseOf(n) == "for") {
			continue
		}
		lemma := st.Tokens[v].Lemma
		wish := x.lex.w.desireVerbs[lemma]
		for _, f := range x.lex.verbs[lemma] {
			wish = wish || strings.HasPrefix(f.CAMEO, "02") || strings.HasPrefix(f.CAMEO, "10")
		}
		if !wish {
			continue
		}
		if m, _ := x.treeMood(st, v); m.negated {
			continue
		}
		var targets []int
		for _, c := range t.children(n, "nmod:poss", "nmod") {
			if t.rel(c) == "nmod" && t.caseOf(c) != "of" {
				continue
			}
			targets = append(targets, st.argsAt(c)...)
		}
		for _, h := range st.argList(x.subjectsOf(st, v, 0)) {
			for _, o := range st.argList(targets) {
				x.emit(st, schema.Stance, h, o, "opposes", "", -1, false, fact.Asserted, [2]int{n, n + 1}, "tree:ouster")
			}
		}
	}
}

// ofBody: "Mr Khan, of the Pakistan Tehreek-e-Insaf party, said": an
// of-phrase set off by commas after a person names the party, movement or
// body the person belongs to.
func (x *Extractor) ofBody(st *sentence) {
	t := st.tree
	for c := range st.Tokens {
		p := t.head(c)
		if p < 0 || !t.relIs(c, "nmod", "conj", "appos", "list", "parataxis") || t.caseOf(c) != "of" {
			continue
		}
		if lo := t.leftEdge(c); st.Tokens[lo].Text != "," && (lo == 0 || st.Tokens[lo-1].Text != ",") {
			continue
		}
		k := st.tokMention[p]
		if k < 0 || len(st.ms[k].Actors) != 1 || st.ms[k].Actors[0].Type != schema.Person {
			continue
		}
		for _, b := range st.argList(st.argsAt(c)) {
			if b.actor.Type == schema.Organization || b.actor.Type == schema.ArmedGroup {
				x.emit(st, schema.Relation, st.mentionArgs(k)[0], b, "memberOf", "", 0, false, fact.Asserted, [2]int{c, c + 1}, "tree:of-body")
			}
		}
	}
}

// stanceAdjectives: "India is opposed to the plan of China", "Chile is
// hostile to Peru", "Japan is committed to Taiwan's defence" are stances
// (data/words.tsv opposingAdjs, supportingAdjs) of the predicate's subject
// towards the actor of the to-phrase, or its owner.
func (x *Extractor) stanceAdjectives(st *sentence) {
	t := st.tree
	for a, tok := range st.Tokens {
		pred, pol := "", 0
		switch {
		case x.lex.w.opposingAdjs[tok.Lower]:
			pred, pol = "opposes", -1
		case x.lex.w.supportingAdjs[tok.Lower]:
			pred, pol = "supports", 1
		default:
			continue
		}
		if !t.has(a, "cop", "aux:pass", "aux") && !t.relIs(a, "xcomp") {
			continue // "is opposed to", "remains loyal to"
		}
		holders := x.subjectsOf(st, a, 0)
		for _, c := range t.children(a, "nsubj:pass") {
			holders = append(holders, st.argsAt(c)...)
		}
		var targets []int
		for _, c := range t.children(a, "obl", "nmod") {
			// the parse may hang "to" on a modifier inside the phrase
			if p := st.Tokens[t.leftEdge(c)].Lower; t.caseOf(c) != "to" && t.caseOf(c) != "towards" && p != "to" && p != "towards" {
				continue
			}
			if targets = st.argsAt(c); len(targets) == 0 {
				targets = st.ownersOf(c)
			}
			break
		}
		if len(holders) == 0 || len(targets) == 0 {
			continue
		}
		neg := x.negatedHere(st, a) || negWord(st, t.children(a, "advmod"))
		x.emitAll(st, schema.Stance, st.argList(holders), st.argList(without(targets, holders)), pred, "", pol, neg, [2]int{a, a + 1}, "tree:stance-adjective")
	}
}

// joinVerbs: "Finland joined Nato", "Qatar belongs to the GCC": joining or
// belonging to a body makes its subject a member (data/words.tsv
// memberVerbs); a negated or planned joining does not.
func (x *Extractor) joinVerbs(st *sentence) {
	t := st.tree
	for v, tok := range st.Tokens {
		if !isVerb(tok) || !x.lex.w.memberVerbs[tok.Lemma] || passiveVerb(st, v) {
			continue
		}
		m, skip := x.treeMood(st, v)
		if skip || m.negated || m.modality != fact.Asserted {
			continue
		}
		var bodies []int
		for _, c := range t.children(v, "obj") {
			bodies = append(bodies, st.argsAt(c)...)
		}
		for _, c := range t.children(v, "obl") {
			if t.caseOf(c) == "to" {
				bodies = append(bodies, st.argsAt(c)...)
			}
		}
		var orgs []int
		for _, k := range bodies {
			if len(st.ms[k].Actors) == 1 && st.ms[k].Actors[0].Type == schema.Organization && !st.ms[k].Location {
				orgs = append(orgs, k)
			}
		}
		subj := without(x.subjectsOf(st, v, 0), orgs)
		if len(orgs) == 0 || len(subj) == 0 {
			continue
		}
		x.emitAll(st, schema.Relation, st.argList(subj), st.argList(orgs), "memberOf", "", 0, false, [2]int{v, v + 1}, "tree:joins:"+tok.Lemma)
	}
}

// possessedRelModifiers: "Eritrea's long-time rival Ethiopia", "Chile's
// closest ally, Peru": a name whose relation-noun modifier and possessor the
// parse hangs on the name itself.
func (x *Extractor) possessedRelModifiers(st *sentence) {
	t := st.tree
	toks := st.Tokens
	for n := range toks {
		k := st.tokMention[n]
		if k < 0 || st.ms[k].Location || !properNoun(toks[n].Tag) {
			continue
		}
		var owner []int
		for _, c := range t.children(n, "nmod:poss") {
			if ks := st.argsAt(c); len(ks) > 0 && !containsInt(ks, k) {
				owner = ks
			}
		}
		if len(owner) == 0 {
			continue
		}
		for _, c := range t.children(n, "amod", "compound", "nmod:desc") {
			if st.tokMention[c] >= 0 {
				continue
			}
			rn, ok := x.lex.rel[toks[c].Lemma]
			if !ok {
				rn, ok = x.lex.rel[toks[c].Lower]
			}
			if !ok {
				continue
			}
			pred, _ := x.preds.Get(rn.Predicate)
			pol := 0
			if pred.Kind == schema.Stance {
				pol = stancePolarity(rn.Predicate)
			}
			x.emitAll(st, pred.Kind, st.mentionArgs(k), st.argList(owner), rn.Predicate, rn.CAMEO, pol, false, [2]int{c, c + 1}, "tree:relnoun-modifier:"+toks[c].Lemma)
			break
		}
	}
}

// strainedTies: "relations between X and Y have been tense", "strained
// ties with Y", "X has a tense relationship with Y" are disagreements;
// "X maintains friendly relations with Y", "close ties between X and Y" are
// stances of support.
func (x *Extractor) strainedTies(st *sentence) {
	t := st.tree
	toks := st.Tokens
	for n := range toks {
		if !strings.HasPrefix(toks[n].Tag, "NN") || !x.lex.w.tieNouns[toks[n].Lemma] {
			continue
		}
		strained, warm := false, false
		for _, c := range t.children(n, "amod", "compound") {
			strained = strained || x.lex.w.strainedWords[toks[c].Lower]
			warm = warm || x.lex.w.warmWords[toks[c].Lower] && !t.has(c, "advmod")
		}
		if h := t.head(n); h >= 0 && t.relIs(n, "nsubj", "nsubj:pass") && (x.lex.w.strainedWords[toks[h].Lower] || x.lex.w.strainedWords[toks[h].Lemma]) {
			strained = true
		}
		if !strained && !warm {
			continue
		}
		var a, b []int
		for _, c := range t.children(n, "nmod") {
			switch t.caseOf(c) {
			case "between":
				if ks := st.argsAt(c); len(ks) >= 2 {
					a, b = ks[:1], ks[1:]
				} else if len(ks) == 1 && len(st.ms[ks[0]].Actors) >= 2 {
					// "between the two allies": one mention of both
					// sides; each is at odds with the other.
					a, b = ks, ks
				}
			case "with":
				b = st.argsAt(c)
			}
		}
		if len(a) == 0 && len(b) > 0 {
			for _, c := range t.children(n, "nmod:poss") {
				a = st.argsAt(c)
			}
			if v := t.head(n); len(a) == 0 && v >= 0 && t.rel(n) == "obj" {
				a = x.subjectsOf(st, v, 0) // "X has a tense relationship with Y"
			}
		}
		if len(a) == 0 || len(b) == 0 {
			continue
		}
		others := without(b, a)
		if len(a) == 1 && len(b) == 1 && a[0] == b[0] {
			others = b // one mention of both sides: emit pairs its actors
		}
		if strained {
			x.emitAll(st, schema.Relation, st.argList(a), st.argList(others), "disagreesWith", "", 0, false, [2]int{n, n + 1}, "tree:strained-ties")
			continue
		}
		if v := t.head(n); v >= 0 && x.negatedHere(st, v) {
			continue
		}
		x.emitAll(st, schema.Stance, st.argList(a), st.argList(others), "supports", "", 1, false, [2]int{n, n + 1}, "tree:warm-ties")
	}
}

// negatedHere: the verb or predicate v is negated ("does not have close
// ties").
func (x *Extractor) negatedHere(st *sentence, v int) bool {
	m, _ := x.treeMood(st, v)
	return m.negated
}

func stancePolarity(pred string) int {
	if pred == "supports" {
		return 1
	}
	return -1
}

func negWord(st *sentence, ks []int) bool {
	for _, k := range ks {
		if st.w.negators[st.Tokens[k].Lower] {
			return true
		}
	}
	return false
}

// emitAll emits one fact per subject and object pair.
func (x *Extractor) emitAll(st *sentence, kind schema.Kind, ss, os []arg, pred, cameo string, pol int, neg bool, trig [2]int, rule string) {
	for _, s := range ss {
		for _, o := range os {
			x.emit(st, kind, s, o, pred, cameo, pol, neg, fact.Asserted, trig, rule)
		}
	}
}

// relOwners: the actor a relation noun at n (built on noun at) ties its
// holders to.
func (x *Extractor) relOwners(st *sentence, n, at int) []int {
	t := st.tree
	for _, h := range []int{n, at} {
		for _, c := range t.children(h, "nmod:poss") {
			if ks := st.argsAt(c); len(ks) > 0 {
				return ks
			}
		}
		for _, c := range t.children(h, "nmod") {
			if p := t.caseOf(c); p == "of" || p == "to" || p == "with" {
				if ks := st.argsAt(c); len(ks) > 0 {
					return ks
				}
			}
		}
		for _, c := range t.children(h, "compound") {
			if k := st.tokMention[c]; k >= 0 {
				return []int{k}
			}
		}
		if h == at {
			break
		}
	}
	return nil
}

// relHolders: who a relation noun is predicated of.
func (x *Extractor) relHolders(st *sentence, at int) []int {
	t := st.tree
	var out []int
	for _, c := range t.children(at, "nsubj") {
		out = append(out, st.argsAt(c)...)
	}
	for _, c := range t.children(at, "appos") {
		out = append(out, st.argsAt(c)...)
	}
	for _, c := range t.children(at, "nmod") {
		switch t.caseOf(c) {
		case "like", "such as", "including":
			out = append(out, st.argsAt(c)...)
		}
	}
	if len(out) > 0 {
		return out
	}
	h := t.head(at)
	if h >= 0 && t.relIs(at, "nmod") && t.caseOf(at) == "of" && (st.Tokens[h].Tag == "CD" || st.w.quantityNouns[st.Tokens[h].Lower] || st.w.partitives[st.Tokens[h].Lower]) {
		// "X is one of Y's closest allies": the part is predicated.
		return x.relHolders(st, h)
	}
	// "the alliance's members, like Peru and Chile": the examples the
	// parse hung on the verb right after the noun are still its holders.
	if h >= 0 {
		for _, c := range t.children(h, "obl", "nmod") {
			if c <= at || t.leftEdge(c) > t.rightEdge(at)+3 {
				continue
			}
			switch t.caseOf(c) {
			case "like", "such as", "including":
				// names only: "including a son of Ana Soto" is not Ana Soto
				for _, cc := range t.conjuncts(c) {
					if k := st.tokMention[cc]; k >= 0 && !st.ms[k].Location {
						out = append(out, k)
					}
				}
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	if t.apposConj(at) {
		// "Kenya and Uganda, both members of X": the coordination.
		return st.argsAt(h)
	}
	if h >= 0 && t.rel(at) == "conj" {
		// "X and its allies, A, B and C": the parse makes the list after
		// the noun more conjuncts of X; a comma and no conjunction open it.
		var list []int
		for _, c := range t.children(h, "conj") {
			if c <= at {
				continue
			}
			lo := t.leftEdge(c)
			if len(list) == 0 && (st.Tokens[lo].Text != "," && (lo == 0 || st.Tokens[lo-1].Text != ",") || t.has(c, "cc")) {
				break
			}
			for _, cc := range t.conjuncts(c) {
				if k := st.tokMention[cc]; k >= 0 && !st.ms[k].Location && !containsInt(list, k) {
					list = append(list, k)
				}
			}
		}
		if len(list) > 0 {
			return list
		}
	}
	switch t.rel(at) {
	case "appos":
		// "Chile, Peru's ally, and Bolivia": the apposition describes its
		// head, not the head's conjuncts; a plural one after the last
		// conjunct describes them all ("Estonia, Latvia and Lithuania,
		// all members of Nato").
		if cs := t.conjuncts(h); len(cs) > 1 && st.Tokens[at].Tag == "NNS" && at > cs[len(cs)-1] {
			var out []int
			for _, c := range cs {
				if k := st.mentionOf(c, 0); k >= 0 && !containsInt(out, k) {
					out = append(out, k)
				}
			}
			return out
		}
		if k := st.mentionOf(h, 0); k >= 0 {
			return []int{k}
		}
		return nil
	case "xcomp":
		return x.subjectsOf(st, h, 0)
	}
	if k := st.commaAppos(at); k >= 0 {
		return []int{k}
	}
	return nil
}

// commaAppos finds the mention a nominal set off by commas right after it
// describes when the parser attached the nominal elsewhere ("accused Peru,
// Chile's main backer, of ..." with backer as the verb's obl): the token
// before the nominal's opening comma ends a mention whose head is the
// nominal's head or a sibling, and a comma or the sentence's end closes it.
func (st *sentence) commaAppos(at int) int {
	t := st.tree
	toks := st.Tokens
	lo, hi := t.leftEdge(at), t.rightEdge(at)
	if toks[lo].Text != "," {
		lo--
	}
	if lo < 1 || toks[lo].Text != "," {
		return -1
	}
	if toks[hi].Text != "," && hi+1 < len(toks) && toks[hi+1].Text != "," && toks[hi+1].Tag != "." {
		return -1
	}
	k := st.tokMention[lo-1]
	if k < 0 || st.ms[k].End != lo || st.ms[k].Location {
		return -1
	}
	mh := t.spanHead(st.ms[k].Start, st.ms[k].End)
	if mh < 0 || (mh != t.head(at) && t.head(mh) != t.head(at)) {
		return -1
	}
	return k
}

// treeTitles finds people introduced by an apposition with their office, or
// named after a title the tree attaches to the name ("Shell spokesperson
// Anna Berg"):
// "Ana Lopez, president of the Andean
// Community", "Kenya's ambassador to the UN, Lisa Otieno", "Jan Novak, a
// spokesman for the European Commission". It adds a person mention for a name the
// dictionary does not know, and a roleIn fact when the title names the
// state or organisation.
func (x *Extractor) treeTitles(st *sentence) {
	t := st.tree
	if t == nil {
		return
	}
	toks := st.Tokens
	words := st.wordList()
	x.ledBy(st, words)
	for b := range toks {
		a := t.head(b)
		if a < 0 {
			continue
		}
		var pairs [][2]int
		switch t.rel(b) {
		case "appos":
			// Either side may be the name. "Norway's ambassador to the
			// UN, Mona Juul": the parse may hang the name on the title's
			// nominal.
			pairs = [][2]int{{a, b}, {b, a}}
			if t.relIs(a, "nmod") && t.head(a) >= 0 && a > t.head(a) {
				pairs = append(pairs, [2]int{b, t.head(a)})
			}
		case "nmod:desc", "compound":
			// "Pentagon spokesman John Carter": the title modifies the name.
			if strings.HasPrefix(toks[b].Tag, "NN") && properNoun(toks[a].Tag) {
				pairs = [][2]int{{a, b}}
			}
		case "obl", "advcl", "xcomp":
			// "Ana Soto, who came in 2005 as Chile's foreign minister":
			// an as-phrase with a title says what the clause's subject was.
			if t.caseOf(b) == "as" || t.hasMark(b, "as") {
				for _, s := range t.children(a, "nsubj", "nsubj:pass") {
					pairs = append(pairs, [2]int{s, b})
				}
			}
		case "conj":
			// "Peru's envoy to the UN, Ana Soto, said": the parser often
			// takes an apposition after a title's nominal for a conjunct
			// of that nominal. A conjunct with no conjunction, right after
			// a comma, inside a title's phrase is the title's apposition.
			if title := x.misreadAppos(st, words, b); title >= 0 {
				pairs = [][2]int{{b, title}}
			}
		}
		for _, pair := range pairs {
			name, title := pair[0], pair[1]
			post, ok := x.postIn(st, words, title)
			if !ok && t.relIs(title, "compound", "nmod:desc") && x.lex.w.staffNouns[toks[title].Lower] {
				// "European Commission official Ana Vega": a staff
				// noun right before a name is a title there, if no post
				// ("official" is as often an adjective).
				post, ok = strings.ToUpper(toks[title].Text[:1])+toks[title].Text[1:], true
			}
			if !ok || !properNoun(toks[name].Tag) && !st.personMention(name) {
				// (A name's head may be tagged as a common noun: "Ursula
				// von/NN der/NN Leyen".)
				continue
			}
			person, k := x.personAt(st, words, name, post)
			if person.ID == "" {
				continue
			}
			pa := arg{actor: person, start: t.leftEdge(name), end: t.rightEdge(name) + 1}
			org, of := x.titleOrg(st, title, k)
			if len(org) == 0 && t.relIs(title, "compound", "nmod:desc") {
				// "European Commission official Ana Vega": the body named
				// before the title, hung on the name beside it.
				for _, c := range t.children(name, "compound") {
					if kc := st.tokMention[c]; c < title && kc >= 0 && kc != k && st.ms[kc].resolved() && !st.ms[kc].Location {
						org = append(org, kc)
					}
				}
			}
			var orgs []arg
			var located []bool // the org's mention is a place of the clause
			for _, ok := range org {
				for _, a := range st.mentionArgs(ok) {
					orgs = append(orgs, a)
					located = append(located, st.ms[ok].Location)
				}
			}
			if a, ok := x.innerBody(st, words, title); ok {
				// "the UN envoy for Peru": the body named inside the
				// title, which the title mention swallowed, is the
				// holder's; the for-phrase is the portfolio.
				orgs, located, of = []arg{a}, []bool{false}, false
			}
			if len(orgs) == 0 {
				break
			}
			for i, o := range orgs {
				// A place is an affiliation only as the title's "of"
				// ("president of the Kurdistan region"); "the envoy in
				// Geneva" is where the envoy is, and so is a capital
				// ("US envoy Richard Grenell in Guatemala City").
				if o.actor.Type == schema.Person || (o.actor.Type == schema.Place || located[i]) && !of {
					continue
				}
				x.emit(st, schema.Relation, pa, o, "roleIn", "", 0, false, fact.Asserted, [2]int{t.leftEdge(title), t.rightEdge(title) + 1}, "tree:appos-title")
			}
			break
		}
	}
}

// ledBy: "the Chilean administration led by Ana Soto", "a rebel group
// headed by Luis Vega": the leader holds a role in the body, or in the state
// whose organ it is.
func (x *Extractor) ledBy(st *sentence, words []string) {
	t := st.tree
	for v, tok := range st.Tokens {
		if tok.Tag != "VBN" || !x.lex.w.leadVerbs[tok.Lemma] || t.rel(v) != "acl" {
			continue
		}
		k := st.tokMention[t.head(v)]
		if k < 0 || len(st.ms[k].Actors) != 1 || st.ms[k].Location {
			continue
		}
		body := st.ms[k].Actors[0]
		switch {
		case body.Type == schema.Country || body.Type == schema.ArmedGroup || body.Type == schema.Organization && !strings.Contains(body.ID, "-"):
		case body.Country != "":
			// a state organ ("the American administration"): the state
			c, ok := x.dict.Country(body.Country)
			if !ok {
				continue
			}
			body = c
		default:
			continue
		}
		for _, c := range t.children(v, "obl:agent", "obl") {
			if t.rel(c) != "obl:agent" && t.caseOf(c) != "by" {
				continue
			}
			person, pk := x.personAt(st, words, c, "")
			if person.ID == "" || pk == k {
				continue
			}
			pa := arg{actor: person, start: t.leftEdge(c), end: t.rightEdge(c) + 1}
			ba := arg{actor: body, start: st.ms[k].Start, end: st.ms[k].End}
			x.emit(st, schema.Relation, pa, ba, "roleIn", "", 0, false, fact.Asserted, [2]int{v, v + 1}, "tree:led-by")
		}
	}
}

func properNoun(tag string) bool { return tag == "NNP" || tag == "NNPS" }

// postIn finds an office title inside the phrase headed by h (its own
// tokens left of the head and the head itself): "foreign ministry
// spokeswoman", "president", "ambassador".
func (x *Extractor) postIn(st *sentence, words []string, h int) (string, bool) {
	t := st.tree
	// The post may run on past the head into its of-phrase ("Secretary
	// of State").
	right := t.rightEdge(h)
	for i := t.leftEdge(h); i <= h; i++ {
		if post, n, ok := x.dict.Post(words, i); ok && i+n-1 <= right && i+n-1 >= h-1 {
			return post, true
		}
	}
	return "", false
}

// personAt returns the person a proper-noun head names, with the index of
// its mention, adding a mention when the name is new to the dictionary.
func (x *Extractor) personAt(st *sentence, words []string, h int, post string) (fact.Actor, int) {
	t := st.tree
	if k := st.tokMention[h]; k >= 0 {
		m := st.ms[k]
		if len(m.Actors) == 1 && m.Actors[0].Type == schema.Person {
			return m.Actors[0], k
		}
		return fact.Actor{}, -1
	}
	// The name: the head with its flat and compound proper nouns, and no
	// other mention inside.
	lo, hi := h, h
	for _, c := range t.children(h, "flat", "compound") {
		if !properNoun(st.Tokens[c].Tag) || st.tokMention[c] >= 0 {
			continue
		}
		if c < lo {
			lo = c
		}
		if c > hi {
			hi = c
		}
	}
	// "Ana Soto" read as two conjuncts of one head: the next proper noun
	// with no punctuation between belongs to the name.
	for hi+1 < len(st.Tokens) && t.rel(hi+1) == "conj" && t.head(hi+1) == t.head(h) && t.relIs(h, "conj", "appos") && properNoun(st.Tokens[hi+1].Tag) && st.tokMention[hi+1] < 0 {
		hi++
	}
	for i := lo; i <= hi; i++ {
		if !properNoun(st.Tokens[i].Tag) || st.tokMention[i] >= 0 {
			return fact.Actor{}, -1
		}
	}
	if hi == lo {
		// A single word is too weak a name to introduce a person.
		return fact.Actor{}, -1
	}
	name := strings.Join(words[lo:hi+1], " ")
	p := fact.Actor{ID: name, Name: name, Type: schema.Person, Post: post}
	k := st.addMention(Mention{Start: lo, End: hi + 1, Kind: MTitled, Actors: []fact.Actor{p}, Text: name, Post: post, Person: true})
	return p, k
}

// titleOrg finds the state or organisation a title phrase names: its
// possessor, an adjective or compound mention, or its of/for/at/to nominal,
// in that order ("Kenya's ambassador to the UN" is Kenya's). of reports
// that the mentions are the title's "of" nominal.
func (x *Extractor) titleOrg(st *sentence, title, self int) (ks []int, of bool) {
	t := st.tree
	ok := func(ks []int) []int {
		var out []int
		for _, k := range ks {
			if k != self {
				out = append(out, k)
			}
		}
		return out
	}
	for _, c := range t.children(title, "nmod:poss") {
		if ks := ok(st.argsAt(c)); len(ks) > 0 {
			return ks, false
		}
	}
	for i := t.leftEdge(title); i < title; i++ {
		// Not the title's own mention ("The leader", resolved to the
		// person it names).
		if k := st.tokMention[i]; k >= 0 && k != self && k != st.tokMention[title] {
			return []int{k}, false
		}
	}
	for _, p := range []string{"of", "for", "at", "in", "to"} {
		for _, c := range t.children(title, "nmod", "obl") {
			if t.caseOf(c) != p {
				continue
			}
			if ks := ok(st.argsAt(c)); len(ks) > 0 {
				return ks, p == "of"
			}
			// "secretary-general for UN peacekeeping": the body
			// modifies the nominal.
			for _, m := range t.children(c, "compound") {
				if k := st.tokMention[m]; k >= 0 && k != self {
					return []int{k}, false
				}
			}
		}
	}
	return nil, false
}

// innerBody finds a state or organisation named inside the title mention
// headed by title, left of the head ("the UN envoy", "the Kenyan
// ambassador" has none: a demonym is the mention's Affil).
func (x *Extractor) innerBody(st *sentence, words []string, title int) (arg, bool) {
	// Unresolved titles are not in tokMention.
	k := -1
	for j, m := range st.ms {
		if m.Kind == MTitle && m.Start <= title && title < m.End {
			k = j
		}
	}
	if k < 0 {
		return arg{}, false
	}
	m := st.ms[k]
	for i := m.Start; i < title; i++ {
		if !properNoun(st.Tokens[i].Tag) {
			continue
		}
		a, n, _, ok := x.dict.Actor(words, i)
		if !ok || i+n > title {
			continue
		}
		switch a.Type {
		case schema.Organization, schema.Country, schema.ArmedGroup:
			return arg{actor: a, start: i, end: i + n}, true
		}
	}
	// "the president of the European Commission": a body in the title's
	// own of-phrase (a for-phrase is the portfolio: "the envoy for Peru").
	of := false
	for i := title + 1; i < m.End; i++ {
		switch st.Tokens[i].Lower {
		case "of":
			of = true
			continue
		case "for", "to", "in":
			return arg{}, false
		}
		if !of || !properNoun(st.Tokens[i].Tag) {
			continue
		}
		a, n, _, ok := x.dict.Actor(words, i)
		if !ok || i+n > m.End {
			continue
		}
		switch a.Type {
		case schema.Organization, schema.Country, schema.ArmedGroup:
			return arg{actor: a, start: i, end: i + n}, true
		}
	}
	return arg{}, false
}

// misreadAppos reports the title whose apposition the conjunct b really is
// (see treeTitles), or -1: b is a proper noun right after a comma, has no
// conjunction of its own, and its head is the title or a nominal inside the
// title's phrase, at most two steps down.
// personMention: token i is inside a mention of one person.
func (st *sentence) personMention(i int) bool {
	k := st.tokMention[i]
	return k >= 0 && len(st.ms[k].Actors) == 1 && st.ms[k].Actors[0].Type == schema.Person
}

func (x *Extractor) misreadAppos(st *sentence, words []string, b int) int {
	t := st.tree
	toks := st.Tokens
	// The comma comes before the conjunct's own modifiers ("Sir"); the
	// parser may hang it on the conjunct or elsewhere.
	lo := t.leftEdge(b)
	if lo > 0 && toks[lo].Text != "," {
		lo--
	}
	if toks[lo].Text != "," || !properNoun(toks[b].Tag) || len(t.children(b, "cc")) > 0 {
		return -1
	}
	h := t.head(b)
	if t.relIs(b, "conj") {
		// "Petro and the rebel group's commander, Antonio Garcia": the
		// conjunct just before the comma is the office.
		for _, c := range t.children(h, "conj") {
			if c < b && t.rightEdge(c) == lo-1 {
				if _, ok := x.postIn(st, words, c); ok {
					return c
				}
			}
		}
	}
	for step := 0; step < 3 && h >= 0 && h < b; step++ {
		if _, ok := x.postIn(st, words, h); ok {
			return h
		}
		switch t.rel(h) {
		case "nmod", "compound", "obl":
			h = t.head(h)
		default:
			return -1
		}
	}
	return -1
}

// leftEdge and rightEdge are the first and last token of i's subtree. The
// walk is bounded by the sentence length so that a malformed parse (a
// cycle) cannot loop.
func (t *dtree) leftEdge(i int) int {
	lo, _ := t.edges(i)
	return lo
}

func (t *dtree) rightEdge(i int) int {
	_, hi := t.edges(i)
	return hi
}

func (t *dtree) edges(i int) (int, int) {
	lo, hi := i, i
	stack := []int{i}
	for n := 0; len(stack) > 0 && n <= len(t.toks); n++ {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if c < lo {
			lo = c
		}
		if c > hi {
			hi = c
		}
		stack = append(stack, t.kids[c]...)
	}
	return lo, hi
}

// treeBackers reads a backer named in a hyphenated modifier: "US-backed
// forces", "Iranian-funded militias", "Russian-backed rebels" say the
// backer supports the actor modified (a stance; the modifier tells no act
// or date). The modified actor is the mention holding the modifier, or the
// one its head noun starts.
func (x *Extractor) treeBackers(_ *docState, st *sentence) {
	t := st.tree
	if t == nil {
		return
	}
	for i, tok := range st.Tokens {
		backer, ok := x.hyphenPrefix(tok.Text, x.lex.w.backingWords)
		if !ok {
			continue
		}
		k := st.tokMention[i]
		if h := t.head(i); k < 0 && h >= 0 && t.relIs(i, "amod", "compound") {
			k = st.tokMention[h]
			if k < 0 && t.relIs(h, "appos") {
				// "the Houthis, an Iranian-backed rebel group"
				k = st.mentionOf(t.head(h), 0)
			}
		}
		if k < 0 || len(st.ms[k].Actors) == 0 {
			continue
		}
		s := arg{actor: backer, start: i, end: i + 1}
		for _, o := range st.argList([]int{k}) {
			if o.actor.ID != backer.ID {
				x.emit(st, schema.Stance, s, o, "supports", "", 1, false, fact.Asserted, [2]int{i, i + 1}, "tree:backed-by")
			}
		}
	}
}
