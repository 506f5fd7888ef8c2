package loaders

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/kg-project/kg/loaders/fact"
	"github.com/kg-project/kg/loaders/nlp"
)

// parsed builds a sentence from pre-parsed lines "FORM TAG HEAD DEPREL"
// (HEAD 1-based, 0 for the root, as in CoNLL-U), so that the tree passes are
// tested on a fixed parse, whatever the embedded model would say.
func parsed(t *testing.T, x *Extractor, conll string) nlp.Sentence {
	t.Helper()
	var toks []nlp.Token
	var text strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(conll), "\n") {
		f := strings.Fields(line)
		if len(f) != 4 {
			t.Fatalf("bad line %q", line)
		}
		h, err := strconv.Atoi(f[2])
		if err != nil {
			t.Fatalf("bad head in %q", line)
		}
		if text.Len() > 0 {
			text.WriteByte(' ')
		}
		start := text.Len()
		text.WriteString(f[0])
		toks = append(toks, nlp.Token{Text: f[0], Tag: f[1], Head: h - 1, Dep: f[3], Start: start, End: text.Len()})
	}
	x.nlp.Lemmatize(toks)
	s := text.String()
	return nlp.Sentence{Text: s, Start: 0, End: len(s), Tokens: toks}
}

// articleFacts extracts the sentences as one article, in order, and returns
// their facts as sorted fact lines.
func articleFacts(x *Extractor, sents []nlp.Sentence) []string {
	for i := range sents {
		sents[i].Index = i
	}
	var got []string
	for _, f := range x.x.Extract("t", "", sents) {
		got = append(got, factLine(f))
	}
	sort.Strings(got)
	return got
}

// factLine is a fact as the table tests spell it: "S -pred-> O" with
// "[negated]" or the modality when it is not asserted, and the topic.
func factLine(f fact.Fact) string {
	s := fmt.Sprintf("%s -%s-> %s", f.Subject.Name, f.Predicate, f.Object.Name)
	if f.Negated {
		s += " [negated]"
	}
	if f.Modality != fact.Asserted && f.Modality != "" {
		s += " [" + string(f.Modality) + "]"
	}
	if f.Topic != "" {
		s += " {" + f.Topic + "}"
	}
	return s
}

