package schema

import (
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"
)

// ActorType is the kind of an actor. Persons, countries and organisations use
// schema.org classes so other tools recognise them; the rest are kg's own.
type ActorType string

const (
	Person       ActorType = "person"
	Country      ActorType = "country"
	Organization ActorType = "organization"
	ArmedGroup   ActorType = "group"      // armed or militant groups
	Collective   ActorType = "collective" // "Western nations", "rebels": several actors spoken of as one
	MilitaryUnit ActorType = "unit"
	Asset        ActorType = "asset" // ships, aircraft, weapons systems
	Place        ActorType = "place" // regions and cities that are not actors themselves
)

// ActorTypes lists every type, in a stable order.
var ActorTypes = []ActorType{Person, Country, Organization, ArmedGroup, Collective, MilitaryUnit, Asset, Place}

// ParseActorType accepts a type name case-insensitively.
func ParseActorType(s string) (ActorType, error) {
	for _, t := range ActorTypes {
		if strings.EqualFold(s, string(t)) {
			return t, nil
		}
	}
	return "", fmt.Errorf("unknown actor type %q (want one of %v)", s, ActorTypes)
}

// Class is the rdf:type IRI of an actor type.
func (v Vocab) Class(t ActorType) quad.IRI {
	switch t {
	case Person:
		return quad.IRI(Schema + "Person")
	case Country:
		return quad.IRI(Schema + "Country")
	case Organization:
		return quad.IRI(Schema + "Organization")
	case Place:
		return quad.IRI(Schema + "Place")
	case ArmedGroup:
		return v.Term("ArmedGroup")
	case Collective:
		return v.Term("Collective")
	case MilitaryUnit:
		return v.Term("MilitaryUnit")
	case Asset:
		return v.Term("Asset")
	}
	return v.Term("Actor")
}

// TypeOfClass maps an rdf:type IRI back to an ActorType ("" if none).
func (v Vocab) TypeOfClass(iri quad.IRI) ActorType {
	for _, t := range ActorTypes {
		if v.Class(t) == iri {
			return t
		}
	}
	return ""
}
