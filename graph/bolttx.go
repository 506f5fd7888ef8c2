package graph

import (
	"bytes"
	"context"
	"errors"

	bolt "github.com/coreos/bbolt"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// writeTx is a bbolt write transaction for Cayley's kv layer. It stores
// exactly what hidalgo's bbolt Tx stores (the same buckets, keys and
// values; keys name nested buckets, the last element is the key), but Put
// opens an existing bucket through bbolt's per-transaction cache instead
// of asking to create it first: CreateBucketIfNotExists seeks in the
// parent every time, which was 8% of a 10,000-article load's write time.
type writeTx struct {
	tx    *bolt.Tx
	ended func() // called once, when the transaction commits or is closed (releasingKV)
}

// end calls ended the first time it is asked to.
func (t *writeTx) end() {
	if t.ended != nil {
		t.ended()
		t.ended = nil
	}
}

// errEmptyKey refuses a key with no parts, which names nothing.
var errEmptyKey = errors.New("bbolt: empty key")

// bucket finds the bucket holding key (all its parts but the last) and
// that last part; nil if a bucket on the way does not exist.
func (t *writeTx) bucket(key hkv.Key) (*bolt.Bucket, []byte) {
	b := t.tx.Cursor().Bucket() // the root bucket
	for b != nil && len(key) > 1 {
		b = b.Bucket(key[0])
		key = key[1:]
	}
	if b == nil || len(key) != 1 {
		return nil, nil
	}
	return b, key[0]
}

func (t *writeTx) Get(_ context.Context, key hkv.Key) (hkv.Value, error) {
	b, k := t.bucket(key)
	if b == nil {
		return nil, hkv.ErrNotFound
	}
	v := b.Get(k)
	if v == nil {
		return nil, hkv.ErrNotFound
	}
	return v, nil
}

func (t *writeTx) GetBatch(_ context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	vals := make([]hkv.Value, len(keys))
	for i, key := range keys {
		if b, k := t.bucket(key); b != nil {
			vals[i] = b.Get(k)
		}
	}
	return vals, nil
}

func (t *writeTx) Put(key hkv.Key, v hkv.Value) error {
	if len(key) == 0 {
		return errEmptyKey
	}
	b := t.tx.Cursor().Bucket()
	for ; len(key) > 1; key = key[1:] {
		child := b.Bucket(key[0]) // cached by bbolt once opened in this transaction
		if child == nil {
			var err error
			if child, err = b.CreateBucketIfNotExists(key[0]); err != nil {
				return err
			}
		}
		b = child
	}
	if len(key[0]) == 0 && len(v) == 0 {
		return nil // only the buckets were wanted
	}
	return b.Put(key[0], v)
}

func (t *writeTx) Del(key hkv.Key) error {
	b, k := t.bucket(key)
	if b == nil {
		return nil
	}
	return b.Delete(k)
}

func (t *writeTx) Commit(context.Context) error {
	defer t.end()
	return t.tx.Commit()
}

func (t *writeTx) Close() error {
	defer t.end()
	err := t.tx.Rollback()
	if errors.Is(err, bolt.ErrTxClosed) {
		return nil // committed already; closing after Commit is what Cayley does
	}
	return err
}

// Scan iterates over the keys under prefix pref, descending into nested
// buckets, as hidalgo's bbolt iterator does.
func (t *writeTx) Scan(pref hkv.Key) hkv.Iterator {
	b := t.tx.Cursor().Bucket()
	p := pref
	for b != nil && len(p) > 1 {
		b = b.Bucket(p[0])
		p = p[1:]
	}
	if b == nil {
		return &scanIter{}
	}
	return &scanIter{b: []*bolt.Bucket{b}, pref: p, root: pref[:len(pref)-len(p)].Clone()}
}

// scanIter walks nested buckets depth first; a key whose value is nil is
// a bucket, entered rather than returned.
type scanIter struct {
	root hkv.Key // the buckets above the current key
	pref hkv.Key // the prefix each level's keys must have
	b    []*bolt.Bucket
	c    []*bolt.Cursor
	k, v []byte
}

func (it *scanIter) Next(context.Context) bool {
	for len(it.b) > 0 {
		i := len(it.b) - 1
		if len(it.c) < len(it.b) {
			c := it.b[i].Cursor()
			it.c = append(it.c, c)
			if i >= len(it.pref) {
				it.k, it.v = c.First()
			} else {
				it.k, it.v = c.Seek(it.pref[i])
			}
		} else {
			it.k, it.v = it.c[i].Next()
		}
		if it.k != nil && (i >= len(it.pref) || bytes.HasPrefix(it.k, it.pref[i])) {
			if it.v == nil {
				if child := it.b[i].Bucket(it.k); child != nil {
					it.b = append(it.b, child)
					it.root = append(it.root, it.k)
					continue
				}
			}
			return true
		}
		// This level is done: back to the bucket above.
		it.c, it.b = it.c[:len(it.c)-1], it.b[:len(it.b)-1]
		if len(it.root) > 0 {
			it.root = it.root[:len(it.root)-1]
		}
	}
	return false
}

func (it *scanIter) Key() hkv.Key {
	if len(it.b) == 0 {
		return nil
	}
	return append(it.root.Clone(), append([]byte(nil), it.k...))
}

func (it *scanIter) Val() hkv.Value { return it.v }
func (it *scanIter) Err() error     { return nil }
func (it *scanIter) Close() error {
	*it = scanIter{}
	return nil
}
