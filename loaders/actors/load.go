package actors

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/kg-project/kg/loaders/tsv"
	"github.com/kg-project/kg/schema"
)

//go:embed data/*.tsv
var embedded embed.FS

// Load reads the embedded data, then each extra file in order (the user's
// --dict files). A file's kind is told by the first column of its header:
// "id" (actors), "post" (posts) or "noun" (group nouns). Errors name the
// file and line.
func Load(extra ...string) (*Dictionary, error) {
	b := newBuilder()
	names, err := fs.Glob(embedded, "data/*.tsv")
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		data, err := embedded.ReadFile(name)
		if err != nil {
			return nil, err
		}
		if err := b.file(name, data); err != nil {
			return nil, err
		}
	}
	for _, name := range extra {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		if err := b.file(name, data); err != nil {
			return nil, err
		}
	}
	return b.build()
}

// LoadDefault loads the embedded data, the files of the user directory
// (UserFiles) and then the extra files.
func LoadDefault(extra ...string) (*Dictionary, error) {
	files, err := UserFiles()
	if err != nil {
		return nil, err
	}
	return Load(append(files, extra...)...)
}

// UserDir is the directory whose *.tsv files extend the dictionary:
// $KG_DICT_DIR if set, else <user config dir>/kg/dict (on Linux
// ~/.config/kg/dict, on macOS ~/Library/Application Support/kg/dict).
func UserDir() (string, error) {
	if d := os.Getenv("KG_DICT_DIR"); d != "" {
		return d, nil
	}
	c, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(c, "kg", "dict"), nil
}

// UserFiles lists the *.tsv files of UserDir, sorted by name. Having no
// directory (or no home directory at all) is not an error.
func UserFiles() ([]string, error) {
	dir, err := UserDir()
	if err != nil {
		return nil, nil
	}
	return LoadDir(dir)
}

// LoadDir lists the *.tsv files of dir, sorted by name, for Load. A missing
// dir gives no files and no error.
func LoadDir(dir string) ([]string, error) {
	des, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []string
	for _, de := range des {
		if !de.IsDir() && strings.HasSuffix(de.Name(), ".tsv") {
			out = append(out, filepath.Join(dir, de.Name()))
		}
	}
	return out, nil // ReadDir sorts by name
}

// builder accumulates files; entries may be extended by later files.
type builder struct {
	d        *Dictionary
	rank     map[int]int       // entry -> number of the last file that touched it
	where    map[string]string // id -> file:line that last set its country or post
	postByN  map[string]int
	nounByN  map[string]int
	fileNo   int
	seenHere map[string]int // ids defined in the current file -> line
}

func newBuilder() *builder {
	return &builder{
		d:       &Dictionary{byID: map[string]int{}},
		rank:    map[int]int{},
		where:   map[string]string{},
		postByN: map[string]int{},
		nounByN: map[string]int{},
	}
}