// Each case is one construction the tree passes read, on a sentence
// written for this test (not taken from any corpus kg is scored on), with
// the exact facts the whole pipeline yields.
func TestTreeConstructions(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name  string
		conll string
		want  []string
	}{
		{"passive with by-agent", `
The DT 3 det
Pakistani NNP 3 compound
jet NN 5 nsubj:pass
was VBD 5 aux:pass
shot VBN 0 root
down RP 5 compound:prt
by IN 8 case
India NNP 5 obl:agent
. . 5 punct`, []string{"India -shootsDown-> Pakistan (military)"}},
		{"object control: the request, not the act", `
Germany NNP 2 nsubj
urged VBD 0 root
Poland NNP 2 obj
to TO 5 mark
withdraw VB 2 xcomp
its PRP$ 7 nmod:poss
troops NNS 5 obj
. . 2 punct`, []string{"Germany -appeals-> Poland"}},
		{"subject control", `
Kenya NNP 2 nsubj
agreed VBD 0 root
to TO 4 mark
meet VB 2 xcomp
Somalia NNP 4 obj
. . 2 punct`, []string{"Kenya -meets-> Somalia [planned]"}},
		{"coordinated subjects of a symmetric verb", `
Chile NNP 4 nsubj
and CC 3 cc
Peru NNP 1 conj
signed VBD 0 root
an DT 6 det
agreement NN 4 obj
. . 4 punct`, []string{"Chile -signsAgreement-> Peru", "Peru -signsAgreement-> Chile"}},
		{"apposition with a relation noun", `
Egypt NNP 10 nsubj
, , 5 punct
a DT 5 det
fierce JJ 5 amod
critic NN 1 appos
of IN 8 case
the DT 8 det
Brotherhood NNP 5 nmod
, , 1 punct
closed VBD 0 root
the DT 12 det
border NN 10 obj
. . 10 punct`, []string{"Egypt -opposes-> Muslim Brotherhood"}},
		{"copula with a relation noun", `
Finland NNP 4 nsubj
is VBZ 4 cop
a DT 4 det
member NN 0 root
of IN 6 case
Nato NNP 4 nmod
. . 4 punct`, []string{"Finland -memberOf-> NATO"}},
		{"title in apposition to a new name", `
Kenya NNP 3 nmod:poss
's POS 1 case
envoy NN 11 nsubj
to TO 6 case
the DT 6 det
UN NNP 3 nmod
, , 8 punct
Martin NNP 3 appos
Kimani NNP 8 flat
, , 3 punct
spoke VBD 0 root
on IN 13 case
Monday NNP 11 obl
. . 11 punct`, []string{"Martin Kimani -roleIn-> Kenya"}},
		{"a relation noun set off by commas that the parse attached to the verb", `
Peru NNP 2 nsubj
accused VBD 0 root
Ecuador NNP 2 obj
, , 8 punct
Chile NNP 8 nmod:poss
's POS 5 case
main JJ 8 amod
backer NN 2 obl
, , 8 punct
of IN 11 mark
lying VBG 2 advcl
. . 2 punct`, []string{"Ecuador -aids-> Chile", "Peru -accuses-> Ecuador {lying}"}},
		{"selling to a state is material cooperation", `
Chile NNP 2 nsubj
sold VBD 0 root
copper NN 2 obj
to IN 5 case
Peru NNP 2 obl
. . 2 punct`, []string{"Chile -cooperates-> Peru"}},
		{"a subjectless relative verb's subject is the noun it hangs on; a common noun stands for its name in apposition", `
2001 CD 0 root
- : 3 punct
Rebel NN 1 appos
Tupac NNP 7 compound
Amaru NNP 7 compound
Revolutionary NNP 7 compound
Movement NNP 3 appos
steps VBZ 3 acl:relcl
up RP 8 compound:prt
attacks NNS 8 obj
on IN 12 case
Peru NNP 10 nmod`, []string{"Túpac Amaru Revolutionary Movement -attacks-> Peru"}},
		{"the head of a state's organ named by 'led by' holds a role in the state", `
The DT 3 det
Chilean JJ 3 amod
administration NN 8 nsubj
led VBN 3 acl
by IN 6 case
Ana NNP 4 obl:agent
Soto NNP 6 flat
protested VBD 0 root
. . 8 punct`, []string{"Ana Soto -roleIn-> Chile"}},
		{"turning down a proposal of a joint act rejects its partner", `
Chile NNP 3 nsubj
had VBD 3 aux
turned VBN 0 root
down RP 3 compound:prt
a DT 6 det
request NN 3 obj
for IN 9 case
a DT 9 det
meeting NN 6 nmod
with IN 11 case
Peru NNP 9 nmod
. . 3 punct`, []string{"Chile -rejects-> Peru"}},
		{"an as-phrase with a title says what the subject was", `
Ana NNP 3 nsubj
Soto NNP 1 flat
came VBD 0 root
in IN 5 case
2005 CD 3 obl
as IN 8 case
Chilean JJ 8 amod
Secretary NNP 3 obl
of IN 10 case
State NNP 8 nmod
. . 3 punct`, []string{"Ana Soto -roleIn-> Chile"}},
		{"examples the parse hung on the verb are a relation noun's holders", `
it PRP 2 nsubj
angered VBD 0 root
Nato NNP 6 nmod:poss
's POS 3 case
warier JJ 6 amod
members NNS 2 obj
, , 9 punct
like IN 9 case
Peru NNP 2 obl
and CC 11 cc
Chile NNP 9 conj
. . 2 punct`, []string{"Chile -memberOf-> NATO", "Peru -memberOf-> NATO"}},
		{"not accepting is rejecting", `
Chile NNP 4 nsubj
does VBZ 4 aux
not RB 4 advmod
accept VB 0 root
the DT 8 det
One NNP 7 compound
Peru NNP 8 compound
policy NN 4 obj
. . 4 punct`, []string{"Chile -endorses-> Peru [negated]", "Chile -rejects-> Peru"}},
		{"what an act is condemned as names its agent", `
Chile NNP 2 nsubj
condemned VBD 0 root
the DT 5 det
border NN 5 compound
move NN 2 obj
as IN 9 case
creeping JJ 9 amod
Peruvian JJ 9 amod
annexation NN 2 obl
. . 2 punct`, []string{"Chile -criticizes-> Peru"}},
		{"a breach of a state's sovereignty names it as the victim, not the agent", `
Chile NNP 2 nsubj
condemned VBD 0 root
the DT 5 det
border NN 5 compound
move NN 2 obj
as IN 8 case
a DT 8 det
breach NN 2 obl
of IN 11 case
Peruvian JJ 11 amod
sovereignty NN 8 nmod
. . 2 punct`, []string{}},
		{"protesting to an actor", `
Chile NNP 2 nsubj
protested VBD 0 root
to IN 4 case
Peru NNP 2 obl
over IN 7 case
the DT 7 det
incursion NN 2 obl
. . 2 punct`, []string{"Chile -protests-> Peru"}},
		{"a participle with an object on a verbless root is the sentence's verb", `
Peruvian JJ 2 amod
forces NNS 0 root
shelled VBN 2 acl
Chilean JJ 5 amod
positions NNS 3 obj
. . 2 punct`, []string{"Peru (military) -attacks-> Chile"}},
		{"a relation noun the tagger missed is one where the tree gives it a copula", `
Chile NNP 6 nsubj
is VBZ 6 cop
Peru NNP 6 nmod:poss
's POS 3 case
closest JJS 6 amod
ally RB 0 root
. . 6 punct`, []string{"Chile -allyOf-> Peru"}},
		{"vowing a violent act threatens its target", `
Chile NNP 2 nsubj
vowed VBD 0 root
to TO 4 mark
fight VB 2 xcomp
Peru NNP 4 obj
. . 2 punct`, []string{"Chile -threatens-> Peru"}},
		{"opposing a joint act opposes its parties", `
Chile NNP 2 nsubj
opposed VBD 0 root
any DT 5 det
military JJ 5 amod
contact NN 2 obj
between IN 7 case
Peru NNP 5 nmod
and CC 9 cc
Bolivia NNP 7 conj
. . 2 punct`, []string{"Chile -rejects-> Bolivia", "Chile -rejects-> Peru"}},
		{"an apposition misparsed as a conjunct of the title's nominal", `
Kenya NNP 3 nmod:poss
's POS 1 case
envoy NN 12 nsubj
to TO 6 case
the DT 6 det
UN NNP 3 nmod
, , 9 punct
Sir NNP 9 nmod:desc
Martin NNP 6 conj
Kimani NNP 9 flat
, , 3 punct
spoke VBD 0 root
. . 12 punct`, []string{"Martin Kimani -roleIn-> Kenya"}},
		{"a name read as two conjuncts, a body inside the title, a portfolio after it", `
The DT 3 det
UN NNP 3 compound
envoy NN 10 nsubj
for IN 5 case
Peru NNP 3 nmod
, , 7 punct
Ana NNP 5 conj
Soto NNP 5 conj
, , 3 punct
spoke VBD 0 root
. . 10 punct`, []string{"Ana Soto -roleIn-> United Nations"}},
		{"a title's for-phrase naming its body as a compound", `
Ana NNP 0 root
Soto NNP 1 flat
, , 5 punct
assistant JJ 5 amod
secretary-general NN 1 appos
for IN 9 case
UN NNP 9 compound
peacekeeping NN 9 compound
operations NNS 5 obl`, []string{"Ana Soto -roleIn-> United Nations"}},
		{"light verb with an event noun", `
Kenya NNP 2 nsubj
launched VBD 0 root
air NN 4 compound
strikes NNS 2 obj
against IN 6 case
al-Shabaab NNP 4 nmod
. . 2 punct`, []string{"Kenya -bombs-> al-Shabaab"}},
		{"an event noun counted by a quantity noun", `
India NNP 2 nsubj
carried VBD 0 root
out RP 2 compound:prt
dozens NNS 2 obj
of IN 6 case
raids NNS 4 nmod
on IN 9 case
Pakistani NNP 9 compound
posts NNS 6 nmod
. . 2 punct`, []string{"India -attacks-> Pakistan"}},
		{"a negated conjunct", `
Kosovo NNP 3 nsubj:pass
is VBZ 3 aux:pass
recognised VBN 0 root
by IN 6 case
the DT 6 det
US NNP 3 obl:agent
but CC 10 cc
not RB 10 advmod
by IN 10 case
Russia NNP 6 conj
. . 3 punct`, []string{"United States -endorses-> Kosovo"}},
		{"what an accusation alleges is its topic", `
Japan NNP 2 nsubj
accused VBD 0 root
China NNP 2 obj
of IN 5 mark
violating VBG 2 advcl
its PRP$ 7 nmod:poss
airspace NN 5 obj
. . 2 punct`, []string{"Japan -accuses-> China {violating its airspace}"}},
		{"strained ties", `
Relations NNS 8 nsubj
between IN 3 case
Chile NNP 1 nmod
and CC 5 cc
Bolivia NNP 3 conj
have VBP 8 aux
been VBN 8 cop
tense JJ 0 root
. . 8 punct`, []string{"Chile -disagreesWith-> Bolivia"}},
		{"voiced support: endorsement and stance", `
Ghana NNP 2 nsubj
voiced VBD 0 root
support NN 2 obj
for IN 5 case
Togo NNP 2 obl
. . 2 punct`, []string{"Ghana -endorses-> Togo", "Ghana -supports-> Togo"}},
		{"a collective named by its phrase", `
Islamist JJ 2 amod
militants NNS 3 nsubj
attacked VBD 0 root
Mali NNP 3 obj
. . 3 punct`, []string{"Islamist militants -attacks-> Mali"}},
		{"a possessive bound by the participle's subject", `
Chile NNP 2 nsubj
cut VBD 0 root
ties NNS 2 obj
with IN 5 case
Peru NNP 2 obl
, , 7 punct
expressing VBG 2 advcl
its PRP$ 9 nmod:poss
support NN 7 obj
for IN 11 case
Bolivia NNP 9 nmod
. . 2 punct`, []string{"Chile -suspends-> Peru", "Chile -endorses-> Bolivia", "Chile -supports-> Bolivia"}},
		{"two sides in one hyphenated modifier", `
The DT 3 det
Chile-Bolivia NNP 3 amod
row NN 4 nsubj
escalated VBD 0 root
. . 4 punct`, []string{"Chile -disagreesWith-> Bolivia"}},
		{"a longer name around a known one", `
The DT 4 det
Chad NNP 4 compound
Liberation NNP 4 compound
Front NNP 5 nsubj
attacked VBD 0 root
Niger NNP 5 obj
. . 5 punct`, []string{"Chad Liberation Front -attacks-> Niger"}},
		{"a two-word demonym before a title", `
South JJ 3 compound
African JJ 3 amod
President NNP 4 nmod:desc
Thabo NNP 6 nsubj
Mbeki NNP 4 flat
visited VBD 0 root
Ghana NNP 6 obj
. . 6 punct`, []string{"Thabo Mbeki -roleIn-> South Africa", "Thabo Mbeki -visits-> Ghana"}},
		{"participants engaged in a rift noun", `
Ethiopia NNP 5 nsubj
and CC 3 cc
Eritrea NNP 1 conj
are VBP 5 cop
involved VBN 0 root
in IN 8 case
a DT 8 det
dispute NN 5 obl
. . 5 punct`, []string{"Ethiopia -disagreesWith-> Eritrea"}},
		{"a named group before a generic collective", `
Ogaden NNP 2 amod
rebels NNS 3 nsubj
attacked VBD 0 root
Ethiopia NNP 3 obj
. . 3 punct`, []string{"Ogaden rebels -attacks-> Ethiopia"}},
		{"a relation noun that names an event", `
Russia NNP 8 nsubj
, , 6 punct
Serbia NNP 6 nmod:poss
's POS 3 case
main JJ 6 amod
backer NN 1 appos
, , 1 punct
spoke VBD 0 root
. . 8 punct`, []string{"Russia -aids-> Serbia"}},
		{"offices with a demonym and no name", `
A DT 4 det
Japanese JJ 4 amod
special JJ 4 amod
envoy NN 6 nsubj
has VBZ 6 aux
met VBN 0 root
the DT 10 det
South JJ 9 compound
Korean JJ 10 compound
president-elect NN 6 obj
in IN 12 case
Seoul NNP 6 obl
. . 6 punct`, []string{"Japan -meets-> South Korea"}},
		{"an event noun describing the actor it hangs on; the speaker is the verb's subject", `
Mr NNP 2 compound
Ruto NNP 10 nsubj
, , 6 punct
on IN 6 case
a DT 6 det
visit NN 2 nmod
to TO 8 case
Ghana NNP 6 nmod
, , 2 punct
said VBD 0 root
it PRP 13 nsubj
was VBD 13 cop
good JJ 10 ccomp
. . 10 punct`, []string{"William Ruto -visits-> Ghana"}},
		{"a title whose 'of' is a region", `
Amira NNP 6 nsubj
Haddad NNP 1 flat
, , 4 punct
governor NN 1 appos
of IN 6 case
Chechnya NNP 4 nmod
, , 1 punct
spoke VBD 0 root
. . 8 punct`, []string{"Amira Haddad -roleIn-> Chechnya"}},
		{"speech that condemns: an embodying verb", `
Chile NNP 2 nsubj
said VBD 0 root
Peru NNP 4 nsubj
posed VBD 2 ccomp
a DT 6 det
threat NN 4 obj
. . 2 punct`, []string{"Chile -criticizes-> Peru [reported]"}},
		{"speech that condemns: a labelled object", `
Ecuador NNP 2 nsubj
described VBD 0 root
the DT 5 det
Peruvian JJ 5 amod
blockade NN 2 obj
as IN 7 mark
illegal JJ 2 xcomp
. . 2 punct`, []string{"Ecuador -criticizes-> Peru [reported]"}},
		{"speech that condemns: a negated complement does not", `
Chile NNP 2 nsubj
said VBD 0 root
Peru NNP 7 nsubj
was VBD 7 cop
not RB 7 advmod
a DT 7 det
threat NN 2 ccomp
. . 2 punct`, nil},
		{"an object pronoun is not its own clause's subject", `
Bolivia NNP 2 nsubj
said VBD 0 root
Chile NNP 4 nsubj
supplied VBD 2 ccomp
it PRP 4 obj
with IN 7 case
fuel NN 4 obl
. . 2 punct`, []string{"Chile -aids-> Bolivia [reported]"}},
		{"wanting another to act is a demand, not the act", `
Chile NNP 2 nsubj
wants VBZ 0 root
Peru NNP 2 obj
to TO 5 mark
invade VB 2 xcomp
Bolivia NNP 5 obj
. . 2 punct`, []string{"Chile -demands-> Peru"}},
		{"refusing a cooperative act rejects its object", `
Chile NNP 2 nsubj
refused VBD 0 root
to TO 4 mark
meet VB 2 xcomp
Peru NNP 4 obj
. . 2 punct`, []string{"Chile -meets-> Peru [negated]", "Chile -rejects-> Peru"}},
		{"a cooperative act not done is no refusal", `
Chile NNP 4 nsubj
did VBD 4 aux
not RB 4 advmod
meet VB 0 root
Peru NNP 4 obj
. . 4 punct`, []string{"Chile -meets-> Peru [negated]"}},
		{"friendly relations are a stance of support", `
Chile NNP 3 nsubj
has VBZ 3 aux
kept VBN 0 root
friendly JJ 5 amod
relations NNS 3 obj
with IN 7 case
Peru NNP 5 nmod
. . 3 punct`, []string{"Chile -supports-> Peru"}},
		{"regarding an actor as a threat is a stance", `
Chile NNP 2 nsubj
regards VBZ 0 root
Peru NNP 2 obj
as IN 6 case
a DT 6 det
threat NN 2 obl
. . 2 punct`, []string{"Chile -opposes-> Peru"}},
		{"a rejected claim with its claimant; the claim's it is the rejecter", `
Peru NNP 2 nsubj
rejected VBD 0 root
claims NNS 2 obj
by IN 5 case
Chile NNP 3 nmod
that IN 9 mark
it PRP 9 nsubj
had VBD 9 aux
bombed VBN 3 acl
Bolivia NNP 9 obj
. . 2 punct`, []string{"Chile -accuses-> Peru {it had bombed Bolivia}", "Peru -rejects-> Chile"}},
		{"a rejected claim whose content hangs on the verb", `
Peru NNP 2 nsubj
rejected VBD 0 root
claims NNS 2 obj
by IN 5 case
Chile NNP 3 nmod
that IN 8 mark
it PRP 8 nsubj
bombed VBD 2 ccomp
Bolivia NNP 8 obj
. . 2 punct`, []string{"Chile -accuses-> Peru {it bombed Bolivia}", "Peru -rejects-> Chile"}},
		{"speech that condemns: the complement's subject is the condemning noun", `
Chile NNP 2 nsubj
said VBD 0 root
harassment NN 8 nsubj
by IN 6 case
Peruvian JJ 6 amod
police NN 3 nmod
was VBD 8 aux
rising VBG 2 ccomp
. . 2 punct`, []string{"Chile -criticizes-> Peru (police) [reported]"}},
		{"saying what another should do demands it", `
Chile NNP 2 nsubj
said VBD 0 root
Peru NNP 5 nsubj
should MD 5 aux
withdraw VB 2 ccomp
. . 2 punct`, []string{"Chile -demands-> Peru [reported]"}},
		{"speech that condemns: a condemning verb", `
Chile NNP 2 nsubj
said VBD 0 root
Peru NNP 5 nsubj
was VBD 5 aux
destabilising VBG 2 ccomp
the DT 7 det
region NN 5 obj
. . 2 punct`, []string{"Chile -criticizes-> Peru [reported]"}},
		{"an event noun as the verb's 'with': the verb's subject acts", `
Chile NNP 2 nsubj
responded VBD 0 root
with IN 5 case
air NN 5 compound
strikes NNS 2 obl
on IN 7 case
Peru NNP 5 nmod
. . 2 punct`, []string{"Chile -bombs-> Peru"}},
		{"involved (an adjective) in a dispute", `
Chile NNP 5 nsubj
and CC 3 cc
Peru NNP 1 conj
are VBP 5 cop
involved JJ 0 root
in IN 8 case
a DT 8 det
dispute NN 5 obl
. . 5 punct`, []string{"Chile -disagreesWith-> Peru"}},
		{"buying from a state", `
Chile NNP 2 nsubj
bought VBD 0 root
jets NNS 2 obj
from IN 5 case
Peru NNP 3 nmod
. . 2 punct`, []string{"Chile -cooperates-> Peru"}},
		{"attending a summit of an organisation", `
Chile NNP 2 nsubj
attended VBD 0 root
a DT 4 det
summit NN 2 obj
of IN 6 case
ASEAN NNP 4 nmod
. . 2 punct`, []string{"Chile -meets-> ASEAN"}},
		{"arrested in a state with no agent: that state arrests", `
a DT 3 det
Chilean JJ 3 amod
diplomat NN 5 nsubj:pass
was VBD 5 aux:pass
arrested VBN 0 root
in IN 7 case
Peru NNP 5 obl
. . 5 punct`, []string{"Peru -arrests-> Chile (government)"}},
		{"an attitude to a thing is one to its agent", `
Chile NNP 2 nsubj
praised VBD 0 root
the DT 4 det
role NN 2 obj
played VBN 4 acl
by IN 7 case
Peru NNP 5 obl:agent
. . 2 punct`, []string{"Chile -endorses-> Peru"}},
		{"a gerund denied did not happen", `
Kremlin NNP 2 nsubj
denies VBZ 0 root
shelling VBG 2 acl
Turkish JJ 5 amod
post NN 3 obj`, []string{"Russia -attacks-> Turkey [negated]"}},
		{"a reciprocal verb with a plural subject and no actor object", `
Chile NNP 4 nsubj
and CC 3 cc
Peru NNP 1 conj
traded VBD 0 root
accusations NNS 4 obj
over IN 8 case
the DT 8 det
border NN 4 obl
. . 4 punct`, []string{"Chile -accuses-> Peru", "Peru -accuses-> Chile"}},
		{"each other: each acts on the other, the clause is the topic", `
Chile NNP 4 nsubj
and CC 3 cc
Peru NNP 1 conj
accused VBD 0 root
each DT 4 obj
other JJ 5 fixed
of IN 8 mark
shelling VBG 6 advcl
villages NNS 8 obj
. . 4 punct`, []string{"Chile -accuses-> Peru {shelling villages}", "Peru -accuses-> Chile {shelling villages}"}},
		{"coordinated demonyms share the group noun", `
Chilean JJ 4 amod
and CC 3 cc
Peruvian JJ 1 conj
troops NNS 5 nsubj
clashed VBD 0 root
near IN 7 case
Arica NNP 5 obl
. . 5 punct`, []string{"Chile (military) -attacks-> Peru (military)", "Peru (military) -attacks-> Chile (military)"}},
		{"a to-infinitive under 'call on X' is the request's content", `
Chile NNP 2 nsubj
called VBD 0 root
on IN 4 case
Peru NNP 2 obl
to TO 6 mark
release VB 2 advcl
the DT 8 det
prisoners NNS 6 obj
. . 2 punct`, []string{"Chile -appeals-> Peru"}},
		{"lifting one's own sanctions imposes none", `
Chile NNP 2 nsubj
lifted VBD 0 root
its PRP$ 4 nmod:poss
sanctions NNS 2 obj
on IN 6 case
Peru NNP 4 nmod
. . 2 punct`, []string{"Chile -easesSanctions-> Peru", "Chile -sanctions-> Peru [negated]"}},
		{"rejecting a call answers an appeal, not an accusation", `
Chile NNP 3 nsubj
has VBZ 3 aux
rejected VBN 0 root
calls NNS 3 obj
by IN 7 case
the DT 7 det
UN NNP 4 nmod
to TO 9 mark
withdraw VB 3 advcl
. . 3 punct`, []string{"Chile -rejects-> United Nations", "United Nations -appeals-> Chile"}},
		{"a small clause labels its object", `
Chile NNP 2 nsubj
considers VBZ 0 root
the DT 4 det
al-Shabab NNP 2 obj
a DT 7 det
terrorist JJ 7 amod
organisation NN 2 obj
. . 2 punct`, []string{"Chile -opposes-> al-Shabaab"}},
		{"the target's possessive is not the attacker", `
Peru NNP 2 nsubj
said VBD 0 root
Chile NNP 4 nsubj
shelled VBD 2 ccomp
its PRP$ 7 nmod:poss
border NN 7 compound
posts NNS 4 obj
. . 2 punct`, []string{"Chile -attacks-> Peru [reported]", "Peru -accuses-> Chile"}},
		{"content before the reporting verb is reported", `
Chilean JJ 2 amod
troops NNS 3 nsubj
shelled VBD 10 ccomp
Peruvian JJ 5 amod
villages NNS 3 obj
, , 10 punct
the DT 9 det
Peruvian JJ 9 amod
army NN 10 nsubj
said VBD 0 root
. . 10 punct`, []string{"Chile (military) -attacks-> Peru [reported]", "Peru (military) -accuses-> Chile (military)"}},
		{"a plural demonym noun is the state's people", `
Hundreds NNS 4 nsubj
of IN 3 case
Peruvians NNPS 1 nmod
protested VBD 0 root
against IN 7 case
the DT 7 det
government NN 4 obl
of IN 9 case
Chile NNP 7 nmod
. . 4 punct`, []string{"Peru (civilians) -protests-> Chile"}},
		{"a backer in a hyphenated modifier supports the actor", `
Chile NNP 2 nsubj
attacked VBD 0 root
Peruvian-backed JJ 4 amod
rebels NNS 2 obj
. . 2 punct`, []string{"Chile -attacks-> rebels", "Peru -supports-> rebels"}},
		{"a threatened act is coded as the threat", `
Chile NNP 2 nsubj
threatened VBD 0 root
to TO 4 mark
expel VB 2 xcomp
Peruvian JJ 6 amod
diplomats NNS 4 obj
. . 2 punct`, []string{"Chile -threatens-> Peru (government)"}},
		{"a conditional warning is addressed to the condition's subject", `
If IN 3 mark
Peru NNP 3 nsubj
attacks VBZ 7 advcl
, , 3 punct
Brazil NNP 7 nsubj
will MD 7 aux
respond VB 10 ccomp
, , 7 punct
Chile NNP 10 nsubj
warned VBD 0 root
. . 10 punct`, []string{"Chile -warns-> Peru"}},
		{"an object pronoun after an unnamed official is that official", `
Chile NNP 2 nsubj
expelled VBD 0 root
the DT 5 det
Peruvian JJ 5 amod
ambassador NN 2 obj
, , 7 punct
accusing VBG 2 advcl
him PRP 7 obj
of IN 10 mark
spying VBG 7 advcl
. . 2 punct`, []string{"Chile -accuses-> Peru {spying}", "Chile -expels-> Peru"}},
		{"one of the possessor's allies", `
Chile NNP 3 nsubj
is VBZ 3 cop
one CD 0 root
of IN 7 case
Peru NNP 7 nmod:poss
's POS 5 case
allies NNS 3 nmod
. . 3 punct`, []string{"Chile -allyOf-> Peru"}},
		{"coordinated holders of a symmetric relation noun are mutual", `
Chile NNP 5 nsubj
and CC 3 cc
Peru NNP 1 conj
are VBP 5 cop
allies NNS 0 root
. . 5 punct`, []string{"Chile -allyOf-> Peru", "Peru -allyOf-> Chile"}},
		{"a possessed relation modifier on a name", `
Peru NNP 5 nmod:poss
's POS 1 case
old JJ 4 amod
rival JJ 5 amod
Chile NNP 6 nsubj
protested VBD 0 root
. . 6 punct`, []string{"Chile -opposes-> Peru"}},
		{"a backer inside an apposition", `
Chile NNP 7 nsubj
, , 5 punct
a DT 5 det
Peruvian-backed JJ 5 amod
group NN 1 appos
, , 5 punct
protested VBD 0 root
. . 7 punct`, []string{"Peru -supports-> Chile"}},
		{"a state's possessed organ is that organ", `
Chile NNP 3 nmod:poss
's POS 1 case
army NN 4 nsubj
shelled VBD 0 root
Peruvian JJ 6 amod
villages NNS 4 obj
. . 4 punct`, []string{"Chile (military) -attacks-> Peru"}},
		{"coordinated demonyms before a plural post are two office holders", `
The DT 6 det
Chilean JJ 6 amod
and CC 4 cc
Peruvian JJ 2 conj
foreign JJ 6 amod
ministers NNS 7 nsubj
met VBD 0 root
in IN 9 case
Lima NNP 7 obl
. . 7 punct`, []string{"Chile -meets-> Peru", "Peru -meets-> Chile"}},
		{"a demanded that-clause is the demand's, not an act", `
Chile NNP 2 nsubj
demanded VBD 0 root
that IN 5 mark
Peru NNP 5 nsubj
free VB 2 ccomp
the DT 7 det
prisoners NNS 5 obj
. . 2 punct`, []string{"Chile -demands-> Peru"}},
		{"the purpose of a launched offensive is its launcher's", `
Chile NNP 2 nsubj
launched VBD 0 root
an DT 4 det
offensive NN 2 obj
to TO 6 mark
expel VB 4 acl
Peruvian JJ 8 amod
troops NNS 6 obj
. . 2 punct`, []string{"Chile -expels-> Peru (military)"}},
		{"an apposition the parse reads as a conjunct of a coordination", `
Chile NNP 10 nsubj
and CC 3 cc
Peru NNP 1 conj
, , 6 punct
both CC 6 cc:preconj
members NNS 1 conj
of IN 8 case
ASEAN NNP 6 nmod
, , 1 punct
protested VBD 0 root
. . 10 punct`, []string{"Chile -memberOf-> ASEAN", "Peru -memberOf-> ASEAN"}},
		{"a possessive on the verb's own object is its subject's", `
Chile NNP 6 nsubj
, , 3 punct
backed VBN 1 acl
by IN 5 case
Peru NNP 3 obl:agent
increased VBD 0 root
its PRP$ 8 nmod:poss
aid NN 6 obj
to IN 10 case
Bolivia NNP 8 nmod
. . 6 punct`, []string{"Chile -aids-> Bolivia", "Peru -endorses-> Chile"}},
		{"a state's name before a group noun is its organ; passive deployment with no agent", `
Chile NNP 2 compound
troops NNS 4 nsubj:pass
were VBD 4 aux:pass
deployed VBN 0 root
to IN 6 case
Bolivia NNP 4 obl
. . 4 punct`, []string{"Chile (military) -deploys-> Bolivia"}},
		{"a body's name before a group noun is the body", `
ASEAN NNP 2 compound
leaders NNS 3 nsubj
met VBD 0 root
Chile NNP 3 obj
. . 3 punct`, []string{"ASEAN -meets-> Chile"}},
		{"the list after 'X and its allies,' read as more conjuncts of X", `
Chile NNP 7 nsubj
and CC 4 cc
its PRP$ 4 nmod:poss
allies NNS 1 conj
, , 6 punct
Peru NNP 1 conj
protested VBD 0 root
. . 7 punct`, []string{"Peru -allyOf-> Chile"}},
		{"a verb that only comments on an event noun lends it no agent", `
Chile NNP 2 nsubj
questioned VBD 0 root
the DT 4 det
arrest NN 2 obj
of IN 7 case
a DT 7 det
Peruvian JJ 7 amod
diplomat NN 4 nmod
. . 2 punct`, nil},
		{"raising past a hearsay passive: the act is hedged", `
Chile NNP 3 nsubj:pass
is VBZ 3 aux:pass
believed VBN 0 root
to TO 6 mark
have VB 6 aux
armed VBN 3 xcomp
Peruvian JJ 8 amod
rebels NNS 6 obj
. . 3 punct`, []string{"Chile -aids-> Peru (rebels) [hedged]"}},
		{"joining a body makes a member; a planned joining does not", `
Chile NNP 2 nsubj
joined VBD 0 root
ASEAN NNP 2 obj
and CC 7 cc
Peru NNP 7 nsubj
will MD 7 aux
join VB 2 conj
the DT 9 det
EU NNP 7 obj
. . 2 punct`, []string{"Chile -memberOf-> ASEAN"}},
		{"the narrator's question asserts nothing", `
Will MD 3 aux
Chile NNP 3 nsubj
attack VB 0 root
Peru NNP 3 obj
? . 3 punct`, []string{"Chile -attacks-> Peru [hedged]"}},
		{"a whether-clause is hedged", `
It PRP 3 expl
is VBZ 3 cop
unclear JJ 0 root
whether IN 7 mark
Chile NNP 7 nsubj
will MD 7 aux
attack VB 3 csubj
Peru NNP 7 obj
. . 3 punct`, []string{"Chile -attacks-> Peru [hedged]"}},
		{"a noun's that-clause is not the narrator's assertion", `
There EX 2 expl
is VBZ 0 root
no DT 4 det
evidence NN 2 nsubj
that IN 7 mark
Chile NNP 7 nsubj
attacked VBD 4 acl
Peru NNP 7 obj
. . 2 punct`, []string{"Chile -attacks-> Peru [hedged]"}},
		{"coordinated verbs share the last one's object", `
Chile NNP 2 nsubj
shelled VBD 0 root
and CC 4 cc
occupied VBD 2 conj
Bolivia NNP 4 obj
. . 2 punct`, []string{"Chile -attacks-> Bolivia", "Chile -occupies-> Bolivia"}},
		{"coordinated demonyms before a title already found", `
Chile NNP 2 nsubj
met VBD 0 root
its PRP$ 7 nmod:poss
Peruvian JJ 7 amod
and CC 6 cc
Bolivian JJ 4 conj
counterparts NNS 2 obj
. . 2 punct`, []string{"Chile -meets-> Bolivia", "Chile -meets-> Peru"}},
		{"condemning an act makes its condemner no agent of it, nor condemns its victim", `
Chile NNP 2 nsubj
condemned VBD 0 root
the DT 4 det
invasion NN 2 obj
of IN 6 case
Bolivia NNP 4 nmod
. . 2 punct`, nil},
		{"issuing a warning is the warning, not negated by the verb's other frames", `
Chile NNP 2 nsubj
issued VBD 0 root
a DT 4 det
warning NN 2 obj
to IN 6 case
Peru NNP 4 nmod
. . 2 punct`, []string{"Chile -warns-> Peru"}},
		{"a cancelled event noun is negated", `
Chile NNP 2 nsubj
cancelled VBD 0 root
the DT 4 det
talks NNS 2 obj
with IN 6 case
Peru NNP 4 nmod
. . 2 punct`, []string{"Chile -meets-> Peru [negated]"}},
		{"a body's plural pronoun in what it says is the body", `
ASEAN NNP 2 nsubj
said VBD 0 root
they PRP 4 nsubj
welcomed VBD 2 ccomp
Chile NNP 4 obj
. . 2 punct`, []string{"ASEAN -endorses-> Chile"}},
		{"an official acting for their own state is no interaction", `
Chilean JJ 3 amod
President NNP 3 compound
Gabriel NNP 5 nsubj
Boric NNP 3 flat
praised VBD 0 root
Chile NNP 5 obj
. . 5 punct`, []string{"Gabriel Boric -roleIn-> Chile"}},
		{"a target that is no actor: the place it is in is attacked", `
Chilean JJ 2 amod
jets NNS 3 nsubj
bombed VBD 0 root
a DT 5 det
hospital NN 3 obj
in IN 7 case
Bolivia NNP 5 nmod
. . 3 punct`, []string{"Chile (military) -bombs-> Bolivia"}},
		{"an unnamed official of a body is the body", `
Chilean JJ 2 amod
troops NNS 3 nsubj
killed VBD 0 root
a DT 6 det
al-Shabab NNP 6 compound
commander NN 3 obj
. . 3 punct`, []string{"Chile (military) -kills-> al-Shabaab"}},
		{"a predicate adjective of stance with a to-phrase", `
Chile NNP 3 nsubj:pass
is VBZ 3 aux:pass
opposed VBN 0 root
to IN 7 case
Peru NNP 7 nmod:poss
's POS 5 case
plan NN 3 obl
. . 3 punct`, []string{"Chile -opposes-> Peru"}},
		{"condemning a possessed act does not negate it", `
Chile NNP 3 nmod:poss
's POS 1 case
annexation NN 8 nsubj:pass
of IN 5 case
Bolivia NNP 3 nmod
was VBD 8 aux:pass
widely RB 8 advmod
condemned VBN 0 root
by IN 10 case
Peru NNP 8 obl:agent
. . 8 punct`, []string{"Chile -annexes-> Bolivia", "Peru -criticizes-> Chile"}},
		{"a vowed act is coded as the threat alone", `
Peru NNP 2 nsubj
vowed VBD 0 root
to TO 4 mark
retaliate VB 2 xcomp
against IN 6 case
Chile NNP 4 obl
. . 2 punct`, []string{"Peru -threatens-> Chile"}},
		{"force held over a condition is aimed at its subject", `
Peru NNP 2 nsubj
threatened VBD 0 root
to TO 4 mark
use VB 2 xcomp
force NN 4 obj
if IN 8 mark
Chile NNP 8 nsubj
annexes VBZ 4 advcl
the DT 10 det
islands NNS 8 obj
. . 2 punct`, []string{"Peru -threatens-> Chile"}},
		{"a blocked bid is a rejection of its owner", `
Chile NNP 3 nmod:poss
's POS 1 case
bid NN 8 nsubj:pass
to TO 5 mark
join VB 3 acl
Nato NNP 5 obj
was VBD 8 aux:pass
blocked VBN 0 root
by IN 10 case
Peru NNP 8 obl:agent
. . 8 punct`, []string{"Peru -rejects-> Chile"}},
		{"the accuser the parse hung on the charge", `
Chile NNP 4 nsubj:pass
has VBZ 4 aux
been VBN 4 aux:pass
accused VBN 0 root
of IN 7 case
war NN 7 compound
crimes NNS 4 obl
by IN 10 case
the DT 10 det
UN NNP 7 nmod
. . 4 punct`, []string{"United Nations -accuses-> Chile {war crimes}"}},
		{"a charge denied in a relative clause", `
Peru NNP 2 nsubj
accused VBD 0 root
Chile NNP 2 obj
of IN 5 mark
shelling VBG 2 advcl
villages NNS 5 obj
, , 9 punct
a DT 9 det
charge NN 2 obl:unmarked
Chile NNP 11 nsubj
denied VBD 9 acl:relcl
. . 2 punct`, []string{"Chile -denies-> Peru", "Peru -accuses-> Chile {shelling villages}"}},
		{"a two-word event noun with modifiers between", `
Chile NNP 4 nsubj
and CC 3 cc
Peru NNP 1 conj
held VBD 0 root
joint JJ 7 amod
naval JJ 7 amod
exercises NNS 4 obj
. . 4 punct`, []string{"Chile -coordinates-> Peru", "Peru -coordinates-> Chile"}},
		{"coordinated sides fighting each other", `
Chile NNP 6 nsubj
and CC 3 cc
Peru NNP 1 conj
have VBP 6 aux
been VBN 6 aux
fighting VBG 0 root
for IN 8 case
control NN 6 obl
. . 6 punct`, []string{"Chile -attacks-> Peru", "Peru -attacks-> Chile"}},
		{"two subjects the parse did not coordinate", `
Chile NNP 3 nmod:poss
's POS 1 case
government NN 7 nsubj
and CC 6 cc
the DT 6 det
ELN NNP 7 nsubj
signed VBD 0 root
a DT 9 det
ceasefire NN 7 obj
. . 7 punct`, []string{"Chile (government) -signsAgreement-> ELN", "ELN -signsAgreement-> Chile (government)"}},
		{"what a warning is against is no act", `
Peru NNP 2 nsubj
warned VBD 0 root
Chile NNP 2 obj
against IN 5 mark
selling VBG 2 advcl
arms NNS 5 obj
to IN 8 case
Bolivia NNP 5 obl
. . 2 punct`, []string{"Peru -warns-> Chile"}},
		{"what a denial's that-clause says is negated", `
Peru NNP 2 nsubj
denied VBD 0 root
that IN 6 mark
Lima NNP 6 nsubj
had VBD 6 aux
armed VBN 2 ccomp
Bolivia NNP 6 obj
. . 2 punct`, []string{"Peru -aids-> Bolivia [negated]"}},
		{"a mediator's sides are its objects", `
Chile NNP 3 nmod:poss
's POS 1 case
mediation NN 8 nsubj
between IN 5 case
Peru NNP 3 nmod
and CC 7 cc
Bolivia NNP 5 conj
ended VBD 0 root
. . 8 punct`, []string{"Chile -mediates-> Bolivia", "Chile -mediates-> Peru"}},
		{"a target in a place named inside the phrase", `
Chilean JJ 2 amod
drones NNS 3 nsubj
struck VBD 0 root
a DT 5 det
refinery NN 3 obj
in IN 10 case
Peru NNP 10 nmod:poss
's POS 7 case
Tacna NNP 10 compound
region NN 5 nmod
. . 3 punct`, []string{"Chile (military) -bombs-> Peru"}},
		{"strikes a light verb carried out in a place", `
Chile NNP 3 nsubj
has VBZ 3 aux
carried VBN 0 root
out RP 3 compound:prt
hundreds NNS 3 obj
of IN 8 case
air NN 8 compound
strikes NNS 5 nmod
in IN 10 case
Peru NNP 8 nmod
. . 3 punct`, []string{"Chile -bombs-> Peru"}},
		{"no place target for an act without an agent", `
Chile NNP 2 nsubj
mourned VBD 0 root
since IN 5 case
the DT 5 det
attacks NNS 2 obl
in IN 7 case
Peru NNP 5 nmod
. . 2 punct`, nil},
		{"the leaders of coordinated states", `
Chile NNP 2 nsubj
met VBD 0 root
the DT 4 det
leaders NNS 2 obj
of IN 6 case
Peru NNP 4 nmod
and CC 8 cc
Bolivia NNP 6 conj
. . 2 punct`, []string{"Chile -meets-> Bolivia", "Chile -meets-> Peru"}},
		{"a threat the parse read as a purpose clause", `
Chile NNP 2 nsubj
threatened VBD 0 root
to IN 4 mark
invade VB 2 advcl
Bolivia NNP 4 obj
. . 2 punct`, []string{"Chile -threatens-> Bolivia"}},
		{"threatened sanctions are the threat alone", `
Chile NNP 2 nsubj
threatened VBD 0 root
to TO 4 mark
impose VB 2 xcomp
sanctions NNS 4 obj
on IN 7 case
Peru NNP 5 nmod
. . 2 punct`, []string{"Chile -threatens-> Peru"}},
		{"talks mediated by a third party", `
Chile NNP 4 nsubj
and CC 3 cc
Peru NNP 1 conj
held VBD 0 root
talks NNS 4 obj
mediated VBN 5 acl
by IN 8 case
Brazil NNP 6 obl:agent
. . 4 punct`, []string{"Brazil -mediates-> Chile", "Brazil -mediates-> Peru", "Chile -meets-> Peru", "Peru -meets-> Chile"}},
		{"a hyphenated mediator", `
Chile NNP 4 nsubj
and CC 3 cc
Peru NNP 1 conj
held VBD 0 root
Brazilian-brokered JJ 6 amod
talks NNS 4 obj
. . 4 punct`, []string{"Brazil -mediates-> Chile", "Brazil -mediates-> Peru", "Chile -meets-> Peru", "Peru -meets-> Chile"}},
		{"a border is no place inside the state", `
Chile NNP 2 nsubj
shelled VBD 0 root
a DT 4 det
base NN 2 obj
near IN 8 case
the DT 8 det
Bolivia NNP 8 compound
border NN 4 nmod
. . 2 punct`, nil},
		{"it in what an armed group says is the group", `
Hezbollah NNP 8 nsubj
, , 4 punct
an DT 4 det
ally NN 1 appos
of IN 6 case
Iran NNP 4 nmod
, , 1 punct
said VBD 0 root
it PRP 11 nsubj
had VBD 11 aux
attacked VBN 8 ccomp
Israeli JJ 13 amod
troops NNS 11 obj
. . 8 punct`, []string{"Hezbollah -allyOf-> Iran", "Hezbollah -attacks-> Israel (military)"}},
		{"in response is no event the subjects engage in", `
Chile NNP 4 nsubj
and CC 3 cc
Peru NNP 1 conj
launched VBD 0 root
strikes NNS 4 obj
against IN 7 case
Bolivia NNP 5 nmod
in IN 9 case
response NN 4 obl
. . 4 punct`, []string{"Chile -bombs-> Bolivia", "Peru -bombs-> Bolivia"}},
		{"approving a bid endorses its owner", `
Chile NNP 2 nsubj
approved VBD 0 root
Peru NNP 5 nmod:poss
's POS 3 case
bid NN 2 obj
to TO 7 mark
join VB 5 acl
Mercosur NNP 7 obj
. . 2 punct`, []string{"Chile -endorses-> Peru"}},
		{"a flag state owns its ship", `
Chile NNP 2 nsubj
seized VBD 0 root
a DT 5 det
Peruvian-flagged JJ 5 amod
tanker NN 2 obj
. . 2 punct`, []string{"Chile -coerces-> Peru"}},
		{"a charge denied, read with two subjects", `
Chile NNP 2 nsubj
accused VBD 0 root
Peru NNP 2 obj
of IN 5 mark
shelling VBG 3 acl
its PRP$ 7 nmod:poss
posts NNS 5 obj
, , 12 punct
a DT 10 det
charge NN 12 nsubj
Lima NNP 12 nsubj
rejected VBD 2 ccomp
. . 2 punct`, []string{"Chile -accuses-> Peru {shelling its posts}", "Peru -rejects-> Chile"}},
		{"freezing participation in a body suspends ties with it", `
Armenia NNP 2 nsubj
froze VBD 0 root
its PRP$ 4 nmod:poss
participation NN 2 obj
in IN 6 case
Nato NNP 4 nmod
. . 2 punct`, []string{"Armenia -suspends-> NATO"}},
		{"a relative clause condemns its noun's agent", `
Chile NNP 2 nsubj
launched VBD 0 root
air NN 4 compound
strikes NNS 2 obj
, , 8 punct
which WDT 8 obj
Peru NNP 8 nsubj
criticised VBD 4 acl:relcl
. . 2 punct`, []string{"Peru -criticizes-> Chile"}},
		{"what a warning says its subject will do is a threat", `
Chile NNP 2 nsubj
warned VBD 0 root
that IN 6 mark
it PRP 6 nsubj
would MD 6 aux
retaliate VB 2 ccomp
against IN 8 case
Peru NNP 6 obl
. . 2 punct`, []string{"Chile -threatens-> Peru"}},
		{"criticism drawn from a source", `
Peru NNP 2 nsubj
faced VBD 0 root
strong JJ 4 amod
condemnation NN 2 obj
from IN 6 case
Chile NNP 2 obl
. . 2 punct`, []string{"Chile -criticizes-> Peru"}},
		{"criticism an act drew is aimed at its agent", `
Chile NNP 3 nmod:poss
's POS 1 case
decision NN 4 nsubj
drew VBD 0 root
a DT 6 det
barrage NN 4 obj
of IN 8 case
criticism NN 6 nmod
from IN 10 case
Bolivia NNP 8 nmod
. . 4 punct`, []string{"Bolivia -criticizes-> Chile"}},
		{"flying close to an actor's ship is military posture", `
Chilean JJ 2 amod
jets NNS 3 nsubj
flew VBD 0 root
close RB 3 advmod
to IN 8 case
a DT 8 det
Peruvian JJ 8 amod
frigate NN 3 obl
. . 3 punct`, []string{"Chile (military) -deploys-> Peru"}},
		{"a relative who read as a conjunct", `
Peru NNP 2 nsubj
shelled VBD 0 root
Chile NNP 2 obj
, , 6 punct
who WP 6 nsubj
accused VBD 2 conj
Bolivia NNP 6 obj
. . 2 punct`, []string{"Peru -attacks-> Chile", "Chile -accuses-> Bolivia"}},
		{"what the accused is said to do, hung on the accuser", `
Chile NNP 4 nsubj:pass
has VBZ 4 aux
been VBN 4 aux:pass
accused VBN 0 root
by IN 7 case
the DT 7 det
UN NNP 4 obl:agent
of IN 9 mark
supporting VBG 7 acl
Peruvian JJ 11 amod
rebels NNS 9 obj
. . 4 punct`, []string{"United Nations -accuses-> Chile"}},
		{"whose enemy an actor is holds the stance", `
Chile NNP 9 nsubj
, , 7 punct
which WDT 7 nsubj
is VBZ 7 cop
Peru NNP 7 nmod:poss
's POS 5 case
enemy NN 1 acl:relcl
, , 1 punct
closed VBD 0 root
its PRP$ 11 nmod:poss
border NN 9 obj
. . 9 punct`, []string{"Peru -opposes-> Chile"}},
		{"an event noun compounded with a quantity noun", `
Chile NNP 2 nsubj
announced VBD 0 root
a DT 6 det
military JJ 5 amod
aid NN 6 compound
package NN 2 obj
for IN 8 case
Peru NNP 6 nmod
. . 2 punct`, []string{"Chile -aids-> Peru"}},
		{"violating another's airspace", `
Chilean JJ 2 amod
jets NNS 3 nsubj
violated VBD 0 root
Peruvian JJ 5 amod
airspace NN 3 obj
. . 3 punct`, []string{"Chile (military) -deploys-> Peru"}},
		{"its airspace is not the intruder's", `
Peru NNP 2 nsubj
says VBZ 0 root
Chilean JJ 4 amod
jets NNS 5 nsubj
violated VBD 2 ccomp
its PRP$ 7 nmod:poss
airspace NN 5 obj
. . 2 punct`, []string{"Chile (military) -deploys-> Peru [reported]", "Peru -accuses-> Chile (military)"}},
		{"a war discussed is no war of the discussers", `
Chile NNP 4 nsubj
and CC 3 cc
Peru NNP 1 conj
discussed VBD 0 root
the DT 6 det
war NN 4 obj
in IN 8 case
Bolivia NNP 6 nmod
. . 4 punct`, []string{"Chile -consults-> Peru", "Peru -consults-> Chile"}},
		{"talks offered to be hosted are planned", `
Chile NNP 2 nsubj
offered VBD 0 root
to TO 4 mark
host VB 2 xcomp
a DT 7 det
new JJ 7 amod
round NN 4 obj
of IN 9 case
talks NNS 7 nmod
between IN 11 case
Peru NNP 9 nmod
and CC 13 cc
Bolivia NNP 11 conj
. . 2 punct`, []string{"Chile -hosts-> Bolivia [planned]", "Chile -hosts-> Peru [planned]", "Peru -meets-> Bolivia [planned]"}},
		{"a name hung on the title's nominal", `
Chile NNP 3 nmod:poss
's POS 1 case
ambassador NN 11 nsubj
to IN 6 case
the DT 6 det
UN NNP 3 nmod
, , 8 punct
Ana NNP 6 appos
Soto NNP 6 conj
, , 3 punct
spoke VBD 0 root
. . 11 punct`, []string{"Ana Soto -roleIn-> Chile"}},
		{"a person's party in an of-phrase between commas", `
Imran NNP 10 nsubj
Khan NNP 1 flat
, , 8 punct
of IN 8 case
the DT 8 det
Pakistan NNP 7 compound
Tehreek-e-Insaf NNP 8 compound
party NN 1 conj
, , 1 punct
criticised VBD 0 root
Chile NNP 10 obj
. . 10 punct`, []string{"Imran Khan -criticizes-> Chile", "Imran Khan -memberOf-> Pakistan Tehreek-e-Insaf"}},
		{"a sum given in aid", `
Chile NNP 2 nsubj
gave VBD 0 root
$ $ 4 compound
50m CD 2 obj
in IN 6 case
aid NN 2 obl
to IN 8 case
Peru NNP 6 nmod
. . 2 punct`, []string{"Chile -aids-> Peru"}},
		{"an investigation into an actor's act", `
Bolivia NNP 2 nsubj
launched VBD 0 root
an DT 4 det
investigation NN 2 obj
into IN 9 case
Chile NNP 9 nmod:poss
's POS 6 case
war NN 9 compound
crimes NNS 4 nmod
. . 2 punct`, []string{"Bolivia -investigates-> Chile"}},
		{"unlikely to is not done", `
Chile NNP 3 nsubj
is VBZ 3 cop
unlikely JJ 0 root
to TO 5 mark
visit VB 3 xcomp
Peru NNP 5 obj
. . 3 punct`, []string{"Chile -visits-> Peru [negated]"}},
		{"said another bore responsibility", `
Peru NNP 2 nsubj
said VBD 0 root
Chile NNP 4 nsubj
bore VBD 2 ccomp
responsibility NN 4 obj
for IN 8 case
the DT 8 det
attack NN 5 nmod
. . 2 punct`, []string{"Peru -accuses-> Chile"}},
		{"another's act a verb names is presupposed", `
Bolivia NNP 2 nsubj
discussed VBD 0 root
Chile NNP 5 nmod:poss
's POS 3 case
invasion NN 2 obj
of IN 7 case
Peru NNP 5 nmod
. . 2 punct`, []string{"Chile -occupies-> Peru"}},
		{"one's own forces sent somewhere: the destination is the object", `
Chile NNP 2 nsubj
sent VBD 0 root
its PRP$ 4 nmod:poss
troops NNS 2 obj
to IN 6 case
Peru NNP 2 obl
. . 2 punct`, []string{"Chile -deploys-> Peru"}},
		{"a reduced relative the parse made the main verb", `
A DT 3 det
Chilean JJ 3 amod
drone NN 4 nsubj
shot VBN 0 root
down RP 4 compound:prt
by IN 8 case
Peruvian JJ 8 amod
forces NNS 4 obl:agent
crashed VBD 8 acl
. . 4 punct`, []string{"Peru (military) -shootsDown-> Chile (military)"}},
		{"ships attacked at sea attack no sea", `
Chile NNP 2 nsubj
attacked VBD 0 root
ships NNS 2 obj
in IN 7 case
the DT 7 det
Red NNP 7 compound
Sea NNP 3 nmod
. . 2 punct`, nil},
		{"a comitative on the subject acts with it", `
Chile NNP 7 nsubj
, , 5 punct
along IN 5 case
with IN 5 case
Peru NNP 1 nmod
, , 1 punct
backs VBZ 0 root
Bolivia NNP 7 obj
. . 7 punct`, []string{"Chile -endorses-> Bolivia", "Peru -endorses-> Bolivia"}},
		{"a participle on a noun that is no actor acts for no one", `
Chile NNP 2 nsubj
vetoed VBD 0 root
the DT 4 det
resolution NN 2 obj
condemning VBG 4 acl
Peru NNP 5 obj
. . 2 punct`, nil},
		{"a mediated deal hung on the verb's object", `
Chile NNP 4 nsubj
and CC 3 cc
Peru NNP 1 conj
restore VBP 0 root
ties NNS 4 obj
in IN 8 case
Brazilian-brokered JJ 8 amod
deal NN 5 nmod
. . 4 punct`, []string{"Brazil -mediates-> Chile", "Brazil -mediates-> Peru", "Chile -normalizesRelations-> Peru", "Peru -normalizesRelations-> Chile"}},
		{"who calls for an actor's removal opposes it", `
Chile NNP 2 nsubj
called VBD 0 root
for IN 6 case
Peru NNP 6 nmod:poss
's POS 4 case
removal NN 2 obl
. . 2 punct`, []string{"Chile -opposes-> Peru"}},
		{"regarding an actor as an enemy", `
Chile NNP 2 nsubj
regards VBZ 0 root
Peru NNP 2 obj
as IN 6 case
an DT 6 det
enemy NN 2 obl
. . 2 punct`, []string{"Chile -opposes-> Peru"}},
		{"shaking hands is meeting", `
Chile NNP 2 nsubj
shook VBD 0 root
hands NNS 2 obj
with IN 5 case
Peru NNP 2 obl
. . 2 punct`, []string{"Chile -meets-> Peru"}},
		{"a treaty obliges an actor to act", `
A DT 2 det
treaty NN 3 nsubj
obliges VBZ 0 root
Chile NNP 3 obj
to TO 6 mark
defend VB 3 xcomp
Peru NNP 6 obj
. . 3 punct`, []string{"Chile -endorses-> Peru"}},
		{"a conjunct hung on the last word of a name", `
Vladimir NNP 6 nsubj
Putin NNP 1 flat
and CC 4 cc
Xi NNP 2 conj
Jinping NNP 4 flat
met VBD 0 root
. . 6 punct`, []string{"Vladimir Putin -meets-> Xi Jinping", "Xi Jinping -meets-> Vladimir Putin"}},
		{"the clauses of a charge are part of it", `
Peru NNP 2 nsubj
accused VBD 0 root
Chile NNP 2 obj
of IN 5 mark
prolonging VBG 3 acl
the DT 7 det
war NN 5 obj
by IN 9 mark
supplying VBG 5 advcl
weapons NNS 9 obj
to IN 12 case
Bolivia NNP 9 obl
. . 2 punct`, []string{"Peru -accuses-> Chile {prolonging the war by supplying weapons to Bolivia}"}},
		{"weapons stand for who used them; a particle hung on the number", `
Peru NNP 3 nsubj
had VBD 3 aux
shot VBN 0 root
down RB 5 advmod
62 CD 8 nummod
of IN 8 case
83 CD 8 nummod
drones NNS 3 obj
launched VBN 8 acl
by IN 11 case
Chile NNP 9 obl:agent
. . 3 punct`, []string{"Peru -shootsDown-> Chile"}},
		{"a threatened measure with no violent verb frame", `
Chile NNP 2 nsubj
threatened VBD 0 root
to TO 4 mark
impose VB 2 xcomp
countermeasures NNS 4 obj
against IN 7 case
Peru NNP 5 nmod
. . 2 punct`, []string{"Chile -threatens-> Peru"}},
		{"supplies cut off to an actor", `
Chile NNP 2 nsubj
cut VBD 0 root
off RP 2 compound:prt
gas NN 5 compound
supplies NNS 2 obj
to IN 7 case
Peru NNP 5 nmod
. . 2 punct`, []string{"Chile -suspends-> Peru"}},
		{"its territorial waters are not the intruder's", `
Peru NNP 2 nsubj
says VBZ 0 root
Chilean JJ 4 amod
ships NNS 6 nsubj
had VBD 6 aux
entered VBN 2 ccomp
its PRP$ 9 nmod:poss
territorial JJ 9 amod
waters NNS 6 obj
. . 2 punct`, []string{"Chile -deploys-> Peru [reported]", "Peru -accuses-> Chile"}},
		{"a contested place with no state is still a place attacked", `
Chile NNP 2 nsubj
shelled VBD 0 root
villages NNS 2 obj
in IN 6 case
the DT 6 det
Donetsk NNP 3 nmod
region NN 6 flat
. . 2 punct`, []string{"Chile -attacks-> Donetsk"}},
		{"revoking agreements with an actor", `
Chile NNP 2 nsubj
revoked VBD 0 root
its PRP$ 4 nmod:poss
agreements NNS 2 obj
with IN 6 case
Peru NNP 4 nmod
. . 2 punct`, []string{"Chile -signsAgreement-> Peru [negated]", "Chile -suspends-> Peru"}},
		{"a coup is the military's of the state it happens in", `
Chile NNP 2 nsubj
condemned VBD 0 root
the DT 4 det
coup NN 2 obj
in IN 6 case
Peru NNP 2 obl
. . 2 punct`, []string{"Chile -criticizes-> Peru (military)"}},
		{"a coup attempt condemned in a capital", `
Chile NNP 2 nsubj
condemned VBD 0 root
the DT 5 det
coup NN 5 compound
attempt NN 2 obj
in IN 7 case
Lima NNP 2 obl
. . 2 punct`, nil},
		{"calls for an actor to act address it", `
Bolivia NNP 2 nsubj
renewed VBD 0 root
calls NNS 2 obj
for IN 7 mark
Chile NNP 7 nsubj
to TO 7 mark
withdraw VB 3 acl
. . 2 punct`, []string{"Bolivia -appeals-> Chile"}},
		{"a frame's noun counted by a quantity object", `
Chile NNP 2 nsubj
withdrew VBD 0 root
most JJS 2 obj
of IN 6 case
its PRP$ 6 nmod:poss
troops NNS 3 nmod
from IN 8 case
Peru NNP 2 obl
. . 2 punct`, []string{"Chile -deescalates-> Peru"}},
		{"ordering diplomats to leave expels them", `
Chile NNP 2 nsubj
ordered VBD 0 root
Peruvian JJ 4 amod
diplomats NNS 2 obj
to TO 6 mark
leave VB 4 acl
the DT 8 det
country NN 6 obj
. . 2 punct`, []string{"Chile -expels-> Peru (government)"}},
		{"ordering an actor to leave talks expels no one: it is a demand", `
Chile NNP 2 nsubj
ordered VBD 0 root
Peru NNP 2 obj
to TO 5 mark
leave VB 2 xcomp
the DT 7 det
talks NNS 5 obj
. . 2 punct`, []string{"Chile -demands-> Peru"}},
		{"an as-phrase the parse hung on the labelled object", `
Chile NNP 2 nsubj
described VBD 0 root
the DT 4 det
PKK NNP 2 obj
as IN 6 case
illegitimate JJ 4 nmod
. . 2 punct`, []string{"Chile -criticizes-> Kurdistan Workers' Party [reported]"}},
		{"a titled name the parse hung on the verb as a modifier is its subject", `
Peruvian JJ 10 advmod
President NNP 3 compound
Pedro NNP 1 flat
Castillo NNP 3 flat
, , 7 punct
who WP 7 nsubj
criticised VBD 3 acl:relcl
Chile NNP 7 obj
, , 1 punct
met VBD 0 root
Bolivia NNP 10 obj
. . 10 punct`, []string{"Pedro Castillo -criticizes-> Chile", "Pedro Castillo -meets-> Bolivia", "Pedro Castillo -roleIn-> Peru"}},
		{"a name after a preposition is no subject", `
In IN 2 case
Lima NNP 3 obl
met VBD 0 root
Bolivia NNP 3 obj
. . 3 punct`, nil},
		{"saying an actor violated a state's sovereignty condemns it", `
Chile NNP 2 nsubj
said VBD 0 root
Peru NNP 5 nsubj
had VBD 5 aux
violated VBN 2 ccomp
its PRP$ 7 nmod:poss
sovereignty NN 5 obj
. . 2 punct`, []string{"Chile -criticizes-> Peru [reported]"}},
		{"deepening cooperation is cooperating", `
Chile NNP 4 nsubj
and CC 3 cc
Peru NNP 1 conj
pledged VBD 0 root
to TO 6 mark
deepen VB 4 xcomp
cooperation NN 6 obj
. . 4 punct`, []string{"Chile -cooperates-> Peru [planned]", "Peru -cooperates-> Chile [planned]"}},
		{"entering its air defence zone", `
Peru NNP 2 nsubj
said VBD 0 root
Chilean JJ 4 amod
jets NNS 5 nsubj
entered VBD 2 ccomp
its PRP$ 9 nmod:poss
air NN 8 compound
defence NN 9 compound
zone NN 5 obj
. . 2 punct`, []string{"Chile (military) -deploys-> Peru [reported]", "Peru -accuses-> Chile (military)"}},
		{"two subjects with the and hung on the verb", `
Chile NNP 4 nsubj
and CC 4 cc
Peru NNP 4 nsubj
attacked VBD 0 root
Bolivia NNP 4 obj
. . 4 punct`, []string{"Chile -attacks-> Bolivia", "Peru -attacks-> Bolivia"}},
		{"an act's of-patient is not what condemning the act is aimed at", `
Chile NNP 2 nsubj
condemned VBD 0 root
the DT 4 det
killing NN 2 obj
of IN 7 case
Peruvian JJ 7 amod
diplomats NNS 4 nmod
. . 2 punct`, nil},
		{"an event noun's of-patient beside its possessor agent", `
Chile NNP 2 nsubj
condemned VBD 0 root
Peru NNP 5 nmod:poss
's POS 3 case
annexation NN 2 obj
of IN 7 case
Tacna NNP 5 nmod
. . 2 punct`, []string{"Chile -criticizes-> Peru"}},
		{"welcoming a release welcomes no one released", `
Chile NNP 2 nsubj
welcomed VBD 0 root
the DT 4 det
release NN 2 obj
of IN 8 case
the DT 8 det
Peruvian JJ 8 amod
sailors NNS 4 nmod
. . 2 punct`, nil},
		{"a place after the frame's own preposition is its argument", `
Rebels NNS 2 nsubj
fired VBD 0 root
rockets NNS 2 obj
at IN 5 case
Peru NNP 2 obl
. . 2 punct`, []string{"rebels -attacks-> Peru"}},
		{"arriving in a state visits it", `
Chile NNP 2 nsubj
arrived VBD 0 root
in IN 4 case
Peru NNP 2 obl
from IN 7 case
a DT 7 det
trip NN 2 obl
to IN 9 case
Asia NNP 7 nmod
. . 2 punct`, []string{"Chile -visits-> Peru"}},
		{"captives held by an actor are not that actor", `
Chile NNP 2 nsubj
freed VBD 0 root
hostages NNS 2 obj
held VBN 3 acl
by IN 6 case
Peru NNP 4 obl:agent
. . 2 punct`, nil},
		{"an event noun's object hung on its by-agent", `
The DT 2 det
visit NN 8 nsubj:pass
by IN 4 case
Chile NNP 2 nmod
to IN 6 case
Peru NNP 4 nmod
was VBD 8 aux:pass
praised VBN 0 root
. . 8 punct`, []string{"Chile -visits-> Peru"}},
		{"forces led by a people are that people's", `
Rebels NNS 2 nsubj
clashed VBD 0 root
with IN 5 case
Kurdish-led JJ 5 amod
forces NNS 2 obl
. . 2 punct`, []string{"rebels -attacks-> Kurds"}},
		{"a demonym before a named group only describes it", `
Kurdish JJ 3 amod
PKK NNP 3 compound
militants NNS 4 nsubj
attacked VBD 0 root
Turkish JJ 6 amod
soldiers NNS 4 obj
. . 4 punct`, []string{"Kurdistan Workers' Party -attacks-> Turkey (military)"}},
		{"coordinated demonyms share a group noun", `
Chilean JJ 4 amod
and CC 3 cc
Peruvian JJ 1 conj
troops NNS 5 nsubj
attacked VBD 0 root
Bolivia NNP 5 obj
. . 5 punct`, []string{"Chile (military) -attacks-> Bolivia", "Peru (military) -attacks-> Bolivia"}},
		{"a move after a clause is its subject's, welcomed and criticised", `
Chile NNP 2 nsubj
pledged VBD 0 root
to TO 4 mark
rearm VB 2 xcomp
, , 7 punct
a DT 7 det
move NN 2 obl
welcomed VBN 7 acl
by IN 10 case
Peru NNP 8 obl:agent
but CC 12 cc
criticised VBN 8 conj
by IN 14 case
Bolivia NNP 12 obl:agent
. . 2 punct`, []string{"Bolivia -criticizes-> Chile", "Peru -endorses-> Chile"}},
		{"a move that is no apposition names no clause's act", `
Chile NNP 2 nsubj
criticised VBD 0 root
the DT 4 det
move NN 2 obj
. . 2 punct`, nil},
		{"the title's own mention is no body of its holder", `
The DT 2 det
leader NN 10 nsubj:pass
of IN 4 case
Hamas NNP 2 nmod
in IN 6 case
Gaza NNP 2 nmod
, , 8 punct
Omar NNP 6 conj
Tala NNP 8 flat
was VBD 10 aux:pass
killed VBN 0 root
. . 10 punct`, []string{"Omar Tala -roleIn-> Hamas"}},
		{"a body in the title's of-phrase the title mention swallowed", `
Ana NNP 11 nsubj
Soto NNP 1 flat
, , 5 punct
the DT 5 det
president NN 1 appos
of IN 9 case
the DT 9 det
European NNP 9 amod
Commission NNP 5 nmod
, , 1 punct
arrived VBD 0 root
. . 11 punct`, []string{"Ana Soto -roleIn-> European Commission"}},
		{"an office named beside its holder is the holder", `
The DT 2 det
head NN 11 nsubj
of IN 5 case
the DT 5 det
IAEA NNP 2 nmod
, , 7 punct
Rafael NNP 5 conj
Grossi NNP 7 flat
, , 2 punct
then RB 11 advmod
visited VBD 0 root
Peru NNP 11 obj
. . 11 punct`, []string{"Rafael Grossi -roleIn-> IAEA", "Rafael Grossi -visits-> Peru"}},
		{"a name the dictionary lacks is a participant", `
Chile NNP 2 nsubj
freed VBD 0 root
Sir NNP 4 compound
Omar NNP 2 obj
Tala NNP 4 flat
. . 2 punct`, []string{"Chile -releases-> Omar Tala"}},
		{"an unknown name reporting is no participant", `
Omar NNP 3 nsubj
Tala NNP 1 flat
said VBD 0 root
Chile NNP 5 nsubj
attacked VBD 3 ccomp
Peru NNP 5 obj
. . 3 punct`, []string{"Chile -attacks-> Peru"}},
		{"another's act blocked did not happen", `
Chile NNP 2 nsubj
blocked VBD 0 root
Peruvian JJ 4 amod
aid NN 2 obj
to IN 6 case
Bolivia NNP 4 nmod
. . 2 punct`, []string{"Chile -rejects-> Peru", "Peru -aids-> Bolivia [negated]"}},
		{"a body's title right before a titled name is the name's office", `
Nato NNP 2 compound
Commander NNP 5 compound
Gen NNP 5 compound
Ana NNP 5 compound
Soto NNP 6 nsubj
visited VBD 0 root
Peru NNP 6 obj
. . 6 punct`, []string{"Ana Soto -roleIn-> NATO", "Ana Soto -visits-> Peru"}},
		{"a number's of-nominal with its conjuncts", `
Chilean JJ 2 amod
jets NNS 3 nsubj
killed VBD 0 root
six CD 3 obj
of IN 7 case
Peruvian JJ 7 amod
soldiers NNS 4 nmod
and CC 11 cc
a DT 11 det
Bolivian JJ 11 amod
general NN 7 conj
. . 3 punct`, []string{"Chile (military) -kills-> Bolivia (military)", "Chile (military) -kills-> Peru (military)"}},
		{"a spokesman for a body speaks for it", `
A DT 2 det
spokesman NN 7 nsubj
for IN 6 case
the DT 6 det
Peruvian JJ 6 amod
army NN 2 nmod
accused VBD 0 root
Chile NNP 7 obj
. . 7 punct`, []string{"Peru (military) -accuses-> Chile"}},
		{"'which X denies' after an accusation denies its accuser", `
Chile NNP 2 nsubj
accused VBD 0 root
Peru NNP 2 obj
of IN 5 mark
shelling VBG 2 advcl
, , 9 punct
which WDT 9 obj
Peru NNP 9 nsubj
denies VBZ 5 advcl
. . 2 punct`, []string{"Chile -accuses-> Peru {shelling}", "Peru -denies-> Chile"}},
		{"a coastguard stationed at a place with no agent", `
A DT 4 det
Chilean JJ 3 amod
coastguard NN 4 compound
detachment NN 7 nsubj:pass
has VBZ 7 aux
been VBN 7 aux:pass
stationed VBN 0 root
at IN 11 case
the DT 11 det
Peruvian JJ 11 amod
islands NNS 7 obl
. . 7 punct`, []string{"Chile (police) -deploys-> Peru"}},
		{"a purpose clause of a failed infinitive did not happen either", `
Chile NNP 2 nsubj
failed VBD 0 root
to TO 4 mark
fulfil VB 2 xcomp
the DT 6 det
contract NN 4 obj
to TO 8 mark
supply VB 4 advcl
Peru NNP 8 obj
with IN 11 case
arms NNS 8 obl
. . 2 punct`, []string{"Chile -aids-> Peru [negated]"}},
		{"no deals discussed between two sides", `
No DT 3 det
arms NNS 3 compound
deals NNS 5 nsubj:pass
were VBD 5 aux:pass
discussed VBN 0 root
between IN 7 case
Chile NNP 5 obl
and CC 9 cc
Peru NNP 7 conj
. . 5 punct`, nil},
		{"a warning aimed at no one answers the sentence's hostile act", `
Chilean JJ 2 amod
jets NNS 3 nsubj
bombed VBD 0 root
Peru NNP 3 obj
and CC 7 cc
Lima NNP 7 nsubj
warned VBD 3 conj
of IN 9 case
consequences NNS 7 obl
. . 3 punct`, []string{"Chile (military) -bombs-> Peru", "Peru -warns-> Chile (military)"}},
		{"declaring a diplomat persona non grata expels him", `
Chile NNP 2 nsubj
declared VBD 0 root
a DT 6 det
Peruvian JJ 5 amod
diplomat NN 6 compound
persona NN 2 obj
non AFX 8 advmod
grata NN 2 obl
. . 2 punct`, []string{"Chile -expels-> Peru (government)"}},
		{"approving a loan to a state aids it", `
The DT 3 det
World NNP 3 compound
Bank NNP 4 nsubj
approved VBD 0 root
a DT 6 det
loan NN 4 obj
to IN 8 case
Peru NNP 6 nmod
. . 4 punct`, []string{"World Bank -aids-> Peru"}},
		{"seizing a town takes territory", `
Rebels NNS 2 nsubj
seized VBD 0 root
the DT 4 det
city NN 2 obj
of IN 6 case
Goma NNP 4 nmod
. . 2 punct`, []string{"rebels -occupies-> Goma"}},
		{"seizing a flagged ship takes property", `
Rebels NNS 2 nsubj
seized VBD 0 root
a DT 5 det
Peruvian-flagged JJ 5 amod
tanker NN 2 obj
. . 2 punct`, []string{"rebels -coerces-> Peru"}},
		{"a plural apposition after the last conjunct describes them all", `
Chile NNP 10 nsubj
, , 3 punct
Peru NNP 1 conj
and CC 5 cc
Bolivia NNP 1 conj
, , 7 punct
members NNS 1 appos
of IN 9 case
Nato NNP 7 nmod
protested VBD 0 root
. . 10 punct`, []string{"Bolivia -memberOf-> NATO", "Chile -memberOf-> NATO", "Peru -memberOf-> NATO"}},
		{"ending a war with a state de-escalates", `
Chile NNP 2 nsubj
ended VBD 0 root
the DT 4 det
war NN 2 obj
with IN 6 case
Peru NNP 4 nmod
. . 2 punct`, []string{"Chile -attacks-> Peru [negated]", "Chile -deescalates-> Peru"}},
		{"a demonym coordinated with a two-word demonym shares its group noun", `
Chilean JJ 5 amod
and CC 5 cc
South NNP 4 compound
Korean NNP 5 compound
officials NNS 6 nsubj
met VBD 0 root
. . 6 punct`, []string{"Chile (government) -meets-> South Korea (government)", "South Korea (government) -meets-> Chile (government)"}},
		{"a capital an envoy meets in is no affiliation", `
Peru NNP 2 nsubj
met VBD 0 root
Chilean JJ 4 amod
envoy NN 2 obj
Ana NNP 4 appos
Soto NNP 5 flat
in IN 8 case
Lima NNP 4 nmod
. . 2 punct`, []string{"Ana Soto -roleIn-> Chile", "Peru -meets-> Ana Soto"}},
		{"designated a terrorist group in the passive", `
The DT 2 det
PKK NNP 5 nsubj:pass
has VBZ 5 aux
been VBN 5 aux:pass
designated VBN 0 root
a DT 8 det
terrorist JJ 8 amod
group NN 5 obj
by IN 10 case
Chile NNP 8 nmod
. . 5 punct`, []string{"Chile -opposes-> Kurdistan Workers' Party"}},
		{"a prefixed event noun names its last part's act", `
Chile NNP 2 nsubj
imposed VBD 0 root
counter-tariffs NNS 2 obj
on IN 6 case
Peruvian JJ 6 amod
goods NNS 3 nmod
. . 2 punct`, []string{"Chile -sanctions-> Peru"}},
		{"a symmetric noun's act between plural subjects", `
Chile NNP 4 nsubj
and CC 3 cc
Peru NNP 1 conj
agreed VBD 0 root
to TO 6 mark
expand VB 4 advcl
trade NN 8 compound
cooperation NN 6 obj
. . 4 punct`, []string{"Chile -agrees-> Peru", "Chile -cooperates-> Peru [planned]", "Peru -agrees-> Chile", "Peru -cooperates-> Chile [planned]"}},
		{"a threat held over a condition is aimed at its subject", `
Chile NNP 3 nsubj
has VBZ 3 aux
threatened VBN 0 root
retaliation NN 3 obj
if IN 7 mark
Peru NNP 7 nsubj
joins VBZ 3 advcl
Nato NNP 7 obj
. . 3 punct`, []string{"Chile -threatens-> Peru"}},
		{"a first demonym heading its coordinated group", `
Bolivia NNP 2 nsubj
hosted VBD 0 root
talks NNS 2 obj
between IN 5 case
Chilean NNP 3 nmod
and CC 8 cc
Peruvian JJ 8 amod
officials NNS 5 conj
. . 2 punct`, []string{"Bolivia -hosts-> Chile (government)", "Bolivia -hosts-> Peru (government)", "Chile (government) -meets-> Peru (government)"}},
		{"forces loyal to an actor stand for it", `
Chilean JJ 2 amod
troops NNS 3 nsubj
attacked VBD 0 root
forces NNS 3 obj
loyal JJ 4 amod
to IN 7 case
Hezbollah NNP 5 obl
. . 3 punct`, []string{"Chile (military) -attacks-> Hezbollah"}},
		{"an unknown name of an event is no actor", `
Chile NNP 2 nsubj
boycotted VBD 0 root
2026 CD 5 nummod
World NNP 5 compound
Cup NNP 2 obj
. . 2 punct`, nil},
		{"an unknown plural name is no person", `
Chile NNP 2 nsubj
boycotted VBD 0 root
Summer NNP 4 compound
Olympics NNPS 2 obj
. . 2 punct`, nil},
		{"who claims responsibility for an act did it", `
Rebels NNS 2 nsubj
claimed VBD 0 root
responsibility NN 2 obj
for IN 6 case
the DT 6 det
bombing NN 3 nmod
of IN 9 case
a DT 9 det
mosque NN 6 nmod
in IN 11 case
Lima NNP 9 nmod
. . 2 punct`, []string{"rebels -bombs-> Peru"}},
		{"the place of an oblique of what was hit", `
Rebels NNS 2 nsubj
abducted VBD 0 root
students NNS 2 obj
from IN 6 case
a DT 6 det
school NN 3 nmod
in IN 8 case
Peru NNP 6 nmod
. . 2 punct`, []string{"rebels -abducts-> Peru"}},
		{"filing a case against a state sues it", `
Chile NNP 2 nsubj
filed VBD 0 root
a DT 4 det
case NN 2 obj
against IN 6 case
Peru NNP 4 nmod
. . 2 punct`, []string{"Chile -sues-> Peru"}},
		{"a weapon stands for the place it was fired from", `
Chile NNP 2 nsubj
intercepted VBD 0 root
a DT 4 det
missile NN 2 obj
fired VBN 4 acl
from IN 7 case
Peru NNP 5 obl
. . 2 punct`, []string{"Chile -attacks-> Peru"}},
		{"ordering another actor to act demands it", `
The DT 2 det
ICJ NNP 3 nsubj
ordered VBD 0 root
Chile NNP 3 obj
to TO 6 mark
withdraw VB 3 xcomp
. . 3 punct`, []string{"International Court of Justice -demands-> Chile"}},
		{"ordering one's own troops is no demand: their act is the state's", `
Chile NNP 2 nsubj
ordered VBD 0 root
its PRP$ 4 nmod:poss
troops NNS 2 obj
to TO 6 mark
attack VB 2 xcomp
Peru NNP 6 obj
. . 2 punct`, []string{"Chile -attacks-> Peru"}},
		{"a noun that names an actor is no act between the subjects", `
Chile NNP 4 nsubj
and CC 3 cc
Peru NNP 1 conj
joined VBD 0 root
the DT 6 det
alliance NN 4 obj
. . 4 punct`, nil},
		{"an infinitive hung on an ordered object's noun is the object's act", `
Chile NNP 2 nsubj
ordered VBD 0 root
its PRP$ 4 nmod:poss
navy NN 2 obj
to TO 6 mark
work VB 4 acl
with IN 8 case
Peru NNP 6 obl
. . 2 punct`, []string{"Chile -cooperates-> Peru"}},
		{"bare police opening a sentence are the police of the state they act in", `
Police NNS 2 nsubj
arrested VBD 0 root
protesters NNS 2 obj
in IN 5 case
Lima NNP 3 nmod
. . 2 punct`, []string{"Peru (police) -arrests-> protesters"}},
		{"a force another keeps in a state is deployed there", `
Peru NNP 3 nsubj
has VBZ 3 aux
had VBN 0 root
a DT 7 det
Nato NNP 7 compound
peacekeeping NN 7 compound
force NN 3 obj
. . 3 punct`, []string{"NATO -deploys-> Peru"}},
		{"a base a state has in another is deployed there", `
Chile NNP 2 nsubj
has VBZ 0 root
a DT 5 det
naval JJ 5 amod
base NN 2 obj
in IN 7 case
Peru NNP 5 nmod
. . 2 punct`, []string{"Chile -deploys-> Peru"}},
		{"a state's own army is no deployment", `
Chile NNP 2 nsubj
has VBZ 0 root
a DT 5 det
strong JJ 5 amod
army NN 2 obj
. . 2 punct`, nil},
		{"territory controlled by a people is that people's", `
Chilean JJ 2 amod
forces NNS 3 nsubj
shelled VBD 0 root
Peruvian-controlled JJ 5 amod
territory NN 3 obj
. . 3 punct`, []string{"Chile (military) -attacks-> Peru"}},
		{"sides trading fire in a place fire on each other", `
Chile NNP 4 nsubj
and CC 3 cc
Peru NNP 1 conj
trade VBP 0 root
fire NN 4 obj
in IN 7 case
Tacna NNP 4 obl
. . 4 punct`, []string{"Chile -attacks-> Peru", "Peru -attacks-> Chile"}},
		{"a missile launched at a city attacks its state", `
Rebels NNS 2 nsubj
launched VBD 0 root
a DT 4 det
missile NN 2 obj
at IN 8 case
the DT 8 det
Peruvian JJ 8 amod
city NN 2 obl
. . 2 punct`, []string{"rebels -attacks-> Peru"}},
		{"a thing belonging to an actor stands for it", `
Chile NNP 2 nsubj
shelled VBD 0 root
a DT 4 det
depot NN 2 obj
belonging VBG 4 acl
to IN 7 case
Peru NNP 5 obl
. . 2 punct`, []string{"Chile -attacks-> Peru"}},
		{"areas held by an actor stand for it", `
Chile NNP 2 nsubj
shelled VBD 0 root
areas NNS 2 obj
held VBN 3 acl
by IN 6 case
Peru NNP 4 obl:agent
. . 2 punct`, []string{"Chile -attacks-> Peru"}},
		{"areas near an actor's place are not its", `
Chile NNP 2 nsubj
shelled VBD 0 root
areas NNS 2 obj
visited VBN 3 acl
by IN 6 case
Peru NNP 4 obl:agent
. . 2 punct`, nil},
		{"regarding an actor as a compound-noun terrorist group", `
Chile NNP 2 nsubj
considers VBZ 0 root
the DT 4 det
PKK NNP 2 obj
a DT 7 det
terrorist NN 7 compound
group NN 2 xcomp
. . 2 punct`, []string{"Chile -opposes-> Kurdistan Workers' Party"}},
		{"calling an actor a puppet criticises it", `
Chile NNP 2 nsubj
called VBD 0 root
Peru NNP 2 obj
a DT 5 det
puppet NN 2 xcomp
. . 2 punct`, []string{"Chile -criticizes-> Peru [reported]"}},
		{"calling an actor a neutral name criticises no one", `
Chile NNP 2 nsubj
called VBD 0 root
Peru NNP 2 obj
a DT 5 det
partner NN 2 xcomp
. . 2 punct`, nil},
		{"a demonym of two words is read whole", `
Peru NNP 2 nsubj
criticised VBD 0 root
two CD 6 nummod
Latin JJ 6 amod
American JJ 6 amod
countries NNS 2 obj
. . 2 punct`, nil},
		{"a two-word demonym of a state", `
Serbia NNP 2 nsubj
criticised VBD 0 root
the DT 6 det
North JJ 6 amod
Macedonian JJ 6 amod
decision NN 2 obj
. . 2 punct`, []string{"Serbia -criticizes-> North Macedonia"}},
		{"the jihadists, with no armed group named, are a collective", `
Chile NNP 2 nsubj
attacked VBD 0 root
the DT 4 det
jihadists NNS 2 obj
. . 2 punct`, []string{"Chile -attacks-> jihadists"}},
		{"a vow to crush is a threat", `
Chile NNP 2 nsubj
vowed VBD 0 root
to TO 4 mark
crush VB 2 xcomp
the DT 6 det
militants NNS 4 obj
. . 2 punct`, []string{"Chile -threatens-> militants"}},
		{"condemning an act of one actor on another is aimed at its agent", `
Chile NNP 2 nsubj
condemned VBD 0 root
the DT 4 det
execution NN 2 obj
of IN 7 case
the DT 7 det
activists NNS 4 nmod
by IN 9 case
Peru NNP 7 nmod
. . 2 punct`, []string{"Chile -criticizes-> Peru", "Peru -assaults-> activists"}},
		{"hours to leave: an expulsion", `
Chile NNP 2 nsubj
gave VBD 0 root
Peruvian JJ 4 amod
diplomats NNS 2 obj
48 CD 6 nummod
hours NNS 4 obj
to TO 8 mark
leave VB 4 acl
. . 2 punct`, []string{"Chile -expels-> Peru (government)"}},
		{"part of a deal with an actor is no membership", `
Chile NNP 2 nsubj
freed VBD 0 root
prisoners NNS 2 obj
as IN 5 case
part NN 2 obl
of IN 8 case
a DT 8 det
deal NN 5 nmod
with IN 10 case
Peru NNP 8 nmod
. . 2 punct`, nil},
		{"the owner of a decision does its to-infinitive", `
Chile NNP 3 nmod:poss
's POS 1 case
decision NN 0 root
to TO 5 mark
expel VB 3 acl
the DT 8 det
Peruvian JJ 8 amod
envoy NN 5 obj
. . 3 punct`, []string{"Chile -expels-> Peru"}},
		{"a plan's act is planned, a refusal's not done", `
Chile NNP 3 nmod:poss
's POS 1 case
refusal NN 7 nsubj
to TO 5 mark
condemn VB 3 acl
Peru NNP 5 obj
drew VBD 0 root
criticism NN 7 obj
. . 7 punct`, []string{"Chile -criticizes-> Peru [negated]"}},
		{"suspended from a body: the body's act", `
Mali NNP 3 nsubj:pass
was VBD 3 aux:pass
suspended VBN 0 root
from IN 7 case
the DT 7 det
African NNP 7 compound
Union NNP 3 obl
. . 3 punct`, []string{"African Union -suspends-> Mali"}},
		{"a protest over an actor's act", `
Chile NNP 2 nsubj
filed VBD 0 root
a DT 5 det
diplomatic JJ 5 amod
protest NN 2 obj
over IN 8 case
the DT 8 det
presence NN 5 nmod
of IN 11 case
Peruvian JJ 11 amod
vessels NNS 8 nmod
. . 2 punct`, []string{"Chile -complains-> Peru"}},
		{"a relative is not the possessor", `
Peru NNP 5 nsubj
and CC 4 cc
his PRP$ 4 nmod:poss
son NN 1 conj
travelled VBD 0 root
to IN 7 case
Chile NNP 5 obl
. . 5 punct`, []string{"Peru -visits-> Chile"}},
		{"a curly n't negates", `
Chile NNP 4 nsubj
does VBZ 4 aux
n’t RB 4 advmod
want VB 0 root
Peru NNP 4 obj
to TO 7 mark
attack VB 4 xcomp
. . 4 punct`, []string{"Chile -demands-> Peru [negated]"}},
		{"the city a summit is held in is no party to it", `
The DT 4 det
Nato NNP 4 compound
Istanbul NNP 4 compound
summit NN 5 nsubj
praised VBD 0 root
Peru NNP 5 obj
. . 5 punct`, []string{"NATO -endorses-> Peru"}},
		{"winning a match is no attack", `
Chile NNP 2 nsubj
defeated VBD 0 root
Peru NNP 2 obj
2 CD 2 obl
- - 6 punct
0 CD 4 nmod
. . 2 punct`, nil},
		{"defeating an armed group is", `
Chile NNP 2 nsubj
defeated VBD 0 root
the DT 4 det
ELN NNP 2 obj
. . 2 punct`, []string{"Chile -attacks-> ELN"}},
		{"a weapon aimed at a thing in a state: the state is attacked", `
Chile NNP 2 nsubj
fired VBD 0 root
rounds NNS 2 obj
aimed VBN 3 acl
at IN 7 case
a DT 7 det
post NN 4 obl
in IN 9 case
Peru NNP 7 nmod
. . 2 punct`, []string{"Chile -attacks-> Peru"}},
		{"officials in a capital are that state's", `
Officials NNS 4 nsubj
in IN 3 case
Lima NNP 1 nmod
blamed VBD 0 root
the DT 6 det
ELN NNP 4 obj
. . 4 punct`, []string{"Peru (government) -accuses-> ELN"}},
		{"the foreign ministry in a capital is that state's", `
The DT 3 det
foreign JJ 3 amod
ministry NN 6 nsubj
in IN 5 case
Lima NNP 3 nmod
criticised VBD 0 root
Chile NNP 6 obj
. . 6 punct`, []string{"Peru (government) -criticizes-> Chile"}},
		{"a person sent somewhere is not deployed", `
The DT 2 det
court NN 5 nsubj
in IN 4 case
Lima NNP 2 nmod
sent VBD 0 root
Ana NNP 8 compound
Vega NNP 6 flat
home NN 5 obj
to IN 10 case
Chile NNP 8 nmod
. . 5 punct`, nil},
		{"a date is no call on anyone", `
Chile NNP 2 nsubj
called VBD 0 root
Peru NNP 2 obj
a DT 5 det
bully NN 2 xcomp
on IN 7 case
Monday NNP 2 obl
. . 2 punct`, []string{"Chile -criticizes-> Peru [reported]"}},
		{"an act described as piracy condemns its agent", `
Chile NNP 2 nsubj
described VBD 0 root
the DT 5 det
Peruvian JJ 5 amod
seizure NN 2 obj
of IN 8 case
the DT 8 det
ship NN 5 nmod
as IN 10 case
piracy NN 2 obl
. . 2 punct`, []string{"Chile -criticizes-> Peru [reported]"}},
		{"fire opened on a vehicle carrying people of a state", `
Gunmen NNS 2 nsubj
opened VBD 0 root
fire NN 2 obj
on IN 6 case
a DT 6 det
bus NN 2 obl
carrying VBG 6 acl
Peruvian JJ 9 amod
engineers NNS 7 obj
. . 2 punct`, []string{"Gunmen -attacks-> Peru"}},
		{"a place does nothing", `
The DT 3 det
Baltic NNP 3 compound
Sea NNP 4 nsubj
urged VBD 0 root
Chile NNP 4 obj
. . 4 punct`, nil},
		{"opposing an act is not aimed at those it is done to", `
Chile NNP 2 nsubj
opposed VBD 0 root
the DT 4 det
return NN 2 obj
of IN 6 case
refugees NNS 4 nmod
to IN 8 case
Peru NNP 4 nmod
. . 2 punct`, nil},
		{"a two-word demonym of a community names its state", `
The DT 4 det
Greek JJ 4 amod
Cypriot NNP 4 amod
government NN 5 nsubj
criticised VBD 0 root
Turkey NNP 5 obj
. . 5 punct`, []string{"Cyprus (government) -criticizes-> Turkey"}},
		{"a ceasefire called for has not happened", `
Chile NNP 2 nsubj
called VBD 0 root
for IN 5 case
a DT 5 det
ceasefire NN 2 obl
between IN 7 case
Peru NNP 5 nmod
and CC 9 cc
Bolivia NNP 7 conj
. . 2 punct`, []string{"Chile -appeals-> Bolivia", "Chile -appeals-> Peru", "Peru -declaresCeasefire-> Bolivia [negated]"}},
		{"an event named after a city is no body", `
Chile NNP 2 nsubj
boycotted VBD 0 root
the DT 6 det
Lima NNP 6 compound
Winter NNP 6 compound
Olympics NNPS 2 obj
. . 2 punct`, []string{"Chile -sanctions-> Peru"}},
		{"giving an update is no aid", `
Chile NNP 2 nsubj
gave VBD 0 root
Peru NNP 2 iobj
an DT 5 det
update NN 2 obj
. . 2 punct`, nil},
		{"giving weapons is", `
Chile NNP 2 nsubj
gave VBD 0 root
weapons NNS 2 obj
to IN 5 case
Peru NNP 2 obl
. . 2 punct`, []string{"Chile -aids-> Peru"}},
		{"an amount of aid given", `
Chile NNP 2 nsubj
gave VBD 0 root
$ $ 2 obj
1bn CD 3 nummod
in IN 6 case
aid NN 3 nmod
to IN 8 case
Peru NNP 6 nmod
. . 2 punct`, []string{"Chile -aids-> Peru"}},
		{"an act responded to was aimed at the responder", `
The DT 3 det
Chilean JJ 3 amod
army NN 5 nsubj
had VBD 5 aux
responded VBN 0 root
to IN 8 case
an DT 8 det
incursion NN 5 obl
by IN 11 case
Peruvian JJ 11 amod
forces NNS 8 nmod
. . 5 punct`, []string{"Peru (military) -attacks-> Chile (military)"}},
		{"a claim the accused rejected, read as an oblique", `
Chile NNP 2 nsubj
accused VBD 0 root
Peru NNP 2 obj
of IN 5 mark
shelling VBG 3 acl
, , 10 punct
a DT 8 det
claim NN 10 obl
Lima NNP 10 nsubj
rejected VBD 2 xcomp
. . 2 punct`, []string{"Chile -accuses-> Peru {shelling}", "Peru -rejects-> Chile"}},
		{"weapons sent to a state are aid, troops a deployment", `
Chile NNP 2 nsubj
sent VBD 0 root
drones NNS 2 obj
to IN 5 case
Peru NNP 2 obl
and CC 7 cc
troops NNS 2 conj
. . 2 punct`, []string{"Chile -aids-> Peru"}},
		{"in talks with: the copular subject takes part", `
Chile NNP 4 nsubj
is VBZ 4 cop
in IN 4 case
talks NNS 0 root
with IN 6 case
Peru NNP 4 nmod
about IN 8 mark
signing VBG 4 advcl
a DT 10 det
deal NN 8 obj
with IN 12 case
Bolivia NNP 10 nmod
. . 4 punct`, []string{"Chile -meets-> Peru", "Chile -signsAgreement-> Bolivia [hedged]"}},
		{"a state's own army acting on the state is a misreading", `
Peruvian JJ 2 amod
troops NNS 3 nsubj
attacked VBD 0 root
Peru NNP 3 obj
. . 3 punct`, nil},
		{"a month to leave: an expulsion", `
Chile NNP 2 nsubj
gave VBD 0 root
Peruvian JJ 4 amod
troops NNS 2 obj
a DT 6 det
month NN 2 obl:unmarked
to TO 8 mark
leave VB 6 acl
. . 2 punct`, []string{"Chile -expels-> Peru (military)"}},
		{"meeting demands is yielding, not a meeting", `
Chile NNP 3 nsubj
would MD 3 aux
meet VB 0 root
Peru NNP 6 nmod:poss
's POS 4 case
demands NNS 3 obj
. . 3 punct`, []string{"Chile -yields-> Peru [hedged]"}},
		{"a claim denied with 'which' is no denial of the noun before it", `
Chile NNP 2 nsubj
accuses VBZ 0 root
Peru NNP 2 obj
of IN 5 mark
targeting VBG 2 advcl
civilians NNS 5 obj
, , 10 punct
which WDT 10 obj
Lima NNP 10 nsubj
denies VBZ 6 conj
. . 2 punct`, []string{"Chile -accuses-> Peru {targeting civilians}", "Peru -denies-> Chile"}},
		{"a predicate nominal hung on the object", `
Chile NNP 2 nsubj
called VBD 0 root
the DT 4 det
arrests NNS 2 obj
a DT 6 det
provocation NN 4 obj
by IN 8 case
Peru NNP 6 nmod
. . 2 punct`, []string{"Chile -criticizes-> Peru [reported]"}},
		{"a title of one state is no apposition of another's official", `
Met VBN 7 advcl
the DT 4 det
Peruvian JJ 4 amod
president NN 1 obj
, , 6 punct
Blinken NNP 4 conj
travelled VBD 0 root
. . 7 punct`, nil},
		{"a subject pronoun of a time clause is the main clause's subject", `
Chilean JJ 2 amod
rulers NNS 3 nsubj
expelled VBD 0 root
Peruvian JJ 5 amod
troops NNS 3 obj
, , 7 punct
days NNS 3 parataxis
after IN 10 mark
they PRP 10 nsubj
criticised VBD 7 advcl
Bolivia NNP 10 obj
. . 3 punct`, []string{"Chile -criticizes-> Bolivia", "Chile -expels-> Peru (military)"}},
		{"standing with an actor is a stance", `
Chile NNP 2 nsubj
stood VBD 0 root
with IN 4 case
Peru NNP 2 obl
. . 2 punct`, []string{"Chile -supports-> Peru"}},
		{"yet to respond: not done", `
Chile NNP 2 nsubj
has VBZ 0 root
yet RB 2 advmod
to TO 5 mark
criticise VB 2 xcomp
Peru NNP 5 obj
. . 2 punct`, []string{"Chile -criticizes-> Peru [negated]"}},
		{"stopped short of accusing: not done", `
Chile NNP 2 nsubj
stopped VBD 0 root
short JJ 2 xcomp
of IN 5 mark
accusing VBG 3 advcl
Peru NNP 5 obj
. . 2 punct`, []string{"Chile -accuses-> Peru [negated]"}},
		{"hit by an attack: the attack's target", `
A DT 3 det
Peruvian JJ 3 amod
village NN 5 nsubj:pass
was VBD 5 aux:pass
hit VBN 0 root
by IN 9 case
a DT 9 det
Chilean JJ 9 amod
strike NN 5 obl:agent
. . 5 punct`, []string{"Chile -bombs-> Peru"}},
		{"a staff noun before a name is a title", `
European NNP 2 compound
Commission NNP 5 compound
official NN 5 compound
Ana NNP 5 compound
Vega NNP 6 nsubj
criticised VBD 0 root
Poland NNP 6 obj
. . 6 punct`, []string{"Ana Vega -criticizes-> Poland", "Ana Vega -roleIn-> European Commission"}},
		{"pirates of a nationality are no state", `
Peruvian JJ 2 amod
pirates NNS 3 nsubj
hijacked VBD 0 root
a DT 6 det
Chilean JJ 6 amod
vessel NN 3 obj
. . 3 punct`, []string{"Peruvian pirates -abducts-> Chile"}},
		{"a meeting that is planned has not happened", `
A DT 2 det
meeting NN 8 nsubj:pass
between IN 4 case
Chile NNP 2 nmod
and CC 6 cc
Peru NNP 4 conj
is VBZ 8 aux:pass
planned VBN 0 root
. . 8 punct`, []string{"Chile -meets-> Peru [planned]"}},
		{"weapons provided: military aid", `
Chile NNP 2 nsubj
provided VBD 0 root
weapons NNS 2 obj
to IN 6 case
the DT 6 det
ELN NNP 2 obl
. . 2 punct`, []string{"Chile -aids-> ELN"}},
		{"a participle after a comma hung inside an object phrase is the main clause's", `
Chile NNP 2 nsubj
blocked VBD 0 root
Peru NNP 5 nmod:poss
's POS 3 case
bid NN 2 obj
to TO 7 mark
join VB 5 acl
Mercosur NNP 7 obj
, , 10 punct
accusing VBG 7 advcl
Lima NNP 10 obj
of IN 13 mark
lying VBG 10 advcl
. . 2 punct`, []string{"Chile -accuses-> Peru {lying}", "Chile -rejects-> Peru"}},
		{"officials from two sides are both", `
Officials NNS 7 nsubj
from IN 4 case
the DT 4 det
US NNP 1 nmod
and CC 6 cc
Peru NNP 4 conj
held VBD 0 root
talks NNS 7 obj
. . 7 punct`, []string{"Peru -meets-> United States", "United States -meets-> Peru"}},
		{"weapons received from a state are its aid", `
Peru NNP 2 nsubj
received VBD 0 root
weapons NNS 2 obj
from IN 5 case
Chile NNP 2 obl
. . 2 punct`, []string{"Chile -aids-> Peru"}},
		{"deliveries halted did not happen", `
Chile NNP 2 nsubj
halted VBD 0 root
weapons NNS 4 compound
deliveries NNS 2 obj
to IN 6 case
Peru NNP 4 nmod
. . 2 punct`, []string{"Chile -aids-> Peru [negated]"}},
		{"concern expressed over an actor's act criticises it", `
Chile NNP 2 nsubj
expressed VBD 0 root
concern NN 2 obj
over IN 8 case
Peru NNP 8 nmod:poss
's POS 5 case
military JJ 8 amod
activities NNS 3 nmod
. . 2 punct`, []string{"Chile -criticizes-> Peru"}},
		{"fighting alongside is military cooperation", `
Peruvian JJ 2 amod
troops NNS 3 nsubj
fought VBD 0 root
alongside IN 6 case
the DT 6 det
ELN NNP 3 obl
. . 3 punct`, []string{"Peru (military) -coordinates-> ELN"}},
		{"diplomats shuttling between two sides mediate", `
Chilean JJ 2 amod
diplomats NNS 3 nsubj
shuttled VBD 0 root
between IN 5 case
Peru NNP 3 obl
and CC 7 cc
Bolivia NNP 5 conj
. . 3 punct`, []string{"Chile (government) -mediates-> Bolivia", "Chile (government) -mediates-> Peru"}},
		{"sanctions reimposed", `
Chile NNP 2 nsubj
reimposed VBD 0 root
sanctions NNS 2 obj
on IN 5 case
Peru NNP 3 nmod
. . 2 punct`, []string{"Chile -sanctions-> Peru"}},
		{"people on the move pay no visit", `
Thousands NNS 4 nsubj
of IN 3 case
migrants NNS 1 nmod
travelled VBD 0 root
to IN 6 case
Greece NNP 4 obl
. . 4 punct`, nil},
		{"a threat to cut off trade with an actor", `
Chile NNP 2 nsubj
threatened VBD 0 root
to TO 4 mark
cut VB 2 xcomp
off RP 4 compound:prt
trade NN 4 obj
with IN 8 case
Peru NNP 4 obl
. . 2 punct`, []string{"Chile -threatens-> Peru"}},
		{"water cannon used against a ship", `
Chilean JJ 3 amod
coastguard NN 3 compound
vessels NNS 4 nsubj
used VBD 0 root
water NN 6 compound
cannon NN 4 obj
against IN 10 case
a DT 10 det
Peruvian JJ 10 amod
boat NN 4 obl
. . 4 punct`, []string{"Chile (police) -coerces-> Peru"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := parsed(t, x, c.conll)
			fs := x.x.Extract("t", "", []nlp.Sentence{s})
			var got []string
			for _, f := range fs {
				got = append(got, factLine(f))
			}
			sort.Strings(got)
			want := append([]string(nil), c.want...)
			sort.Strings(want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s\n got:\n  %s\nwant:\n  %s", s.Text, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
			}
		})
	}
}

