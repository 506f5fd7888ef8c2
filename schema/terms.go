package schema

// Local names of kg's own properties and classes (under Vocab.Term). They are
// listed here once so that the quad writer and the Gizmo queries agree.
const (
	// Classes.
	ClassFact   = "Fact"
	ClassPeriod = "Period" // a month (2015-11) or year (2015) that dated facts fall in
	ClassDenial = "Denial" // the node whose ont:factSummary edges lead to every negated fact
	ClassCounts = "Counts" // the node whose ont:counts edges lead to every actor's counts literal

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
	PDate          = "date"       // the event date, where the text fixes it
	PReportDate    = "reportDate" // the article's publication date, where known
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
	// The fact's place among its article's facts (0, 1, ...), the order
	// they were written in. A store keeps it in the fact's summary only
	// (loaders/quads Summary.Position); kg export writes it as this
	// property, so that a store imported from the export orders facts as
	// the store it came from (factgraph.ModelOf).
	PPosition = "position"

	// Derived read index (see loaders/quads: Summary). PSummary links a fact
	// node to its summary literal, a JSON object of the fact's main
	// properties; the same literal hangs off every node a query starts from,
	// so that one indexed hop reads every fact of an actor, predicate or
	// period. The properties above stay the authoritative model.
	PSummary          = "summary"          // fact -> summary
	PSummaryAsSubject = "summaryAsSubject" // subject actor -> summary
	PSummaryAsObject  = "summaryAsObject"  // object actor -> summary
	PSummaryAsSpeaker = "summaryAsSpeaker" // speaker actor -> summary
	PFactSummary      = "factSummary"      // predicate term or period -> summary
	PMentionedIn      = "mentionedIn"      // actor -> article, once per actor an article's facts name
	// The relations and stances among an actor's facts, so that a question
	// that wants only those (relations' first rows, a side's stances) does
	// not read the events, most of a hub's facts.
	PRelationAsSubject = "relationAsSubject" // subject actor -> summary of a relation fact
	PRelationAsObject  = "relationAsObject"  // object actor -> summary of a relation fact
	PStanceAsSubject   = "stanceAsSubject"   // subject actor -> summary of a stance fact
	PStanceAsObject    = "stanceAsObject"    // object actor -> summary of a stance fact
	// Store-wide counts no article owns, kept by the loader (loaders/quads
	// Counter): kg:count/<actor> -ont:counts-> "kg-count-1<TAB>facts<TAB>articles<TAB>actor",
	// and the same literal off kg:ont/Counts, in the graph kg:graph/counts,
	// so that listing every actor with its number of facts is one hop
	// instead of a count of every summary (Cayley v0.7.7's count() reads
	// each quad it counts).
	PCounts = "counts"
	// Beside them, kg:count/<actor> -ont:votes-> "kg-votes-1<TAB>actor" and,
	// per counterpart, "<TAB>counterpart<TAB>net<TAB>votes": the alignment
	// totals allies and adversaries rank by (loaders/quads Votes).
	PVotes = "votes"

	// Inverse edges, so that "who holds a post in / belongs to / is an organ
	// of X" is a hop out of X: on the kv backends a hop into a node reads
	// every quad pointing at it (Cayley v0.7.7 uses an index prefix only
	// when all of the object index's directions are fixed), which for a hub
	// is thousands.
	PPostHolder = "postHolder" // inverse of a non-negated roleIn fact's direct edge
	PHasMember  = "hasMember"  // inverse of a non-negated memberOf fact's direct edge
	PCountryOf  = "countryOf"  // inverse of ont:country, in the actors graph

	// Actor properties (besides rdf:type, rdfs:label and owl:sameAs).
	PAlias       = "alias"
	PCountryCode = "countryCode" // ISO 3166-1 alpha-3 of a country actor
	PCountry     = "country"     // link from a person or group to its country actor

	// Article properties (besides schema.org's headline, publisher, datePublished, url).
	PFileName    = "fileName"
	PContentHash = "contentHash"
	PTextSketch  = "textSketch" // MinHash of the article's fact sentences (loaders/quads Sketch): near-copies agree
)

// schema.org terms used for articles.
const (
	NewsArticle   = Schema + "NewsArticle"
	Headline      = Schema + "headline"
	Publisher     = Schema + "publisher"
	DatePublished = Schema + "datePublished"
	URL           = Schema + "url"
)