var (
	idRe       = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.]*$`)
	countryRe  = regexp.MustCompile(`^[A-Z]{3}$`)
	wikidataRe = regexp.MustCompile(`^Q[1-9][0-9]*$`)
)

var columns = map[string][]string{
	"id":   {"id", "name", "type", "country", "aliases", "demonyms", "metonyms", "wikidata", "post", "note"},
	"post": {"post", "variants", "role", "case", "note"},
	"noun": {"noun", "variants", "type", "role", "note"},
}

// file parses one TSV file.
func (b *builder) file(name string, data []byte) error {
	b.fileNo++
	b.seenHere = map[string]int{}
	rd := tsv.NewReader(name, bytes.NewReader(data), tsv.Options{Trim: true})
	h, err := rd.Header()
	if err == io.EOF {
		if len(bytes.TrimSpace(data)) > 0 {
			return fmt.Errorf("%s: no header line", name)
		}
		return nil
	}
	if err != nil {
		return err
	}
	known, ok := columns[h.Columns[0]]
	if !ok {
		return h.Errorf("header must start with id, post or noun, got %q", h.Columns[0])
	}
	if err := h.Check(known, nil); err != nil {
		return err
	}
	for {
		row, err := rd.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch h.Columns[0] {
		case "id":
			err = b.actor(row, name, row.Line)
		case "post":
			err = b.post(row)
		case "noun":
			err = b.noun(row)
		}
		if err != nil {
			return row.Errorf("%v", err)
		}
	}
}

// list splits a |-separated cell.
func list(s string) []string {
	var out []string
	for _, v := range strings.Split(s, "|") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// merge adds items to old, skipping removals ("-X").
func merge(old []string, items []string) []string {
	for _, v := range items {
		if !strings.HasPrefix(v, "-") && !slices.Contains(old, v) {
			old = append(old, v)
		}
	}
	return old
}

// removals collects the "-X" items of lists, normalised.
func removals(lists ...[]string) map[string]bool {
	rm := map[string]bool{}
	for _, l := range lists {
		for _, v := range l {
			if x, ok := strings.CutPrefix(v, "-"); ok {
				rm[parsePhrase(x).key()] = true
			}
		}
	}
	return rm
}

// remove drops the items whose normalised form is in rm.
func remove(l []string, rm map[string]bool) []string {
	if len(rm) == 0 {
		return l
	}
	return slices.DeleteFunc(l, func(v string) bool { return rm[parsePhrase(v).key()] })
}

func (b *builder) actor(row tsv.Row, file string, line int) error {
	pos := fmt.Sprintf("%s:%d", file, line)
	id := row.Get("id")
	if !idRe.MatchString(id) {
		return fmt.Errorf("bad id %q (letters, digits, _ and . only)", id)
	}
	if l, dup := b.seenHere[id]; dup {
		return fmt.Errorf("id %s already defined on line %d of this file", id, l)
	}
	b.seenHere[id] = line

	idx, exists := b.d.byID[id]
	if !exists {
		if row.Get("name") == "" || row.Get("type") == "" {
			return fmt.Errorf("new id %s needs a name and a type", id)
		}
		idx = len(b.d.entries)
		b.d.entries = append(b.d.entries, Entry{ID: id})
		b.d.byID[id] = idx
	}
	e := &b.d.entries[idx]
	if v := row.Get("name"); v != "" {
		e.Name = v
	}
	if v := row.Get("type"); v != "" {
		t, err := schema.ParseActorType(v)
		if err != nil {
			return err
		}
		e.Type = t
	}
	if v := row.Get("country"); v != "" {
		if !countryRe.MatchString(v) {
			return fmt.Errorf("country %q is not an ISO 3166-1 alpha-3 code", v)
		}
		e.Country = v
		b.where[id] = pos
	}
	if v := row.Get("wikidata"); v != "" {
		if !wikidataRe.MatchString(v) {
			return fmt.Errorf("wikidata %q is not a Q-id", v)
		}
		e.Wikidata = v
	}
	if v := row.Get("post"); v != "" {
		e.Post = v
		b.where[id] = pos
	}
	if v := row.Get("note"); v != "" {
		e.Note = v
	}
	aliases, demonyms, metonyms := list(row.Get("aliases")), list(row.Get("demonyms")), list(row.Get("metonyms"))
	rm := removals(aliases, demonyms, metonyms)
	e.Aliases = merge(remove(e.Aliases, rm), aliases)
	e.Demonyms = merge(remove(e.Demonyms, rm), demonyms)
	e.Metonyms = merge(remove(e.Metonyms, rm), metonyms)
	b.rank[idx] = b.fileNo
	return nil
}

var knownCase = map[string]bool{"": false, "any": false, "title": true}

func (b *builder) post(row tsv.Row) error {
	name := row.Get("post")
	tc, ok := knownCase[strings.ToLower(row.Get("case"))]
	if !ok {
		return fmt.Errorf("case %q: want any or title", row.Get("case"))
	}
	role := row.Get("role")
	if role != "" {
		if _, ok := roles[role]; !ok {
			return fmt.Errorf("unknown role %q", role)
		}
	}
	i, ok := b.postByN[name]
	if !ok {
		i = len(b.d.posts)
		b.d.posts = append(b.d.posts, Post{Name: name})
		b.postByN[name] = i
	}
	p := &b.d.posts[i]
	if role != "" {
		p.Role = role
	}
	if row.Get("case") != "" {
		p.TitleCase = tc
	}
	vs := list(row.Get("variants"))
	p.Variants = merge(remove(p.Variants, removals(vs)), vs)
	return nil
}

func (b *builder) noun(row tsv.Row) error {
	name := row.Get("noun")
	i, ok := b.nounByN[name]
	if !ok {
		if row.Get("type") == "" || row.Get("role") == "" {
			return fmt.Errorf("new noun %q needs a type and a role", name)
		}
		i = len(b.d.nouns)
		b.d.nouns = append(b.d.nouns, GroupNoun{Noun: name})
		b.nounByN[name] = i
	}
	g := &b.d.nouns[i]
	if v := row.Get("type"); v != "" {
		t, err := schema.ParseActorType(v)
		if err != nil {
			return err
		}
		g.Type = t
	}
	if v := row.Get("role"); v != "" {
		if _, ok := roles[v]; !ok {
			return fmt.Errorf("unknown role %q", v)
		}
		g.Role = v
	}
	vs := list(row.Get("variants"))
	g.Variants = merge(remove(g.Variants, removals(vs)), vs)
	return nil
}

// build checks cross-references and makes the indexes.
func (b *builder) build() (*Dictionary, error) {
	d := b.d
	d.postIx = newPhraseIndex()
	for i, p := range d.posts {
		for _, s := range append([]string{p.Name}, p.Variants...) {
			d.postIx.add(s, cand{ref: i, anyCase: !p.TitleCase}, false)
		}
	}
	d.nounIx = newPhraseIndex()
	for i, g := range d.nouns {
		for _, s := range append([]string{g.Noun}, g.Variants...) {
			d.nounIx.add(s, cand{ref: i, anyCase: true}, false)
		}
	}
	d.names = newPhraseIndex()
	for i := range d.entries {
		e := &d.entries[i]
		if e.Type == schema.Country {
			e.Country = e.ID
		}
		if e.Country != "" {
			c, ok := d.byID[e.Country]
			if !ok || d.entries[c].Type != schema.Country {
				return nil, fmt.Errorf("%s: %s: country %s is not a country id of the dictionary", b.where[e.ID], e.ID, e.Country)
			}
		}
		if e.Post != "" {
			if p, ok := d.CanonicalPost(e.Post); ok {
				e.Post = p.Name
			}
		}
		e.names = append(slices.Clip(slices.Clone(e.Aliases)), e.Metonyms...)
		c := cand{ref: i, rank: b.rank[i]}
		c.kind = MatchName
		d.names.add(e.Name, c, true)
		for _, s := range e.Aliases {
			d.names.add(s, c, true)
		}
		c.kind = MatchMetonym
		for _, s := range e.Metonyms {
			d.names.add(s, c, true)
		}
		c.kind = MatchDemonym
		for _, s := range e.Demonyms {
			d.names.add(s, c, true)
		}
	}
	d.names.sort()
	return d, nil
}

// embeddedFiles lists the embedded data files (for tests and tools).
func embeddedFiles() []string {
	names, _ := fs.Glob(embedded, "data/*.tsv")
	for i, n := range names {
		names[i] = path.Base(n)
	}
	return names
}
