package extract

import (
	"testing"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

// A person known only by a surname ("President Soto") is the person whose
// full name has that surname; two full names sharing one leave it to
// neither; a family-name-first name is found by its first word.
func TestRegistrySurnames(t *testing.T) {
	r := newRegistry(newWordSets(nil))
	r.add(fact.Actor{ID: "Soto", Name: "Soto", Type: schema.Person})
	r.add(fact.Actor{ID: "ANA_SOTO", Name: "Ana Soto", Type: schema.Person})
	if p, _, ok := r.match([]string{"Soto"}, 0); !ok || p.ID != "ANA_SOTO" {
		t.Errorf("Soto -> %q, want ANA_SOTO", p.ID)
	}
	r.add(fact.Actor{ID: "LUIS_VEGA", Name: "Luis Vega", Type: schema.Person})
	r.add(fact.Actor{ID: "EVA_VEGA", Name: "Eva Vega", Type: schema.Person})
	if p, _, ok := r.match([]string{"Vega"}, 0); ok {
		t.Errorf("Vega -> %q, want nobody", p.ID)
	}
	r.add(fact.Actor{ID: "KIM_SOO_JIN", Name: "Kim Soo-jin", Type: schema.Person})
	if p, _, ok := r.match([]string{"Kim"}, 0); !ok || p.ID != "KIM_SOO_JIN" {
		t.Errorf("Kim -> %q, want KIM_SOO_JIN", p.ID)
	}
}
