package actors

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/kg-project/kg/schema"
)

var (
	dictOnce sync.Once
	dict     *Dictionary
	dictErr  error
)

func load(t testing.TB) *Dictionary {
	t.Helper()
	dictOnce.Do(func() { dict, dictErr = Load() })
	if dictErr != nil {
		t.Fatal(dictErr)
	}
	return dict
}

func countType(d *Dictionary, typ schema.ActorType) int {
	n := 0
	for _, e := range d.Entries() {
		if e.Type == typ {
			n++
		}
	}
	return n
}

func TestEmbeddedData(t *testing.T) {
	d := load(t)
	alpha3 := regexp.MustCompile(`^[A-Z]{3}$`)
	seen := map[string]bool{}
	for _, e := range d.Entries() {
		if seen[e.ID] {
			t.Errorf("duplicate id %s", e.ID)
		}
		seen[e.ID] = true
		if e.Name == "" || e.Type == "" {
			t.Errorf("%s: no name or type", e.ID)
		}
		if e.Type == schema.Country {
			if !alpha3.MatchString(e.ID) {
				t.Errorf("country %s: id is not alpha-3", e.ID)
			}
			if e.Country != e.ID {
				t.Errorf("country %s: Country = %q", e.ID, e.Country)
			}
		}
		if e.Type == schema.Person {
			if e.Country == "" || e.Post == "" {
				t.Errorf("person %s: needs country and post", e.ID)
			}
			if p, ok := d.CanonicalPost(e.Post); !ok || p.Name != e.Post {
				t.Errorf("person %s: post %q is not a canonical post", e.ID, e.Post)
			}
		}
	}
	if n := countType(d, schema.Country); n != 250 { // ISO 3166-1 (249) + Kosovo
		t.Errorf("%d countries, want 250", n)
	}
	if c := d.Conflicts(); len(c) > 0 {
		t.Errorf("phrases naming two entries:\n%s", strings.Join(c, "\n"))
	}
	for _, id := range []string{"FRA", "RUS", "USA", "TUR", "SYR", "GBR", "CHN", "XKX", "NATO", "UN", "EU", "ISIS", "WEST", "REBELS", "CRIMEA", "VLADIMIR_PUTIN"} {
		if _, ok := d.ByID(id); !ok {
			t.Errorf("ByID(%s) missing", id)
		}
	}
	wd := map[string]string{"FRA": "Q142", "RUS": "Q159", "USA": "Q30", "TUR": "Q43", "SYR": "Q858", "NATO": "Q7184", "VLADIMIR_PUTIN": "Q7747"}
	for id, q := range wd {
		if e, _ := d.ByID(id); e.Wikidata != q {
			t.Errorf("%s wikidata = %q, want %q", id, e.Wikidata, q)
		}
	}
	t.Logf("%d entries: %d countries, %d organizations, %d collectives, %d groups, %d units, %d places, %d persons; %d posts, %d group nouns",
		d.Len(), countType(d, schema.Country), countType(d, schema.Organization), countType(d, schema.Collective),
		countType(d, schema.ArmedGroup), countType(d, schema.MilitaryUnit), countType(d, schema.Place), countType(d, schema.Person),
		len(d.Posts()), len(d.GroupNouns()))
}

func TestEmbeddedFilesAreLoaded(t *testing.T) {
	want := []string{"cities.tsv", "collectives.tsv", "countries.tsv", "groupnouns.tsv", "groups.tsv", "organizations.tsv", "persons.tsv", "places.tsv", "posts.tsv"}
	if got := embeddedFiles(); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("embedded files %v, want %v", got, want)
	}
}