// Sentences read in order through the article: an organisation introduced
// with its acronym is known by it later, an office holder of a named body
// stands for the body, and a qualified post is not another post.
func TestTreeArticleContext(t *testing.T) {
	x := newExtractor(t)
	sents := []nlp.Sentence{parsed(t, x, `
The DT 5 det
Western NNP 5 amod
Sahara NNP 5 compound
Liberation NNP 5 compound
Front NNP 9 nsubj
( -LRB- 7 punct
WSLF NNP 5 appos
) -RRB- 7 punct
attacked VBD 0 root
Morocco NNP 9 obj
. . 9 punct`), parsed(t, x, `
Algeria NNP 2 nsubj
criticised VBD 0 root
the DT 4 det
WSLF NNP 2 obj
. . 2 punct`), parsed(t, x, `
Chile NNP 3 nmod:poss
's POS 1 case
Foreign NNP 4 compound
Minister NNP 5 compound
Ana NNP 7 nsubj
Soto NNP 5 flat
met VBD 0 root
the DT 9 det
head NN 7 obj
of IN 13 case
the DT 13 det
African NNP 13 amod
Union NNP 9 nmod
. . 7 punct`), parsed(t, x, `
Chile NNP 4 nmod:poss
's POS 1 case
Energy NNP 4 compound
Minister NNP 10 nsubj
, , 6 punct
Luis NNP 4 appos
Vega NNP 6 flat
, , 4 punct
also RB 10 advmod
spoke VBD 0 root
. . 10 punct`)}
	for i := range sents {
		sents[i].Index = i
	}
	var got []string
	for _, f := range x.x.Extract("t", "", sents) {
		got = append(got, factLine(f))
	}
	sort.Strings(got)
	want := []string{
		"Algeria -criticizes-> Western Sahara Liberation Front",
		"Ana Soto -meets-> African Union",
		"Ana Soto -roleIn-> Chile",
		"Luis Vega -roleIn-> Chile",
		"Western Sahara Liberation Front -attacks-> Morocco",
	}
	sameFacts(t, got, want)
}

