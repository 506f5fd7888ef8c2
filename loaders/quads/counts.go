package quads

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// Counts are an actor's store-wide counts, which no one article owns and
// so no article's quads can carry: how many fact summaries name it as
// subject or object (a fact of an actor with itself counts twice, as
// counting the two indexes does) and how many articles mention it (its
// ont:mentionedIn edges). The loader keeps them (Counter), so that `kg
// query actors` reads one literal per actor instead of counting a hub's
// thousands of summaries quad by quad.
type Counts struct {
	Facts, Articles int
}

// CountsVersion is the first field of every counts literal.
const CountsVersion = "kg-count-1"

// Literal is the text of an actor's counts literal: CountsVersion, facts,
// articles and the actor's IRI, tab-separated. The actor is in it because
// the same literal also hangs off the one node that lists every actor's
// counts (CountsIRI).
func (c Counts) Literal(actor quad.IRI) string {
	return CountsVersion + "\t" + strconv.Itoa(c.Facts) + "\t" + strconv.Itoa(c.Articles) + "\t" + string(actor)
}

// ParseCounts reads a counts literal's text; ok is false for anything else.
func ParseCounts(s string) (c Counts, actor quad.IRI, ok bool) {
	f := strings.Split(s, "\t")
	if len(f) < 4 || f[0] != CountsVersion {
		return Counts{}, "", false
	}
	var err1, err2 error
	c.Facts, err1 = strconv.Atoi(f[1])
	c.Articles, err2 = strconv.Atoi(f[2])
	if err1 != nil || err2 != nil || c.Facts < 0 || c.Articles < 0 {
		return Counts{}, "", false
	}
	return c, quad.IRI(f[3]), true
}

// CountIRI is the node an actor's counts hang off: kg:count/<the actor's
// local name>. A node of its own (not the actor) so that reading or
// replacing the counts is a lookup of two quads, not of all a hub's. The
// queries build the same IRI (queries/lib.js countNode).
func (b *Builder) CountIRI(actor quad.IRI) quad.IRI {
	return quad.IRI(b.v.Base() + "count/" + strings.TrimPrefix(string(actor), b.v.Base()+"actor/"))
}

// CountsGraph is the label of every counts quad: they belong to no article.
func (b *Builder) CountsGraph() quad.IRI { return b.v.Graph("counts") }

// CountsIRI is the node off which every actor's counts literal hangs too
// (kg:ont/Counts), so that `actors` reads them all in one hop.
func (b *Builder) CountsIRI() quad.IRI { return b.v.Term(schema.ClassCounts) }

// CountQuads are the quads that store an actor's counts: the literal off
// the actor's count node and off the node of all counts.
func (b *Builder) CountQuads(actor quad.IRI, c Counts) []quad.Quad {
	lit := str(c.Literal(actor))
	p, g := b.v.Term(schema.PCounts), b.CountsGraph()
	return []quad.Quad{
		{Subject: b.CountIRI(actor), Predicate: p, Object: lit, Label: g},
		{Subject: b.CountsIRI(), Predicate: p, Object: lit, Label: g},
	}
}

// Counter keeps every actor's Counts exact as articles are added, replaced
// and removed (it is a graph.Summaries for graph.Loader): the counts of the
// actors a batch touches are deleted before the batch's articles are
// written and written again after, from the old counts and the quads that
// were actually written and deleted. An actor whose counts are missing (a
// store loaded before counts existed, or a load stopped between the two
// steps) or unreadable (an import that doubled them) is counted from the
// store instead, so a missing count is never taken for zero; the queries
// count the slow way for an actor without counts.
//
// It assumes one writer at a time, as the file backends enforce: two
// processes loading into one PostgreSQL store at once may lose each
// other's updates to a shared actor's counts.
//
// Beside each actor's Counts it keeps its Votes (one literal off the same
// count node, deleted and written in the same transactions), so that an
// actor with counts has exact votes too, and one without either is
// counted again from the store.
type Counter struct {
	b                          *Builder
	asSubject, asObject, named quad.IRI
	counts, votes              quad.IRI
}

// Counter returns the Counter of b's vocabulary.
func (b *Builder) Counter() *Counter {
	return &Counter{b: b, asSubject: b.v.Term(schema.PSummaryAsSubject), asObject: b.v.Term(schema.PSummaryAsObject),
		named: b.v.Term(schema.PMentionedIn), counts: b.v.Term(schema.PCounts), votes: b.v.Term(schema.PVotes)}
}

// tally adds sign times the counted quads among qs to into, by actor.
func (c *Counter) tally(qs []quad.Quad, sign int, into map[quad.IRI]*Counts) {
	for _, q := range qs {
		s, ok := q.Subject.(quad.IRI)
		if !ok {
			continue
		}
		var facts, arts int
		switch q.Predicate {
		case c.asSubject, c.asObject:
			facts = 1
		case c.named:
			arts = 1
		default:
			continue
		}
		n := into[s]
		if n == nil {
			n = &Counts{}
			into[s] = n
		}
		n.Facts += sign * facts
		n.Articles += sign * arts
	}
}