func TestDemonym(t *testing.T) {
	d := load(t)
	for word, id := range map[string]string{
		"French": "FRA", "Russian": "RUS", "Turkish": "TUR", "Kenyan": "KEN", "Chinese": "CHN", "Japanese": "JPN",
		"Syrian": "SYR", "British": "GBR", "American": "USA", "U.S.": "USA", "US": "USA", "Emirati": "ARE",
		"Saudi": "SAU", "Iranian": "IRN", "Iraqi": "IRQ", "Israeli": "ISR", "Palestinian": "PSE", "Somali": "SOM",
		"South Korean": "KOR", "North Korean": "PRK", "Ivorian": "CIV", "Western": "WEST", "European": "EUROPE",
		"Kurdish": "KURDS", "FRENCH": "FRA",
	} {
		e, ok := d.Demonym(word)
		if !ok || e.ID != id {
			t.Errorf("Demonym(%q) = %s %v, want %s", word, e.ID, ok, id)
		}
	}
	for _, word := range []string{"french", "u.s.", "us", "russian", "Korean", "Paris", "France"} {
		if e, ok := d.Demonym(word); ok {
			t.Errorf("Demonym(%q) = %s, want none", word, e.ID)
		}
	}
}

func TestLookup(t *testing.T) {
	d := load(t)
	for name, id := range map[string]string{
		"Moscow": "RUS", "Kremlin": "RUS", "the Kremlin": "RUS", "kremlin": "RUS", "Ankara": "TUR",
		"Washington": "USA", "the White House": "USA", "Pentagon": "USA", "Beijing": "CHN", "Damascus": "SYR",
		"Elysee": "FRA", "Élysée": "FRA", "Downing Street": "GBR", "Kyiv": "UKR", "Kiev": "UKR", "Tehran": "IRN",
		"Türkiye": "TUR", "Turkiye": "TUR", "Czechia": "CZE", "Czech Republic": "CZE", "Côte d'Ivoire": "CIV",
		"Cote d'Ivoire": "CIV", "Ivory Coast": "CIV", "Burma": "MMR", "Britain": "GBR", "U.K.": "GBR",
		"United States of America": "USA", "UAE": "ARE", "DRC": "COD", "Daesh": "ISIS", "ISIL": "ISIS",
		"Islamic State group": "ISIS", "al Qaeda": "AQ", "Al-Qaida": "AQ", "Erdogan": "RECEP_TAYYIP_ERDOGAN",
		"Erdoğan": "RECEP_TAYYIP_ERDOGAN", "Mevlut Cavusoglu": "MEVLUT_CAVUSOGLU", "Çavuşoğlu": "MEVLUT_CAVUSOGLU",
		"Sergey Lavrov": "SERGEI_LAVROV", "Francois Hollande": "FRANCOIS_HOLLANDE", "the West": "WEST",
		"Hizbollah": "HEZBOLLAH", "Ansar Allah": "HOUTHIS", "Kurdistan Workers' Party": "PKK",
		"Jabhat al-Nusra": "NUSRA", "Sinai Peninsula": "SINAI", "the Gulf": "GULF", "U.S.-led coalition": "COALITION",
	} {
		e, ok := d.Lookup(name)
		if !ok || e.ID != id {
			t.Errorf("Lookup(%q) = %s %v, want %s", name, e.ID, ok, id)
		}
	}
	if e, ok := d.Lookup("French"); ok {
		t.Errorf("Lookup(French) = %s: demonyms are not names", e.ID)
	}
}

