package document

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/loaders/source"
)

// TestDump prints what Parse makes of the files named in $DOCUMENT_DUMP
// (a glob): go test -run TestDump ./loaders/document with
// DOCUMENT_DUMP='testdata/seeds/*.txt'.
func TestDump(t *testing.T) {
	glob := os.Getenv("DOCUMENT_DUMP")
	if glob == "" {
		t.Skip("set DOCUMENT_DUMP to a glob of files to print")
	}
	files, _ := filepath.Glob(glob)
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		d, err := Parse(source.Source{ID: filepath.Base(f), Raw: raw})
		fmt.Printf("=== %s err=%v\nTitle=%q\nDate=%q Byline=%q Dateline=%q Publisher=%q\nWarnings=%v\n", f, err, d.Title, d.Date, d.Byline, d.Dateline, d.Publisher, d.Warnings)
		for _, r := range d.Removed {
			s := string(raw[r.Start:r.End])
			if len(s) > 70 {
				s = s[:70]
			}
			fmt.Printf("  - %-16s %q\n", r.Reason, s)
		}
		for i, p := range d.Paragraphs {
			fmt.Printf("  P%d %q\n", i, strings.Join(strings.Fields(d.Text(p)), " "))
		}
	}
}
