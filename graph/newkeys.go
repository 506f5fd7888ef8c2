package graph

import (
	"bytes"
	"context"
	"encoding/binary"

	hkv "github.com/hidal-go/hidalgo/kv"
)

// newKeysKV gives a kv store's write transactions the knowledge that an
// index key naming a node written in the same transaction cannot be stored
// yet (newKeysTx), so Cayley's reads of such keys never reach the store.
type newKeysKV struct{ hkv.KV }

func (k newKeysKV) Tx(rw bool) (hkv.Tx, error) {
	tx, err := k.KV.Tx(rw)
	if err != nil || !rw {
		return tx, err
	}
	return newNewKeysTx(tx)
}

// newKeysTx is a write transaction that answers "not found" for a Cayley
// quad index key with a node id above the store's horizon when the
// transaction began, without asking the store.
//
// Cayley v0.7.7's kv layer numbers nodes and quads from a counter (the
// "horizon" in its meta bucket, little-endian), which a write transaction
// raises for the ids it hands out and stores with everything else; ids of
// a rolled-back transaction are handed out again, but nothing that named
// them was stored. So no stored key names an id above the horizon the
// transaction read first. Cayley's quad indexes (buckets named by
// direction letters, "sp" and "ops" by default) are keyed by the 8-byte
// big-endian ids of those directions; for every quad it writes, Cayley
// reads each index's list for the quad's key before appending to it, and
// for most quads of a new article (a fact node's properties) one of those
// ids is new, so the key is not there. Those reads were a third of kg
// load's store writer at 10,000 articles (every level of LevelDB searched,
// or bbolt's B+tree walked, for nothing).
//
// A key the transaction itself wrote is always read from it.
type newKeysTx struct {
	hkv.Tx
	horizon uint64
	written map[string]struct{} // index keys this transaction has put
}

// metaHorizon is where Cayley keeps the id counter.
var metaHorizon = hkv.Key{[]byte("meta"), []byte("horizon")}

func newNewKeysTx(tx hkv.Tx) (hkv.Tx, error) {
	v, err := tx.Get(context.Background(), metaHorizon)
	switch {
	case err == hkv.ErrNotFound || (err == nil && len(v) != 8):
		// A new store (or a layout kv does not know): nothing is known new.
		return tx, nil
	case err != nil:
		tx.Close()
		return nil, err
	}
	return &newKeysTx{Tx: tx, horizon: binary.LittleEndian.Uint64(v), written: map[string]struct{}{}}, nil
}

// indexDirs are the letters Cayley names a quad index's bucket with
// (quad.Direction.Prefix: subject, predicate, object, label).
const indexDirs = "spoc"

// isNew says whether key is a quad index key naming an id above the
// horizon that this transaction has not written itself.
func (t *newKeysTx) isNew(key hkv.Key) bool {
	if len(key) != 2 || len(key[0]) == 0 || len(key[1]) != 8*len(key[0]) {
		return false
	}
	for _, c := range key[0] {
		if bytes.IndexByte([]byte(indexDirs), c) < 0 {
			return false
		}
	}
	above := false
	for i := 0; i < len(key[1]); i += 8 {
		if binary.BigEndian.Uint64(key[1][i:]) > t.horizon {
			above = true
			break
		}
	}
	if !above {
		return false
	}
	_, ok := t.written[string(key[0])+"/"+string(key[1])]
	return !ok
}

func (t *newKeysTx) Get(ctx context.Context, key hkv.Key) (hkv.Value, error) {
	if t.isNew(key) {
		return nil, hkv.ErrNotFound
	}
	return t.Tx.Get(ctx, key)
}

func (t *newKeysTx) GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	var ask []hkv.Key
	var at []int
	for i, k := range keys {
		if !t.isNew(k) {
			ask = append(ask, k)
			at = append(at, i)
		}
	}
	vals := make([]hkv.Value, len(keys))
	if len(ask) == 0 {
		return vals, nil
	}
	got, err := t.Tx.GetBatch(ctx, ask)
	if err != nil {
		return nil, err
	}
	for j, i := range at {
		vals[i] = got[j]
	}
	return vals, nil
}

func (t *newKeysTx) Put(key hkv.Key, v hkv.Value) error {
	t.note(key)
	return t.Tx.Put(key, v)
}

func (t *newKeysTx) Del(key hkv.Key) error {
	t.note(key)
	return t.Tx.Del(key)
}

// note remembers an index key naming a new id, which later reads must ask
// the transaction for.
func (t *newKeysTx) note(key hkv.Key) {
	if t.isNew(key) {
		t.written[string(key[0])+"/"+string(key[1])] = struct{}{}
	}
}
