package timex

import (
	"fmt"
	"strings"
	"testing"
)

// found renders Find's result as "expr=value" pairs for compact tables.
func found(text, ref string) string {
	var parts []string
	for _, d := range Find(text, ref) {
		parts = append(parts, text[d.Start:d.End]+"="+d.Value)
	}
	return strings.Join(parts, "; ")
}

func TestFind(t *testing.T) {
	tests := []struct {
		text, ref, want string
	}{
		// absolute, no reference needed
		{"The accord was signed in Minsk on 12/02/2015 after long talks.", "", "12/02/2015=2015-02-12"},
		{"Kenya's parliament voted on 25/03/2014.", "", "25/03/2014=2014-03-25"},
		{"The memo was dated 03/25/2014 in Washington.", "", "03/25/2014=2014-03-25"},
		{"Polls close on 2016-06-23 across Britain.", "", "2016-06-23=2016-06-23"},
		{"Figures published 2016/06/24 showed a fall.", "", "2016/06/24=2016-06-24"},
		{"Germany's court ruled 7.5.2019 that the ban stands.", "", "7.5.2019=2019-05-07"},
		{"Ankara recalled its envoy on September 3, 2019.", "", "September 3, 2019=2019-09-03"},
		{"The summit opened Sept. 3, 2019 in Biarritz.", "", "Sept. 3, 2019=2019-09-03"},
		{"Seoul and Tokyo met on 4 July 2018 in Hanoi.", "", "4 July 2018=2018-07-04"},
		{"The ceasefire of the 1st of February 2016 collapsed.", "", "1st of February 2016=2016-02-01"},
		{"Chile elected Michelle Bachelet in December 2013.", "", "December 2013=2013-12"},
		{"Brazil has been in recession since 2014.", "", "2014=2014"},
		{"Talks stalled in mid-2012 and resumed in early 2013.", "", "2012=2012; 2013=2013"},
		{"Mali's junta took power in 2012, a year of turmoil.", "", "2012=2012"},
		{"Egypt's army chief met Saudi envoys on Wednesday, March 4, 2015 in Cairo.", "", "Wednesday, March 4, 2015=2015-03-04"},
		{"Friday 13 November 2015 was a dark day.", "", "Friday 13 November 2015=2015-11-13"},
		// numbers that are not dates
		{"The blast killed 130 people and wounded 350.", "2015-11-14", ""},
		{"All 224 people on board died.", "2015-11-01", ""},
		{"The carrier carries 26 bombers.", "2015-12-01", ""},
		{"At least 27,000 foreign fighters have joined.", "2015-12-01", ""},
		{"Police deployed 2000 officers in the capital.", "", ""},
		{"The toll in 1500 villages rose to 1800.", "", ""},
		{"A fund of $2015 was raised by 2000 donors.", "", ""},
		{"In 2000 cases the courts ruled for the state.", "", ""},
		{"Temperatures hit 40 degrees in May in Delhi.", "2019-06-10", "May=2019-05"},
		{"The bill was drafted by May and her aides.", "2019-06-10", ""},
		{"Theresa May met Angela Merkel.", "2019-06-10", ""},
		{"Protesters will march to parliament.", "2019-06-10", ""},
		{"Nigeria's president flew to Abuja at 10:45 on Tuesday.", "", ""},
		{"Reading USA Today and Russia Today is no crime.", "2019-06-10", ""},
		{"The Sunday Times reported that Black Friday sales fell.", "2019-06-10", ""},
		// month-day without year
		{"Ukraine and Russia signed a truce on October 31.", "2015-11-27", "October 31=2015-10-31"},
		{"The attacks of Nov. 13 shocked Europe.", "2015-11-27", "Nov. 13=2015-11-13"},
		{"Rebels seized the town on 31 October.", "2015-11-27", "31 October=2015-10-31"},
		{"Ministers meet again on January 12.", "2015-12-21", "January 12=2016-01-12"},
		{"Kurdish forces attacked on December 28, officials said.", "2016-01-05", "December 28=2015-12-28"},
		{"Iran fired missiles on March 3.", "2016-01-05", "March 3=2016-03-03"},
		{"Iran fired missiles on March 10.", "2016-01-05", "March 10=2015-03-10"},
		{"The raid on October 31 killed four.", "", ""},
		{"The raid on February 30 killed four.", "2015-12-01", ""},
		// weekdays: the most recent on or before ref (2015-11-27 is a Friday)
		{"Turkey downed a Russian jet on Tuesday.", "2015-11-27", "Tuesday=2015-11-24"},
		{"Tuesday's shoot-down angered Moscow.", "2015-11-27", "Tuesday=2015-11-24"},
		{"Tuesday’s shoot-down angered Moscow.", "2015-11-27", "Tuesday=2015-11-24"},
		{"Kenya's leader spoke on Friday.", "2015-11-27", "Friday=2015-11-27"},
		{"The envoy arrived last Friday.", "2015-11-27", "last Friday=2015-11-20"},
		{"The envoy arrives next Monday.", "2015-11-27", "next Monday=2015-11-30"},
		{"The envoy arrives this coming Monday.", "2015-11-27", "this coming Monday=2015-11-30"},
		{"Peru's cabinet met this Monday.", "2015-12-21", "this Monday=2015-12-21"},
		{"Peru's cabinet met on Monday.", "", ""},
		// relative days and periods
		{"Qatar's emir flew to Riyadh yesterday and returns today.", "2017-06-05", "yesterday=2017-06-04; today=2017-06-05"},
		{"Rockets hit Gaza last night.", "2014-07-09", "last night=2014-07-08"},
		{"Talks resume tomorrow.", "2014-07-09", "tomorrow=2014-07-10"},
		{"The vote took place last month.", "2016-01-15", "last month=2015-12"},
		{"Spain's king abdicated earlier this month.", "2014-06-20", "earlier this month=2014-06"},
		{"Greece defaulted earlier this year.", "2015-07-20", "earlier this year=2015"},
		{"Sudan's army said last year that it would withdraw.", "2019-04-11", "last year=2018"},
		{"Exports will rise next year.", "2019-04-11", "next year=2020"},
		{"Cuba hosted the talks last week.", "2016-03-23", "last week=2016-03"},
		{"Cuba hosted the talks last week.", "2016-03-02", "last week=2016-02"},
		{"Cuba hosted the talks last week.", "2016-03-09", "last week=2016"},
		{"Cuba hosted the talks last week.", "2016-01-06", ""},
		{"Cuba hosted the talks this week.", "2016-03-23", "this week=2016-03"},
		{"Chad's army withdrew three days ago.", "2016-03-23", "three days ago=2016-03-20"},
		{"Chad's army withdrew 10 days ago.", "2016-03-23", "10 days ago=2016-03-13"},
		{"Chad's army withdrew two months ago.", "2016-03-23", "two months ago=2016-01"},
		{"Chad's army withdrew a year ago.", "2016-03-23", "a year ago=2015"},
		{"Sales fell in the last week.", "2016-03-23", ""},
		{"Sales fell in March.", "2016-03-23", "March=2016-03"},
		{"Sales fell last March.", "2016-03-23", "last March=2015-03"},
		{"Sales fell last year.", "", ""},
		{"Sales fell last year.", "2016", "last year=2015"},
		{"Sales fell last month.", "2016", ""},
		// several in one sentence
		{"After the coup of 15 July 2016, Ankara purged the army; on Monday it arrested 40 more.", "2016-08-03", "15 July 2016=2016-07-15; Monday=2016-08-01"},
	}
	for _, tc := range tests {
		got := found(tc.text, tc.ref)
		if got != tc.want {
			t.Errorf("Find(%q, %q)\n got: %s\nwant: %s", tc.text, tc.ref, got, tc.want)
		}
	}
}