// An office named without a state is the article's home country's when
// its holder is introduced by full name; a surname alone refers to someone
// introduced elsewhere.
func TestTreeHomeCountry(t *testing.T) {
	x := newExtractor(t)
	sents := []nlp.Sentence{parsed(t, x, `
Chile NNP 2 nsubj
expels VBZ 0 root
Peruvian JJ 4 amod
diplomats NNS 2 obj`), parsed(t, x, `
Interior NNP 2 compound
Minister NNP 3 compound
Luis NNP 5 nsubj
Vega NNP 3 flat
spoke VBD 0 root
. . 5 punct`), parsed(t, x, `
President NNP 2 compound
Soto NNP 3 nsubj
spoke VBD 0 root
. . 3 punct`), parsed(t, x, `
Foreign NNP 2 compound
Minister NNP 3 compound
Rosa NNP 5 nsubj
Paz NNP 3 flat
visited VBD 0 root
Chile NNP 5 obj
. . 5 punct`)}
	sents[0].Headline = true
	for i := range sents {
		sents[i].Index = i
	}
	var got []string
	for _, f := range x.x.Extract("t", "", sents) {
		if f.Predicate == "roleIn" {
			got = append(got, factLine(f))
		}
	}
	// Rosa Paz visits Chile: the state she goes to is not hers.
	want := []string{"Luis Vega -roleIn-> Chile"}
	sameFacts(t, got, want)
}

