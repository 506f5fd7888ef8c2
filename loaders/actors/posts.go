package actors

import (
	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

// Post is an office word of posts.tsv: the canonical form, the other ways of
// writing it, and the sector (CAMEO role code) its holders belong to.
type Post struct {
	Name      string   // canonical: "Defence Minister"
	Variants  []string // "Defense Minister", "Minister of Defence", ...
	Role      string   // CAMEO role code: GOV, MIL, LEG, ...
	TitleCase bool     // matches only capitalised ("General", not "general")
}

// Posts returns the post lexicon in load order.
func (d *Dictionary) Posts() []Post { return append([]Post(nil), d.posts...) }

// PostAt finds the longest post starting at words[i] ("Deputy", "Defence",
// "Minister") and returns its canonical form and the number of tokens.
// Case does not matter ("the defence minister said") except for posts marked
// title-case, which are also ordinary words ("General", "Major", "Speaker").
func (d *Dictionary) PostAt(words []string, i int) (canonical string, n int, ok bool) {
	c, n := d.postIx.match(words, i, func(c *cand, got []shape) bool { return caseOK(c.shapes, got) })
	if c == nil {
		return "", 0, false
	}
	return d.posts[c.ref].Name, n, true
}

// CanonicalPost maps any written form of a post to its canonical form,
// ignoring case: "defense minister" -> "Defence Minister".
func (d *Dictionary) CanonicalPost(s string) (Post, bool) {
	if cs := d.postIx.keys[parsePhrase(s).key()]; len(cs) > 0 {
		return d.posts[cs[0].ref], true
	}
	return Post{}, false
}

// GroupNoun is a noun of groupnouns.tsv that, after a demonym or a name,
// makes a collective agent of that actor: "Turkish forces", "Russian
// officials", "Iranian state media", "ISIS fighters".
type GroupNoun struct {
	Noun     string           // canonical: "forces"
	Variants []string         // "force", "troops"...
	Type     schema.ActorType // type of the agent it makes: unit, asset, organization, collective, group
	Role     string           // CAMEO role code of the agent: MIL, GOV, COP, SPY, MED, ...
}

// GroupNouns returns the group-noun lexicon in load order.
func (d *Dictionary) GroupNouns() []GroupNoun { return append([]GroupNoun(nil), d.nouns...) }

// GroupNoun finds a group noun (one or more words, any case).
func (d *Dictionary) GroupNoun(s string) (GroupNoun, bool) {
	if cs := d.nounIx.keys[parsePhrase(s).key()]; len(cs) > 0 {
		return d.nouns[cs[0].ref], true
	}
	return GroupNoun{}, false
}

// GroupNounAt finds the longest group noun starting at words[i]
// (["air", "strikes"], ["state", "media"]).
func (d *Dictionary) GroupNounAt(words []string, i int) (GroupNoun, int, bool) {
	c, n := d.nounIx.match(words, i, func(*cand, []shape) bool { return true })
	if c == nil {
		return GroupNoun{}, 0, false
	}
	return d.nouns[c.ref], n, true
}

// Of makes the agent "e's <role>": Turkey + forces gives the actor
// {ID: "TUR-MIL", Name: "Turkey (military)", Type: unit, Country: "TUR"}.
// All nouns of one role share the id, so "Turkish forces", "Turkish troops"
// and "the Turkish army" are one actor, distinct from Turkey itself.
func (g GroupNoun) Of(e Entry) fact.Actor {
	country := e.Country
	if e.Type == schema.Country {
		country = e.ID
	}
	return fact.Actor{
		ID:      e.ID + "-" + g.Role,
		Name:    e.Name + " (" + RoleLabel(g.Role) + ")",
		Type:    g.Type,
		Country: country,
	}
}

// roles are the CAMEO sector codes the lexicons may use, with a label.
var roles = map[string]string{
	"GOV": "government",
	"MIL": "military",
	"COP": "police",
	"SPY": "intelligence",
	"MED": "media",
	"REB": "rebels",
	"OPP": "opposition",
	"LEG": "legislature",
	"JUD": "judiciary",
	"CVL": "civilians",
	"REF": "refugees",
	"BUS": "business",
	"PTY": "party",
	"REL": "religious",
	"HRI": "human rights",
	"EDU": "students",
	"IGO": "international organisation",
}

// RoleLabel is the English label of a CAMEO role code ("MIL" -> "military").
func RoleLabel(code string) string {
	if l, ok := roles[code]; ok {
		return l
	}
	return code
}
