package factgraph

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/loaders/quads"
	"github.com/kg-project/kg/schema"
)

// summaryIndex maps a field name of the summary literal to its position,
// as loaders/quads writes it (after the version field).
func summaryIndex() map[string]int {
	idx := map[string]int{}
	for i, f := range quads.SummaryFields {
		idx[f] = i + 1
	}
	return idx
}

// parseSummary reads a fact's summary literal (loaders/quads.Summary): all
// a filter or an edge needs, one quad per fact instead of the fact node's
// thirty. The evidence details (offsets, rule, article title) are not in
// it; ReadFacts reads those for the facts a panel shows. ok is false for a
// literal of another version, which the caller then ignores.
func parseSummary(lit string, idx map[string]int) (f *Fact, art *Article, subjLabel, objLabel string, ok bool) {
	parts := strings.Split(lit, "\t")
	// A summary written before its last fields existed (position) is
	// shorter; the fields up to the sentence are always there.
	if len(parts) <= idx["sentence"] || parts[0] != quads.SummaryVersion {
		return nil, nil, "", "", false
	}
	get := func(name string) string {
		if i, ok := idx[name]; ok && i < len(parts) {
			return parts[i]
		}
		return ""
	}
	num := func(name string) int { n, _ := strconv.Atoi(get(name)); return n }
	f = &Fact{IRI: get("fact"), Subject: get("subject"), Predicate: get("predicate"), Object: get("object"),
		Kind: get("kind"), Negated: get("negated") == "true", Modality: get("modality"), Date: get("date"),
		CAMEO: get("cameo"), QuadClass: num("quadClass"), Polarity: num("polarity"), Speaker: get("speaker"),
		Post: get("post"), Article: get("article"), SentIndex: num("sentenceIndex"), Topic: get("topic"),
		Sentence: get("sentence")}
	if g, err := strconv.ParseFloat(get("goldstein"), 64); err == nil {
		f.Goldstein = &g
	}
	if f.IRI == "" || f.Subject == "" || f.Object == "" || f.Predicate == "" {
		return nil, nil, "", "", false
	}
	art = &Article{IRI: f.Article, Date: get("published"), Publisher: get("publisher")}
	return f, art, get("subjectLabel"), get("objectLabel"), true
}

// summariesOf reads the summaries of the facts an actor is the subject or
// object of, each one (subject, predicate) index prefix scan. It reports
// false when the store has no summary index (an import without
// --with-indexes), so the caller reads fact nodes instead.
func (s *storeReader) summariesOf(ctx context.Context, actor string) (bool, error) {
	subj, obj := s.qs.ValueOf(s.v.Term(schema.PSummaryAsSubject)), s.qs.ValueOf(s.v.Term(schema.PSummaryAsObject))
	if subj == nil && obj == nil {
		return false, nil
	}
	ref := s.qs.ValueOf(quad.IRI(actor))
	if ref == nil {
		return true, nil
	}
	if s.sumIdx == nil {
		s.sumIdx = summaryIndex()
		c, err := schema.LoadCAMEO()
		if err != nil {
			return true, err
		}
		s.cameo = c
	}
	for _, p := range []quad.Value{s.v.Term(schema.PSummaryAsSubject), s.v.Term(schema.PSummaryAsObject)} {
		pref := s.qs.ValueOf(p)
		if pref == nil {
			continue
		}
		sh, _ := shape.Optimize(shape.NodesFrom{Dir: quad.Object, Quads: shape.Quads{
			{Dir: quad.Subject, Values: shape.Fixed{ref}},
			{Dir: quad.Predicate, Values: shape.Fixed{pref}},
		}}, s.qs)
		it := shape.BuildIterator(s.qs, sh)
		for it.Next(ctx) {
			lit, ok := s.qs.NameOf(it.Result()).(quad.String)
			if !ok {
				continue
			}
			f, a, sl, ol, ok := parseSummary(string(lit), s.sumIdx)
			if !ok || s.facts[f.IRI] {
				continue
			}
			s.facts[f.IRI] = true
			if c, ok := s.cameo.Lookup(f.CAMEO); ok && f.CAMEO != "" {
				f.CAMEOName = c.Name // not in the summary; the fact node has it from the same table
			}
			s.r.facts[f.IRI] = f
			if a.IRI != "" && s.r.articles[a.IRI] == nil {
				s.r.articles[a.IRI] = a
			}
			// Labels as at load time, until the actor's description is read.
			for _, l := range [][2]string{{f.Subject, sl}, {f.Object, ol}} {
				if act := s.r.actor(l[0]); act.Label == "" {
					act.Label = l[1]
				}
			}
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return true, fmt.Errorf("summaries of %s: %w", actor, err)
		}
	}
	return true, nil
}
