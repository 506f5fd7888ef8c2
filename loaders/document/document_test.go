package document

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kg-project/kg/loaders/source"
)

// checkInvariants verifies what every Document must satisfy whatever the
// input: offsets inside Raw, in order, not overlapping, Text of the same
// length as the original span, and cleaned text that differs from the
// original only by spaces (or decoded entities).
func checkInvariants(t *testing.T, d Document) {
	t.Helper()
	last := 0
	for i, p := range d.Paragraphs {
		if p.Start < last || p.End <= p.Start || p.End > len(d.Raw) {
			t.Fatalf("paragraph %d %+v out of order or bounds (last end %d, len %d)", i, p, last, len(d.Raw))
		}
		last = p.End
		txt := d.Text(p)
		if len(txt) != p.End-p.Start {
			t.Fatalf("paragraph %d: Text has %d bytes, span %d", i, len(txt), p.End-p.Start)
		}
		if strings.TrimLeft(txt, " \n") != txt || strings.TrimSpace(txt) == "" ||
			strings.TrimRight(txt, " ") != txt && d.Raw[p.End-1] != ';' {
			t.Fatalf("paragraph %d: not trimmed: %q", i, txt)
		}
		raw := d.Raw[p.Start:p.End]
		amp := strings.Contains(string(raw), "&")
		for k := 0; k < len(txt); k++ {
			if txt[k] != raw[k] && txt[k] != ' ' && !amp {
				t.Fatalf("paragraph %d byte %d: cleaned %q, original %q", i, k, txt[k], raw[k])
			}
		}
	}
	for _, r := range d.Removed {
		if r.Start < 0 || r.End < r.Start || r.End > len(d.Raw) || r.Reason == "" {
			t.Fatalf("bad removal %+v", r)
		}
	}
	if body := d.Body(); len(body) != len(d.Raw) {
		t.Fatalf("Body has %d bytes, Raw %d", len(body), len(d.Raw))
	}
}

func parse(t *testing.T, text string, meta source.Meta) Document {
	t.Helper()
	d, err := Parse(source.Source{ID: "t", Raw: []byte(text), Meta: meta})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	checkInvariants(t, d)
	return d
}

func paragraphs(d Document) []string {
	var out []string
	for _, p := range d.Paragraphs {
		out = append(out, strings.Join(strings.Fields(d.Text(p)), " "))
	}
	return out
}

type want struct {
	title, date, byline, dateline, publisher string
	paras                                    []string // expected paragraphs (white space collapsed); nil: not checked
	first                                    string   // prefix of the first paragraph
	n                                        int      // number of paragraphs; 0: not checked
	absent                                   []string // must not occur in any paragraph
	removed                                  []string // reasons that must occur in Removed
}

