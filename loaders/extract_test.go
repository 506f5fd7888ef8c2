package loaders

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/loaders/source"
)

func newExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// is reports whether an actor matches a name, id or country code.
func is(a fact.Actor, want string) bool {
	return strings.EqualFold(a.Name, want) || strings.EqualFold(a.ID, want) || a.Country == want && a.Type != "country" && want != "" || a.Country == want
}

func find(fs []fact.Fact, subj, pred, obj string) (fact.Fact, bool) {
	for _, f := range fs {
		if f.Predicate == pred && is(f.Subject, subj) && is(f.Object, obj) {
			return f, true
		}
	}
	return fact.Fact{}, false
}

func extractText(t *testing.T, x *Extractor, text, date string) []fact.Fact {
	t.Helper()
	r, err := x.Extract(source.Source{ID: "t", Path: "t.txt", Raw: []byte(text), Meta: source.Meta{Date: date}})
	if err != nil {
		t.Fatal(err)
	}
	return r.Facts
}

// Each case is a sentence written for this test about actors the seeds do
// not mention; the rules must generalise to them.
func TestRulesOnUnseenActors(t *testing.T) {
	x := newExtractor(t)
	type want struct {
		s, p, o  string
		negated  bool
		modality fact.Modality
		cameo    string // root or full code prefix
		date     string
	}
	cases := []struct {
		text  string
		date  string
		wants []want
		not   [][3]string
	}{
		{text: "Japan's foreign minister met his Chinese counterpart in Beijing on Tuesday.", date: "2016-03-10",
			wants: []want{{s: "JPN", p: "meets", o: "CHN", cameo: "04", date: "2016-03-08"}}},
		{text: "Kenya's president hosted his Somali counterpart Hassan Sheikh Mohamud in Nairobi.",
			wants: []want{{s: "KEN", p: "hosts", o: "Hassan Sheikh Mohamud"}, {s: "Hassan Sheikh Mohamud", p: "roleIn", o: "SOM"}},
			not:   [][3]string{{"Hassan", "", ""}, {"Mohamud", "", ""}}},
		{text: "Kenya accused Somalia of harbouring militants.",
			wants: []want{{s: "KEN", p: "accuses", o: "SOM", cameo: "112"}}},
		{text: "Indian forces shot down a Pakistani drone near the border.",
			wants: []want{{s: "IND", p: "shootsDown", o: "PAK", cameo: "19"}}},
		{text: "A Pakistani drone was shot down by Indian forces.",
			wants: []want{{s: "IND", p: "shootsDown", o: "PAK"}}},
		{text: "Germany and Poland agreed to share intelligence on smuggling networks.",
			wants: []want{{s: "DEU", p: "sharesIntelligence", o: "POL", cameo: "0314", modality: fact.Planned}, {s: "POL", p: "sharesIntelligence", o: "DEU"}}},
		{text: "Brazil did not criticise Argentina over the tariffs.",
			wants: []want{{s: "BRA", p: "criticizes", o: "ARG", negated: true}}},
		{text: "Egyptian Foreign Minister Sameh Shoukry will visit Ethiopia next month.",
			wants: []want{{s: "Sameh Shoukry", p: "roleIn", o: "EGY"}, {s: "Sameh Shoukry", p: "visits", o: "ETH", modality: fact.Planned}}},
		{text: "Talks between Iran and Saudi Arabia were held in Baghdad.",
			wants: []want{{s: "IRN", p: "meets", o: "SAU"}}},
		{text: "Australian Prime Minister Malcolm Turnbull arrived in Jakarta. He urged Indonesia to release the prisoners.",
			wants: []want{{s: "Malcolm Turnbull", p: "appeals", o: "IDN", cameo: "02"}}},
		{text: "Iraq's invasion of Kuwait in 1990 led to war.",
			wants: []want{{s: "IRQ", p: "occupies", o: "KWT", date: "1990"}}},
		{text: "Chile, an ally of Peru, sent troops.",
			wants: []want{{s: "CHL", p: "allyOf", o: "PER"}}},
		{text: "The European Union imposed sanctions on Belarus.",
			wants: []want{{s: "European Union", p: "sanctions", o: "BLR", cameo: "163"}}},
		{text: "Mexico's president said he hoped Mexico could cooperate with Canada.",
			wants: []want{{s: "MEX", p: "cooperates", o: "CAN", modality: fact.Hedged, cameo: "031"}}},
		{text: "This is important, the analyst said.", not: [][3]string{{"ISIS", "", ""}}},
		{text: "Ukraine on Monday accused Belarus of shooting down a Ukrainian drone near the border.",
			// What an accusation alleges is its topic, not a fact: the accused
			// may deny it.
			wants: []want{{s: "UKR", p: "accuses", o: "BLR"}}, not: [][3]string{{"BLR", "shootsDown", "UKR"}}},
		{text: "UN Secretary-General Ban Ki-moon met Iranian President Hassan Rouhani in New York.",
			wants: []want{{s: "Ban Ki-moon", p: "roleIn", o: "United Nations"}, {s: "Ban Ki-moon", p: "meets", o: "Hassan Rouhani"}}},
		{text: "Egypt's foreign ministry condemned the deployment of Ethiopian troops near the border.",
			wants: []want{{s: "EGY", p: "criticizes", o: "ETH"}}},
		{text: "The White House imposed new sanctions on Caracas.",
			wants: []want{{s: "USA", p: "sanctions", o: "VEN"}}},
		{text: "Qatar offered to mediate between Riyadh and Tehran.",
			wants: []want{{s: "QAT", p: "mediates", o: "SAU", modality: fact.Planned}, {s: "QAT", p: "mediates", o: "IRN"}}},
		{text: "Greek Foreign Minister Nikos Dendias cancelled a planned visit to Turkey.",
			wants: []want{{s: "Nikos Dendias", p: "visits", o: "TUR", negated: true}}},
		{text: "The African Union urged Sudan and South Sudan to resolve the dispute through dialogue.",
			wants: []want{{s: "African Union", p: "appeals", o: "SDN"}, {s: "African Union", p: "appeals", o: "SSD"}},
			not:   [][3]string{{"SDN", "", ""}}[:0]},
		{text: "Vietnam criticised China for deploying an oil rig in disputed waters.",
			wants: []want{{s: "VNM", p: "criticizes", o: "CHN"}}},
		{text: "Armenian Deputy Foreign Minister Shavarsh Kocharyan said Azerbaijan was directly responsible for the shelling.",
			wants: []want{{s: "Shavarsh Kocharyan", p: "accuses", o: "AZE"}, {s: "Shavarsh Kocharyan", p: "roleIn", o: "ARM"}}},
		{text: "Moscow suspended military contacts with Ankara.",
			wants: []want{{s: "RUS", p: "suspends", o: "TUR", cameo: "16"}}},
		{text: "Kenyan President Uhuru Kenyatta told a joint news conference with Ugandan President Yoweri Museveni on Friday that trade would grow.", date: "2016-05-08",
			wants: []want{{s: "Uhuru Kenyatta", p: "meets", o: "Yoweri Museveni", date: "2016-05-06"}}},
		{text: "Prime Minister Shinzo Abe ordered the Japanese navy to work “closely” with the Americans.",
			wants: []want{{s: "JPN", p: "cooperates", o: "USA"}}},
		{text: "Britain sent its aircraft carrier, the Queen Elizabeth, to the Pacific.",
			wants: []want{{s: "GBR", p: "deploys", o: "Queen Elizabeth"}}},
		{text: "Indian Prime Minister Narendra Modi said Nepal had the right to choose its partners, but urged Kathmandu and Beijing to respect the border.",
			wants: []want{{s: "Narendra Modi", p: "appeals", o: "NPL"}, {s: "Narendra Modi", p: "appeals", o: "CHN"}},
			not:   [][3]string{{"", "", ""}}[:0]},
		{text: "The Moroccan army said it would cut all military contacts with Algeria.",
			wants: []want{{s: "MAR", p: "suspends", o: "DZA"}}},
		{text: "The United Nations called for a ceasefire between Armenia and Azerbaijan.",
			wants: []want{{s: "United Nations", p: "appeals", o: "ARM"}, {s: "United Nations", p: "appeals", o: "AZE"}}},
		{text: "Al-Shabaab claimed responsibility for the attack in Nairobi, as well as bombings in Mogadishu and the downing of an Ethiopian helicopter.",
			wants: []want{{s: "al-Shabaab", p: "attacks", o: "KEN"}, {s: "al-Shabaab", p: "bombs", o: "SOM"}, {s: "al-Shabaab", p: "shootsDown", o: "ETH"}},
			not:   [][3]string{{"", "", ""}}[:0]},
		{text: "“Gaddafi must step down now,” British Prime Minister David Cameron said.",
			wants: []want{{s: "David Cameron", p: "opposes", o: "Muammar Gaddafi"}}},
		{text: "Mali's interim President Bah Ndaw accused France of arming separatists and called on Paris to withdraw its forces.",
			wants: []want{{s: "Bah Ndaw", p: "roleIn", o: "MLI"}, {s: "Bah Ndaw", p: "accuses", o: "FRA"}, {s: "Bah Ndaw", p: "appeals", o: "FRA"}}},
		{text: "Canada said it was considering sanctions against Iran.",
			wants: []want{{s: "CAN", p: "sanctions", o: "IRN", modality: fact.Hedged}}},
		{text: "Rebels said they had captured the town. Colombian troops later killed two rebels, the army said.",
			wants: []want{{s: "COL", p: "kills", o: "rebels"}}},
	}
	for _, c := range cases {
		fs := extractText(t, x, c.text, c.date)
		for _, w := range c.wants {
			f, ok := find(fs, w.s, w.p, w.o)
			if !ok {
				t.Errorf("%q: no %s -%s-> %s in %s", c.text, w.s, w.p, w.o, summary(fs))
				continue
			}
			if f.Negated != w.negated {
				t.Errorf("%q: %s negated=%v, want %v", c.text, w.p, f.Negated, w.negated)
			}
			if w.modality != "" && f.Modality != w.modality {
				t.Errorf("%q: %s modality=%s, want %s", c.text, w.p, f.Modality, w.modality)
			}
			if w.cameo != "" && !strings.HasPrefix(f.CAMEO, w.cameo) {
				t.Errorf("%q: %s cameo=%s, want %s…", c.text, w.p, f.CAMEO, w.cameo)
			}
			if w.date != "" && f.Date != w.date {
				t.Errorf("%q: %s date=%q, want %q", c.text, w.p, f.Date, w.date)
			}
			if f.Rule == "" || f.Sentence == "" || f.Offsets.Sentence.End == 0 {
				t.Errorf("%q: %s lacks provenance: %+v", c.text, w.p, f)
			}
		}
		for _, n := range c.not {
			if n[1] != "" {
				// a whole fact that must not be there
				if f, ok := find(fs, n[0], n[1], n[2]); ok {
					t.Errorf("%q: unexpected fact %s", c.text, summary([]fact.Fact{f}))
				}
				continue
			}
			for _, f := range fs {
				if is(f.Subject, n[0]) || is(f.Object, n[0]) {
					t.Errorf("%q: unexpected fact about %s: %s", c.text, n[0], summary([]fact.Fact{f}))
				}
			}
		}
	}
}