func TestMatchAt(t *testing.T) {
	d := load(t)
	type want struct {
		i    int
		id   string
		n    int
		kind MatchKind
	}
	cases := []struct {
		sentence string
		want     []want // "" id: no match at i
	}{
		{"This is important", []want{{1, "", 0, 0}}},
		{"IS fighters attacked", []want{{0, "ISIS", 1, MatchName}}},
		{"Is it true", []want{{0, "", 0, 0}}},
		{"Let us go", []want{{1, "", 0, 0}}},
		{"He told us", []want{{2, "", 0, 0}}},
		{"Us and them", []want{{0, "", 0, 0}}},
		{"the US said", []want{{1, "USA", 1, MatchName}}},
		{"the U.S. said", []want{{1, "USA", 1, MatchName}}},
		{"who said that", []want{{0, "", 0, 0}}},
		{"the WHO said", []want{{1, "WHO", 1, MatchName}}},
		{"the West has accused Moscow", []want{{1, "WEST", 1, MatchName}, {0, "", 0, 0}, {4, "RUS", 1, MatchMetonym}}},
		{"west of the city", []want{{0, "", 0, 0}}},
		{"West Africa is far", []want{{0, "WEST_AFRICA", 2, MatchName}}},
		{"West of the city", []want{{0, "", 0, 0}}},
		{"the Islamic State group 's fighters", []want{{1, "ISIS", 3, MatchName}}},
		{"Islamic state fighters", []want{{0, "ISIS", 2, MatchName}}},
		{"islamic state fighters", []want{{0, "", 0, 0}}},
		{"The U.S.-led coalition struck", []want{{1, "COALITION", 2, MatchName}}},
		{"U.S. -led coalition", []want{{0, "COALITION", 3, MatchName}}},
		{"U.S. forces", []want{{0, "USA", 1, MatchName}}},
		{"the Kurdistan Workers ' Party ( PKK )", []want{{1, "PKK", 4, MatchName}, {6, "PKK", 1, MatchName}}},
		{"French Defence Minister Jean-Yves Le Drian", []want{{0, "FRA", 1, MatchDemonym}, {3, "JEAN_YVES_LE_DRIAN", 3, MatchName}}},
		{"French fries", []want{{0, "FRA", 1, MatchDemonym}}},
		{"french fries", []want{{0, "", 0, 0}}},
		{"Russia 's Defence Minister", []want{{0, "RUS", 1, MatchName}}},
		{"Russia's Defence Minister", []want{{0, "RUS", 1, MatchName}}},
		{"in Côte d'Ivoire", []want{{1, "CIV", 2, MatchName}}},
		{"in Cote d’Ivoire", []want{{1, "CIV", 2, MatchName}}},
		{"President Recep Tayyip Erdoğan", []want{{1, "RECEP_TAYYIP_ERDOGAN", 3, MatchName}}},
		{"the Kremlin said", []want{{0, "", 0, 0}, {1, "RUS", 1, MatchMetonym}}},
		{"Syrian rebels", []want{{0, "REBELS", 2, MatchName}}},
		{"Syrian troops", []want{{0, "SYR", 1, MatchDemonym}}},
		{"South Korean officials", []want{{0, "KOR", 2, MatchDemonym}}},
		{"New Mexico", []want{{0, "NEW_MEXICO", 2, MatchName}}},
		{"the Gulf of Mexico", []want{{1, "GULF_MEXICO", 3, MatchName}}},
		{"in the Gulf", []want{{2, "GULF", 1, MatchName}}},
		{"Gulf states", []want{{0, "GULF_STATES", 2, MatchName}}},
		{"al-Qaeda and al Qaeda and Al-Qaida", []want{{0, "AQ", 1, MatchName}, {2, "AQ", 2, MatchName}, {5, "AQ", 1, MatchName}}},
		{"Daesh ISIL ISIS Isis", []want{{0, "ISIS", 1, MatchName}, {1, "ISIS", 1, MatchName}, {2, "ISIS", 1, MatchName}, {3, "ISIS", 1, MatchName}}},
		{"isis", []want{{0, "", 0, 0}}},
		{"the Ecowas summit", []want{{1, "ECOWAS", 1, MatchName}}},
		{"ecowas summit", []want{{0, "", 0, 0}}},
		{"Un officials", []want{{0, "", 0, 0}}},
		{"Sergey Lavrov and Sergei Lavrov", []want{{0, "SERGEI_LAVROV", 2, MatchName}, {3, "SERGEI_LAVROV", 2, MatchName}}},
		{"Democratic Republic of the Congo", []want{{0, "COD", 5, MatchName}}},
		{"Republic of the Congo", []want{{0, "COG", 4, MatchName}}},
		{"the international coalition", []want{{1, "COALITION", 2, MatchName}}},
		{"an international coalition", []want{{1, "", 0, 0}}},
		{"", nil},
	}
	for _, c := range cases {
		words := strings.Fields(c.sentence)
		for _, w := range c.want {
			e, n, kind, ok := d.MatchAt(words, w.i)
			if w.id == "" {
				if ok {
					t.Errorf("%q at %d: got %s (%d words, %v), want none", c.sentence, w.i, e.ID, n, kind)
				}
				continue
			}
			if !ok || e.ID != w.id || n != w.n || kind != w.kind {
				t.Errorf("%q at %d: got %s %d %v %v, want %s %d %v", c.sentence, w.i, e.ID, n, kind, ok, w.id, w.n, w.kind)
			}
		}
	}
	// Out of range indexes are not a panic.
	for _, i := range []int{-1, 0, 5} {
		if _, _, _, ok := d.MatchAt(nil, i); ok {
			t.Errorf("MatchAt(nil, %d) matched", i)
		}
	}
}