// Tally counts the quads qs as if written to an empty store: the counts
// of every actor they name (for a store written in one go, as the
// benchmarks' synthetic one is).
func (c *Counter) Tally(qs []quad.Quad) []quad.Quad {
	by := map[quad.IRI]*Counts{}
	c.tally(qs, 1, by)
	votes := c.votesOf(qs)
	out := make([]quad.Quad, 0, 3*len(by))
	for _, a := range sortedActors(by) {
		out = append(out, c.b.CountQuads(a, *by[a])...)
		out = append(out, c.b.VotesQuad(a, votes[a]))
	}
	return out
}

func sortedActors[V any](m map[quad.IRI]V) []quad.IRI {
	out := make([]quad.IRI, 0, len(m))
	for a := range m {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// Stale returns the stored counts quads of every actor that add or del
// change (graph.Summaries): the loader deletes them before it writes.
func (c *Counter) Stale(lookup func(quad.Direction, quad.Value) ([]quad.Quad, error), add, del []quad.Quad) ([]quad.Quad, error) {
	by := map[quad.IRI]*Counts{}
	c.tally(add, 1, by)
	c.tally(del, -1, by)
	var out []quad.Quad
	for _, a := range sortedActors(by) {
		qs, err := lookup(quad.Subject, c.b.CountIRI(a))
		if err != nil {
			return nil, fmt.Errorf("read the counts of %s: %w", a, err)
		}
		for _, q := range qs {
			switch q.Predicate {
			case c.counts:
				// And the same literal off the node of all counts.
				out = append(out, q, quad.Quad{Subject: c.b.CountsIRI(), Predicate: q.Predicate, Object: q.Object, Label: q.Label})
			case c.votes:
				out = append(out, q)
			}
		}
	}
	return out, nil
}

// Fresh returns the counts quads to write once the articles are written
// (graph.Summaries): for every actor whose counts stale held, or whose
// counted quads were written (added) or deleted, the stored counts plus
// the change, or, where no single readable count was stored, the count of
// what the store now holds.
func (c *Counter) Fresh(lookup func(quad.Direction, quad.Value) ([]quad.Quad, error), stale, added, deleted []quad.Quad) ([]quad.Quad, error) {
	prefix := c.b.v.Base() + "count/"
	old, values := map[quad.IRI]Counts{}, map[quad.IRI]int{}
	oldVotes, nVotes := map[quad.IRI]Votes{}, map[quad.IRI]int{}
	for _, q := range stale {
		n, ok := q.Subject.(quad.IRI)
		if !ok || !strings.HasPrefix(string(n), prefix) {
			continue // the node of all counts holds the same literals
		}
		a := quad.IRI(c.b.v.Base() + "actor/" + strings.TrimPrefix(string(n), prefix))
		if q.Predicate == c.votes {
			nVotes[a]++
			if v, of, ok := ParseVotes(quad.ToString(q.Object)); ok && of == a {
				oldVotes[a] = v
			}
			continue
		}
		values[a]++
		if v, of, ok := ParseCounts(quad.ToString(q.Object)); ok && of == a {
			old[a] = v
		} else {
			values[a]++ // unreadable: count it again
		}
	}
	by := map[quad.IRI]*Counts{}
	c.tally(added, 1, by)
	c.tally(deleted, -1, by)
	for a := range values {
		if by[a] == nil {
			by[a] = &Counts{}
		}
	}
	addedVotes, deletedVotes := c.votesOf(added), c.votesOf(deleted)
	var out []quad.Quad
	for _, a := range sortedActors(by) {
		n, ok := old[a]
		n.Facts += by[a].Facts
		n.Articles += by[a].Articles
		v, vok := oldVotes[a]
		if vok {
			// A fresh map: oldVotes' is not to change if a recount follows.
			sum := Votes{}
			sum.add(v, 1)
			sum.add(addedVotes[a], 1)
			sum.add(deletedVotes[a], -1)
			v = sum
		}
		if !ok || values[a] != 1 || n.Facts < 0 || n.Articles < 0 || !vok || nVotes[a] != 1 || !v.valid() {
			// Missing, doubled or unreadable (a store written before
			// votes, a load stopped between its steps): both are counted
			// again, from the same read of the actor's quads.
			var err error
			if n, v, err = c.count(lookup, a); err != nil {
				return nil, err
			}
		}
		out = append(out, c.b.CountQuads(a, n)...)
		out = append(out, c.b.VotesQuad(a, v))
	}
	return out, nil
}

// count counts an actor's counted quads and its votes in the store: every
// quad of which it is the subject is read, so this is for the actors
// without counts.
func (c *Counter) count(lookup func(quad.Direction, quad.Value) ([]quad.Quad, error), a quad.IRI) (Counts, Votes, error) {
	qs, err := lookup(quad.Subject, a)
	if err != nil {
		return Counts{}, nil, fmt.Errorf("count the facts of %s: %w", a, err)
	}
	by := map[quad.IRI]*Counts{}
	c.tally(qs, 1, by)
	v := c.votesOf(qs)[a]
	if n := by[a]; n != nil {
		return *n, v, nil
	}
	return Counts{}, v, nil
}