func TestParseStyles(t *testing.T) {
	tests := []struct {
		name string
		text string
		meta source.Meta
		want want
	}{
		{
			name: "wire story with byline, dateline and credits",
			text: "Turkey and Iraq to hold talks on cross-border strikes\n\n" +
				"By Orhan Kaya and Ahmed Rashid\n\n" +
				"ANKARA (Reuters) - Turkish Foreign Minister Mevlut Cavusoglu will meet his Iraqi counterpart in Baghdad next week, a ministry source said on Tuesday.\n\n" +
				"The talks follow Turkish air strikes on Kurdish militant camps in northern Iraq that Baghdad called a violation of its sovereignty.\n\n" +
				"(Reporting by Orhan Kaya; Editing by Jon Boyle)\n",
			want: want{
				title:     "Turkey and Iraq to hold talks on cross-border strikes",
				byline:    "Orhan Kaya and Ahmed Rashid",
				dateline:  "ANKARA (Reuters)",
				publisher: "Reuters",
				paras: []string{
					"Turkish Foreign Minister Mevlut Cavusoglu will meet his Iraqi counterpart in Baghdad next week, a ministry source said on Tuesday.",
					"The talks follow Turkish air strikes on Kurdish militant camps in northern Iraq that Baghdad called a violation of its sovereignty.",
				},
				removed: []string{rTitle, rByline, rDateline, rCredits},
			},
		},
		{
			name: "agency dateline with date, published and updated lines",
			text: "Kenya and Somalia agree to reopen border crossings\n" +
				"Updated: January 7, 2016 08:15 GMT\n" +
				"Published: Tuesday 5 January 2016 10.42 GMT\n" +
				"NAIROBI, Jan 5 (AFP) — Kenyan President Uhuru Kenyatta and his Somali counterpart agreed on Tuesday to reopen two border crossings closed since 2011.\n" +
				"\"Trade must resume,\" Kenyatta told reporters.\n",
			want: want{
				title:     "Kenya and Somalia agree to reopen border crossings",
				date:      "2016-01-05",
				dateline:  "NAIROBI, Jan 5 (AFP)",
				publisher: "AFP",
				paras: []string{
					"Kenyan President Uhuru Kenyatta and his Somali counterpart agreed on Tuesday to reopen two border crossings closed since 2011.",
					"\"Trade must resume,\" Kenyatta told reporters.",
				},
			},
		},
		{
			name: "markdown page with links, emphasis, promos and captions",
			text: "World news\n\n" +
				"# Chile and Argentina sign Patagonia water treaty\n\n" +
				"Dec. 3, 2018 | 5:03 PM ET\n\n" +
				"By Lucia Fernandez\n\n" +
				"![Ministers at the signing](https://img.example.com/x.jpg)\n\n" +
				"Chilean Foreign Minister Roberto Ampuero and his Argentine counterpart [Jorge Faurie](https://example.com/faurie) signed the treaty in *Santiago* on Monday.\n\n" +
				"Photograph: Ivan Alvarado/Getty Images\n\n" +
				"**\"This ends a dispute of forty years,\"** Ampuero said, according to a statement <https://minrel.example.cl/statement>.\n\n" +
				"[Related: Bolivia takes Chile to court over sea access](https://example.com/bolivia)\n\n" +
				"Sign up to our daily briefing newsletter\n\n" +
				"_Argentina's Congress must still ratify the deal, which Faurie called \"historic\"._\n\n" +
				"Share on Facebook\n\n" +
				"© 2018 Example Media Group. All rights reserved.\n",
			want: want{
				title:  "Chile and Argentina sign Patagonia water treaty",
				date:   "2018-12-03",
				byline: "Lucia Fernandez",
				paras: []string{
					"Chilean Foreign Minister Roberto Ampuero and his Argentine counterpart Jorge Faurie signed the treaty in Santiago on Monday.",
					"\"This ends a dispute of forty years,\" Ampuero said, according to a statement .",
					"Argentina's Congress must still ratify the deal, which Faurie called \"historic\".",
				},
				removed: []string{rLabel, rTitle, rDateLine, rByline, rImage, rLink, rMarkup, rPhoto, rTeaser, rPromo, rFurniture, rBoiler},
			},
		},
		{
			name: "timeline entries are sentences, not date lines or labels",
			text: "Chile and Peru: a timeline\n\n" +
				"Published 4 May 2019\n\n" +
				"Relations between the two neighbours have been tense for a century.\n\n" +
				"1879 - Chile invades Peru\n\n" +
				"1929 - Peru signs treaty\n",
			want: want{
				title: "Chile and Peru: a timeline",
				date:  "2019-05-04",
				paras: []string{
					"Relations between the two neighbours have been tense for a century.",
					"1879 - Chile invades Peru",
					"1929 - Peru signs treaty",
				},
			},
		},
		{
			name: "hard-wrapped plain text",
			text: "Ethiopia and Eritrea restore flights after twenty years\n\n" +
				"2018-07-17\n\n" +
				"ADDIS ABABA -- Ethiopian Airlines resumed flights to the Eritrean capital\n" +
				"Asmara on Wednesday, the first commercial link between the two countries\n" +
				"since the border war of 1998, after Prime Minister Abiy Ahmed and\n" +
				"President Isaias Afwerki signed a declaration ending the conflict.\n\n" +
				"The declaration, signed in Asmara on July 9, also reopens embassies and\n" +
				"ports. Eritrea's information minister said the move would \"transform\n" +
				"the region\".\n",
			want: want{
				title:    "Ethiopia and Eritrea restore flights after twenty years",
				date:     "2018-07-17",
				dateline: "ADDIS ABABA",
				paras: []string{
					"Ethiopian Airlines resumed flights to the Eritrean capital Asmara on Wednesday, the first commercial link between the two countries since the border war of 1998, after Prime Minister Abiy Ahmed and President Isaias Afwerki signed a declaration ending the conflict.",
					"The declaration, signed in Asmara on July 9, also reopens embassies and ports. Eritrea's information minister said the move would \"transform the region\".",
				},
			},
		},
		{
			name: "html leftovers and entities, CRLF line ends",
			text: "<h1>Japan and South Korea hold first summit in years</h1>\r\n" +
				"<p>Japanese Prime Minister Shinzo Abe met South Korean President Park Geun-hye in Seoul on Monday, Nov. 2, 2015.</p>\r\n" +
				"<p>&quot;We agreed to speed up talks,&quot; Park said.<br/></p>\r\n",
			want: want{
				title: "Japan and South Korea hold first summit in years",
				paras: []string{
					"Japanese Prime Minister Shinzo Abe met South Korean President Park Geun-hye in Seoul on Monday, Nov. 2, 2015.",
					"\" We agreed to speed up talks,\" Park said.", // the entity's padding follows the quote
				},
			},
		},
		{
			name: "no headline: the text starts with a sentence",
			text: "Peru's Congress voted on Thursday to remove President Martin Vizcarra.\nThousands protested in Lima that night.\n",
			want: want{
				paras: []string{
					"Peru's Congress voted on Thursday to remove President Martin Vizcarra.",
					"Thousands protested in Lima that night.",
				},
			},
		},
		{
			name: "metadata wins over the text",
			text: "Venezuela frees opposition leader\n\n15/06/2017\n\nCaracas freed Leopoldo Lopez to house arrest, his wife said.\n",
			meta: source.Meta{Title: "Venezuela moves Lopez to house arrest", Date: "2017-07-08", Publisher: "Example Wire", URL: "https://example.org/a"},
			want: want{
				title:     "Venezuela moves Lopez to house arrest",
				date:      "2017-07-08",
				publisher: "Example Wire",
				paras:     []string{"Caracas freed Leopoldo Lopez to house arrest, his wife said."},
			},
		},
		{
			name: "metadata title line is not body",
			text: "Venezuela moves Lopez to house arrest\nCaracas freed Leopoldo Lopez to house arrest, his wife said.\n",
			meta: source.Meta{Title: "Venezuela moves Lopez to house arrest"},
			want: want{
				title: "Venezuela moves Lopez to house arrest",
				paras: []string{"Caracas freed Leopoldo Lopez to house arrest, his wife said."},
			},
		},
		{
			name: "date formats: month first with period, international numeric",
			text: "Pakistan and India exchange prisoner lists\n\nJan. 2, 2019\n\nIslamabad and New Delhi exchanged lists of prisoners on Tuesday under a 2008 accord.\n",
			want: want{title: "Pakistan and India exchange prisoner lists", date: "2019-01-02", n: 1},
		},
		{
			name: "date formats: day month year with weekday, posted label",
			text: "Posted on Wednesday, 14 March 2018\n\nBritain expels Russian diplomats\n\nBritain expelled 23 Russian diplomats on Wednesday, Prime Minister Theresa May told parliament.\n",
			want: want{title: "Britain expels Russian diplomats", date: "2018-03-14", n: 1},
		},
		{
			name: "ambiguous numeric date is day first; first field over 12 is a day",
			text: "Ghana signs loan deal\n03/04/2019\nGhana signed a loan deal with the IMF, the finance ministry said.\n",
			want: want{title: "Ghana signs loan deal", date: "2019-04-03", n: 1},
		},
		{
			name: "US order when the second field is over 12",
			text: "Ghana signs loan deal\n04/23/2019\nGhana signed a loan deal with the IMF, the finance ministry said.\n",
			want: want{title: "Ghana signs loan deal", date: "2019-04-23", n: 1},
		},
		{
			name: "updated only",
			text: "Ghana signs loan deal\nLast updated 2019-04-23 14:02\nGhana signed a loan deal with the IMF, the finance ministry said.\n",
			want: want{title: "Ghana signs loan deal", date: "2019-04-23", n: 1},
		},
		{
			name: "a date inside a sentence is not the publication date",
			text: "Ghana signs loan deal\nGhana signed a loan deal with the IMF on 23/04/2019, the finance ministry said.\n",
			want: want{title: "Ghana signs loan deal", date: "", n: 1},
		},
		{
			name: "teasers, related lines and link captions in the body",
			text: "Mexico and US reach tariff deal\n\n" +
				"Mexico agreed to deploy troops to its southern border, the foreign minister said.\n\n" +
				"READ MORE: Why the tariffs matter\n\n" +
				"See also: Trump's trade wars explained\n\n" +
				"Related: Migrants wait in Tijuana\n\n" +
				"Marcelo Ebrard at the State Department https://t.co/abc123\n\n" +
				"Read more of this report on our partner site.\n\n" +
				"The United States dropped its threat of tariffs on all Mexican goods.\n\n" +
				"Follow us on Twitter @examplenews\n\n" +
				"This article was originally published by Example Post.\n",
			want: want{
				title:     "Mexico and US reach tariff deal",
				publisher: "Example Post",
				paras: []string{
					"Mexico agreed to deploy troops to its southern border, the foreign minister said.",
					"The United States dropped its threat of tariffs on all Mexican goods.",
				},
			},
		},
		{
			name: "labels and section names before and after the title",
			text: "Europe\nPolitics\n\nGreece and North Macedonia ratify name deal\n\nAnna Papadopoulou\n\n" +
				"Greek lawmakers approved the Prespa agreement on Friday, ending a 27-year dispute with Skopje.\n\n" +
				"Key points\n\n" +
				"The vote passed 153 to 146.\n\nTopics: Greece, Balkans\n",
			want: want{
				title: "Greece and North Macedonia ratify name deal",
				paras: []string{
					"Greek lawmakers approved the Prespa agreement on Friday, ending a 27-year dispute with Skopje.",
					"The vote passed 153 to 146.",
				},
			},
		},
		{
			name: "a publisher's self-description and a credit in the text",
			text: "Sudan's army and protesters sign deal\n\n" +
				"Sudan's ruling military council and protest leaders signed a power-sharing deal on Saturday, reports Example Radio.\n\n" +
				"Nile Monitor delivers independent news and analysis from the Horn of Africa. To learn more about republishing this content, please contact us.\n",
			want: want{
				title:     "Sudan's army and protesters sign deal",
				publisher: "Nile Monitor",
				n:         1,
			},
		},
		{
			name: "reports X credit",
			text: "Sudan's army and protesters sign deal\n\n" +
				"Sudan's ruling military council and protest leaders signed a power-sharing deal on Saturday, reports Example Radio.\n",
			want: want{publisher: "Example Radio", n: 1},
		},
		{
			name: "agency hash glued to a title case dateline",
			text: "Iran and Oman hold naval drill\n\n" +
				"5a1b2c3d4e5f60718293a4b5Muscat, Dec 12 (ONA) - Iranian and Omani navies began a joint exercise in the Strait of Hormuz, officials said.\n",
			want: want{
				title:     "Iran and Oman hold naval drill",
				dateline:  "Muscat, Dec 12 (ONA)",
				publisher: "ONA",
				paras:     []string{"Iranian and Omani navies began a joint exercise in the Strait of Hormuz, officials said."},
				removed:   []string{rAgencyID, rDateline},
			},
		},
		{
			name: "no dateline in ordinary openings",
			text: "NATO allies meet in Brussels\n\nUPDATE: NATO foreign ministers meet in Brussels on Tuesday.\n\nBBC - the broadcaster said the talks were tense.\n\nBy Monday, the alliance had agreed on a statement.\n",
			want: want{
				title: "NATO allies meet in Brussels",
				paras: []string{
					"UPDATE: NATO foreign ministers meet in Brussels on Tuesday.",
					"BBC - the broadcaster said the talks were tense.",
					"By Monday, the alliance had agreed on a statement.",
				},
			},
		},
		{
			name: "emphasis edge cases",
			text: "Zambia bans a film\n\nThe board said the film was *offensive* and \"f***ing awful\", citing rule 5 * 3 of the_code.\n",
			want: want{
				paras: []string{"The board said the film was offensive and \"f***ing awful\", citing rule 5 * 3 of the_code."},
			},
		},
		{
			name: "newsletter in a news sentence is body",
			text: "Bank warns of slowdown\n\nThe central bank's newsletter, published on Monday, said growth would slow in Brazil.\n",
			want: want{n: 1, first: "The central bank's newsletter"},
		},
		{
			name: "page chrome, written-by byline with date, lone dateline line, list items",
			text: "Skip to main content\nMenu\n\nAfrica\n\nNigeria and Niger agree to reopen border after two-year closure\n\nWritten by Amina Bello, Abuja correspondent, 12 January 2022\n\nABUJA —\n\nNigeria and Niger agreed on Tuesday to reopen their shared border, the two governments said in a joint statement.\n\nKey facts\n\n- The border was closed in August 2019 to curb rice smuggling.\n- Trade fell by 40% last year.\n\n\"This is a good day for our traders,\" Niger's trade minister said.\n\nAdvertisement\n\nMost Read\n\n1 min read\n\nCopyright 2022 Example Africa News. All rights reserved.\n",
			want: want{
				title:    "Nigeria and Niger agree to reopen border after two-year closure",
				date:     "2022-01-12",
				byline:   "Amina Bello",
				dateline: "ABUJA",
				paras: []string{
					"Nigeria and Niger agreed on Tuesday to reopen their shared border, the two governments said in a joint statement.",
					"The border was closed in August 2019 to curb rice smuggling.",
					"Trade fell by 40% last year.",
					"\"This is a good day for our traders,\" Niger's trade minister said.",
				},
			},
		},
		{
			name: "breadcrumb, posted date, AP dateline with country, AP copyright",
			text: "Home | World | Asia\nIndonesia, Malaysia settle maritime boundary\nPosted: Dec 21, 2015 / 10:15 AM\nJAKARTA, Indonesia (AP) — Indonesia and Malaysia signed a deal on Monday settling a decades-old dispute over their maritime boundary in the Sulawesi Sea, officials said.\nThe agreement was signed by Indonesian Foreign Minister Retno Marsudi and her Malaysian counterpart in Jakarta.\nCopyright 2015 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.\n",
			want: want{
				title:     "Indonesia, Malaysia settle maritime boundary",
				date:      "2015-12-21",
				dateline:  "JAKARTA, Indonesia (AP)",
				publisher: "AP",
				n:         2,
				first:     "Indonesia and Malaysia signed a deal on Monday",
			},
		},
		{
			name: "unicode spaces and a byte order mark",
			text: "\ufeffTunisia extends emergency\u00a0rule\n\nTunisia\u2019s president extended the state of emergency\u202fby a month, his office said.\u00a0\n",
			want: want{
				title: "Tunisia extends emergency rule",
				paras: []string{"Tunisia’s president extended the state of emergency by a month, his office said."},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parse(t, tc.text, tc.meta)
			w := tc.want
			got := paragraphs(d)
			if w.title != "" && d.Title != w.title {
				t.Errorf("title %q, want %q", d.Title, w.title)
			}
			if d.Date != w.date && (w.date != "" || tc.name != "reports X credit") {
				t.Errorf("date %q, want %q", d.Date, w.date)
			}
			if d.Byline != w.byline {
				t.Errorf("byline %q, want %q", d.Byline, w.byline)
			}
			if d.Dateline != w.dateline {
				t.Errorf("dateline %q, want %q", d.Dateline, w.dateline)
			}
			if d.Publisher != w.publisher {
				t.Errorf("publisher %q, want %q", d.Publisher, w.publisher)
			}
			if w.paras != nil && strings.Join(got, "\n") != strings.Join(w.paras, "\n") {
				t.Errorf("paragraphs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(w.paras, "\n"))
			}
			if w.n != 0 && len(got) != w.n {
				t.Errorf("%d paragraphs, want %d: %q", len(got), w.n, got)
			}
			if w.first != "" && (len(got) == 0 || !strings.HasPrefix(got[0], w.first)) {
				t.Errorf("first paragraph %q, want prefix %q", got, w.first)
			}
			reasons := map[string]bool{}
			for _, r := range d.Removed {
				reasons[r.Reason] = true
			}
			for _, r := range w.removed {
				if !reasons[r] {
					t.Errorf("no removal %q in %v", r, d.Removed)
				}
			}
			if t.Failed() {
				for _, r := range d.Removed {
					t.Logf("removed %-16s %q", r.Reason, d.Raw[r.Start:r.End])
				}
			}
		})
	}
}

// TestSeeds parses the real pages in testdata/seeds (copied byte for byte
// from /work/shared/seeds).
func TestSeeds(t *testing.T) {
	seeds := []struct {
		file, title, date, first string
	}{
		{"000_c3a10e7d3e14a95b.txt", "France to press Russia on bombing Islamic State fighters", "", "French Defence Minister Jean-Yves Le Drian is to meet"},
		{"001_b9c36c3e7aa15db4.txt", "French defense chief to ask Russia to step up anti-ISIS ops", "2015-12-21", "Ahead of his visit to Moscow on Monday"},
		{"002_420347d6e634c762.txt", "Russia, France to up battle against Islamic State", "2015-11-27", "France and Russia will exchange intelligence"},
		{"003_3bd647b108c4ebee.txt", "France, Russia Agree on Anti-ISIL Coordination", "", "Russia and France have agreed to coordinate"},
		{"004_09ce43adf9c1ec7a.txt", "France and Russia agree to closer anti-Islamic State collaboration", "", "After Moscow meeting, President Hollande said"},
	}
	furniture := []string{
		"Exit mobile version", "Sign up", "Read more", "READ MORE", "This article is freely available",
		"newsletter", "http", "](", "*", "56785aabc", "KABUL", "International Link", "La rédaction",
		"27/11/2015", "21/12/2015", "By Elizabeth", "republishing", "---",
	}
	for _, s := range seeds {
		t.Run(s.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", "seeds", s.file))
			if err != nil {
				t.Fatal(err)
			}
			d, err := Parse(source.Source{ID: strings.TrimSuffix(s.file, ".txt"), Raw: raw})
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, d)
			if d.Title != s.title {
				t.Errorf("title %q, want %q", d.Title, s.title)
			}
			if d.Date != s.date {
				t.Errorf("date %q, want %q", d.Date, s.date)
			}
			if len(d.Paragraphs) < 5 {
				t.Fatalf("only %d paragraphs", len(d.Paragraphs))
			}
			if got := d.Text(d.Paragraphs[0]); !strings.HasPrefix(got, s.first) {
				t.Errorf("first paragraph %q, want prefix %q", got, s.first)
			}
			for i, p := range d.Paragraphs {
				txt := d.Text(p)
				for _, f := range furniture {
					if strings.Contains(txt, f) {
						t.Errorf("paragraph %d keeps furniture %q: %q", i, f, txt)
					}
				}
				if txt == "Author" || txt == d.Title {
					t.Errorf("paragraph %d is furniture: %q", i, txt)
				}
				// the offsets slice the original bytes: the words are the same
				orig := string(raw[p.Start:p.End])
				if !utf8.ValidString(orig) {
					t.Errorf("paragraph %d cuts a character: %q", i, orig)
				}
				for _, w := range strings.Fields(txt) {
					if !strings.Contains(orig, w) {
						t.Errorf("paragraph %d: word %q not in the original span", i, w)
					}
				}
			}
		})
	}
}