// An honorific tells a person's gender, and "she" does not pick up a man
// even when he was the last subject.
func TestTreeGender(t *testing.T) {
	x := newExtractor(t)
	sents := []nlp.Sentence{parsed(t, x, `
Foreign NNP 2 compound
Minister NNP 3 compound
Luis NNP 5 nsubj
Vega NNP 3 flat
met VBD 0 root
Interior NNP 7 compound
Minister NNP 8 compound
Ana NNP 5 obj
Soto NNP 8 flat
. . 5 punct`), parsed(t, x, `
Mr NNP 2 compound
Vega NNP 3 nsubj
spoke VBD 0 root
to IN 6 case
Mrs NNP 6 compound
Soto NNP 3 obl
. . 3 punct`), parsed(t, x, `
She PRP 2 nsubj
praised VBD 0 root
Peru NNP 2 obj
. . 2 punct`)}
	for i := range sents {
		sents[i].Index = i
	}
	var got []string
	for _, f := range x.x.Extract("t", "", sents) {
		if f.Object.Name == "Peru" && f.Predicate != "roleIn" {
			got = append(got, factLine(f))
		}
	}
	want := []string{"Ana Soto -endorses-> Peru"}
	sameFacts(t, got, want)
}

// A denial of "the accusation" answers the last accusation against the
// denier, a sentence earlier (the rebuttals pass).
func TestTreeRebuttal(t *testing.T) {
	x := newExtractor(t)
	first := parsed(t, x, `
The DT 2 det
UN NNP 3 nsubj
accused VBD 0 root
Chile NNP 3 obj
. . 3 punct`)
	second := parsed(t, x, `
Chile NNP 2 nsubj
rejected VBD 0 root
the DT 4 det
accusation NN 2 obj
. . 2 punct`)
	second.Index = 1
	var got []string
	for _, f := range x.x.Extract("t", "", []nlp.Sentence{first, second}) {
		got = append(got, factLine(f))
	}
	sort.Strings(got)
	want := []string{"Chile -rejects-> United Nations", "United Nations -accuses-> Chile"}
	sameFacts(t, got, want)
}

