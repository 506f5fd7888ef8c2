package graph

import (
	"context"
	"encoding/binary"
	"testing"

	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	"github.com/hidal-go/hidalgo/kv/flat/btree"
)

// A write transaction answers "not found" for an index key naming an id
// above the horizon without asking the store, reads every other key (and
// the new keys it wrote itself) from the store, and read transactions are
// left alone.
func TestNewKeysTx(t *testing.T) {
	ctx := context.Background()
	inner := flat.Upgrade(btree.New())
	ids := func(bucket string, n ...uint64) hkv.Key {
		b := make([]byte, 0, 8*len(n))
		for _, x := range n {
			b = binary.BigEndian.AppendUint64(b, x)
		}
		return hkv.Key{[]byte(bucket), b}
	}
	old, above := ids("sp", 3, 7), ids("ops", 2, 7, 11)
	seed, err := inner.Tx(true)
	if err != nil {
		t.Fatal(err)
	}
	for _, kv := range []struct {
		k hkv.Key
		v string
	}{
		{metaHorizon, string(binary.LittleEndian.AppendUint64(nil, 10))},
		{old, "old"},
		// Cannot be stored by Cayley; here it shows which reads reach the store.
		{above, "stored"},
		{ids("log", 12), "not an index"},
	} {
		if err := seed.Put(kv.k, hkv.Value(kv.v)); err != nil {
			t.Fatal(err)
		}
	}
	if err := seed.Commit(ctx); err != nil {
		t.Fatal(err)
	}

	db := newKeysKV{inner}
	tx, err := db.Tx(true)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Close()
	get := func(k hkv.Key) string {
		t.Helper()
		v, err := tx.Get(ctx, k)
		if err == hkv.ErrNotFound {
			return "<none>"
		}
		if err != nil {
			t.Fatal(err)
		}
		return string(v)
	}
	if got := get(old); got != "old" {
		t.Errorf("key below the horizon: %q", got)
	}
	if got := get(above); got != "<none>" {
		t.Errorf("key above the horizon reached the store: %q", got)
	}
	if got := get(ids("log", 12)); got != "not an index" {
		t.Errorf("a key outside the quad indexes: %q", got)
	}
	vals, err := tx.GetBatch(ctx, []hkv.Key{above, old, ids("sp", 12, 7)})
	if err != nil {
		t.Fatal(err)
	}
	if vals[0] != nil || string(vals[1]) != "old" || vals[2] != nil {
		t.Errorf("batch: %q", vals)
	}
	if err := tx.Put(above, hkv.Value("mine")); err != nil {
		t.Fatal(err)
	}
	if got := get(above); got != "mine" {
		t.Errorf("a new key the transaction wrote reads %q", got)
	}
	vals, err = tx.GetBatch(ctx, []hkv.Key{above})
	if err != nil {
		t.Fatal(err)
	}
	if string(vals[0]) != "mine" {
		t.Errorf("batch read of a new key the transaction wrote: %q", vals[0])
	}

	r, err := db.Tx(false)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if _, ok := r.(*newKeysTx); ok {
		t.Error("a read transaction was wrapped")
	}
}
