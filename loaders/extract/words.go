package extract

import (
	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/schema"
)

// wordSets are the closed word lists of data/words.tsv (plus a user's
// --lexicon word lists) one Lexicon holds; the rules read them through it.
type wordSets struct {
	// nameJoiners are the lower-case words an organisation's name may hold
	// between its capitalised words ("Ministry of the Interior"), left out
	// of its initials (data/words.tsv).
	nameJoiners map[string]bool // list nameJoiners
	auxLemmas   map[string]bool // list auxLemmas
	negators    map[string]bool // list negators
	// lightVerbs take an event noun as object and lend it their subject
	// (data/words.tsv).
	lightVerbs map[string]bool // list lightVerbs
	// strainedWords make relations a disagreement (data/words.tsv).
	strainedWords map[string]bool // list strainedWords
	// stateDescs refer back to a state or its organ (data/words.tsv).
	stateDescs map[string]bool // list stateDescs
	// tieNouns name the relations between actors (data/words.tsv).
	tieNouns map[string]bool // list tieNouns
	// quantityNouns pass their slot to their of-nominal (data/words.tsv).
	quantityNouns map[string]bool // list quantityNouns
	// verbalLight verbs make an aid noun an endorsement (data/words.tsv).
	verbalLight map[string]bool // list verbalLight
	// intlPosts are posts of international bodies (data/words.tsv).
	intlPosts map[string]bool // list intlPosts
	// claimNouns are what a denial takes up (data/words.tsv).
	claimNouns map[string]bool // list claimNouns
	// stanceNouns make "the Russian claims" stand for Russia (data/words.tsv).
	stanceNouns map[string]bool // list stanceNouns
	// assetNouns head named military assets (data/words.tsv).
	assetNouns map[string]bool // list assetNouns
	// blameWords are predicate adjectives of blame (see data/words.tsv).
	blameWords map[string]bool // list blameWords
	// institutions are the heads of "Iraq's foreign ministry" (see data/words.tsv).
	institutions map[string]bool // list institutions
	// nonNames are words that end a personal name (see data/words.tsv).
	nonNames map[string]bool // list nonNames
	// pairNouns: "the two X" refers to the last two actors of that sort.
	pairNouns map[string]bool // list pairNouns
	// actorPairNouns are the pair nouns that are no people ("both
	// sides"), statePairNouns those that are states only ("the two
	// countries"; data/words.tsv).
	actorPairNouns map[string]bool // list actorPairNouns
	statePairNouns map[string]bool // list statePairNouns
	locPreps       map[string]bool // list locPreps
	// titleModifiers may stand between a country and a post.
	titleModifiers   map[string]bool // list titleModifiers
	nameParticles    map[string]bool // list nameParticles
	attackPreds      map[string]bool // list attackPreds
	maleHonorifics   map[string]bool // list maleHonorifics
	femaleHonorifics map[string]bool // list femaleHonorifics
	relativePronouns map[string]bool // list relativePronouns
	// reportVerbs introduce what someone said.
	reportVerbs  map[string]bool // list reportVerbs
	enemyNouns   map[string]bool // list enemyNouns
	goalNouns    map[string]bool // list goalNouns
	fightVerbs   map[string]bool // list fightVerbs
	removalWords map[string]bool // list removalWords
	// pluralStateNouns refer back to several states ("the countries", "the
	// four states"; data/words.tsv).
	pluralStateNouns map[string]bool // list pluralStateNouns
	disapproval      map[string]bool // list disapproval
	labelVerbs       map[string]bool // list labelVerbs
	embodyVerbs      map[string]bool // list embodyVerbs
	regardVerbs      map[string]bool // list regardVerbs
	// obligationAux are the modals that make a reported clause a demand
	// (data/words.tsv).
	obligationAux map[string]bool // list obligationAux
	// warmWords make relations friendly (data/words.tsv).
	warmWords map[string]bool // list warmWords
	// leadVerbs say who heads a body ("the government led by Ana Soto";
	// data/words.tsv).
	leadVerbs map[string]bool // list leadVerbs
	// refusalVerbs govern a to-infinitive their subject refuses to do
	// (data/words.tsv).
	refusalVerbs map[string]bool // list refusalVerbs
	// acceptVerbs accept or recognise; not doing so rejects (data/words.tsv).
	acceptVerbs map[string]bool // list acceptVerbs
	// threatVerbs govern a to-infinitive their subject vows or threatens to do
	// (data/words.tsv).
	threatVerbs map[string]bool // list threatVerbs
	// proposalNouns propose a joint act ("a request for talks with";
	// data/words.tsv).
	proposalNouns map[string]bool // list proposalNouns
	// subordinators introduce a participle clause whose subject is the main
	// clause's: "rather than targeting", "instead of attacking", "while fighting".
	subordinators map[string]bool // list subordinators
	// reciprocalVerbs make a plural subject act on each other when the verb
	// has no actor object ("X and Y traded accusations"; data/words.tsv).
	reciprocalVerbs map[string]bool // list reciprocalVerbs
	// backingWords end a hyphenated modifier that names a backer
	// ("US-backed forces"; data/words.tsv).
	backingWords map[string]bool // list backingWords
	// partitives take a part of their of-nominal ("one of its allies";
	// data/words.tsv).
	partitives map[string]bool // list partitives
	// hearsayVerbs, in the passive with a to-infinitive, make its act
	// hearsay ("is reported to have", "is believed to"; data/words.tsv).
	hearsayVerbs map[string]bool // list hearsayVerbs
	// memberVerbs make their subject a member of the body they take
	// ("joined Nato"; data/words.tsv).
	memberVerbs map[string]bool // list memberVerbs
	// factNouns assert their that-clause ("the fact that"; data/words.tsv).
	factNouns map[string]bool // list factNouns
	// opposingAdjs and supportingAdjs are predicate adjectives of stance
	// with a to-phrase ("opposed to", "committed to"; data/words.tsv).
	opposingAdjs   map[string]bool // list opposingAdjs
	supportingAdjs map[string]bool // list supportingAdjs
	// hedgingAdjs and planningAdjs lend their to-infinitive modality
	// ("ready to" hedges, "due to" plans; data/words.tsv).
	hedgingAdjs  map[string]bool // list hedgingAdjs
	planningAdjs map[string]bool // list planningAdjs
	// armedGroupWords and orgGroupWords head descriptions that refer back
	// to the last actor of their type ("the militant group", "the
	// alliance"; data/words.tsv).
	armedGroupWords map[string]bool // list armedGroupWords
	orgGroupWords   map[string]bool // list orgGroupWords
	// armedModifiers are nouns that modify such a description as an
	// adjective would ("the rebel group"; data/words.tsv).
	armedModifiers map[string]bool // list armedModifiers
	// edgeNouns name the edge of a place, not a place inside it ("near
	// the Syrian border"; data/words.tsv).
	edgeNouns map[string]bool // list edgeNouns
	// mediatingWords end a hyphenated modifier whose first part names a
	// mediator ("US-brokered talks"; data/words.tsv).
	mediatingWords map[string]bool // list mediatingWords
	// engageVerbs put their subjects into the event noun of their
	// in-phrase ("engaged in talks", "locked in a dispute"), unlike other
	// light verbs ("launched strikes in response"; data/words.tsv).
	engageVerbs map[string]bool // list engageVerbs
	// ownerWords end a hyphenated modifier whose first part names the
	// noun's owner or flag state ("a British-flagged tanker";
	// data/words.tsv).
	ownerWords map[string]bool // list ownerWords
	// stateModifiers, as a noun's modifier, stand for the state in focus
	// ("government forces", "regime troops"; data/words.tsv).
	stateModifiers map[string]bool // list stateModifiers
	// armedNounModifiers, modifying a noun, stand for the armed group
	// last spoken of ("rebel positions"; data/words.tsv).
	armedNounModifiers map[string]bool // list armedNounModifiers
	// compassWords open the names of states that "the North" and "the
	// South" stand for (data/words.tsv).
	compassWords map[string]bool // list compassWords
	// receptionVerbs take as object what others direct at their subject
	// ("drew criticism from Moscow"; data/words.tsv).
	receptionVerbs map[string]bool // list receptionVerbs
	// motionVerbs: who goes somewhere for an event takes part in it
	// ("travelled to Moscow for talks with Putin"; data/words.tsv).
	motionVerbs map[string]bool // list motionVerbs
	// intrusionVerbs and territoryNouns: "violated its airspace" is
	// another's airspace (data/words.tsv).
	intrusionVerbs map[string]bool // list intrusionVerbs
	territoryNouns map[string]bool // list territoryNouns
	// armedPlurals: "the rebels" is the armed group last spoken of
	// (data/words.tsv).
	armedPlurals map[string]bool // list armedPlurals
	// namedOrganDescs: "the junta" is the state whose junta was named
	// (data/words.tsv).
	namedOrganDescs map[string]bool // list namedOrganDescs
	// negatingAdjs deny their to-infinitive ("unlikely to visit";
	// data/words.tsv).
	negatingAdjs map[string]bool // list negatingAdjs
	// controlNouns: the possessor of "Kenya's decision to expel" does the
	// to-infinitive; plannedNouns and negatingNouns lend it their
	// modality (data/words.tsv).
	controlNouns map[string]bool // list controlNouns
	// kinNouns: "his father" is not him (data/words.tsv).
	kinNouns map[string]bool // list kinNouns
	// seatRoles: "the foreign ministry in Beijing" is China's (data/words.tsv).
	seatRoles map[string]bool // list seatRoles
	// aimVerbs: "rounds aimed at X" target X (data/words.tsv).
	aimVerbs map[string]bool // list aimVerbs
	// neighbourNouns: "the nuclear-armed neighbours" is the pair in focus
	// (data/words.tsv).
	neighbourNouns map[string]bool // list neighbourNouns
	// openHeads: "the world" refers back to no "Western world"
	// (data/words.tsv).
	openHeads map[string]bool // list openHeads
	// staffNouns: "Commission official Ana Vega" (data/words.tsv).
	staffNouns map[string]bool // list staffNouns
	// pendingAdverbs, shortfallWords: "has yet to respond", "stopped
	// short of accusing" - not done (data/words.tsv).
	pendingAdverbs map[string]bool // list pendingAdverbs
	shortfallWords map[string]bool // list shortfallWords
	// clauseMarkers open a clause whose subject pronoun is the main
	// clause's subject (data/words.tsv).
	clauseMarkers map[string]bool // list clauseMarkers
	// respondVerbs: "responded to an attack by X" - X attacked the
	// responder (data/words.tsv).
	respondVerbs map[string]bool // list respondVerbs
	// patientNouns: "the handover of the prisoners" was done to them
	// (data/words.tsv).
	patientNouns map[string]bool // list patientNouns
	// carryVerbs: "a bus carrying Chinese engineers" targets them
	// (data/words.tsv).
	carryVerbs map[string]bool // list carryVerbs
	// contestVerbs in a sentence about a match or an election
	// (contestWords, a score) are no attack (data/words.tsv).
	contestVerbs map[string]bool // list contestVerbs
	contestWords map[string]bool // list contestWords
	// exclusionVerbs: "was suspended from the Commonwealth" is the
	// Commonwealth's act (data/words.tsv).
	exclusionVerbs map[string]bool // list exclusionVerbs
	plannedNouns   map[string]bool // list plannedNouns
	negatingNouns  map[string]bool // list negatingNouns
	// bearVerbs with a blameNouns object blame their subject in reported
	// speech ("said the US bore responsibility"; data/words.tsv).
	bearVerbs  map[string]bool // list bearVerbs
	blameNouns map[string]bool // list blameNouns
	// comitatives join an actor to a subject's act ("Russia, along with
	// Iran, supports Assad"; the case words as the tree joins them;
	// data/words.tsv).
	comitatives map[string]bool // list comitatives
	// ousterNouns and desireVerbs: who wants or asks for an actor's
	// removal opposes it (data/words.tsv).
	ousterNouns map[string]bool // list ousterNouns
	desireVerbs map[string]bool // list desireVerbs
	// weaponNouns stand for the by-agent of what was done with them
	// ("drones launched by Russia"; data/words.tsv).
	weaponNouns map[string]bool // list weaponNouns
	// waterWords name seas in a place's name: no place attacked
	// (data/words.tsv).
	waterWords map[string]bool // list waterWords
	// coupNouns are the military's acts against its own state ("condemned
	// the coup in Niger"; data/words.tsv).
	coupNouns map[string]bool // list coupNouns
	// ownerVerbs say whose an attacked thing is ("a factory belonging to Hamas",
	// "areas held by the rebels"; data/words.tsv).
	ownerVerbs map[string]bool // list ownerVerbs
	// clauseNouns name the act of the clause they follow ("..., a move
	// condemned by Beijing"; data/words.tsv).
	clauseNouns map[string]bool // list clauseNouns
	// The token-window stance rules' words (data/words.tsv): "could play
	// no future role", "X must go", "X were allies", "the fate of X", "a
	// common enemy".
	playVerbs   map[string]bool // list playVerbs
	roleNouns   map[string]bool // list roleNouns
	departVerbs map[string]bool // list departVerbs
	allyNouns   map[string]bool // list allyNouns
	fateNouns   map[string]bool // list fateNouns
	sharedAdjs  map[string]bool // list sharedAdjs
	// Unknown names (tree-unknown-names; data/words.tsv): the last words
	// that make a name an organisation's, the prepositions that make an
	// oblique a participant, and words of dates that are no names.
	orgHeadWords map[string]bool // list orgHeadWords
	argPreps     map[string]bool // list argPreps
	dateNames    map[string]bool // list dateNames
	// nonActorHeads end names of events, prizes and laws, no actors
	// (data/words.tsv).
	nonActorHeads map[string]bool // list nonActorHeads
	// preventVerbs stop another actor's act ("blocked EU aid to Ukraine";
	// data/words.tsv).
	preventVerbs map[string]bool // list preventVerbs
	// spokesNouns speak for their for-nominal ("a spokesman for the
	// army"; data/words.tsv).
	spokesNouns map[string]bool // list spokesNouns
	// loyaltyWords tie a plural group noun to the actor it serves ("forces
	// loyal to X", "militants linked to Y"; data/words.tsv).
	loyaltyWords map[string]bool // list loyaltyWords
	// claimVerbs and responsibilityNouns: who claims responsibility for
	// an act did it ("claimed responsibility for the bombing";
	// data/words.tsv).
	// allPairNouns: "all sides", "all parties" are the two sides in focus
	// (data/words.tsv).
	allPairNouns map[string]bool // list allPairNouns
	// bareStateDescs open a sentence without a determiner and mean the
	// organ of the state in focus ("Police arrested ..."; data/words.tsv).
	bareStateDescs map[string]bool // list bareStateDescs
	// haveVerbs and presenceNouns: "X has a Nato force", "Russia has a
	// base in Syria" (tree-presence; data/words.tsv).
	haveVerbs           map[string]bool // list haveVerbs
	presenceNouns       map[string]bool // list presenceNouns
	claimVerbs          map[string]bool // list claimVerbs
	responsibilityNouns map[string]bool // list responsibilityNouns
}

