package schema

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
	"golang.org/x/text/unicode/norm"
)

// DefaultBase is the IRI prefix kg uses when none is configured. It is not
// resolvable; it only has to be stable so that stores built on different
// machines agree on node names.
const DefaultBase = "https://kg.local/"

// Well-known namespaces used alongside kg's own terms.
const (
	RDF     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	RDFS    = "http://www.w3.org/2000/01/rdf-schema#"
	OWL     = "http://www.w3.org/2002/07/owl#"
	XSD     = "http://www.w3.org/2001/XMLSchema#"
	Schema  = "https://schema.org/"
	SKOS    = "http://www.w3.org/2004/02/skos/core#"
	WDE     = "http://www.wikidata.org/entity/"
	RDFType = RDF + "type"
	Label   = RDFS + "label"
	SameAs  = OWL + "sameAs"
)

// Vocab names every node kg writes under one base IRI.
type Vocab struct {
	base string
}

// NewVocab validates base and returns a Vocab. The base must be an absolute
// IRI ending in '/' or '#' so that appended local names stay inside it.
func NewVocab(base string) (Vocab, error) {
	if base == "" {
		base = DefaultBase
	}
	u, err := url.Parse(base)
	if err != nil || !u.IsAbs() {
		return Vocab{}, fmt.Errorf("base IRI %q: must be an absolute IRI", base)
	}
	if !strings.HasSuffix(base, "/") && !strings.HasSuffix(base, "#") {
		return Vocab{}, fmt.Errorf("base IRI %q: must end in '/' or '#'", base)
	}
	if strings.ContainsAny(base, " <>\"{}|\\^`") {
		return Vocab{}, fmt.Errorf("base IRI %q: contains characters not allowed in an IRI", base)
	}
	return Vocab{base: base}, nil
}

// Default is the Vocab for DefaultBase.
func Default() Vocab { return Vocab{base: DefaultBase} }

// Base returns the base IRI.
func (v Vocab) Base() string { return v.base }

// Term is an ontology term (predicate, class or property) of kg itself.
func (v Vocab) Term(name string) quad.IRI { return quad.IRI(v.base + "ont/" + Slug(name, true)) }

// Actor is the IRI of the actor with the given key (a dictionary id or a name).
func (v Vocab) Actor(key string) quad.IRI { return quad.IRI(v.base + "actor/" + Slug(key, false)) }

// Article is the IRI of an article id. The id is percent-encoded, not
// slugged: a slug folds "Report 1", "report_1" and "REPORT-1" (or "!!!" and
// "???") into one IRI, and articles that share an IRI replace each other.
func (v Vocab) Article(id string) quad.IRI { return quad.IRI(v.base + "article/" + EncodeID(id)) }

// EncodeID maps an id to an IRI path segment injectively: the RFC 3986
// unreserved characters (A-Z a-z 0-9 - . _ ~) stay as they are, so ordinary
// ids read the same, and every other byte becomes %XX. "." and ".." are
// encoded whole because IRI resolution would remove them as dot segments.
func EncodeID(id string) string {
	if id == "." || id == ".." {
		return strings.Repeat("%2E", len(id))
	}
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(id); i++ {
		c := id[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// DecodeID is the inverse of EncodeID, for showing an article's id.
func DecodeID(seg string) string {
	s, err := url.PathUnescape(seg)
	if err != nil {
		return seg
	}
	return s
}

// Fact is the IRI of a fact node.
func (v Vocab) Fact(id string) quad.IRI { return quad.IRI(v.base + "fact/" + Slug(id, false)) }

// Graph is the IRI of a named graph kg manages (e.g. "actors").
func (v Vocab) Graph(name string) quad.IRI { return quad.IRI(v.base + "graph/" + Slug(name, false)) }

// Local returns the local name of an IRI under this base ("actor/fra"), or
// "" when iri is not one of ours.
func (v Vocab) Local(iri quad.IRI) string {
	s := string(iri)
	if !strings.HasPrefix(s, v.base) {
		return ""
	}
	return strings.TrimPrefix(s, v.base)
}

// Slug turns a name into a string that is safe in an IRI path segment and
// stable across runs: accents are folded, letters are lower-cased (unless
// keepCase, for camelCase ontology terms), and every run of other characters
// becomes a single '-'. No space, '>' or quote can survive it.
func Slug(name string, keepCase bool) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			if !keepCase {
				r = unicode.ToLower(r)
			}
			b.WriteRune(r)
		case r >= 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			// Non-Latin scripts have no ASCII fold: keep them, percent-encoded.
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			if !keepCase {
				r = unicode.ToLower(r)
			}
			b.WriteString(url.PathEscape(string(r)))
		default:
			dash = true
		}
	}
	if b.Len() == 0 {
		return "_"
	}
	return b.String()
}
