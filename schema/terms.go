package schema

// Local names of kg's own properties and classes (under Vocab.Term). They are
// listed here once so that the quad writer and the Gizmo queries agree.
const (
	// Classes.
	ClassFact = "Fact"

	// Fact node properties.
	PSubject       = "subject"
	PPredicate     = "predicate"
	PObject        = "object"
	PKind          = "kind"
	PCAMEO         = "cameo"
	PCAMEOName     = "cameoName"
	PGoldstein     = "goldstein"
	PQuadClass     = "quadClass"
	PPolarity      = "polarity"
	PNegated       = "negated"
	PModality      = "modality"
	PDate          = "date"
	PSpeaker       = "speaker"
	PTopic         = "topic"
	PPost          = "post"
	PSentence      = "sentence"
	PSentenceIndex = "sentenceIndex"
	PSentenceStart = "sentenceStart"
	PSentenceEnd   = "sentenceEnd"
	PSubjectStart  = "subjectStart"
	PSubjectEnd    = "subjectEnd"
	PObjectStart   = "objectStart"
	PObjectEnd     = "objectEnd"
	PTriggerStart  = "triggerStart"
	PTriggerEnd    = "triggerEnd"
	PTrigger       = "trigger"
	PArticle       = "article"
	PRule          = "rule"

	// Actor properties (besides rdf:type, rdfs:label and owl:sameAs).
	PAlias       = "alias"
	PCountryCode = "countryCode" // ISO 3166-1 alpha-3 of a country actor
	PCountry     = "country"     // link from a person or group to its country actor

	// Article properties (besides schema.org's headline, publisher, datePublished, url).
	PFileName    = "fileName"
	PContentHash = "contentHash"
)

// schema.org terms used for articles.
const (
	NewsArticle   = Schema + "NewsArticle"
	Headline      = Schema + "headline"
	Publisher     = Schema + "publisher"
	DatePublished = Schema + "datePublished"
	URL           = Schema + "url"
)
