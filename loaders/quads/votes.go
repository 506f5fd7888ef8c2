package quads

import (
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// Votes are an actor's alignment totals with each counterpart, as `kg query
// allies` and `adversaries` count them (queries/lib.js alignment): every
// statement of the actor with the counterpart votes +1 or -1 (allyOf +1,
// disagreesWith -1, a stance its polarity, an event the sign of its
// Goldstein score; negated facts and the other relations abstain). They
// are kept beside the actor's Counts by the Counter, so that those
// questions rank a hub's counterparts from one literal per actor of its
// side instead of reading and voting its thousands of facts, and read the
// facts of the rows they show only.
//
// A statement is what lib.js mentionKey says: one article, sentence,
// predicate, pair (unordered for a symmetric predicate) and status; of
// its facts the first one the question reads votes (the actor's facts as
// subject, then as object, each in the order they were written). Every
// statement belongs to one article and one pair, so an actor's totals are
// the sum of its articles' and the Counter keeps them by adding and
// subtracting whole articles.
type Votes map[quad.IRI]Vote

// Vote is one counterpart's totals: the net of the votes and their number.
type Vote struct {
	Net, N int
}

// VotesVersion is the first field of every votes literal.
const VotesVersion = "kg-votes-1"

// Literal is the text of an actor's votes literal: VotesVersion, the
// actor's IRI, then per counterpart with at least one vote its IRI, net
// and number of votes, in IRI order, tab-separated.
func (v Votes) Literal(actor quad.IRI) string {
	var s strings.Builder
	s.WriteString(VotesVersion + "\t" + string(actor))
	for _, c := range sortedActors(v) {
		x := v[c]
		if x.N == 0 {
			continue
		}
		s.WriteString("\t" + string(c) + "\t" + strconv.Itoa(x.Net) + "\t" + strconv.Itoa(x.N))
	}
	return s.String()
}

// ParseVotes reads a votes literal's text; ok is false for anything else.
func ParseVotes(s string) (v Votes, actor quad.IRI, ok bool) {
	f := strings.Split(s, "\t")
	if len(f) < 2 || f[0] != VotesVersion || (len(f)-2)%3 != 0 {
		return nil, "", false
	}
	v = Votes{}
	for i := 2; i < len(f); i += 3 {
		net, err1 := strconv.Atoi(f[i+1])
		n, err2 := strconv.Atoi(f[i+2])
		if err1 != nil || err2 != nil || n <= 0 || net > n || net < -n {
			return nil, "", false
		}
		v[quad.IRI(f[i])] = Vote{Net: net, N: n}
	}
	return v, quad.IRI(f[1]), true
}

// add adds sign times w to v.
func (v Votes) add(w Votes, sign int) {
	for c, x := range w {
		y := v[c]
		y.Net += sign * x.Net
		y.N += sign * x.N
		v[c] = y
	}
}

// valid says whether every total is one a store could hold (a subtraction
// gone below zero means the old totals were wrong).
func (v Votes) valid() bool {
	for _, x := range v {
		if x.N < 0 || x.Net > x.N || x.Net < -x.N {
			return false
		}
	}
	return true
}

// VotesQuad is the quad that stores an actor's votes: the literal off the
// actor's count node (CountIRI), in the counts graph.
func (b *Builder) VotesQuad(actor quad.IRI, v Votes) quad.Quad {
	return quad.Quad{Subject: b.CountIRI(actor), Predicate: b.v.Term(schema.PVotes), Object: str(v.Literal(actor)), Label: b.CountsGraph()}
}

// voteFact is what a vote needs of one fact's summary literal.
type voteFact struct {
	asSubject           bool // read from the actor's subject index
	article, sentence   string
	subject, object     string
	predicate, kind     string
	negated             bool
	status              string
	goldstein, polarity string
	order               int // position, else sentence index
}

// parseVoteFact reads the fields a vote needs from a summary literal's
// text (Summary.String); ok is false for anything else.
func parseVoteFact(s string) (f voteFact, ok bool) {
	a := strings.Split(s, "\t")
	// Fields as in SummaryFields, after the version; "position" may be
	// missing from summaries written before it.
	if len(a) < 23 || a[0] != SummaryVersion {
		return voteFact{}, false
	}
	f = voteFact{subject: a[2], predicate: a[3], object: a[4], kind: a[5], negated: a[6] == "true",
		goldstein: a[10], polarity: a[12], article: a[15], sentence: a[18]}
	switch a[7] {
	case "planned", "hedged":
		f.status = a[7]
	default:
		f.status = "happened"
	}
	pos := a[18]
	if len(a) > 23 {
		pos = a[23]
	}
	f.order, _ = strconv.Atoi(pos)
	return f, true
}

// articleVotes adds to into the votes of one actor's facts of one article,
// fs, as alignment counts them: subject facts before object facts, each in
// the order written, the first fact of each statement voting.
func (b *Builder) articleVotes(actor string, fs []voteFact, into Votes) {
	sort.SliceStable(fs, func(i, j int) bool {
		if fs[i].asSubject != fs[j].asSubject {
			return fs[i].asSubject
		}
		return fs[i].order < fs[j].order
	})
	seen := map[string]bool{}
	for _, f := range fs {
		x, y := f.subject, f.object
		if p, ok := b.preds.Get(f.predicate); ok && p.Symmetric && y < x {
			x, y = y, x
		}
		key := f.sentence + " " + f.predicate + " " + x + " " + y + " " + f.status
		if seen[key] {
			continue
		}
		seen[key] = true
		if f.negated {
			continue
		}
		c := f.subject
		if c == actor {
			c = f.object
		}
		if c == actor {
			continue
		}
		v := 0
		switch {
		case f.predicate == "allyOf":
			v = 1
		case f.predicate == "disagreesWith":
			v = -1
		case f.kind == "stance":
			// As lib.js reads it: an absent polarity is not positive.
			v = -1
			if p, err := strconv.ParseFloat(f.polarity, 64); err == nil && p > 0 {
				v = 1
			}
		case f.kind == "event":
			if g, err := strconv.ParseFloat(f.goldstein, 64); err == nil && g != 0 {
				v = 1
				if g < 0 {
					v = -1
				}
			}
		}
		if v == 0 {
			continue
		}
		t := into[quad.IRI(c)]
		t.Net += v
		t.N++
		into[quad.IRI(c)] = t
	}
}

// votesOf is the votes of every actor that is the subject of a summary
// index quad among qs (its facts as subject or object), counted article
// by article.
func (c *Counter) votesOf(qs []quad.Quad) map[quad.IRI]Votes {
	type key struct {
		actor   quad.IRI
		article string
	}
	facts := map[key][]voteFact{}
	var keys []key
	for _, q := range qs {
		if q.Predicate != c.asSubject && q.Predicate != c.asObject {
			continue
		}
		a, ok := q.Subject.(quad.IRI)
		if !ok {
			continue
		}
		f, ok := parseVoteFact(quad.ToString(q.Object))
		if !ok {
			continue
		}
		f.asSubject = q.Predicate == c.asSubject
		k := key{a, f.article}
		if _, ok := facts[k]; !ok {
			keys = append(keys, k)
		}
		facts[k] = append(facts[k], f)
	}
	out := map[quad.IRI]Votes{}
	for _, k := range keys {
		v := out[k.actor]
		if v == nil {
			v = Votes{}
			out[k.actor] = v
		}
		c.b.articleVotes(string(k.actor), facts[k], v)
	}
	return out
}