// controlAdj is the modality a predicate adjective lends its
// to-infinitive, "" when it lends none.
func (w *wordSets) controlAdj(word string) fact.Modality {
	switch {
	case w.planningAdjs[word]:
		return fact.Planned
	case w.hedgingAdjs[word]:
		return fact.Hedged
	}
	return ""
}

// groupWordType is the actor type a description headed by word refers
// back to.
func (w *wordSets) groupWordType(word string) (schema.ActorType, bool) {
	switch {
	case w.armedGroupWords[word]:
		return schema.ArmedGroup, true
	case w.orgGroupWords[word]:
		return schema.Organization, true
	}
	return "", false
}

// fields names each list of words, for filling it by name.
func (w *wordSets) fields() map[string]*map[string]bool {
	return map[string]*map[string]bool{
		"nameJoiners":         &w.nameJoiners,
		"auxLemmas":           &w.auxLemmas,
		"negators":            &w.negators,
		"lightVerbs":          &w.lightVerbs,
		"strainedWords":       &w.strainedWords,
		"stateDescs":          &w.stateDescs,
		"tieNouns":            &w.tieNouns,
		"quantityNouns":       &w.quantityNouns,
		"verbalLight":         &w.verbalLight,
		"intlPosts":           &w.intlPosts,
		"claimNouns":          &w.claimNouns,
		"stanceNouns":         &w.stanceNouns,
		"assetNouns":          &w.assetNouns,
		"blameWords":          &w.blameWords,
		"institutions":        &w.institutions,
		"nonNames":            &w.nonNames,
		"pairNouns":           &w.pairNouns,
		"actorPairNouns":      &w.actorPairNouns,
		"statePairNouns":      &w.statePairNouns,
		"locPreps":            &w.locPreps,
		"titleModifiers":      &w.titleModifiers,
		"nameParticles":       &w.nameParticles,
		"attackPreds":         &w.attackPreds,
		"maleHonorifics":      &w.maleHonorifics,
		"femaleHonorifics":    &w.femaleHonorifics,
		"relativePronouns":    &w.relativePronouns,
		"reportVerbs":         &w.reportVerbs,
		"enemyNouns":          &w.enemyNouns,
		"goalNouns":           &w.goalNouns,
		"fightVerbs":          &w.fightVerbs,
		"removalWords":        &w.removalWords,
		"pluralStateNouns":    &w.pluralStateNouns,
		"disapproval":         &w.disapproval,
		"labelVerbs":          &w.labelVerbs,
		"embodyVerbs":         &w.embodyVerbs,
		"regardVerbs":         &w.regardVerbs,
		"obligationAux":       &w.obligationAux,
		"warmWords":           &w.warmWords,
		"leadVerbs":           &w.leadVerbs,
		"refusalVerbs":        &w.refusalVerbs,
		"acceptVerbs":         &w.acceptVerbs,
		"threatVerbs":         &w.threatVerbs,
		"proposalNouns":       &w.proposalNouns,
		"subordinators":       &w.subordinators,
		"reciprocalVerbs":     &w.reciprocalVerbs,
		"backingWords":        &w.backingWords,
		"partitives":          &w.partitives,
		"hearsayVerbs":        &w.hearsayVerbs,
		"memberVerbs":         &w.memberVerbs,
		"factNouns":           &w.factNouns,
		"opposingAdjs":        &w.opposingAdjs,
		"supportingAdjs":      &w.supportingAdjs,
		"hedgingAdjs":         &w.hedgingAdjs,
		"planningAdjs":        &w.planningAdjs,
		"armedGroupWords":     &w.armedGroupWords,
		"orgGroupWords":       &w.orgGroupWords,
		"armedModifiers":      &w.armedModifiers,
		"edgeNouns":           &w.edgeNouns,
		"mediatingWords":      &w.mediatingWords,
		"engageVerbs":         &w.engageVerbs,
		"ownerWords":          &w.ownerWords,
		"stateModifiers":      &w.stateModifiers,
		"armedNounModifiers":  &w.armedNounModifiers,
		"compassWords":        &w.compassWords,
		"receptionVerbs":      &w.receptionVerbs,
		"motionVerbs":         &w.motionVerbs,
		"intrusionVerbs":      &w.intrusionVerbs,
		"territoryNouns":      &w.territoryNouns,
		"armedPlurals":        &w.armedPlurals,
		"namedOrganDescs":     &w.namedOrganDescs,
		"negatingAdjs":        &w.negatingAdjs,
		"controlNouns":        &w.controlNouns,
		"kinNouns":            &w.kinNouns,
		"seatRoles":           &w.seatRoles,
		"aimVerbs":            &w.aimVerbs,
		"neighbourNouns":      &w.neighbourNouns,
		"openHeads":           &w.openHeads,
		"staffNouns":          &w.staffNouns,
		"pendingAdverbs":      &w.pendingAdverbs,
		"shortfallWords":      &w.shortfallWords,
		"clauseMarkers":       &w.clauseMarkers,
		"respondVerbs":        &w.respondVerbs,
		"patientNouns":        &w.patientNouns,
		"carryVerbs":          &w.carryVerbs,
		"contestVerbs":        &w.contestVerbs,
		"contestWords":        &w.contestWords,
		"exclusionVerbs":      &w.exclusionVerbs,
		"plannedNouns":        &w.plannedNouns,
		"negatingNouns":       &w.negatingNouns,
		"bearVerbs":           &w.bearVerbs,
		"blameNouns":          &w.blameNouns,
		"comitatives":         &w.comitatives,
		"ousterNouns":         &w.ousterNouns,
		"desireVerbs":         &w.desireVerbs,
		"weaponNouns":         &w.weaponNouns,
		"ownerVerbs":          &w.ownerVerbs,
		"clauseNouns":         &w.clauseNouns,
		"playVerbs":           &w.playVerbs,
		"roleNouns":           &w.roleNouns,
		"departVerbs":         &w.departVerbs,
		"allyNouns":           &w.allyNouns,
		"fateNouns":           &w.fateNouns,
		"sharedAdjs":          &w.sharedAdjs,
		"orgHeadWords":        &w.orgHeadWords,
		"argPreps":            &w.argPreps,
		"dateNames":           &w.dateNames,
		"nonActorHeads":       &w.nonActorHeads,
		"preventVerbs":        &w.preventVerbs,
		"spokesNouns":         &w.spokesNouns,
		"loyaltyWords":        &w.loyaltyWords,
		"claimVerbs":          &w.claimVerbs,
		"allPairNouns":        &w.allPairNouns,
		"bareStateDescs":      &w.bareStateDescs,
		"haveVerbs":           &w.haveVerbs,
		"presenceNouns":       &w.presenceNouns,
		"responsibilityNouns": &w.responsibilityNouns,
		"waterWords":          &w.waterWords,
		"coupNouns":           &w.coupNouns,
	}
}