func TestMatchString(t *testing.T) {
	d := load(t)
	if e, kind, ok := d.MatchString("U.S.-led coalition"); !ok || e.ID != "COALITION" || kind != MatchName {
		t.Errorf("MatchString(U.S.-led coalition) = %s %v %v", e.ID, kind, ok)
	}
	if e, _, ok := d.MatchString("U.S.-backed"); ok {
		t.Errorf("MatchString(U.S.-backed) = %s: a match ends at a token boundary", e.ID)
	}
	if e, _, ok := d.MatchString("Russia said"); ok {
		t.Errorf("MatchString(Russia said) = %s: not the whole string", e.ID)
	}
}

func TestPosts(t *testing.T) {
	d := load(t)
	for _, s := range []string{"Defense Minister", "Defence Minister", "defence minister", "Minister of Defense", "Minister of Defence"} {
		p, ok := d.CanonicalPost(s)
		if !ok || p.Name != "Defence Minister" {
			t.Errorf("CanonicalPost(%q) = %q %v", s, p.Name, ok)
		}
	}
	cases := []struct {
		sentence string
		i        int
		post     string
		n        int
	}{
		{"French Defense Minister Jean-Yves Le Drian", 1, "Defence Minister", 2},
		{"French Defence Minister Jean-Yves Le Drian", 1, "Defence Minister", 2},
		{"Russian Deputy Defence Minister Anatoly Antonov", 1, "Deputy Defence Minister", 3},
		{"Deputy Defense Minister Anatoly Antonov", 0, "Deputy Defence Minister", 3},
		{"the defence minister said", 1, "Defence Minister", 2},
		{"U.S. Secretary of State John Kerry", 1, "Secretary of State", 3},
		{"UN Secretary-General Ban Ki-moon", 1, "Secretary-General", 1},
		{"UN Secretary General Ban", 1, "Secretary-General", 2},
		{"Kremlin spokesman Dmitry Peskov", 1, "Spokesperson", 1},
		{"Gen. Valery Gerasimov", 0, "General", 1},
		{"Lt. Gen. Stephen Townsend", 0, "Lieutenant General", 2},
		{"a general election", 1, "", 0},
		{"a major attack", 1, "", 0},
		{"Chief of the General Staff Valery Gerasimov", 0, "Chief of the General Staff", 5},
		{"Crown Prince Mohammed bin Salman", 0, "Crown Prince", 2},
	}
	for _, c := range cases {
		post, n, ok := d.PostAt(strings.Fields(c.sentence), c.i)
		if c.post == "" {
			if ok {
				t.Errorf("%q at %d: got post %q", c.sentence, c.i, post)
			}
			continue
		}
		if !ok || post != c.post || n != c.n {
			t.Errorf("%q at %d: got %q %d %v, want %q %d", c.sentence, c.i, post, n, ok, c.post, c.n)
		}
	}
}