func TestResolve(t *testing.T) {
	tests := []struct {
		expr, ref, want string
		ok              bool
	}{
		{"on Monday", "2015-12-21", "2015-12-21", true},
		{"Monday", "2015-12-23", "2015-12-21", true},
		{"Tuesday's", "2015-11-27", "2015-11-24", true},
		{"yesterday", "2015-03-01", "2015-02-28", true},
		{"today", "2015-03-01", "2015-03-01", true},
		{"last month", "2015-01-10", "2014-12", true},
		{"last year", "2015-01-10", "2014", true},
		{"earlier this year", "2015-01-10", "2015", true},
		{"in 2014", "", "2014", true},
		{"March 2014", "", "2014-03", true},
		{"21/12/2015", "", "2015-12-21", true},
		{"2015-12-21", "", "2015-12-21", true},
		{"Dec. 21, 2015", "", "2015-12-21", true},
		{"21 December 2015", "", "2015-12-21", true},
		{"Oct. 31", "2015-11-27", "2015-10-31", true},
		{"last week", "2015-12-02", "2015-11", true},
		{"last week", "2016-01-06", "", false},
		{"last week", "", "", false},
		{"Monday", "", "", false},
		{"130 people", "2015-11-27", "", false},
		{"Monday and Tuesday", "2015-11-27", "", false},
		{"the talks on Monday", "2015-11-27", "", false},
		{"", "", "", false},
	}
	for _, tc := range tests {
		got, ok := Resolve(tc.expr, tc.ref)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Resolve(%q, %q) = %q, %v; want %q, %v", tc.expr, tc.ref, got, ok, tc.want, tc.ok)
		}
	}
}

func TestBadRef(t *testing.T) {
	for _, ref := range []string{"yesterday", "2015-13-01", "15/12/2015", "2015-02-30", "x"} {
		if got := Find("on Monday and last year", ref); len(got) != 0 {
			t.Errorf("ref %q: got %v, want nothing", ref, got)
		}
	}
	// a timestamp is cut to its date
	if v, ok := Resolve("yesterday", "2015-12-21T09:30:00Z"); !ok || v != "2015-12-20" {
		t.Errorf("timestamp ref: %q %v", v, ok)
	}
}

func TestOffsetsAreBytes(t *testing.T) {
	text := "Ça s’est passé à Genève le 3 mars — non, le 3 March 2016 à l’ONU."
	ds := Find(text, "")
	if len(ds) != 1 || text[ds[0].Start:ds[0].End] != "3 March 2016" || ds[0].Value != "2016-03-03" {
		t.Fatalf("got %+v", ds)
	}
}

func TestLongText(t *testing.T) {
	var b strings.Builder
	for b.Len() < 2<<20 {
		fmt.Fprintf(&b, "On Monday, %d troops left; in 2014 the war began on 21/12/2015. ", b.Len()%5000)
	}
	ds := Find(b.String(), "2016-01-01")
	if len(ds) == 0 {
		t.Fatal("nothing found")
	}
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat("Russian Defence Minister Sergei Shoigu met his counterpart on Monday, Dec. 21, after talks in March 2014 that killed 130 people. ", 100)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text, "2015-12-21")
	}
}