// Each case is a sentence written for this test whose target is a city of
// data/cities.tsv: the city is the object, and it stands for its country
// (or for none, where the country is disputed).
func TestCitiesAsTargets(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		text, s, p, o, country string
	}{
		{"Russian missiles struck Kramatorsk overnight.", "RUS-MIL", "bombs", "KRAMATORSK_UKR", "UKR"},
		{"Hamas fired rockets at Tel Aviv on Saturday.", "HAMAS", "attacks", "TEL_AVIV_ISR", "ISR"},
		{"Houthi rebels fired a ballistic missile at Jeddah.", "HOUTHIS", "attacks", "JEDDAH_SAU", "SAU"},
		{"Chinese Foreign Minister Wang Yi visited Karachi.", "WANG_YI", "visits", "KARACHI_PAK", "PAK"},
		{"M23 rebels captured Goma.", "M23", "occupies", "GOMA_COD", "COD"},
		{"Pakistani forces shelled Poonch.", "PAK-MIL", "attacks", "POONCH_IND_KASHMIR", ""},
	}
	for _, c := range cases {
		fs := extractText(t, x, c.text, "")
		f, ok := find(fs, c.s, c.p, c.o)
		if !ok {
			t.Errorf("%q: no %s -%s-> %s in %s", c.text, c.s, c.p, c.o, summary(fs))
			continue
		}
		if f.Object.ID != c.o || f.Object.Country != c.country {
			t.Errorf("%q: object %s (country %q), want %s (country %q)", c.text, f.Object.ID, f.Object.Country, c.o, c.country)
		}
	}
}