// A subject pronoun does not mean an actor its own clause names, and a
// plural they after a coordination of states means that group.
func TestTreePluralThey(t *testing.T) {
	x := newExtractor(t)
	sents := []nlp.Sentence{parsed(t, x, `
Chile NNP 2 nsubj
rejected VBD 0 root
the DT 4 det
demands NNS 2 obj
of IN 6 case
Peru NNP 4 nmod
and CC 8 cc
Bolivia NNP 6 conj
. . 2 punct`), parsed(t, x, `
They PRP 2 nsubj
accuse VBP 0 root
Chile NNP 2 obj
of IN 5 mark
arming VBG 2 advcl
rebels NNS 5 obj
. . 2 punct`)}
	for i := range sents {
		sents[i].Index = i
	}
	var got []string
	for _, f := range x.x.Extract("t", "", sents) {
		if f.Predicate == "accuses" {
			got = append(got, factLine(f))
		}
	}
	sort.Strings(got)
	want := []string{"Bolivia -accuses-> Chile {arming rebels}", "Peru -accuses-> Chile {arming rebels}"}
	sameFacts(t, got, want)
}

// A passive subject pronoun carries on the previous sentence's subject, not
// the actor named last.
func TestTreePassivePronoun(t *testing.T) {
	x := newExtractor(t)
	sents := []nlp.Sentence{parsed(t, x, `
Ecuador NNP 2 nsubj
broke VBD 0 root
away RB 2 advmod
from IN 5 case
Peru NNP 2 obl
. . 2 punct`), parsed(t, x, `
It PRP 3 nsubj:pass
is VBZ 3 aux:pass
recognised VBN 0 root
by IN 5 case
Chile NNP 3 obl:agent
. . 3 punct`)}
	for i := range sents {
		sents[i].Index = i
	}
	var got []string
	for _, f := range x.x.Extract("t", "", sents) {
		got = append(got, factLine(f))
	}
	sort.Strings(got)
	want := "Chile -endorses-> Ecuador"
	if !slices.Contains(got, want) || slices.Contains(got, "Chile -endorses-> Peru") {
		t.Errorf("got\n  %s\nwant %s, not Peru", strings.Join(got, "\n  "), want)
	}
}

// A definite plural description of states refers back to the last group of
// states named; a number must match its size, and a relative clause makes
// it no anaphor.
func TestTreePluralDescription(t *testing.T) {
	x := newExtractor(t)
	sents := []nlp.Sentence{parsed(t, x, `
Chile NNP 4 nsubj
and CC 3 cc
Peru NNP 1 conj
sanctioned VBD 0 root
Bolivia NNP 4 obj
. . 4 punct`), parsed(t, x, `
The DT 3 det
two CD 3 nummod
countries NNS 4 nsubj
accuse VBP 0 root
Ecuador NNP 4 obj
. . 4 punct`), parsed(t, x, `
The DT 3 det
three CD 3 nummod
countries NNS 4 nsubj
criticised VBD 0 root
Ecuador NNP 4 obj
. . 4 punct`)}
	for i := range sents {
		sents[i].Index = i
	}
	var got []string
	for _, f := range x.x.Extract("t", "", sents) {
		if f.Object.Name == "Ecuador" {
			got = append(got, factLine(f))
		}
	}
	sort.Strings(got)
	want := []string{"Chile -accuses-> Ecuador", "Peru -accuses-> Ecuador"}
	sameFacts(t, got, want)
}

