package graph

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	cleveldb "github.com/cayleygraph/cayley/graph/kv/leveldb"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// A write transaction reads its own writes over the stored data (Get and
// Scan, deletions included), a transaction closed without Commit writes
// nothing, and a read transaction sees the store as it was when it began.
func TestLevelDBTransactions(t *testing.T) {
	ctx := context.Background()
	db, err := createLevelDB(filepath.Join(t.TempDir(), "kv.ldb"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	key := func(s string) hkv.Key { return hkv.Key{[]byte("b"), []byte(s)} }
	put := func(tx hkv.Tx, k, v string) {
		t.Helper()
		if err := tx.Put(key(k), hkv.Value(v)); err != nil {
			t.Fatal(err)
		}
	}
	get := func(tx hkv.Tx, k string) string {
		t.Helper()
		v, err := tx.Get(ctx, key(k))
		if errors.Is(err, hkv.ErrNotFound) {
			return "<none>"
		}
		if err != nil {
			t.Fatal(err)
		}
		return string(v)
	}
	scan := func(tx hkv.Tx) string {
		t.Helper()
		it := tx.Scan(hkv.Key{[]byte("b")})
		defer it.Close()
		var out []string
		for it.Next(ctx) {
			out = append(out, string(it.Key()[1])+"="+string(it.Val()))
		}
		if err := it.Err(); err != nil {
			t.Fatal(err)
		}
		return strings.Join(out, " ")
	}

	tx, err := db.Tx(true)
	if err != nil {
		t.Fatal(err)
	}
	put(tx, "b", "1")
	put(tx, "d", "2")
	put(tx, "f", "3")
	if got := get(tx, "d"); got != "2" {
		t.Fatalf("uncommitted write reads %q, want 2", got)
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}

	before, err := db.Tx(false)
	if err != nil {
		t.Fatal(err)
	}
	defer before.Close()

	tx, err = db.Tx(true)
	if err != nil {
		t.Fatal(err)
	}
	put(tx, "a", "0")
	put(tx, "d", "20")
	if err := tx.Del(key("f")); err != nil {
		t.Fatal(err)
	}
	put(tx, "e", "4")
	if got, want := scan(tx), "a=0 b=1 d=20 e=4"; got != want {
		t.Fatalf("scan in the transaction: %q, want %q", got, want)
	}
	if got := get(tx, "f"); got != "<none>" {
		t.Fatalf("deleted key reads %q", got)
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}

	tx, err = db.Tx(true)
	if err != nil {
		t.Fatal(err)
	}
	put(tx, "z", "never")
	if err := tx.Close(); err != nil { // no Commit: a rollback
		t.Fatal(err)
	}

	after, err := db.Tx(false)
	if err != nil {
		t.Fatal(err)
	}
	defer after.Close()
	if got, want := scan(after), "a=0 b=1 d=20 e=4"; got != want {
		t.Fatalf("after commit and rollback: %q, want %q", got, want)
	}
	if got, want := scan(before), "b=1 d=2 f=3"; got != want {
		t.Fatalf("a read transaction begun earlier sees %q, want %q", got, want)
	}
	if err := after.Put(key("x"), hkv.Value("1")); err == nil {
		t.Fatal("a read transaction accepted a write")
	}
}

// A directory Cayley's own leveldb backend wrote (what kg used before its
// own) opens with kg's and reads the same quads.
func TestLevelDBOpensCayleysStores(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.ldb")
	if err := cgraph.InitQuadStore(cleveldb.Type, path, nil); err != nil {
		t.Fatal(err)
	}
	old, err := cgraph.NewQuadStore(cleveldb.Type, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := article("old", "h", "meets", "visits").Quads
	var d []cgraph.Delta
	for _, q := range want[:len(want)-1] { // the last one repeats
		d = append(d, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	if err := old.ApplyDeltas(d, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(context.Background(), Config{Backend: LevelDB, Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.Quads(context.Background(), quad.Label, want[0].Label)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want)-1 {
		t.Fatalf("kg reads %d quads of the article, want %d: %v", len(got), len(want)-1, got)
	}
	// And kg writes to it.
	if err := s.Add(article("new", "h", "meets").Quads[:2]); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s); n != int64(len(want)-1+2) {
		t.Fatalf("store holds %d quads after kg's write, want %d", n, len(want)-1+2)
	}
}
