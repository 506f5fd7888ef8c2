package loaders

import (
	"strings"

	"github.com/kg-project/kg/loaders/actors"
	"github.com/kg-project/kg/loaders/extract"
	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

// dictAdapter presents the actor dictionary the way the extractor asks.
type dictAdapter struct{ d *actors.Dictionary }

var _ extract.Dict = dictAdapter{}

func (a dictAdapter) Actor(words []string, i int) (fact.Actor, int, extract.HitKind, bool) {
	e, n, how, ok := a.d.MatchAt(words, i)
	if !ok {
		return fact.Actor{}, 0, 0, false
	}
	kind := extract.HitName
	switch how {
	case actors.MatchMetonym:
		kind = extract.HitMetonym
	case actors.MatchDemonym:
		kind = extract.HitDemonym
	}
	return e.Actor(), n, kind, true
}

func (a dictAdapter) Demonym(word string) (fact.Actor, bool) {
	e, ok := a.d.Demonym(word)
	if !ok {
		return fact.Actor{}, false
	}
	return e.Actor(), true
}

func (a dictAdapter) Post(words []string, i int) (string, int, bool) {
	if i < len(words) && (words[i] == "counterpart" || words[i] == "counterparts") {
		return "counterpart", 1, true
	}
	return a.d.PostAt(words, i)
}

func (a dictAdapter) Group(x fact.Actor, words []string, i int) (fact.Actor, int, bool) {
	g, n, ok := a.d.GroupNounAt(words, i)
	if !ok && i < len(words) && !strings.HasSuffix(words[i], "s") {
		// The lexicon lists most nouns in the plural ("helicopters"); a
		// singular ("an Ethiopian helicopter") names the same agent.
		g, ok = a.d.GroupNoun(words[i] + "s")
		n = 1
	}
	if !ok {
		return fact.Actor{}, 0, false
	}
	e, ok := a.d.ByID(x.ID)
	if !ok {
		return fact.Actor{}, 0, false
	}
	return g.Of(e), n, true
}

func (a dictAdapter) GroupKind(words []string, i int) (schema.ActorType, string, int, bool) {
	g, n, ok := a.d.GroupNounAt(words, i)
	if !ok {
		return "", "", 0, false
	}
	return g.Type, g.Role, n, true
}

func (a dictAdapter) GroupNounOf(words []string, i int) string {
	g, _, ok := a.d.GroupNounAt(words, i)
	if !ok && i < len(words) && !strings.HasSuffix(words[i], "s") {
		g, ok = a.d.GroupNoun(words[i] + "s")
	}
	if !ok {
		return ""
	}
	return g.Noun
}

func (a dictAdapter) Country(iso string) (fact.Actor, bool) {
	e, ok := a.d.ByID(iso)
	if !ok {
		return fact.Actor{}, false
	}
	return e.Actor(), true
}
