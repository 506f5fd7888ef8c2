package queries

import (
	"context"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/loaders/quads"
	"github.com/kg-project/kg/schema"
)

// Hand-made actors, as a dictionary-backed extractor would name them.
var (
	leDrian  = fact.Actor{ID: "le-drian", Name: "Jean-Yves Le Drian", Type: schema.Person, Aliases: []string{"Le Drian", "Jean-Yves Le Drian"}, Post: "Defence Minister"}
	shoigu   = fact.Actor{ID: "shoigu", Name: "Sergei Shoigu", Type: schema.Person, Aliases: []string{"Shoigu"}, Post: "Defence Minister"}
	putin    = fact.Actor{ID: "putin", Name: "Vladimir Putin", Type: schema.Person, Aliases: []string{"Putin"}, Post: "President"}
	hollande = fact.Actor{ID: "hollande", Name: "François Hollande", Type: schema.Person, Aliases: []string{"Hollande", "Francois Hollande"}, Post: "President"}
	assad    = fact.Actor{ID: "assad", Name: "Bashar al-Assad", Type: schema.Person, Aliases: []string{"Assad"}}
	france   = fact.Actor{ID: "FRA", Name: "France", Type: schema.Country, Country: "FRA", Aliases: []string{"Paris", "French"}, Wikidata: "Q142"}
	russia   = fact.Actor{ID: "RUS", Name: "Russia", Type: schema.Country, Country: "RUS", Aliases: []string{"Moscow", "Russian Federation", "Kremlin"}, Wikidata: "Q159"}
	turkey   = fact.Actor{ID: "TUR", Name: "Turkey", Type: schema.Country, Country: "TUR", Aliases: []string{"Ankara"}, Wikidata: "Q43"}
	syria    = fact.Actor{ID: "SYR", Name: "Syria", Type: schema.Country, Country: "SYR", Aliases: []string{"Damascus"}}
	isis     = fact.Actor{ID: "islamic-state", Name: "Islamic State", Type: schema.ArmedGroup, Aliases: []string{"IS", "ISIS", "ISIL", "Daesh"}}
	nato     = fact.Actor{ID: "nato", Name: "NATO", Type: schema.Organization, Aliases: []string{"North Atlantic Treaty Organization"}}
	cdg      = fact.Actor{ID: "charles-de-gaulle", Name: "Charles de Gaulle", Type: schema.Asset, Aliases: []string{"aircraft carrier Charles de Gaulle"}}
	ruMil    = fact.Actor{ID: "RUS-MIL", Name: "Russia (military)", Type: schema.MilitaryUnit, Country: "RUS"}
	crimea   = fact.Actor{ID: "crimea", Name: "Crimea", Type: schema.Place}
	moscow   = fact.Actor{ID: "moscow", Name: "Moscow", Type: schema.Place}
	// Two people called Smith, so that "Smith" is ambiguous.
	smithA = fact.Actor{ID: "john-smith", Name: "John Smith", Type: schema.Person}
	smithB = fact.Actor{ID: "jane-smith", Name: "Jane Smith", Type: schema.Person}
	// A name a query could be smuggled through.
	evil = fact.Actor{ID: "evil", Name: `Evil"); g.emit({pwned: 1}); ("</script>`, Type: schema.ArmedGroup}
)

type fixtureArticle struct {
	art   fact.Article
	facts []fact.Fact
}

// ev, rel and st build facts with the fields the quad writer needs.
func ev(doc string, s fact.Actor, pred, cameo string, o fact.Actor, date string, mod fact.Modality, sentence string) fact.Fact {
	return fact.Fact{Doc: doc, Kind: schema.Event, Subject: s, Object: o, Predicate: pred, CAMEO: cameo, Modality: mod, Date: date, Sentence: sentence, Rule: "fixture"}
}

