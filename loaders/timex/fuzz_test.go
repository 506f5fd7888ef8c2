package timex

import (
	"regexp"
	"testing"
)

var valueRE = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

func FuzzFind(f *testing.F) {
	f.Add("Turkey downed a Russian jet on Tuesday, Nov. 24, 2015.", "2015-11-27")
	f.Add("in 2014 and last week, 21/12/2015 or 12/31/2015", "2016-01-03")
	f.Add("three days ago, earlier this year, Monday’s", "")
	f.Fuzz(func(t *testing.T, text, ref string) {
		last := 0
		for _, d := range Find(text, ref) {
			if d.Start < last || d.End <= d.Start || d.End > len(text) {
				t.Fatalf("bad span %+v (last end %d, len %d)", d, last, len(text))
			}
			if !valueRE.MatchString(d.Value) {
				t.Fatalf("bad value %q", d.Value)
			}
			last = d.End
		}
		if v, ok := Resolve(text, ref); ok && !valueRE.MatchString(v) {
			t.Fatalf("bad resolved value %q", v)
		}
	})
}