func summary(fs []fact.Fact) string {
	var b strings.Builder
	b.WriteString("[")
	for _, f := range fs {
		b.WriteString(f.Subject.Name + " -" + f.Predicate + "/" + f.CAMEO + "-> " + f.Object.Name + "; ")
	}
	b.WriteString("]")
	return b.String()
}

func TestUserLexicon(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "verbs.tsv")
	if err := os.WriteFile(good, []byte("# my verbs\nlemma\tparticle\targs\tcontrol\tpredicate\tcameo\tmodality\nupbraid\t-\tdobj\t-\tcriticizes\t111\t-\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	x, err := New(Options{LexiconFiles: []string{good}})
	if err != nil {
		t.Fatal(err)
	}
	fs := extractText(t, x, "Kenya upbraided Uganda over the border closure.", "")
	if _, ok := find(fs, "KEN", "criticizes", "UGA"); !ok {
		t.Errorf("user verb upbraid not used: %s", summary(fs))
	}
	bad := filepath.Join(dir, "bad.tsv")
	if err := os.WriteFile(bad, []byte("lemma\tparticle\targs\tcontrol\tpredicate\tcameo\tmodality\nrebuke\t-\tdobj\t-\tscolds\t111\t-\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = New(Options{LexiconFiles: []string{bad}})
	if err == nil || !strings.Contains(err.Error(), "bad.tsv:2") || !strings.Contains(err.Error(), "scolds") {
		t.Errorf("bad lexicon error = %v, want file:line and the unknown predicate", err)
	}
}