func rel(doc string, s fact.Actor, pred string, o fact.Actor, sentence string) fact.Fact {
	return fact.Fact{Doc: doc, Kind: schema.Relation, Subject: s, Object: o, Predicate: pred, Modality: fact.Asserted, Sentence: sentence, Rule: "fixture"}
}

func st(doc string, s fact.Actor, pred string, pol int, o fact.Actor, sentence string) fact.Fact {
	return fact.Fact{Doc: doc, Kind: schema.Stance, Subject: s, Object: o, Predicate: pred, Polarity: pol, Modality: fact.Asserted, Sentence: sentence, Rule: "fixture"}
}

func fixtureArticles() []fixtureArticle {
	s1 := "French Defence Minister Jean-Yves Le Drian is to meet his Russian counterpart Sergei Shoigu in Moscow."
	s2 := "Le Drian and Russian Defence Minister Sergei Shoigu met in Moscow on Monday."
	a := []fixtureArticle{
		{fact.Article{ID: "a1-press", Title: "France to press Russia on bombing Islamic State fighters", Publisher: "BBC", Date: "2015-12-20", Hash: "sha256:1"}, []fact.Fact{
			ev("a1-press", leDrian, "meets", "040", shoigu, "2015-12-21", fact.Planned, s1),
			rel("a1-press", leDrian, "roleIn", france, s1),
			rel("a1-press", shoigu, "roleIn", russia, s1),
			ev("a1-press", france, "deploys", "150", cdg, "", fact.Asserted, "France recently deployed its aircraft carrier Charles de Gaulle to the Gulf."),
			ev("a1-press", france, "sharesIntelligence", "064", russia, "", fact.Hedged, "Talks will touch on how the two countries can share intelligence."),
		}},
		{fact.Article{ID: "a2-talks", Title: "Le Drian and Shoigu hold talks", Publisher: "Reuters", Date: "2015-12-21", Hash: "sha256:2"}, []fact.Fact{
			ev("a2-talks", leDrian, "meets", "040", shoigu, "2015-12-21", fact.Asserted, s2),
			rel("a2-talks", shoigu, "roleIn", russia, s2),
			st("a2-talks", putin, "supports", 1, assad, "Putin has stood by Bashar al-Assad throughout the war."),
			st("a2-talks", hollande, "opposes", -1, assad, "Hollande said Assad could play no part in Syria's future."),
			{Doc: "a2-talks", Kind: schema.Relation, Subject: hollande, Object: putin, Predicate: "disagreesWith", Topic: "Assad", Modality: fact.Asserted, Sentence: "Hollande and Putin remain at odds over the fate of Assad.", Rule: "fixture"},
			rel("a2-talks", russia, "allyOf", syria, "Russia is Syria's closest ally."),
		}},
		{fact.Article{ID: "a3-jet", Title: "Turkey shoots down Russian jet", Publisher: "Reuters", Date: "2015-11-25", Hash: "sha256:3"}, []fact.Fact{
			ev("a3-jet", turkey, "shootsDown", "190", ruMil, "2015-11-24", fact.Asserted, "Turkey shot down a Russian Su-24 bomber near the Syrian border."),
			{Doc: "a3-jet", Kind: schema.Event, Subject: putin, Object: turkey, Predicate: "accuses", CAMEO: "112", Modality: fact.Asserted, Date: "2015-11-24", Speaker: &putin, Sentence: "Putin accused Turkey of a stab in the back.", Rule: "fixture"},
			ev("a3-jet", russia, "sanctions", "163", turkey, "2015-11-28", fact.Asserted, "Russia imposed sanctions on Turkey."),
			rel("a3-jet", turkey, "memberOf", nato, "Turkey, a NATO member, ..."),
			rel("a3-jet", putin, "roleIn", russia, "Russian President Vladimir Putin"),
			// Negated: never a direct edge, never an answer.
			{Doc: "a3-jet", Kind: schema.Event, Subject: russia, Object: nato, Predicate: "attacks", CAMEO: "190", Negated: true, Modality: fact.Asserted, Sentence: "Russia will not attack NATO, Putin said.", Rule: "fixture"},
		}},
		{fact.Article{ID: "a4-paris", Title: "Hollande to meet Putin after Paris attacks", Publisher: "AFP", Date: "2015-11-20", Hash: "sha256:4"}, []fact.Fact{
			ev("a4-paris", isis, "attacks", "190", france, "2015-11-13", fact.Asserted, "Islamic State attacked Paris on 13 November."),
			ev("a4-paris", isis, "attacks", "190", russia, "2015-10-31", fact.Asserted, "Islamic State brought down a Russian airliner over Sinai on 31 October."),
			ev("a4-paris", hollande, "meets", "040", putin, "2015-11-26", fact.Planned, "Hollande will meet Putin in Moscow on 26 November."),
			ev("a4-paris", hollande, "visits", "042", moscow, "2015-11-26", fact.Planned, "Hollande will travel to Moscow."),
			ev("a4-paris", france, "cooperates", "060", russia, "2015-11-26", fact.Asserted, "France and Russia agreed to coordinate strikes."),
			rel("a4-paris", hollande, "roleIn", france, "French President François Hollande"),
			rel("a4-paris", france, "memberOf", nato, "France, a NATO member"),
			ev("a4-paris", smithA, "statement", "010", smithB, "", fact.Asserted, "Smith told Smith."),
			ev("a4-paris", evil, "attacks", "190", france, "", fact.Asserted, "An evil name."),
		}},
		{fact.Article{ID: "a5-crimea", Title: "Background: Russia and Crimea", Publisher: "BBC", Date: "2015-11-21", Hash: "sha256:5"}, []fact.Fact{
			ev("a5-crimea", russia, "annexes", "192", crimea, "2014", fact.Asserted, "Russia annexed Crimea in 2014."),
			ev("a5-crimea", france, "criticizes", "111", russia, "2014-03", fact.Asserted, "France condemned the annexation."),
			ev("a5-crimea", hollande, "meets", "040", putin, "2015-11-26", fact.Asserted, "Hollande met Putin in Moscow on 26 November."),
		}},
	}
	// Roles need the post the quad writer reads from the subject.
	return a
}

