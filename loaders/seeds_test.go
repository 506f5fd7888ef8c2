package loaders

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// The bundled corpus must stay byte for byte what was received; offsets in
// every stored fact point into these exact bytes.
func TestSeedsAreTheReceivedFiles(t *testing.T) {
	shared, _ := filepath.Glob("../../shared/seeds/*.txt")
	if len(shared) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("../shared/seeds is missing (CI runs with shared/ beside the clone)")
		}
		t.Skip("../shared/seeds not found beside the repository")
	}
	ours, _ := filepath.Glob("../seeds/*.txt")
	if len(ours) != len(shared) {
		t.Errorf("seeds/ has %d articles, ../shared/seeds has %d", len(ours), len(shared))
	}
	for _, p := range shared {
		want, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join("../seeds", filepath.Base(p)))
		if err != nil {
			t.Errorf("seeds/%s: %v", filepath.Base(p), err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("seeds/%s differs from ../shared/seeds", filepath.Base(p))
		}
	}
}