// A state's name before a post ("the Peru foreign minister") is an office of
// that state, and refers back to its holder.
func TestTreeNamedStateTitle(t *testing.T) {
	x := newExtractor(t)
	sents := []nlp.Sentence{parsed(t, x, `
Peru NNP 3 nmod:poss
's POS 1 case
Foreign NNP 4 compound
Minister NNP 7 nsubj
Ana NNP 4 flat
Soto NNP 4 flat
arrived VBD 0 root
. . 7 punct`), parsed(t, x, `
The DT 4 det
Peru NNP 4 compound
foreign JJ 4 amod
minister NN 5 nsubj
criticised VBD 0 root
Chile NNP 5 obj
. . 5 punct`)}
	for i := range sents {
		sents[i].Index = i
	}
	var got []string
	for _, f := range x.x.Extract("t", "", sents) {
		if f.Predicate == "criticizes" {
			got = append(got, factLine(f))
		}
	}
	want := []string{"Ana Soto -criticizes-> Chile"}
	sameFacts(t, got, want)
}

// A name written family name first ("Kim Soo-jin") is referred to by its
// first word after an honorific.
func TestTreeFamilyNameFirst(t *testing.T) {
	x := newExtractor(t)
	sents := []nlp.Sentence{parsed(t, x, `
Chile NNP 2 nsubj
welcomed VBD 0 root
President NNP 4 compound
Kim NNP 2 obj
Soo-jin NNP 4 flat
. . 2 punct`), parsed(t, x, `
Ms NNP 2 compound
Kim NNP 3 nsubj
criticised VBD 0 root
Peru NNP 3 obj
. . 3 punct`)}
	for i := range sents {
		sents[i].Index = i
	}
	var got []string
	for _, f := range x.x.Extract("t", "", sents) {
		if f.Predicate == "criticizes" {
			got = append(got, factLine(f))
		}
	}
	want := []string{"Kim Soo-jin -criticizes-> Peru"}
	sameFacts(t, got, want)
}

// A state description nothing in the last sentences resolves means the
// article's home country (the first state it names).
func TestTreeHomeDescription(t *testing.T) {
	x := newExtractor(t)
	sents := []nlp.Sentence{parsed(t, x, `
Chile NNP 2 nsubj
voted VBD 0 root
. . 2 punct`), parsed(t, x, `
Markets NNS 2 nsubj
rose VBD 0 root
. . 2 punct`), parsed(t, x, `
Prices NNS 2 nsubj
fell VBD 0 root
. . 2 punct`), parsed(t, x, `
Trade NN 2 nsubj
slowed VBD 0 root
. . 2 punct`), parsed(t, x, `
The DT 2 det
UN NNP 3 nsubj
praised VBD 0 root
the DT 5 det
government NN 3 obj
. . 3 punct`)}
	for i := range sents {
		sents[i].Index = i
	}
	var got []string
	for _, f := range x.x.Extract("t", "", sents) {
		got = append(got, factLine(f))
	}
	want := []string{"United Nations -endorses-> Chile (government)"}
	sameFacts(t, got, want)
}

// Condemning "the bombing" means condemning whoever the article last said
// used force; a claim denied is left to the rebuttals.
func TestTreeEventAntecedent(t *testing.T) {
	x := newExtractor(t)
	sents := []nlp.Sentence{parsed(t, x, `
Chile NNP 2 nsubj
bombed VBD 0 root
Peru NNP 2 obj
. . 2 punct`), parsed(t, x, `
Bolivia NNP 2 nsubj
condemned VBD 0 root
the DT 4 det
bombing NN 2 obj
. . 2 punct`)}
	for i := range sents {
		sents[i].Index = i
	}
	var got []string
	for _, f := range x.x.Extract("t", "", sents) {
		got = append(got, factLine(f))
	}
	sort.Strings(got)
	want := []string{"Bolivia -criticizes-> Chile", "Chile -bombs-> Peru"}
	sameFacts(t, got, want)
}

// "according to X" makes X the source even when the dictionary does not
// know it.
func TestTreeAccordingToUnknownSource(t *testing.T) {
	x := newExtractor(t)
	s := parsed(t, x, `
Chile NNP 2 nsubj
shelled VBD 0 root
Peru NNP 2 obj
, , 6 punct
according VBG 6 case
to IN 5 fixed
the DT 9 det
Andean NNP 9 compound
Herald NNP 2 obl
. . 2 punct`)
	fs := x.x.Extract("t", "", []nlp.Sentence{s})
	if len(fs) != 1 || fs[0].Speaker == nil || fs[0].Speaker.Name != "Andean Herald" || fs[0].Modality != fact.Reported {
		t.Fatalf("got %+v, want one fact reported by Andean Herald", fs)
	}
}

// "Serbia's prime minister said he would": the pronoun is the official of
// its own sentence (coded as the state, the article naming no one), not the
// previous sentence's subject.
func TestTreeUnnamedOfficialPronoun(t *testing.T) {
	x := newExtractor(t)
	sents := []nlp.Sentence{parsed(t, x, `
President NNP 2 nmod:desc
Tabaré NNP 3 nsubj
Vázquez NNP 2 flat
visited VBD 0 root
Chile NNP 4 obj
. . 4 punct`), parsed(t, x, `
Peru NNP 4 nmod:poss
's POS 1 case
foreign JJ 4 amod
minister NN 5 nsubj
said VBD 0 root
he PRP 9 nsubj
would MD 9 aux
not RB 9 advmod
meet VB 5 ccomp
Bolivia NNP 9 obj
. . 5 punct`)}
	got := articleFacts(x, sents)
	want := "Peru -meets-> Bolivia [negated] [hedged]"
	if !slices.Contains(got, want) {
		t.Errorf("got\n  %s\nwant %s", strings.Join(got, "\n  "), want)
	}
	for _, g := range got {
		if strings.HasPrefix(g, "Tabaré") && strings.Contains(g, "Bolivia") {
			t.Errorf("the pronoun took the previous sentence's subject: %s", g)
		}
	}
}

// "the two countries" after two people of different states, with no pair of
// states in the sentence, are those people's states.
func TestTreeTwoCountriesOfPeople(t *testing.T) {
	x := newExtractor(t)
	s := parsed(t, x, `
After IN 2 mark
meeting VBG 7 advcl
Emmanuel NNP 2 obj
Macron NNP 3 flat
, , 2 punct
Scholz NNP 7 nsubj
said VBD 0 root
the DT 10 det
two CD 10 nummod
countries NNS 12 nsubj
would MD 12 aux
cooperate VB 7 ccomp
. . 7 punct`)
	var got []string
	for _, f := range x.x.Extract("t", "", []nlp.Sentence{s}) {
		if f.Predicate == "cooperates" {
			got = append(got, factLine(f))
		}
	}
	sort.Strings(got)
	want := "France -cooperates-> Germany [hedged]\nGermany -cooperates-> France [hedged]"
	if strings.Join(got, "\n") != want {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), want)
	}
}

// "both countries" are the last two states, not an organisation of the
// sentence.
func TestTreeBothCountries(t *testing.T) {
	x := newExtractor(t)
	sents := []nlp.Sentence{parsed(t, x, `
Chile NNP 2 nsubj
expelled VBD 0 root
Peruvian JJ 4 amod
diplomats NNS 2 obj
. . 2 punct`), parsed(t, x, `
ASEAN NNP 2 nsubj
urged VBD 0 root
both DT 4 det
countries NNS 2 obj
to TO 6 mark
talk VB 2 xcomp
. . 2 punct`)}
	var got []string
	for _, l := range articleFacts(x, sents) {
		if strings.Contains(l, " -appeals-> ") {
			got = append(got, l)
		}
	}
	want := "ASEAN -appeals-> Chile\nASEAN -appeals-> Peru"
	if strings.Join(got, "\n") != want {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), want)
	}
}

// A pair spoken of together is what "they" means for a few sentences
// only: further on, other plurals have come between.
func TestTreePairFades(t *testing.T) {
	x := newExtractor(t)
	sents := []nlp.Sentence{parsed(t, x, `
Chile NNP 4 nsubj
and CC 3 cc
Peru NNP 1 conj
signed VBD 0 root
a DT 6 det
deal NN 4 obj
. . 4 punct`)}
	for i := 0; i < 4; i++ {
		sents = append(sents, parsed(t, x, `
The DT 2 det
captives NNS 4 nsubj:pass
were VBD 4 aux:pass
freed VBN 0 root
. . 4 punct`))
	}
	sents = append(sents, parsed(t, x, `
They PRP 2 nsubj
accused VBD 0 root
Bolivia NNP 2 obj
. . 2 punct`))
	got := articleFacts(x, sents)
	want := []string{"Chile -signsAgreement-> Peru", "Peru -signsAgreement-> Chile"}
	sameFacts(t, got, want)
}

// "The alliance" after a title naming a body is that body, not the city
// the sentence is spoken in.
func TestTreeDescriptionOfTitleBody(t *testing.T) {
	x := newExtractor(t)
	got := articleFacts(x, []nlp.Sentence{parsed(t, x, `
Speaking VBG 9 advcl
in IN 3 case
Brussels NNP 1 obl
, , 1 punct
Nato NNP 6 compound
Secretary NNP 7 compound
General NNP 8 compound
Smith NNP 9 nsubj
said VBD 0 root
the DT 11 det
alliance NN 12 nsubj
backed VBD 9 ccomp
Ukraine NNP 12 obj
. . 9 punct`)})
	for _, g := range got {
		if strings.Contains(g, "European Union") {
			t.Errorf("the alliance read as the EU: %v", got)
		}
	}
	if !slices.Contains(got, "NATO -endorses-> Ukraine [reported]") {
		t.Errorf("got %v, want NATO -endorses-> Ukraine [reported]", got)
	}
}

// "The rebels" are the armed group last spoken of, else the rebels; a
// name known only by its bracketed acronym is that actor.
func TestTreeTheRebels(t *testing.T) {
	x := newExtractor(t)
	got := articleFacts(x, []nlp.Sentence{parsed(t, x, `
Colombia NNP 11 nsubj
and CC 6 cc
the DT 6 det
National NNP 5 compound
Liberation NNP 6 compound
Army NNP 1 conj
( -LRB- 8 punct
ELN NNP 6 appos
) -RRB- 8 punct
have VBP 11 aux
met VBN 0 root
. . 11 punct`), parsed(t, x, `
The DT 2 det
rebels NNS 3 nsubj
attacked VBD 0 root
a DT 5 det
pipeline NN 3 obj
in IN 7 case
Venezuela NNP 3 obl
. . 3 punct`)})
	want := []string{"Colombia -meets-> ELN", "ELN -attacks-> Venezuela", "ELN -meets-> Colombia"}
	sameFacts(t, got, want)
	got = articleFacts(x, []nlp.Sentence{parsed(t, x, `
The DT 2 det
rebels NNS 3 nsubj
seized VBD 0 root
Peruvian JJ 5 amod
soldiers NNS 3 obj
. . 3 punct`)})
	want = []string{"rebels -coerces-> Peru (military)"}
	sameFacts(t, got, want)
}

// An official the article does not name ("the German chancellor said")
// is the speaker, coded as their state.
func TestTreeUnnamedOfficialSpeaker(t *testing.T) {
	x := newExtractor(t)
	s := parsed(t, x, `
The DT 3 det
German JJ 3 amod
chancellor NN 4 nsubj
said VBD 0 root
Russia NNP 6 nsubj
attacked VBD 4 ccomp
Ukraine NNP 6 obj
. . 4 punct`)
	fs := x.x.Extract("t", "", []nlp.Sentence{s})
	if len(fs) != 1 || fs[0].Speaker == nil || fs[0].Speaker.Name != "Germany" {
		var got []string
		for _, f := range fs {
			got = append(got, fmt.Sprintf("%s speaker=%v", factLine(f), f.Speaker))
		}
		t.Errorf("got %q, want Russia -attacks-> Ukraine said by Germany", got)
	}
}