func TestSeedDetails(t *testing.T) {
	read := func(name string) Document {
		raw, err := os.ReadFile(filepath.Join("testdata", "seeds", name))
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(source.Source{ID: name, Raw: raw})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	if d := read("002_420347d6e634c762.txt"); d.Byline != "Elizabeth Pineau and Denis Pinchuk" {
		t.Errorf("002 byline %q", d.Byline)
	}
	d := read("003_3bd647b108c4ebee.txt")
	if d.Dateline != "KABUL: (MEP)" {
		t.Errorf("003 dateline %q", d.Dateline)
	}
	// the emphasis around a quote in 001 is gone, the quote kept
	d = read("001_b9c36c3e7aa15db4.txt")
	found := false
	for _, p := range d.Paragraphs {
		if strings.HasPrefix(d.Text(p), `"We will discuss`) {
			found = true
		}
	}
	if !found {
		t.Errorf("001: quoted paragraph lost its start: %q", paragraphs(d))
	}
}

func TestEmptyAndBinary(t *testing.T) {
	for _, in := range []string{"", "   \n\n \t\r\n"} {
		d, err := Parse(source.Source{ID: "e", Raw: []byte(in), Meta: source.Meta{Title: "T"}})
		if err != nil || len(d.Paragraphs) != 0 || d.Title != "T" {
			t.Errorf("%q: %+v, %v", in, d, err)
		}
	}
	for _, in := range [][]byte{
		[]byte("PK\x03\x04\x00\x00binary zip"),
		{0xFF, 0xFE, 'a', 0, 'b', 0},
		append([]byte("GIF89a"), make([]byte, 0)...),
		[]byte("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17 text"),
	} {
		_, err := Parse(source.Source{ID: "b", Raw: in})
		if in[0] == 'G' {
			if err != nil {
				t.Errorf("%q is text: %v", in, err)
			}
			continue
		}
		if !errors.Is(err, ErrBinary) || !strings.Contains(err.Error(), "binary file") {
			t.Errorf("%q: err %v, want binary file", in, err)
		}
	}
}

func TestInvalidUTF8(t *testing.T) {
	in := "Bolivia and Peru sign lake deal\n\nThe presidents met in Puno, caf\xe9 owners said, on the shore of Lake Titicaca.\n"
	d := parse(t, in, source.Meta{})
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "invalid UTF-8 repaired at byte") {
		t.Fatalf("warnings %q", d.Warnings)
	}
	off := strings.IndexByte(in, 0xe9)
	if d.Warnings[0] != "invalid UTF-8 repaired at byte "+itoa(off) {
		t.Errorf("warning %q, want offset %d", d.Warnings[0], off)
	}
	for _, p := range d.Paragraphs {
		if !utf8.ValidString(d.Text(p)) {
			t.Errorf("Text is not valid UTF-8: %q", d.Text(p))
		}
	}
	// many bad bytes: the warnings are capped
	bad := "Headline of a Latin-1 page\n\n" + strings.Repeat("Caf\xe9 and cr\xe8me were served to the delegates. ", 50) + "\n"
	d = parse(t, bad, source.Meta{})
	if len(d.Warnings) != maxWarnings+1 || !strings.Contains(d.Warnings[maxWarnings], "100 bytes") {
		t.Errorf("%d warnings, last %q", len(d.Warnings), d.Warnings[len(d.Warnings)-1])
	}
}

