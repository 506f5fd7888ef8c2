package rdfio

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzReadRoundTrip: whatever the reader accepts, kg writes in a form the
// reader accepts again, unchanged (write -> read -> write is stable), and
// the reader never panics.
func FuzzReadRoundTrip(f *testing.F) {
	if names, err := filepath.Glob(filepath.Join(w3cDir, "*.nq")); err == nil {
		for _, n := range names {
			if b, err := os.ReadFile(n); err == nil {
				f.Add(string(b))
			}
		}
	}
	f.Add("<http://x/a> <http://x/b> \"c\\u00E9\\n\"@en-GB <http://x/g> .\n")
	f.Add("_:a.b <http://x/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\r\n")
	f.Fuzz(func(t *testing.T, in string) {
		qs, err := ReadAll(strings.NewReader(in), "fuzz.nq")
		if err != nil {
			return
		}
		once := format(qs)
		again, err := ReadAll(strings.NewReader(once), "written.nq")
		if err != nil {
			t.Fatalf("kg's output does not parse: %v\n%s", err, once)
		}
		if twice := format(again); twice != once {
			t.Fatalf("not stable:\n%s\n%s", once, twice)
		}
	})
}