func TestGroupNouns(t *testing.T) {
	d := load(t)
	g, ok := d.GroupNoun("forces")
	if !ok || g.Role != "MIL" || g.Type != schema.MilitaryUnit {
		t.Fatalf("GroupNoun(forces) = %+v %v", g, ok)
	}
	tur, _ := d.Demonym("Turkish")
	a := g.Of(tur)
	if a.ID != "TUR-MIL" || a.Country != "TUR" || a.Type != schema.MilitaryUnit || a.Name != "Turkey (military)" {
		t.Errorf("Turkish forces = %+v", a)
	}
	for _, s := range []string{"troops", "army", "Army", "air strikes", "airstrikes", "warplanes", "jets"} {
		if g, ok := d.GroupNoun(s); !ok || g.Role != "MIL" {
			t.Errorf("GroupNoun(%q) = %+v %v, want a MIL noun", s, g, ok)
		}
	}
	for s, role := range map[string]string{"officials": "GOV", "government": "GOV", "authorities": "GOV", "diplomats": "GOV", "police": "COP", "state media": "MED", "fighters": "REB"} {
		if g, ok := d.GroupNoun(s); !ok || g.Role != role {
			t.Errorf("GroupNoun(%q) = %+v %v, want role %s", s, g, ok, role)
		}
	}
	words := strings.Fields("Russian air strikes hit Idlib")
	if g, n, ok := d.GroupNounAt(words, 1); !ok || n != 2 || g.Noun != "air strikes" {
		t.Errorf("GroupNounAt(air strikes) = %+v %d %v", g, n, ok)
	}
	if _, ok := d.GroupNoun("terrorists"); ok {
		t.Errorf("terrorists is a group noun")
	}
}