// writeArticles writes articles through loaders/quads, as kg load does:
// article-labelled quads as one batch, actor descriptions ignoring duplicates.
func writeArticles(tb testing.TB, qs cgraph.QuadStore, arts []fixtureArticle) int {
	tb.Helper()
	b, err := quads.New(schema.Default())
	if err != nil {
		tb.Fatal(err)
	}
	n := 0
	for _, a := range arts {
		art, actors, err := b.Result(a.art, a.facts)
		if err != nil {
			tb.Fatal(err)
		}
		if err := applyQuads(qs, art); err != nil {
			tb.Fatal(err)
		}
		if err := applyQuads(qs, actors); err != nil {
			tb.Fatal(err)
		}
		n += len(art) + len(actors)
	}
	return n
}

func applyQuads(qs cgraph.QuadStore, qq []quad.Quad) error {
	d := make([]cgraph.Delta, 0, len(qq))
	for _, q := range qq {
		d = append(d, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	return qs.ApplyDeltas(d, cgraph.IgnoreOpts{IgnoreDup: true})
}

// fixture is a memstore holding fixtureArticles, and a Runner over it.
func fixture(tb testing.TB) *Runner {
	tb.Helper()
	qs, err := cgraph.NewQuadStore("memstore", "", nil)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { qs.Close() })
	writeArticles(tb, qs, fixtureArticles())
	r, err := NewRunner(qs, schema.Default())
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

// run runs a canned query on r and fails the test on error.
func run(tb testing.TB, r *Runner, name string, values map[string]string) *Result {
	tb.Helper()
	q, err := Get(name)
	if err != nil {
		tb.Fatal(err)
	}
	res, err := r.Run(context.Background(), q, values)
	if err != nil {
		tb.Fatalf("%s %v: %v", name, values, err)
	}
	return res
}