// sameFacts fails the test when the sorted fact lines differ.
func sameFacts(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// Constructions read across the sentences of one article: each case is an
// article written for this test, with the exact facts the pipeline yields.
func TestTreeArticles(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name  string
		conll []string
		want  []string
	}{
		// A rebuttal answers an armed group's demand on its own state; "the rebel
		// group" is the armed group last named.
		{"RebuttalOfArmedGroup", []string{`
The DT 2 det
ELN NNP 3 nsubj
attacked VBD 0 root
Colombia NNP 3 obj
. . 3 punct`, `
The DT 3 det
rebel NN 3 compound
group NN 4 nsubj
renewed VBD 0 root
calls NNS 4 obj
for IN 9 mark
Colombia NNP 9 nsubj
to TO 9 mark
talk VB 5 acl
. . 4 punct`, `
Colombia NNP 2 nsubj
rejected VBD 0 root
such JJ 4 amod
calls NNS 2 obj
. . 2 punct`}, []string{"Colombia -rejects-> ELN", "ELN -appeals-> Colombia", "ELN -attacks-> Colombia"}},
		// "He" after an official the article does not name is that official,
		// coded as the state, and so is the speaker of what he said.
		// A person the dictionary lacks, found as a participant, is the
		// "Ms Vega" of later sentences.
		// A vow of revenge with no target answers the last attack on the
		// vowing side.
		{"RevengeAnswersAttack", []string{`
Chilean JJ 2 amod
jets NNS 3 nsubj
bombed VBD 0 root
the DT 5 det
ELN NNP 3 obj
. . 3 punct`, `
The DT 2 det
ELN NNP 3 nsubj
vowed VBD 0 root
to TO 5 mark
seek VB 3 xcomp
revenge NN 5 obj
. . 3 punct`}, []string{"Chile (military) -bombs-> ELN", "ELN -threatens-> Chile (military) [planned]"}},
		// "A foreign ministry spokeswoman" speaks for the ministry of the
		// state in focus.
		{"OrganSpokeswoman", []string{`
Peru NNP 2 nsubj
criticised VBD 0 root
Chile NNP 2 obj
. . 2 punct`, `
A DT 4 det
foreign JJ 3 amod
ministry NN 4 compound
spokeswoman NN 5 nsubj
urged VBD 0 root
Chile NNP 5 obj
to TO 8 mark
withdraw VB 5 xcomp
. . 5 punct`}, []string{"Peru (government) -appeals-> Chile", "Peru -criticizes-> Chile"}},
		// "the government" that two states call on is neither's.
		{"GovernmentOfAnother", []string{`
Police NNS 3 nsubj
in IN 3 case
Peru NNP 1 nmod
arrested VBD 0 root
protesters NNS 4 obj
. . 4 punct`, `
Chile NNP 5 nsubj
and CC 4 cc
the DT 4 det
US NNP 1 conj
called VBD 0 root
on IN 8 case
the DT 8 det
government NN 5 obl
to TO 10 mark
talk VB 5 advcl
. . 5 punct`}, []string{"Chile -appeals-> Peru (government)", "Peru (police) -arrests-> protesters", "United States -appeals-> Peru (government)"}},
		// "military rulers" is a junta; "the junta" many sentences later is
		// still theirs, not the state the sentence names.
		{"JuntaByVariant", []string{`
Peru NNP 4 nmod:poss
's POS 1 case
military JJ 4 amod
rulers NNS 5 nsubj
expelled VBD 0 root
Chilean JJ 7 amod
diplomats NNS 5 obj
. . 5 punct`, `
Bolivia NNP 2 nsubj
met VBD 0 root
Chile NNP 2 obj
. . 2 punct`, `
Bolivia NNP 2 nsubj
met VBD 0 root
Chile NNP 2 obj
. . 2 punct`, `
Bolivia NNP 2 nsubj
met VBD 0 root
Chile NNP 2 obj
. . 2 punct`, `
Bolivia NNP 2 nsubj
met VBD 0 root
Chile NNP 2 obj
. . 2 punct`, `
Bolivia NNP 2 nsubj
met VBD 0 root
Chile NNP 2 obj
. . 2 punct`, `
Russia NNP 4 nmod:poss
's POS 1 case
Wagner NNP 4 compound
group NN 5 nsubj
offered VBD 0 root
its PRP$ 7 nmod:poss
services NNS 5 obj
to IN 10 case
the DT 10 det
junta NN 5 obl
. . 5 punct`}, []string{"Bolivia -meets-> Chile", "Bolivia -meets-> Chile", "Bolivia -meets-> Chile", "Bolivia -meets-> Chile", "Bolivia -meets-> Chile", "Peru (military) -expels-> Chile (government)", "Wagner Group -offers-> Peru (military)"}},
		// "the world" is not "the Western world" named before.
		{"TheWorldIsNoBody", []string{`
Western JJ 2 amod
countries NNS 3 nsubj
criticised VBD 0 root
Chile NNP 3 obj
. . 3 punct`, `
Chile NNP 2 nsubj
threatened VBD 0 root
the DT 4 det
world NN 2 obj
. . 2 punct`}, []string{"the West -criticizes-> Chile"}},
		// A place's name is no person of the article ("Kut Province ...
		// Province").
		{"PlaceNameIsNoPerson", []string{`
Chile NNP 2 nsubj
attacked VBD 0 root
Kut NNP 4 compound
Province NNP 2 obj
. . 2 punct`, `
Province NNP 2 nsubj
sheltered VBD 0 root
the DT 4 det
ELN NNP 2 obj
. . 2 punct`}, nil},
		// "Petro and the rebel group's commander, Garcia, announced the
		// deal": the commander is the group's; they are one side.
		{"CommanderOfTheGroup", []string{`
The DT 2 det
ELN NNP 3 nsubj
attacked VBD 0 root
Chile NNP 3 obj
. . 3 punct`, `
Ana NNP 2 compound
Vega NNP 12 nsubj
and CC 8 cc
the DT 6 det
rebel NN 6 compound
group NN 8 nmod:poss
's POS 6 case
commander NN 2 conj
, , 10 punct
Juan NNP 2 conj
Soto NNP 10 flat
signed VBD 0 root
the DT 14 det
deal NN 12 obj
. . 12 punct`}, []string{"Ana Vega -signsAgreement-> ELN", "Ana Vega -signsAgreement-> Juan Soto", "ELN -attacks-> Chile", "ELN -signsAgreement-> Ana Vega", "Juan Soto -roleIn-> ELN", "Juan Soto -signsAgreement-> Ana Vega"}},
		// "Peru's minister, Ana Vega, dismissed the allegation": the
		// minister the dictionary lacks is Peru's, and rebuts a claim
		// against Peru.
		{"OfficialRebuts", []string{`
Chile NNP 2 nsubj
accused VBD 0 root
Peru NNP 2 obj
of IN 5 mark
lying VBG 2 advcl
. . 2 punct`, `
Peru NNP 3 nmod:poss
's POS 1 case
minister NN 8 nsubj
, , 5 punct
Ana NNP 3 appos
Vega NNP 5 flat
, , 5 punct
dismissed VBD 0 root
the DT 10 det
allegation NN 8 obj
. . 8 punct`}, []string{"Ana Vega -rejects-> Chile", "Ana Vega -roleIn-> Peru", "Chile -accuses-> Peru {lying}"}},
		// "the nuclear-armed neighbours" are the pair in focus.
		{"TheNeighbours", []string{`
Chile NNP 2 nsubj
accused VBD 0 root
Peru NNP 2 obj
of IN 5 mark
lying VBG 2 advcl
. . 2 punct`, `
The DT 3 det
feuding JJ 3 amod
neighbours NNS 5 nsubj
have VBP 5 aux
fought VBN 0 root
two CD 7 nummod
wars NNS 5 obj
. . 5 punct`}, []string{"Chile -accuses-> Peru {lying}", "Chile -attacks-> Peru", "Peru -attacks-> Chile"}},
		{"UnknownPersonBySurname", []string{`
Local JJ 2 amod
official NN 4 compound
Ana NNP 4 compound
Vega NNP 5 nsubj
met VBD 0 root
Chilean JJ 7 amod
diplomats NNS 5 obj
. . 5 punct`, `
Ms NNP 2 compound
Vega NNP 3 nsubj
accused VBD 0 root
Chile NNP 3 obj
. . 3 punct`}, []string{"Ana Vega -accuses-> Chile", "Ana Vega -meets-> Chile (government)"}},
		{"UnnamedOfficialHe", []string{`
Peru NNP 3 nmod:poss
's POS 1 case
president NN 5 nsubj
has VBZ 5 aux
accused VBN 0 root
Chile NNP 5 obj
. . 5 punct`, `
He PRP 2 nsubj
said VBD 0 root
Chile NNP 4 nsubj
attacked VBD 2 ccomp
Bolivia NNP 4 obj
. . 2 punct`}, []string{"Chile -attacks-> Bolivia [reported]", "Peru -accuses-> Chile"}},
		// "The Baltic states" name which states they are; they are not the pair of
		// the sentence before.
		{"NamedPluralIsNoAnaphor", []string{`
Chile NNP 4 nsubj
and CC 3 cc
Peru NNP 1 conj
signed VBD 0 root
a DT 6 det
deal NN 4 obj
. . 4 punct`, `
Bolivia NNP 2 nsubj
criticised VBD 0 root
the DT 5 det
Baltic NNP 5 amod
states NNS 2 obj
. . 2 punct`}, []string{"Bolivia -criticizes-> Baltic states", "Chile -signsAgreement-> Peru", "Peru -signsAgreement-> Chile"}},
		// "The junta" is the state whose junta was named, not the last state.
		{"JuntaDescription", []string{`
Chad NNP 3 nmod:poss
's POS 1 case
junta NN 4 nsubj
met VBD 0 root
French JJ 6 amod
officials NNS 4 obj
. . 4 punct`, `
The DT 2 det
junta NN 4 nsubj
later RB 4 advmod
expelled VBD 0 root
the DT 7 det
French JJ 7 amod
ambassador NN 4 obj
. . 4 punct`}, []string{"Chad (military) -expels-> France", "Chad (military) -meets-> France (government)"}},
		// The sides an actor addresses do not include it: "Chile, Peru's
		// neighbour, urged both sides" means Peru and Bolivia, not Chile and Peru.
		{"PairExcludesSubject", []string{`
Peru NNP 2 nsubj
shelled VBD 0 root
Bolivia NNP 2 obj
. . 2 punct`, `
Chile NNP 7 nsubj
, , 5 punct
Peru NNP 5 nmod:poss
's POS 3 case
neighbour NN 1 appos
, , 1 punct
urged VBD 0 root
both DT 9 det
sides NNS 7 obj
to TO 11 mark
talk VB 7 xcomp
. . 7 punct`}, []string{"Chile -appeals-> Bolivia", "Chile -appeals-> Peru", "Peru -attacks-> Bolivia"}},
		// "They" after a pair is the pair, not the last subject: one named person
		// is he or she.
		{"TheyAfterPair", []string{`
Chile NNP 3 nmod:poss
's POS 1 case
President NNP 4 nmod:desc
Ana NNP 6 nsubj
Soto NNP 4 flat
met VBD 0 root
Peru NNP 9 nmod:poss
's POS 7 case
President NNP 10 nmod:desc
Luis NNP 6 obj
Vega NNP 10 flat
. . 6 punct`, `
The DT 3 det
two CD 3 nummod
leaders NNS 4 nsubj
shook VBD 0 root
hands NNS 4 obj
when WRB 8 advmod
they PRP 8 nsubj
met VBD 4 advcl
in IN 10 case
Lima NNP 8 obl
. . 4 punct`}, []string{"Ana Soto -meets-> Luis Vega", "Ana Soto -meets-> Luis Vega", "Ana Soto -roleIn-> Chile", "Luis Vega -meets-> Ana Soto", "Luis Vega -roleIn-> Peru"}},
		// "The two neighbours" are the last pair of states, and sides that fight
		// wars fight each other.
		{"NeighboursFoughtWars", []string{`
Chilean JJ 2 amod
troops NNS 6 nsubj
and CC 5 cc
Peruvian JJ 5 amod
troops NNS 2 conj
clashed VBD 0 root
. . 6 punct`, `
The DT 3 det
two CD 3 nummod
neighbours NNS 5 nsubj
have VBP 5 aux
fought VBN 0 root
three CD 7 nummod
wars NNS 5 obj
. . 5 punct`}, []string{"Chile (military) -attacks-> Peru (military)", "Chile -attacks-> Peru", "Peru (military) -attacks-> Chile (military)", "Peru -attacks-> Chile"}},
		// "Government forces" are the state in focus's forces, "rebel positions"
		// the rebels', and "they" in what the rebels say are the rebels.
		{"GovernmentAndRebelModifiers", []string{`
Chad NNP 2 nsubj
closed VBD 0 root
its PRP$ 4 nmod:poss
border NN 2 obj
. . 2 punct`, `
Government NN 2 compound
forces NNS 3 nsubj
attacked VBD 0 root
rebel NN 5 compound
positions NNS 3 obj
. . 3 punct`, `
The DT 2 det
rebels NNS 3 nsubj
said VBD 0 root
they PRP 6 nsubj
had VBD 6 aux
shot VBN 3 ccomp
down RP 6 compound:prt
a DT 10 det
government NN 10 compound
helicopter NN 6 obj
. . 3 punct`}, []string{"Chad (military) -attacks-> rebels", "rebels -shootsDown-> Chad (military)"}},
		// "The North" is the state named "North ..." the article spoke of.
		{"TheNorth", []string{`
North NNP 2 compound
Korea NNP 3 nsubj
fired VBD 0 root
a DT 5 det
missile NN 3 obj
. . 3 punct`, `
Japan NNP 2 nsubj
condemned VBD 0 root
the DT 4 det
North NNP 2 obj
. . 2 punct`}, []string{"Japan -criticizes-> North Korea"}},
		// "The strikes were condemned by X": a passive attitude to a definite act
		// is aimed at the agent of the last act named by the same word.
		{"PassiveAttitudeToAct", []string{`
Chilean JJ 2 amod
jets NNS 3 nsubj
struck VBD 0 root
Peruvian JJ 5 amod
positions NNS 3 obj
. . 3 punct`, `
Peru NNP 2 nsubj
fired VBD 0 root
rockets NNS 2 obj
at IN 5 case
Chile NNP 2 obl
. . 2 punct`, `
The DT 2 det
strikes NNS 4 nsubj:pass
were VBD 4 aux:pass
condemned VBN 0 root
by IN 6 case
Bolivia NNP 4 obl:agent
. . 4 punct`}, []string{"Bolivia -criticizes-> Chile (military)", "Chile (military) -bombs-> Peru", "Peru -attacks-> Chile"}},
		// "Both sides" are the sides of the last hostile act when no later
		// coordination names a pair; a deal one only tries to broker is not made.
		{"BothSidesOfConflict", []string{`
Chile NNP 4 nsubj
and CC 3 cc
Argentina NNP 1 conj
signed VBD 0 root
a DT 6 det
treaty NN 4 obj
. . 4 punct`, `
Peru NNP 2 nsubj
shelled VBD 0 root
Bolivian JJ 4 amod
positions NNS 2 obj
. . 2 punct`, `
Brazil NNP 2 nsubj
called VBD 0 root
on IN 5 case
both DT 5 det
sides NNS 2 obl
to TO 7 mark
talk VB 2 advcl
. . 2 punct`, `
Brazil NNP 4 nsubj
has VBZ 4 aux
been VBN 4 aux
trying VBG 0 root
to TO 6 mark
broker VB 4 xcomp
a DT 8 det
deal NN 6 obj
between IN 12 case
the DT 12 det
two CD 12 nummod
sides NNS 8 nmod
. . 4 punct`}, []string{"Argentina -signsAgreement-> Chile", "Brazil -appeals-> Bolivia", "Brazil -appeals-> Peru", "Brazil -mediates-> Bolivia [hedged]", "Brazil -mediates-> Peru [hedged]", "Chile -signsAgreement-> Argentina", "Peru -attacks-> Bolivia"}},
		// "Turkey deployed Syrian mercenaries to the country": the country is
		// neither the subject nor the nationality of what is deployed, and the
		// destination beats that nationality as the object.
		{"DeployedToTheCountry", []string{`
Libya NNP 2 nsubj
accused VBD 0 root
Egypt NNP 2 obj
. . 2 punct`, `
Turkey NNP 3 nsubj
has VBZ 3 aux
deployed VBN 0 root
Syrian JJ 5 amod
mercenaries NNS 3 obj
to IN 8 case
the DT 8 det
country NN 5 nmod
. . 3 punct`}, []string{"Libya -accuses-> Egypt", "Turkey -deploys-> Libya"}},
		// Who travels somewhere for talks takes part in them, and "the visit was
		// criticised" is aimed at the visitor.
		{"TripForTalksAndItsCritics", []string{`
Chile NNP 3 nmod:poss
's POS 1 case
president NN 4 nsubj
travelled VBD 0 root
to IN 6 case
Lima NNP 4 obl
for IN 8 case
talks NNS 4 obl
with IN 10 case
Peru NNP 8 nmod
. . 4 punct`, `
The DT 2 det
visit NN 4 nsubj:pass
was VBD 4 aux:pass
criticised VBN 0 root
by IN 6 case
Bolivia NNP 4 obl:agent
. . 4 punct`}, []string{"Bolivia -criticizes-> Chile", "Chile -meets-> Peru", "Chile -visits-> Peru"}},
		// "Relations between the two allies": one pair mention names both sides.
		{"StrainedBetweenPair", []string{`
Chile NNP 4 nsubj
and CC 3 cc
Peru NNP 1 conj
met VBD 0 root
. . 4 punct`, `
Relations NNS 8 nsubj:pass
between IN 5 case
the DT 5 det
two CD 5 nummod
allies NNS 1 nmod
have VBP 8 aux
been VBN 8 aux:pass
strained VBN 0 root
. . 8 punct`}, []string{"Chile -disagreesWith-> Peru", "Chile -meets-> Peru", "Peru -disagreesWith-> Chile", "Peru -meets-> Chile"}},
		// "The government" is the state in focus, not the last state whose
		// government was named: many states have one (unlike a junta).
		{"TheGovernmentIsNotTheLastNamed", []string{`
Chile NNP 3 nmod:poss
's POS 1 case
government NN 4 nsubj
protested VBD 0 root
. . 4 punct`, `
Thousands NNS 4 nsubj
of IN 3 case
Peruvians NNPS 1 nmod
protested VBD 0 root
against IN 7 case
the DT 7 det
government NN 4 obl
. . 4 punct`}, []string{"Peru (civilians) -protests-> Peru (government)"}},
		// Counted soldiers or policemen that name no state are the state in
		// focus's.
		{"CountedForces", []string{`
Peru NNP 3 nmod:poss
's POS 1 case
army NN 4 nsubj
closed VBD 0 root
the DT 6 det
border NN 4 obj
. . 4 punct`, `
Rebels NNS 2 nsubj
killed VBD 0 root
nine CD 4 nummod
policemen NNS 2 obj
. . 2 punct`}, []string{"rebels -kills-> Peru (police)"}},
		// "Chilean troops attacked government positions": the government
		// attacked is not the attackers' own.
		{"GovernmentTargetIsAnother", []string{`
Peru NNP 2 nsubj
protested VBD 0 root
. . 2 punct`, `
Chilean JJ 2 amod
troops NNS 3 nsubj
attacked VBD 0 root
government NN 5 compound
positions NNS 3 obj
. . 3 punct`}, []string{"Chile (military) -attacks-> Peru"}},
		// "the army" is the state's whose army the article named, not the
		// state named last.
		{"TheArmyOfTheNamedState", []string{`
Chile NNP 3 nmod:poss
's POS 1 case
army NN 4 nsubj
attacked VBD 0 root
rebels NNS 4 obj
. . 4 punct`, `
Peru NNP 2 nsubj
protested VBD 0 root
. . 2 punct`, `
The DT 2 det
rebels NNS 3 nsubj
accused VBD 0 root
the DT 5 det
army NN 3 obj
. . 3 punct`}, []string{"Chile (military) -attacks-> rebels", "rebels -accuses-> Chile (military)"}},
		// "the two countries" with no pair in the last sentences: the two
		// states the article spoke of most.
		{"TwoCountriesOfTheArticle", []string{`
Chile NNP 2 nsubj
thanked VBD 0 root
Peru NNP 4 nmod:poss
envoy NN 2 obj
. . 2 punct`, `
Peru NNP 2 nsubj
protested VBD 0 root
. . 2 punct`, `
Chile NNP 2 nsubj
relented VBD 0 root
. . 2 punct`, `
Rebels NNS 2 nsubj
fled VBD 0 root
. . 2 punct`, `
Rebels NNS 2 nsubj
hid VBD 0 root
. . 2 punct`, `
Rebels NNS 2 nsubj
regrouped VBD 0 root
. . 2 punct`, `
Bolivia NNP 2 nsubj
offered VBD 0 root
to TO 4 mark
mediate VB 2 xcomp
between IN 8 case
the DT 8 det
two CD 8 nummod
countries NNS 4 obl
. . 2 punct`}, []string{"Bolivia -mediates-> Chile [planned]", "Bolivia -mediates-> Peru [planned]", "Chile -endorses-> Peru"}},
		// "the ministry" is the organ named "Chile's foreign ministry".
		{"TheMinistryNamedBefore", []string{`
Chile NNP 4 nmod:poss
's POS 1 case
foreign JJ 4 amod
ministry NN 5 nsubj
protested VBD 0 root
. . 5 punct`, `
Peru NNP 2 nsubj
criticised VBD 0 root
the DT 4 det
ministry NN 2 obj
. . 2 punct`}, []string{"Peru -criticizes-> Chile (government)"}},
		// "the strikes" after two states struck together are both states'.
		{"CoAgentsOfTheAntecedentAct", []string{`
Chile NNP 4 nsubj
and CC 3 cc
Peru NNP 1 conj
bombed VBD 0 root
Bolivia NNP 4 obj
. . 4 punct`, `
Argentina NNP 2 nsubj
condemned VBD 0 root
the DT 4 det
bombing NN 2 obj
. . 2 punct`}, []string{"Argentina -criticizes-> Chile", "Argentina -criticizes-> Peru", "Chile -bombs-> Bolivia", "Peru -bombs-> Bolivia"}},
		// A protest aimed at no one answers the last hostile act done to its
		// subject; one by a bystander answers nothing.
		{"ProtestAnswersTheAggressor", []string{`
Chilean JJ 2 amod
jets NNS 3 nsubj
bombed VBD 0 root
Peru NNP 3 obj
. . 3 punct`, `
Peru NNP 2 nsubj
lodged VBD 0 root
a DT 4 det
protest NN 2 obj
. . 2 punct`, `
Bolivia NNP 2 nsubj
lodged VBD 0 root
a DT 4 det
protest NN 2 obj
. . 2 punct`}, []string{"Chile (military) -bombs-> Peru", "Peru -complains-> Chile (military)"}},
		// "the general" is the person whose post ends in the noun.
		{"TheGeneralNamedBefore", []string{`
Peru NNP 2 nsubj
praised VBD 0 root
Gen NNP 5 compound
Omar NNP 5 flat
Tala NNP 2 obj
. . 2 punct`, `
Rebels NNS 2 nsubj
kidnapped VBD 0 root
the DT 4 det
general NN 2 obj
. . 2 punct`}, []string{"Omar Tala -roleIn-> Peru", "Peru -endorses-> Omar Tala", "rebels -abducts-> Omar Tala"}},
		// A description opening its sentence continues the last sentence's
		// subject, not the state named last in it.
		{"TheKingdomIsTheLastSubject", []string{`
Chile NNP 2 nsubj
praised VBD 0 root
Peru NNP 2 obj
. . 2 punct`, `
The DT 2 det
country NN 3 nsubj
criticised VBD 0 root
Bolivia NNP 3 obj
. . 3 punct`}, []string{"Chile -criticizes-> Bolivia", "Chile -endorses-> Peru"}},
		// ... but not a state the sentence itself names.
		{"TwoCountriesNotTheMediator", []string{`
Chile NNP 2 nsubj
accused VBD 0 root
Peru NNP 2 obj
. . 2 punct`, `
Bolivia NNP 2 nsubj
thanked VBD 0 root
Chile NNP 2 obj
. . 2 punct`, `
Bolivia NNP 2 nsubj
thanked VBD 0 root
Peru NNP 2 obj
. . 2 punct`, `
Bolivia NNP 2 nsubj
offered VBD 0 root
to TO 4 mark
mediate VB 2 xcomp
between IN 8 case
the DT 8 det
two CD 8 nummod
countries NNS 4 obl
. . 2 punct`}, []string{"Bolivia -endorses-> Chile", "Bolivia -endorses-> Peru", "Bolivia -mediates-> Chile [planned]", "Bolivia -mediates-> Peru [planned]", "Chile -accuses-> Peru"}},
		// "the junta" a state offers to host talks with is another's.
		{"TheJuntaIsNotTheHosts", []string{`
Peru NNP 3 nmod:poss
's POS 1 case
army NN 4 nsubj
arrested VBD 0 root
rebels NNS 4 obj
. . 4 punct`, `
Chile NNP 2 nsubj
hosted VBD 0 root
talks NNS 2 obj
with IN 6 case
the DT 6 det
junta NN 3 nmod
. . 2 punct`}, []string{"Chile -meets-> Peru (military)", "Peru (military) -arrests-> rebels"}},
		// "all sides" are the sides of the last hostile act.
		{"AllSidesOfTheConflict", []string{`
Chile NNP 2 nsubj
attacked VBD 0 root
Peru NNP 2 obj
. . 2 punct`, `
Bolivia NNP 2 nsubj
urged VBD 0 root
all DT 4 det
sides NNS 2 obj
to TO 6 mark
talk VB 2 xcomp
. . 2 punct`}, []string{"Bolivia -appeals-> Chile", "Bolivia -appeals-> Peru", "Chile -attacks-> Peru"}},
		// "the coalition" is the body named "... coalition" before; "the
		// kingdom" is no state ("the United Kingdom" has descriptions of
		// its own).
		{"DefiniteHeadNoun", []string{`
The DT 3 det
Saudi-led JJ 3 amod
coalition NN 4 nsubj
bombed VBD 0 root
Sanaa NNP 4 obj
. . 4 punct`, `
Chile NNP 2 nsubj
accused VBD 0 root
the DT 4 det
coalition NN 2 obj
of IN 6 mark
lying VBG 2 advcl
. . 2 punct`, `
The DT 3 det
United NNP 3 compound
Kingdom NNP 4 nsubj
met VBD 0 root
Peru NNP 4 obj
. . 4 punct`, `
Chile NNP 2 nsubj
criticised VBD 0 root
the DT 4 det
kingdom NN 2 obj
. . 2 punct`}, []string{"Chile -accuses-> Saudi-led coalition {lying}", "Saudi-led coalition -bombs-> Sanaa", "United Kingdom -meets-> Peru"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var sents []nlp.Sentence
			for _, conll := range c.conll {
				sents = append(sents, parsed(t, x, conll))
			}
			sameFacts(t, articleFacts(x, sents), c.want)
		})
	}
}