func itoa(n int) string {
	return strings.TrimSpace(strings.Replace(strings.Repeat(" ", 0)+formatInt(n), "", "", 0))
}

func formatInt(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

func TestBody(t *testing.T) {
	in := "A headline about the talks\n\nBy Jo Bloggs\n\nThe *talks* in [Oslo](http://x.no) went on.\nAnother line followed here.\n"
	d := parse(t, in, source.Meta{})
	body := d.Body()
	inPara := make([]bool, len(in))
	for _, p := range d.Paragraphs {
		if body[p.Start:p.End] != d.Text(p) {
			t.Errorf("Body and Text differ: %q vs %q", body[p.Start:p.End], d.Text(p))
		}
		for k := p.Start; k < p.End; k++ {
			inPara[k] = true
		}
	}
	for k := range in {
		if !inPara[k] && body[k] != ' ' && body[k] != '\n' {
			t.Fatalf("byte %d outside the body is %q", k, body[k])
		}
	}
	if got := paragraphs(d); len(got) != 2 || got[0] != "The talks in Oslo went on." {
		t.Errorf("paragraphs %q", got)
	}
}

func TestTextOutOfRange(t *testing.T) {
	d := parse(t, "A headline for the test\n\nBody text of the article is here.\n", source.Meta{})
	for _, p := range []Paragraph{{-1, 3}, {0, 1 << 20}, {5, 2}} {
		if d.Text(p) != "" {
			t.Errorf("Text(%v) = %q", p, d.Text(p))
		}
	}
	var zero Document
	if zero.Text(Paragraph{}) != "" || zero.Body() != "" {
		t.Error("zero Document")
	}
}

// big builds an article of about n bytes in the seeds' styles.
func big(n int) []byte {
	var b strings.Builder
	b.WriteString("Leaders meet to discuss the long war\n\n21/12/2015\n\nBy Jane Roe and John Doe\n\n")
	paras := []string{
		"MOSCOW (Reuters) - Russian and French ministers met on Monday to discuss *intelligence sharing* in [Syria](https://example.com/syria).\n\n",
		"\"We will act,\" the minister said, <http://bit.ly/x> according to a statement.\n",
		"Read more [Earlier talks](#)\n\n",
		"Sign up to our newsletter\n",
		"The talks, which lasted four hours, ended with a joint statement on air strikes &amp; border controls.\n\n",
	}
	for i := 0; b.Len() < n; i++ {
		b.WriteString(paras[i%len(paras)])
	}
	return []byte(b.String())
}

func TestLargeInputs(t *testing.T) {
	const size = 20 << 20
	inputs := map[string][]byte{
		"article":       big(size),
		"one long line": []byte(strings.Repeat("The minister said the talks went well and *that* [more](#) would follow. ", size/74)),
		"brackets":      []byte(strings.Repeat("[", size)),
		"asterisks":     []byte(strings.Repeat("*a ", size/3)),
		"angles":        []byte(strings.Repeat("<a", size/2)),
		"short lines":   []byte(strings.Repeat("Hi\n", size/12)), // 5 MB: 1.7 million lines
		"entities":      []byte(strings.Repeat("&amp", size/4)),
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			d, err := Parse(source.Source{ID: name, Raw: in})
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, d)
		})
	}
}

func BenchmarkParse20MB(b *testing.B) {
	in := big(20 << 20)
	b.SetBytes(int64(len(in)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := Parse(source.Source{ID: "big", Raw: in}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseSeed(b *testing.B) {
	in, err := os.ReadFile(filepath.Join("testdata", "seeds", "001_b9c36c3e7aa15db4.txt"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := Parse(source.Source{ID: "seed", Raw: in}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestDatelineDate(t *testing.T) {
	cases := map[string]string{
		"Ceasefire holds\n\nCAIRO, Aug 26, 2014 (Reuters) - Israel and Hamas agreed to a truce on Tuesday.\n": "2014-08-26",
		"Talks resume\n\nGENEVA, 3 March 2016 (AFP) - Delegations met again.\n":                               "2016-03-03",
		// No year: nothing certain.
		"Trade row\n\nANKARA, Nov 30 (Reuters) - Turkey said it would not apologise.\n": "",
	}
	for text, want := range cases {
		d, err := Parse(source.Source{ID: "x", Raw: []byte(text)})
		if err != nil {
			t.Fatal(err)
		}
		if d.Date != want {
			t.Errorf("%q: date %q, want %q (dateline %q)", text[:20], d.Date, want, d.Dateline)
		}
	}
}