func TestEntryActor(t *testing.T) {
	d := load(t)
	e, _ := d.ByID("VLADIMIR_PUTIN")
	a := e.Actor()
	if a.ID != "VLADIMIR_PUTIN" || a.Name != "Vladimir Putin" || a.Type != schema.Person || a.Country != "RUS" || a.Post != "President" || a.Wikidata != "Q7747" {
		t.Errorf("Actor() = %+v", a)
	}
	a.Aliases[0] = "changed"
	if e2, _ := d.ByID("VLADIMIR_PUTIN"); e2.Aliases[0] == "changed" {
		t.Error("Actor() shares its aliases with the dictionary")
	}
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestUserFile(t *testing.T) {
	dir := t.TempDir()
	// A well-formed file: extend Russia, add a new person and a post.
	good := writeFile(t, dir, "good.tsv", "id\tname\ttype\tcountry\taliases\tdemonyms\tpost\n"+
		"RUS\t\t\t\tRossiya|-Kremlin\tRusski\n"+
		"JOHN_DOE\tJohn Q. Doe\tperson\tFRA\tJ. Q. Doe\t\tdefense minister\n")
	posts := writeFile(t, dir, "posts.tsv", "post\tvariants\trole\n"+"Grand Vizier\tVizier\tGOV\n")
	d, err := Load(good, posts)
	if err != nil {
		t.Fatal(err)
	}
	if e, ok := d.Lookup("Rossiya"); !ok || e.ID != "RUS" {
		t.Errorf("user alias: %s %v", e.ID, ok)
	}
	if e, ok := d.Demonym("Russki"); !ok || e.ID != "RUS" {
		t.Errorf("user demonym: %s %v", e.ID, ok)
	}
	if e, ok := d.Lookup("Kremlin"); ok {
		t.Errorf("removed metonym still matches %s", e.ID)
	}
	if e, ok := d.Lookup("Moscow"); !ok || e.ID != "RUS" {
		t.Errorf("Moscow lost: %s %v", e.ID, ok)
	}
	if e, _ := d.ByID("RUS"); e.Name != "Russia" || e.Wikidata != "Q159" {
		t.Errorf("extension cleared fields: %+v", e)
	}
	if e, n, _, ok := d.MatchAt(strings.Fields("said John Q. Doe today"), 1); !ok || e.ID != "JOHN_DOE" || n != 3 || e.Post != "Defence Minister" {
		t.Errorf("new person: %+v %d %v", e, n, ok)
	}
	if p, n, ok := d.PostAt([]string{"Grand", "Vizier"}, 0); !ok || p != "Grand Vizier" || n != 2 {
		t.Errorf("user post: %q %d %v", p, n, ok)
	}
	// The base dictionary is untouched.
	if e, ok := load(t).Lookup("Kremlin"); !ok || e.ID != "RUS" {
		t.Errorf("base dictionary changed")
	}
}

func TestUserFileErrors(t *testing.T) {
	dir := t.TempDir()
	cases := map[string]string{
		"bad type":      "id\tname\ttype\nFOO\tFoo\tspaceship\n",
		"no name":       "id\taliases\nNEW_ONE\tNew\n",
		"bad column":    "id\tname\ttype\tcolour\nFOO\tFoo\tperson\tblue\n",
		"too many":      "id\tname\ttype\nFOO\tFoo\tperson\textra\n",
		"bad country":   "id\tname\ttype\tcountry\nFOO\tFoo\tperson\tFrance\n",
		"no country":    "id\tname\ttype\tcountry\nFOO\tFoo\tperson\tZZZ\n",
		"bad wikidata":  "id\twikidata\nFRA\t142\n",
		"dup id":        "id\tname\ttype\nFOO\tFoo\tperson\nFOO\tFoo\tperson\n",
		"bad header":    "name\ttype\nFoo\tperson\n",
		"bad role":      "noun\tvariants\ttype\trole\ngoons\t\tgroup\tXXX\n",
		"bad post case": "post\tcase\nDoge\tupper\n",
		"dup column":    "id\tname\tName\nFOO\tFoo\tFoo\n",
	}
	for name, text := range cases {
		p := writeFile(t, dir, strings.ReplaceAll(name, " ", "_")+".tsv", "# comment\n"+text)
		_, err := Load(p)
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		// The error names the file and the line (line 1 is the comment).
		if !strings.HasPrefix(err.Error(), p+":") {
			t.Errorf("%s: error %q does not name the file", name, err)
		}
		if !regexp.MustCompile(`:[234]: `).MatchString(err.Error()) && name != "no country" {
			t.Errorf("%s: error %q does not name the line", name, err)
		}
	}
	if _, err := Load(filepath.Join(dir, "missing.tsv")); err == nil {
		t.Error("missing file: no error")
	}
}

func TestUserDir(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b.tsv", "id\taliases\nFRA\tHexagone\n")
	writeFile(t, dir, "a.tsv", "id\taliases\nDEU\tAllemagne\n")
	writeFile(t, dir, "notes.txt", "not a dictionary")
	t.Setenv("KG_DICT_DIR", dir)
	files, err := UserFiles()
	if err != nil || len(files) != 2 || filepath.Base(files[0]) != "a.tsv" {
		t.Fatalf("UserFiles() = %v %v", files, err)
	}
	d, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	if e, ok := d.Lookup("Hexagone"); !ok || e.ID != "FRA" {
		t.Errorf("user dir alias: %s %v", e.ID, ok)
	}
	if files, err := LoadDir(filepath.Join(dir, "nope")); err != nil || files != nil {
		t.Errorf("missing dir: %v %v", files, err)
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"U.S.-led":  "us led",
		"d'Ivoire":  "divoire",
		"Erdoğan":   "erdogan",
		"Çavuşoğlu": "cavusoglu",
		"Russia's":  "russia",
		"Workers'":  "workers",
		"Élysée":    "elysee",
		"São Tomé":  "sao tome",
		"Straße":    "strasse",
		"Łódź":      "lodz",
		"Yıldırım":  "yildirim",
		"Ki-moon":   "ki moon",
	} {
		if got := parsePhrase(in).key(); got != want {
			t.Errorf("normalise(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkMatchAt(b *testing.B) {
	d := load(b)
	words := strings.Fields("French Defence Minister Jean-Yves Le Drian said on Tuesday that the U.S.-led coalition and Russian forces had struck Islamic State group positions near Raqqa , while the Kremlin denied it .")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j := range words {
			d.MatchAt(words, j)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
