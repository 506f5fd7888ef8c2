package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	bolt "github.com/coreos/bbolt"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbbolt "github.com/hidal-go/hidalgo/kv/bbolt"
)

// writeTx must store and read what hidalgo's bbolt Tx does: the same
// operations through each leave the same keys, and Get, GetBatch and Scan
// inside the transaction answer the same.
func TestWriteTxMatchesHidalgo(t *testing.T) {
	open := func(name string) *bolt.DB {
		db, err := bolt.Open(filepath.Join(t.TempDir(), name), 0o644, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	}
	ref, ours := open("ref.db"), open("ours.db")
	key := func(parts ...string) hkv.Key {
		k := hkv.Key{}
		for _, p := range parts {
			k = append(k, []byte(p))
		}
		return k
	}
	ctx := context.Background()
	// Run fn on a write transaction of each kind and commit both; the
	// answers fn returns must agree.
	both := func(fn func(tx hkv.Tx) []string) {
		t.Helper()
		rtx, err := hbbolt.New(ref).Tx(true)
		if err != nil {
			t.Fatal(err)
		}
		btx, err := ours.Begin(true)
		if err != nil {
			t.Fatal(err)
		}
		want, got := fn(rtx), fn(&writeTx{tx: btx})
		if !reflect.DeepEqual(got, want) {
			t.Errorf("writeTx answered\n%q\nhidalgo\n%q", got, want)
		}
		if err := rtx.Commit(ctx); err != nil {
			t.Fatal(err)
		}
		if err := btx.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	scan := func(tx hkv.Tx, pref hkv.Key) []string {
		var out []string
		it := tx.Scan(pref)
		defer it.Close()
		for it.Next(ctx) {
			out = append(out, fmt.Sprintf("%q=%q", it.Key(), it.Val()))
		}
		return out
	}
	both(func(tx hkv.Tx) []string {
		for i := 0; i < 300; i++ {
			for _, b := range []string{"log", "v12", "spo"} {
				if err := tx.Put(key(b, fmt.Sprintf("k%03d", i)), []byte(fmt.Sprint(i))); err != nil {
					t.Fatal(err)
				}
			}
		}
		// Nested buckets, a bucket alone, and a key in the root bucket.
		if err := tx.Put(key("meta", "inner", "x"), []byte("1")); err != nil {
			t.Fatal(err)
		}
		if err := tx.Put(key("empty", ""), nil); err != nil {
			t.Fatal(err)
		}
		if err := tx.Put(key("top"), []byte("root value")); err != nil {
			t.Fatal(err)
		}
		return scan(tx, key("v12"))
	})
	both(func(tx hkv.Tx) []string {
		var out []string
		for _, k := range []hkv.Key{key("v12", "k007"), key("nope", "k007"), key("v12", "zzz"), key("meta", "inner", "x"), key("top")} {
			v, err := tx.Get(ctx, k)
			out = append(out, fmt.Sprintf("%q %v", v, err))
		}
		vals, err := tx.GetBatch(ctx, []hkv.Key{key("log", "k001"), key("nope", "a"), key("spo", "k299")})
		out = append(out, fmt.Sprintf("%q %v", vals, err))
		for i := 0; i < 300; i += 3 {
			if err := tx.Del(key("spo", fmt.Sprintf("k%03d", i))); err != nil {
				t.Fatal(err)
			}
		}
		if err := tx.Del(key("nope", "a")); err != nil {
			out = append(out, err.Error())
		}
		out = append(out, scan(tx, key("spo", "k1"))...)
		out = append(out, scan(tx, key("meta"))...)
		out = append(out, scan(tx, key("nope", "x"))...)
		return out
	})
	// The two files now hold the same: every key, read by hidalgo.
	dump := func(db *bolt.DB) []string {
		tx, err := hbbolt.New(db).Tx(false)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Close()
		return scan(tx, hkv.Key{})
	}
	if got, want := dump(ours), dump(ref); !reflect.DeepEqual(got, want) {
		t.Errorf("stored through writeTx:\n%q\nthrough hidalgo:\n%q", got, want)
	} else if len(got) < 600 {
		t.Errorf("only %d keys stored", len(got))
	}
}
